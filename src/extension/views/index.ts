import * as vscode from 'vscode';
import { Cmd, Ctx } from '../commands/ids';
import type { CorpusChange, CorpusStore } from '../corpus/corpus-store';
import { debounce } from '../util/debounce';
import { DocumentsTree, SHOW_MORE_DOCUMENTS } from './documents-tree';
import { EntitiesTree, SHOW_MORE_ENTITIES, type EntitySort } from './entities-tree';
import { entityIdOf, type Node } from './nodes';
import { SafeRevealer, withSafeReveal } from './safe-reveal';

export const DOCUMENTS_VIEW = 'dossier.documents';
export const ENTITIES_VIEW = 'dossier.entities';
const SORT_KEY = 'dossier.entitySort';
/** During a scan the trees repaint at most this often (each repaint rebuilds the visible rows). */
const REPAINT_MS = 500;

/** What the views expose to tests (through the extension's API). */
export interface ViewsApi {
  documents: DocumentsTree;
  entities: EntitiesTree;
  /** An entity was selected in either tree (the timeline filters on it). */
  onDidSelectEntity: vscode.Event<string>;
  /** The tree views themselves (tests expand rows through them); `reveal` survives repaints. */
  documentsView: vscode.TreeView<Node>;
  entitiesView: vscode.TreeView<Node>;
}

/**
 * The Dossier side bar: Documents and Entities trees, their title-bar toggles and filter,
 * and "follow the editor" (the cursor on a name reveals that entity).
 */
