import * as vscode from 'vscode';
import {
  parseWebviewMessage,
  type HostMessage, type TimelineFilter, type TimelinePayload, type WebviewMessage,
} from '../../shared/timeline-protocol';
import { makeNonce, timelineHtml } from './html';
import { buildPayload } from './payload';
import { timelineStrings } from './strings';
import type { TimelineStore } from './store';

/** The command that reveals entities in the Dossier tree (owned by the views). */
const REVEAL_ENTITY_COMMAND = 'dossier.revealEntity';
/** A function: the l10n bundle is read when a title is set, not at module load. */
export const timelineTitle = (): string => vscode.l10n.t('Dossier Timeline');

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    // Only the bundle and the stylesheet: the page can load nothing else from disk.
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media', 'timeline')],
    enableFindWidget: true,
  };
}

/**
 * One timeline panel: HTML shell, message handling (validated), data pushes on corpus changes,
 * and revealing an event's sentence in the editor. State that must survive a reload (filters,
 * zoom, selection) is kept by the webview itself through `setState`.
 */
export class TimelinePanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  /** Messages for the webview held until it says `ready` (a command may arrive before the page has loaded). */
  private queue: HostMessage[] = [];
  private readyWaiters: (() => void)[] = [];
  private payload: TimelinePayload | undefined;
  private stale = true;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private filter: TimelineFilter | undefined;
  /** Messages from the webview that failed validation (the host test reads it). */
  dropped = 0;
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly store: TimelineStore,
    extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel | undefined,
  ) {
    const { webview } = panel;
    webview.options = webviewOptions(extensionUri);
    webview.html = timelineHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'timeline.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'timeline', 'timeline.css')).toString(),
      lang: vscode.env.language,
    });
    panel.title = timelineTitle();
    this.disposables.push(
      webview.onDidReceiveMessage((raw) => { void this.receive(raw); }),
      panel.onDidDispose(() => this.dispose()),
      store.onDidChange(() => this.scheduleRefresh()),
      this.disposeEmitter,
    );
  }

  /** Validates and handles one message as if the webview had sent it; false when it was dropped. */
  async receive(raw: unknown): Promise<boolean> {
    const parsed = parseWebviewMessage(raw);
    if (!parsed.ok) {
      this.dropped++;
      this.log?.warn(`Timeline: dropped a message from the webview (${parsed.reason})`);
      return false;
    }
    await this.handle(parsed.message);
    return true;
  }

  private async handle(msg: WebviewMessage): Promise<void> {
    switch (msg.type) {
      case 'ready': {
        this.ready = true;
        // The page (re)loaded: after a reload, or after being hidden, it has no data.
        this.post(this.dataMessage());
        const queued = this.queue;
        this.queue = [];
        for (const m of queued) this.post(m);
        for (const w of this.readyWaiters.splice(0)) w();
        return;
      }
      case 'reveal':
        await this.revealEvent(msg.eventId, msg.focusEditor);
        return;
      case 'filterChanged': {
        this.filter = msg.filter;
        const entity = msg.filter.entity ? this.store.index.entity(msg.filter.entity) : undefined;
        const doc = msg.filter.doc ? this.payload?.docs.find((d) => d.id === msg.filter.doc) : undefined;
        this.panel.title = entity ? vscode.l10n.t('Timeline: {0}', entity.name) : doc ? vscode.l10n.t('Timeline: {0}', doc.source) : timelineTitle();
        return;
      }
      case 'error':
        this.log?.error(`Timeline webview: ${msg.message}`);
        return;
    }
  }

  /** Sends now if the page is listening, otherwise when it says `ready`. */
  send(msg: HostMessage): void {
    // The webview lists only entities with dated events; name the others for its filter box.
    if (msg.type === 'filter' && msg.filter.entity && !msg.entityName) {
      const name = this.store.index.entity(msg.filter.entity)?.name;
      if (name) msg = { ...msg, entityName: name };
    }
    if (this.ready) this.post(msg);
    else this.queue.push(msg);
  }

  private post(msg: HostMessage): void {
    void this.panel.webview.postMessage(msg).then(undefined, (err) => this.log?.warn(`Timeline: postMessage failed: ${err}`));
  }

  /** Resolves once the webview has loaded and received its data. */
  whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : new Promise((r) => this.readyWaiters.push(r));
  }

  /** The payload last sent (tests read it). */
  lastPayload(): TimelinePayload | undefined {
    return this.payload;
  }

  currentPayload(): TimelinePayload {
    if (this.stale || !this.payload) {
      const t0 = Date.now();
      this.payload = buildPayload(this.store.index, (id) => this.store.textOf(id), vscode.l10n.t);
      this.stale = false;
      this.log?.debug(`Timeline: ${this.payload.events.length} events from ${this.payload.docs.length} documents in ${Date.now() - t0} ms`);
    }
    return this.payload;
  }

  /** The payload with the webview's texts: the page renders only strings the host gave it. */
  private dataMessage(): HostMessage {
    return { type: 'data', payload: this.currentPayload(), strings: timelineStrings() };
  }

  private scheduleRefresh(): void {
    this.stale = true;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    // Analyses finish in bursts: one push per burst. A hidden page is rebuilt (and asks again) when shown.
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      if (this.ready && this.panel.visible) this.post(this.dataMessage());
    }, 250);
  }

  /** Opens the event's document with its sentence selected, and shows its entities in the tree. */
  async revealEvent(eventId: string, focusEditor: boolean): Promise<boolean> {
    const event = this.store.index.event(eventId);
    const uri = event && this.store.uriOf(event.doc);
    if (!event || !uri) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Dossier: that event is no longer in the corpus (its document changed). The timeline has been refreshed.'));
      this.stale = true;
      this.post(this.dataMessage());
      return false;
    }
    const document = await vscode.workspace.openTextDocument(uri);
    const analysed = this.store.textOf(event.doc);
    let sentence: vscode.Range;
    let anchor: vscode.Range | undefined;
    if (analysed === undefined || analysed === document.getText()) {
      const at = (o: number) => document.positionAt(o);
      sentence = new vscode.Range(at(event.sentence.start), at(event.sentence.end));
      if (event.anchor) anchor = new vscode.Range(at(event.anchor.start), at(event.anchor.end));
    } else {
      // Unsaved edits since the analysis: the store maps offsets in the analysed text.
      sentence = this.store.range?.(event.doc, event.sentence) ?? new vscode.Range(0, 0, 0, 0);
      if (event.anchor) anchor = this.store.range?.(event.doc, event.anchor);
      this.log?.info(`Timeline: ${event.doc} changed since it was analysed; the selection may be off until re-analysis`);
    }
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: this.editorColumn(), preserveFocus: !focusEditor, selection: sentence,
    });
    editor.revealRange(anchor ?? sentence, vscode.TextEditorRevealType.InCenterIfOutsideViewport);

    const entity = event.entities[0];
    if (entity && (await vscode.commands.getCommands(true)).includes(REVEAL_ENTITY_COMMAND)) {
      // Revealing selects the entity in the tree, and a tree selection filters the timeline:
      // ignore that echo, or clicking an event would narrow the view to its first entity.
      // The views also follow the editor's cursor (debounced), so the echo can come a moment later.
      this.ignoreTreeSelectionUntil = Infinity;
      try {
        await vscode.commands.executeCommand(REVEAL_ENTITY_COMMAND, entity);
      } catch (err) {
        this.log?.debug(`Timeline: revealing ${entity} in the tree failed: ${err}`);
      } finally {
        this.ignoreTreeSelectionUntil = Date.now() + 1500;
      }
      // The tree takes focus when it reveals; give it back to where the user was working.
      if (focusEditor) await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
      else this.panel.reveal(this.panel.viewColumn, false);
    }
    return true;
  }

  /** A column beside the timeline: where a text editor already is, else the other side. */
  private editorColumn(): vscode.ViewColumn {
    const mine = this.panel.viewColumn;
    const other = vscode.window.visibleTextEditors.find((e) => e.viewColumn !== undefined && e.viewColumn !== mine);
    if (other?.viewColumn) return other.viewColumn;
    return mine === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
  }

  private ignoreTreeSelectionUntil = 0;

  /** Filters by an entity selected in the Dossier tree, unless the selection is our own reveal's echo. */
  onTreeSelection(entity: string): void {
    if (Date.now() < this.ignoreTreeSelectionUntil) return;
    this.send({ type: 'filter', filter: { entity } });
  }

  /** The filter last reported by the webview. */
  currentFilter(): TimelineFilter | undefined {
    return this.filter;
  }

  private disposed = false;

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    for (const w of this.readyWaiters.splice(0)) w();
    this.disposeEmitter.fire();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}
