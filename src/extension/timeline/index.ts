/**
 * The timeline feature: `dossier.showTimeline` opens (or reveals) one webview panel of type
 * `dossier.timeline`; a serializer brings it back after a reload; selecting an entity in the
 * Dossier trees filters it.
 *
 * Manifest entries this feature needs (package.json `contributes`, owned by the extension layer):
 *   activationEvents: ["onWebviewPanel:dossier.timeline"]          (serializer after a reload)
 *   commands:
 *     { "command": "dossier.showTimeline", "title": "Show Timeline", "category": "Dossier", "icon": "$(history)" }
 *     { "command": "dossier.timeline.filterEntity", "title": "Filter Timeline by Entity", "category": "Dossier" }
 *   menus:
 *     commandPalette: [{ "command": "dossier.timeline.filterEntity", "when": "false" }]
 *     view/title:     [{ "command": "dossier.showTimeline", "when": "view == dossier.documents || view == dossier.entities", "group": "navigation" }]
 * `dossier.showTimeline` takes an optional `{ entity?: string, doc?: string, event?: string }`:
 * entity/doc set the filters, event selects and focuses that event. It resolves with the panel's
 * `TimelineHandle` (used by the extension-host tests).
 */
import * as vscode from 'vscode';
import { TIMELINE_VIEW_TYPE, type TimelineFilter, type TimelinePayload } from '../../shared/timeline-protocol';
import { TimelinePanel, timelineTitle, webviewOptions } from './panel';
import type { TimelineStore } from './store';

export type { TimelineStore } from './store';

export const SHOW_TIMELINE = 'dossier.showTimeline';
/** Filters an open timeline without opening one (tree selection); hidden from the palette. */
export const FILTER_TIMELINE_ENTITY = 'dossier.timeline.filterEntity';

export interface ShowTimelineArgs {
  entity?: string;
  doc?: string;
  event?: string;
}

/** What tests (and the extension's API) can see of an open timeline. */
export interface TimelineHandle {
  readonly panel: vscode.WebviewPanel;
  /** Resolves when the page has loaded and been sent its data. */
  whenReady(): Promise<void>;
  /** The payload last sent to the page. */
  lastPayload(): TimelinePayload | undefined;
  /** Runs a message through the same validation and handling as one from the page; false if dropped. */
  receive(raw: unknown): Promise<boolean>;
  /** Messages from the page dropped by validation so far. */
  readonly dropped: number;
  currentFilter(): TimelineFilter | undefined;
}

export interface TimelineApi {
  show(args?: ShowTimelineArgs): Promise<TimelineHandle>;
  /** The open panel, if any. */
  current(): TimelineHandle | undefined;
}

function parseArgs(raw: unknown): ShowTimelineArgs {
  if (typeof raw === 'string') return { entity: raw };
  if (!raw || typeof raw !== 'object') return {};
  const o = raw as Record<string, unknown>;
  const str = (x: unknown) => (typeof x === 'string' && x.length > 0 && x.length <= 1024 ? x : undefined);
  return { entity: str(o.entity), doc: str(o.doc), event: str(o.event) };
}

export function registerTimeline(
  context: vscode.ExtensionContext,
  store: TimelineStore,
  opts: { onDidSelectEntity?: vscode.Event<string> } = {},
): TimelineApi {
  let current: TimelinePanel | undefined;
  const log = store.log;

  const adopt = (panel: vscode.WebviewPanel): TimelinePanel => {
    const p = new TimelinePanel(panel, store, context.extensionUri, log);
    current = p;
    p.onDidDispose(() => { if (current === p) current = undefined; });
    return p;
  };

  const show = async (args: ShowTimelineArgs = {}): Promise<TimelineHandle> => {
    if (current) {
      current.panel.reveal(undefined, false);
    } else {
      const beside = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
      adopt(vscode.window.createWebviewPanel(TIMELINE_VIEW_TYPE, timelineTitle(), { viewColumn: beside, preserveFocus: false },
        webviewOptions(context.extensionUri)));
    }
    const p = current!;
    const filter: Partial<TimelineFilter> = {};
    if (args.entity) filter.entity = args.entity;
    if (args.doc) filter.doc = args.doc;
    if (Object.keys(filter).length) p.send({ type: 'filter', filter });
    if (args.event) p.send({ type: 'focusEvent', eventId: args.event });
    return p;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_TIMELINE, (raw?: unknown) => show(parseArgs(raw))),
    vscode.commands.registerCommand(FILTER_TIMELINE_ENTITY, (raw?: unknown) => {
      const { entity } = parseArgs(raw);
      if (current && entity) current.send({ type: 'filter', filter: { entity } });
    }),
    vscode.window.registerWebviewPanelSerializer(TIMELINE_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel) {
        // The page restores its own filters and zoom from getState(); the host re-sends data on `ready`.
        if (current) current.dispose();
        adopt(panel);
      },
    }),
    { dispose: () => current?.dispose() },
  );
  if (opts.onDidSelectEntity) {
    context.subscriptions.push(opts.onDidSelectEntity((entity) => {
      current?.onTreeSelection(entity);
    }));
  }
  return { show, current: () => current };
}