export function activate(context: vscode.ExtensionContext, store: CorpusStore): ViewsApi {
  const documents = new DocumentsTree(store);
  const entities = new EntitiesTree(store);
  entities.sort = context.workspaceState.get<EntitySort>(SORT_KEY, 'mentions');
  const documentsView = vscode.window.createTreeView(DOCUMENTS_VIEW, { treeDataProvider: documents, showCollapseAll: true });
  const entitiesView = vscode.window.createTreeView(ENTITIES_VIEW, { treeDataProvider: entities, showCollapseAll: true });

  const updateTitles = () => {
    const n = store.index.documents().length;
    documentsView.description = store.isReady ? `${n}` : vscode.l10n.t('reading…');
    entitiesView.description = store.isReady ? `${entities.visibleEntities().length}` : undefined;
    entitiesView.message = entities.filterText ? vscode.l10n.t('Filtering: "{0}"', entities.filterText) : undefined;
    void vscode.commands.executeCommand('setContext', Ctx.state, !store.isReady ? 'scanning' : n ? 'ready' : 'empty');
  };
  const setSort = (sort: EntitySort) => {
    entities.sort = sort;
    void context.workspaceState.update(SORT_KEY, sort);
    void vscode.commands.executeCommand('setContext', Ctx.entitySort, sort);
    entities.refresh();
  };
  void vscode.commands.executeCommand('setContext', Ctx.entitySort, entities.sort);
  void vscode.commands.executeCommand('setContext', Ctx.state, 'scanning');

  // A reveal must not race the next repaint: it waits for the pending one (see safe-reveal.ts).
  let paintTimer: ReturnType<typeof setTimeout> | undefined;
  let afterPaint: (() => void)[] = [];
  const settled = () => (paintTimer ? new Promise<void>((r) => afterPaint.push(r)) : Promise.resolve());
  const documentsReveal = new SafeRevealer(documentsView, settled);
  const entitiesReveal = new SafeRevealer(entitiesView, settled);

  const revealEntity = async (id: string, opts: { focus?: boolean; select?: boolean } = {}) => {
    const e = store.index.entity(id);
    if (!e) return;
    // A filter that hides the entity would make reveal fail: clear it first.
    if (entities.filterText && !entities.visibleEntities().some((x) => x.id === id)) {
      entities.setFilter('');
      void vscode.commands.executeCommand('setContext', Ctx.entityFilter, false);
      updateTitles();
    }
    entities.ensureShown(e);
    await entitiesReveal.reveal(entities.entityNode(e), { select: opts.select ?? true, focus: opts.focus ?? false, expand: false });
  };

  const follow = debounce((editor: vscode.TextEditor | undefined) => {
    const id = editor && store.currentDocId(editor.document);
    const hit = id !== undefined ? store.index.entityAt(id, editor!.document.offsetAt(editor!.selection.active)) : undefined;
    void vscode.commands.executeCommand('setContext', Ctx.cursorOnEntity, !!hit);
    if (hit && entitiesView.visible) void revealEntity(hit.entity.id).then(undefined, () => undefined);
    if (id !== undefined && documentsView.visible && !hit) {
      void documentsReveal.reveal(documents.docNode(id), { select: true, focus: false, expand: false }).then(undefined, () => undefined);
    }
  }, 200);

  const selectEmitter = new vscode.EventEmitter<string>();
  const onSelect = (e: vscode.TreeViewSelectionChangeEvent<Node>) => {
    const node = e.selection[0];
    if (node && (node.kind === 'entity' || node.kind === 'docEntity')) selectEmitter.fire(node.entity);
  };

  // Corpus changes are gathered and painted at most every REPAINT_MS (the first one at once).
  let pending: { changed: Set<string>; removed: Set<string>; corrections: boolean } | undefined;
  let lastPaint = 0;
  const paint = () => {
    paintTimer = undefined;
    const change = pending;
    pending = undefined;
    const waiting = afterPaint;
    afterPaint = [];
    if (change) {
      lastPaint = Date.now();
      documents.update({ changed: [...change.changed], removed: [...change.removed], corrections: change.corrections });
      entities.refresh();
      updateTitles();
    }
    for (const resume of waiting) resume();
  };
  const onCorpusChange = (c: CorpusChange) => {
    pending ??= { changed: new Set(), removed: new Set(), corrections: false };
    for (const id of c.changed) { pending.changed.add(id); pending.removed.delete(id); }
    for (const id of c.removed) { pending.removed.add(id); pending.changed.delete(id); }
    pending.corrections ||= c.corrections;
    if (paintTimer) return;
    const wait = lastPaint + REPAINT_MS - Date.now();
    if (wait <= 0) paint(); else paintTimer = setTimeout(paint, wait);
  };

  context.subscriptions.push(
    documentsView, entitiesView, documents, entities, follow, selectEmitter,
    { dispose: () => { if (paintTimer) clearTimeout(paintTimer); for (const resume of afterPaint.splice(0)) resume(); } },
    documentsView.onDidExpandElement((e) => { if (e.element.kind === 'doc') documents.expanded.add(e.element.doc); }),
    documentsView.onDidCollapseElement((e) => { if (e.element.kind === 'doc') documents.expanded.delete(e.element.doc); }),
    vscode.commands.registerCommand(SHOW_MORE_DOCUMENTS, () => documents.showMore()),
    vscode.commands.registerCommand(SHOW_MORE_ENTITIES, (list: string) => entities.showMore(list)),
    documentsView.onDidChangeSelection(onSelect),
    entitiesView.onDidChangeSelection(onSelect),
    store.onDidChange(onCorpusChange),
    vscode.window.onDidChangeTextEditorSelection((e) => follow(e.textEditor)),
    vscode.window.onDidChangeActiveTextEditor((e) => follow(e)),
    vscode.commands.registerCommand(Cmd.sortEntitiesByName, () => setSort('name')),
    vscode.commands.registerCommand(Cmd.sortEntitiesByMentions, () => setSort('mentions')),
    vscode.commands.registerCommand(Cmd.filterEntities, async (text?: string) => {
      const value = typeof text === 'string' ? text : await vscode.window.showInputBox({
        title: vscode.l10n.t('Filter Entities'), prompt: vscode.l10n.t('Names or aliases containing (accents and case ignored)'), value: entities.filterText,
      });
      if (value === undefined) return;
      entities.setFilter(value);
      void vscode.commands.executeCommand('setContext', Ctx.entityFilter, !!entities.filterText);
      updateTitles();
    }),
    vscode.commands.registerCommand(Cmd.clearEntityFilter, () => {
      entities.setFilter('');
      void vscode.commands.executeCommand('setContext', Ctx.entityFilter, false);
      updateTitles();
    }),
    vscode.commands.registerCommand(Cmd.revealEntity, async (arg?: unknown) => {
      const id = entityIdOf(arg);
      if (!id) return;
      await vscode.commands.executeCommand(`${ENTITIES_VIEW}.focus`);
      await revealEntity(id, { focus: true });
    }),
  );
  updateTitles();
  return {
    documents, entities, onDidSelectEntity: selectEmitter.event,
    documentsView: withSafeReveal(documentsView, documentsReveal),
    entitiesView: withSafeReveal(entitiesView, entitiesReveal),
  };
}
