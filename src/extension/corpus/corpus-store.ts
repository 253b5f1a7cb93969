import * as vscode from 'vscode';
import { CorpusIndex } from '../../core/corpus/corpus-index';
import type { Corrections, Span } from '../../core/model';
import type { Analyzer } from '../analysis/analyzer';
import { isCancelled } from '../analysis/errors';
import { LineIndex } from '../util/line-index';
import { config } from './config';
import { CorrectionsFile } from './corrections-file';
import { findCorpusFiles, readCorpusFile } from './corpus-files';
import { docIdFor } from './doc-ids';

/** What changed in one notification; views refresh only what they show of it. */
export interface CorpusChange {
  /** Documents added or re-analysed. */
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  /** Corrections changed: entity names, types and membership may all differ. */
  readonly corrections: boolean;
}

interface DocRecord {
  readonly id: string;
  readonly uri: vscode.Uri;
  /** The text the current analysis was computed on (offsets refer to it). */
  text: string;
  lines?: LineIndex;
}

/** How many files are read and analysed at once: enough to keep the worker pool busy and, on a warm
 *  start, to overlap the file and cache reads (4 left the host idle half the time: 1,000 cached
 *  articles reloaded in 9.6–11.6 s, 5.0 s with 16); few enough to bound the texts held in memory. */
const CONCURRENCY = 16;

/**
 * The corpus as the editor layer sees it: which files belong to it, their text, their analyses
 * (in a CorpusIndex) and the user's corrections. Every view and provider reads from here and
 * listens to `onDidChange`; nothing else reads files or calls the analyzer.
 */
export class CorpusStore implements vscode.Disposable {
  private _index = new CorpusIndex();
  private readonly records = new Map<string, DocRecord>();
  private readonly idsByUri = new Map<string, string>();
  /** Files matching the include glob that Dossier does not read, with the reason (views list them). */
  private readonly skippedFiles = new Map<string, { uri: vscode.Uri; reason: string }>();
  /** Latest request per document: an older analysis finishing late is dropped. */
  private readonly inflight = new Map<string, { seq: number; abort: AbortController; fromDisk: boolean; done: Promise<string | undefined> }>();
  private seq = 0;
  private pending = 0;
  private idleWaiters: (() => void)[] = [];
  private scanning = false;
  private correctionsFile: CorrectionsFile | undefined;
  private _corrections: Corrections | undefined;
  private correctionsLock: Promise<void> = Promise.resolve();

  private readonly changeEmitter = new vscode.EventEmitter<CorpusChange>();
  /** Coalesced: many documents finishing together give one event. */
  readonly onDidChange = this.changeEmitter.event;
  private batch = { changed: new Set<string>(), removed: new Set<string>(), corrections: false };
  private flushTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly progressEmitter = new vscode.EventEmitter<{ done: number; total: number }>();
  readonly onDidProgress = this.progressEmitter.event;

  /** Set once the first scan has finished (successfully or not). */
  private _ready = false;
  private readyResolve!: () => void;
  readonly ready = new Promise<void>((r) => { this.readyResolve = r; });

  constructor(private readonly analyzer: Analyzer, readonly log: vscode.LogOutputChannel) {
    const folder = vscode.workspace.workspaceFolders?.[0];
    this.correctionsFile = folder && new CorrectionsFile(folder.uri);
  }

  get index(): CorpusIndex { return this._index; }
  get isReady(): boolean { return this._ready; }
  get documentCount(): number { return this.records.size; }
  get correctionsUri(): vscode.Uri | undefined { return this.correctionsFile?.uri; }

  // -------------------------------------------------------------------------------------------
  // Lookups for views and providers

  docIdOf(uri: vscode.Uri): string | undefined {
    return this.idsByUri.get(uri.toString());
  }
  uriOf(docId: string): vscode.Uri | undefined { return this.records.get(docId)?.uri; }
  textOf(docId: string): string | undefined { return this.records.get(docId)?.text; }

  lines(docId: string): LineIndex | undefined {
    const r = this.records.get(docId);
    if (!r) return undefined;
    return (r.lines ??= new LineIndex(r.text));
  }

  range(docId: string, span: Span): vscode.Range | undefined {
    const lines = this.lines(docId);
    if (!lines) return undefined;
    const a = lines.position(span.start);
    const b = lines.position(span.end);
    return new vscode.Range(a.line, a.character, b.line, b.character);
  }

  location(docId: string, span: Span): vscode.Location | undefined {
    const uri = this.uriOf(docId);
    const range = this.range(docId, span);
    return uri && range ? new vscode.Location(uri, range) : undefined;
  }

  /** The document's id when its analysis was computed on exactly the text the editor holds now;
   *  while an edit is being re-analysed, offsets would point at the wrong characters. */
  currentDocId(document: vscode.TextDocument): string | undefined {
    const id = this.docIdOf(document.uri);
    if (id === undefined) return undefined;
    return this.records.get(id)?.text === document.getText() && this._index.document(id) ? id : undefined;
  }

  /** Resolves when no analysis is queued or running (tests, exports). */
  whenIdle(): Promise<void> {
    if (this.pending === 0 && !this.scanning) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  // -------------------------------------------------------------------------------------------
  // Scanning and updating

  /** Finds every corpus file and brings the index in line with them. Cancelling keeps what is done. */
  async scan(token?: vscode.CancellationToken): Promise<void> {
    if (this.scanning) return this.whenIdle();
    this.scanning = true;
    const t0 = Date.now();
    const skipped: string[] = [];
    try {
      if (!this._corrections) await this.loadCorrections();
      const uris = await findCorpusFiles(token);
      const found = new Set(uris.map((u) => u.toString()));
      for (const [key, id] of [...this.idsByUri]) if (!found.has(key)) this.removeDoc(id);
      for (const [id, { uri }] of [...this.skippedFiles]) if (!found.has(uri.toString())) this.forgetSkipped(id);
      this.progressEmitter.fire({ done: 0, total: uris.length });
      skipped.push(...await this.refreshMany(uris, { join: true, token, progress: true }));
      const note = token?.isCancellationRequested ? ' (cancelled)' : '';
      this.log.info(`Scan${note}: ${this.records.size} documents analysed, ${skipped.length} skipped, in ${Date.now() - t0} ms`);
      this.reportSkipped(skipped);
    } catch (err) {
      if (!isCancelled(err)) this.log.error(`Scan failed: ${message(err)}`);
    } finally {
      this.scanning = false;
      if (!this._ready) { this._ready = true; this.readyResolve(); }
      this.flush();
      this.checkIdle();
    }
  }

  /** Forgets everything and starts over: corrections re-read from disk, every file re-analysed. */
  async reload(): Promise<void> {
    for (const f of this.inflight.values()) f.abort.abort();
    this.inflight.clear();
    await this.whenIdle();
    const removed = [...this.records.keys()];
    this.records.clear();
    this.skippedFiles.clear();
    this.idsByUri.clear();
    this._index = new CorpusIndex();
    this._corrections = undefined;
    for (const id of removed) this.batch.removed.add(id);
    this.batch.corrections = true;
    await this.scan();
  }

  /**
   * Refreshes many files, a few at a time (a burst of 10,000 new files must not become 10,000
   * reads and analyses queued at once). With `join`, a file already being read from disk is not
   * read again: a scan that overlaps the watcher's work waits for it instead of redoing it.
   * Resolves with the skip reasons.
   */
  async refreshMany(uris: readonly vscode.Uri[], opts: { join?: boolean; token?: vscode.CancellationToken; progress?: boolean } = {}): Promise<string[]> {
    const skipped: string[] = [];
    const queue = [...uris];
    let done = 0;
    const worker = async () => {
      for (let uri = queue.shift(); uri && !opts.token?.isCancellationRequested; uri = queue.shift()) {
        const reason = await this.refreshFile(uri, undefined, opts.join);
        if (reason) skipped.push(reason);
        if (opts.progress) this.progressEmitter.fire({ done: ++done, total: uris.length });
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, uris.length) }, worker));
    return skipped;
  }

  /**
   * Re-reads and re-analyses one file (or analyses `text`, an open editor's unsaved content).
   * Returns a one-line reason when the file is skipped, which the caller reports.
   */
  refreshFile(uri: vscode.Uri, text?: string, join = false): Promise<string | undefined> {
    const id = this.docIdOf(uri) ?? docIdFor(uri);
    if (id === undefined) return Promise.resolve(undefined);
    const running = this.inflight.get(id);
    if (join && text === undefined && running?.fromDisk) return running.done;
    const mine = ++this.seq;
    running?.abort.abort();
    const abort = new AbortController();
    const entry = { seq: mine, abort, fromDisk: text === undefined, done: Promise.resolve<string | undefined>(undefined) };
    this.inflight.set(id, entry);
    entry.done = this.load(id, uri, text, mine, abort);
    return entry.done;
  }

  private async load(id: string, uri: vscode.Uri, text: string | undefined, mine: number, abort: AbortController): Promise<string | undefined> {
    this.pending++;
    try {
      let content = text;
      if (content === undefined) {
        const read = await readCorpusFile(uri);
        if (this.inflight.get(id)?.seq !== mine) return undefined;
        if (read.kind === 'gone') { this.removeDoc(id); this.forgetSkipped(id); return undefined; }
        if (read.kind === 'skipped') {
          this.removeDoc(id);
          this.skippedFiles.set(id, { uri, reason: read.reason });
          this.batch.removed.add(id);
          this.scheduleFlush();
          const line = `Skipped ${id}: ${read.reason}`;
          this.log.warn(line);
          return line;
        }
        content = read.text;
      }
      // An editor's text (the user is typing) goes ahead of a running scan's queue.
      const priority = text !== undefined ? 'interactive' : 'background';
      const analysis = await this.analyzer.analyze({ id, text: content, publishedOverride: config.publicationDates()[id], priority }, abort.signal);
      if (this.inflight.get(id)?.seq !== mine) return undefined;
      this._index.upsert(analysis);
      const rec = this.records.get(id);
      if (rec) { rec.text = content; rec.lines = undefined; } else this.records.set(id, { id, uri, text: content });
      this.idsByUri.set(uri.toString(), id);
      this.skippedFiles.delete(id);
      this.batch.changed.add(id);
      this.batch.removed.delete(id);
      this.scheduleFlush();
      for (const w of analysis.warnings) this.log.warn(`${id}: ${w}`);
      return undefined;
    } catch (err) {
      if (isCancelled(err)) return undefined;
      this.log.error(`Analysis of ${id} failed: ${message(err)}`);
      return undefined;
    } finally {
      if (this.inflight.get(id)?.seq === mine) this.inflight.delete(id);
      this.pending--;
      this.checkIdle();
    }
  }

  /** A file that vanished or stopped qualifying leaves the views quietly. */
  removeDoc(id: string): void {
    const rec = this.records.get(id);
    this.inflight.get(id)?.abort.abort();
    this.inflight.delete(id);
    if (!rec) return;
    this.records.delete(id);
    this.idsByUri.delete(rec.uri.toString());
    this._index.remove(id);
    this.batch.removed.add(id);
    this.batch.changed.delete(id);
    this.scheduleFlush();
  }

  removeUri(uri: vscode.Uri): void {
    const id = this.docIdOf(uri) ?? docIdFor(uri);
    if (id === undefined) return;
    this.removeDoc(id);
    this.forgetSkipped(id);
  }

  /** Files left out of the corpus (too large, binary, unreadable), by document id. */
  skipped(): { id: string; uri: vscode.Uri; reason: string }[] {
    return [...this.skippedFiles].map(([id, s]) => ({ id, ...s })).sort((a, b) => a.id.localeCompare(b.id));
  }

  private forgetSkipped(id: string): void {
    if (!this.skippedFiles.delete(id)) return;
    this.batch.removed.add(id);
    this.scheduleFlush();
  }

  /** Re-analyses the documents whose publication-date override differs from `before`. */
  async applyPublicationDates(before: Record<string, string>, after: Record<string, string>): Promise<void> {
    const ids = new Set([...Object.keys(before), ...Object.keys(after)].filter((k) => before[k] !== after[k]));
    await Promise.all([...ids].map((id) => {
      const uri = this.uriOf(id);
      return uri ? this.refreshFile(uri, this.textOf(id)) : undefined;
    }));
  }

  reportSkipped(lines: readonly string[]): void {
    if (!lines.length) return;
    const n = lines.length;
    const showLog = vscode.l10n.t('Show Log');
    void vscode.window.showWarningMessage(
      n === 1
        ? vscode.l10n.t('Dossier skipped 1 file (too large, binary or unreadable). The Dossier log lists it.')
        : vscode.l10n.t('Dossier skipped {0} files (too large, binary or unreadable). The Dossier log lists each one.', n),
      showLog,
    ).then((pick) => { if (pick === showLog) this.log.show(true); });
  }

  // -------------------------------------------------------------------------------------------
  // Corrections

  get corrections(): Corrections {
    return this._corrections ?? { version: 1, rename: {}, merge: {}, retype: {}, reject: [] };
  }

  /** Reads `.dossier/corrections.json`; a corrupt file is moved aside and reported, never overwritten. */
  loadCorrections(): Promise<void> {
    return this.exclusive(() => this.readCorrections());
  }

  private async readCorrections(): Promise<void> {
    if (!this.correctionsFile) { this._corrections = this.corrections; return; }
    try {
      const res = await this.correctionsFile.load();
      if (res.kind === 'corrupt') {
        const kept = vscode.workspace.asRelativePath(res.keptAs);
        this.log.error(`Corrections file unreadable (${res.reason}); kept as ${kept}, starting with no corrections`);
        void vscode.window.showErrorMessage(vscode.l10n.t('Dossier\'s corrections file could not be read ({0}). It was kept as {1}; nothing was overwritten.', res.reason, kept));
      } else if (res.kind === 'ok') {
        for (const w of res.warnings) this.log.warn(`Corrections: ${w}`);
      }
      if (JSON.stringify(res.corrections) !== JSON.stringify(this._corrections)) this.setCorrections(res.corrections);
    } catch (err) {
      this.log.error(`Could not read corrections: ${message(err)}`);
      if (!this._corrections) this.setCorrections(this.corrections);
    }
  }

  /** Applies and persists a change to the corrections (written atomically). */
  updateCorrections(change: (c: Corrections) => Corrections): Promise<void> {
    return this.exclusive(async () => {
      const next = change(this.corrections);
      this.setCorrections(next);
      if (!this.correctionsFile) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Dossier: open a folder to keep corrections; this one lasts until the window closes.'));
        return;
      }
      await this.correctionsFile.save(next);
    });
  }

  /** The corrections file changed on disk (edited by hand, pulled from git, or our own write). */
  async onCorrectionsFileChanged(): Promise<void> {
    const before = JSON.stringify(this._corrections);
    await this.loadCorrections();
    if (JSON.stringify(this._corrections) !== before) this.log.info('Corrections reloaded from disk');
  }

  /** Corrections are read and written one operation at a time, so a watcher event caused by our
   *  own write can never read a half-updated file and undo the change just made. */
  private exclusive(fn: () => Promise<void>): Promise<void> {
    const run = this.correctionsLock.then(fn, fn);
    this.correctionsLock = run.then(() => undefined, () => undefined);
    return run;
  }

  private setCorrections(c: Corrections): void {
    this._corrections = c;
    this._index.setCorrections(c);
    this.batch.corrections = true;
    this.scheduleFlush();
  }

  // -------------------------------------------------------------------------------------------

  private scheduleFlush(): void {
    if (this.flushTimer) return;
    // During a scan or a burst, repaint the views a few times a second rather than once per document.
    this.flushTimer = setTimeout(() => this.flush(), this.scanning || this.pending > 1 ? 300 : 30);
  }

  private flush(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    const { changed, removed, corrections } = this.batch;
    if (!changed.size && !removed.size && !corrections) return;
    this.batch = { changed: new Set(), removed: new Set(), corrections: false };
    this.changeEmitter.fire({ changed: [...changed], removed: [...removed], corrections });
  }

  private checkIdle(): void {
    if (this.pending > 0 || this.scanning) return;
    this.flush();
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  dispose(): void {
    for (const f of this.inflight.values()) f.abort.abort();
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.changeEmitter.dispose();
    this.progressEmitter.dispose();
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
