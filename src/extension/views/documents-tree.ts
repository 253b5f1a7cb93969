import * as vscode from 'vscode';
import type { DocumentAnalysis, Region } from '../../core/model';
import type { CorpusStore } from '../corpus/corpus-store';
import { escapeMarkdown, truncate } from '../util/markdown';
import * as count from '../util/counts';
import { TYPE_ORDER } from '../util/entity-types';
import { Cmd } from '../commands/ids';
import { NodeCache, Paging, entityItem, entityTooltip, goToEntityCommand, mentionItem, mentionsIn, moreItem, typeGroupItem, type Node } from './nodes';

/** Internal command of the documents' "N more…" row (not in the palette). */
export const SHOW_MORE_DOCUMENTS = 'dossier.documents.showMore';

const SKIPPED_REGIONS: readonly Region['kind'][] = ['boilerplate', 'duplicate', 'metadata'];

/** Documents → entity types → entities → mentions, with the page furniture listed apart. */
export class DocumentsTree implements vscode.TreeDataProvider<Node> {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly cache = new NodeCache();
  readonly paging = new Paging();
  /** Documents whose rows are expanded (tracked by the view): their entity rows show corpus counts. */
  readonly expanded = new Set<string>();
  /** Documents listed at the last full refresh: a change to only these repaints only their rows. */
  private listed = new Set<string>();

  constructor(private readonly store: CorpusStore) {}

  refresh(): void {
    this.cache.clear();
    this.listed = new Set(this.store.index.documents().map((d) => d.id));
    this.emitter.fire(undefined);
  }

  /**
   * Repaints after a corpus change: only the rows of the changed documents (and of the expanded
   * ones, whose "N docs" counts may move) when the list itself is unchanged, else everything.
   */
  update(change: { changed: readonly string[]; removed: readonly string[]; corrections: boolean }): void {
    if (change.corrections || change.removed.length || change.changed.some((id) => !this.listed.has(id)) || !this.store.isReady) {
      this.refresh();
      return;
    }
    // Only rows the view holds (a document past the shown page has none).
    for (const id of new Set([...change.changed, ...this.expanded])) {
      const node = this.cache.find(`doc/${id}`);
      if (node) this.emitter.fire(node);
    }
  }

  showMore(): void {
    this.paging.more('docs');
    this.emitter.fire(undefined);
  }

  /** Tooltips are built when a row is hovered, not for every row of every refresh. */
  resolveTreeItem(item: vscode.TreeItem, node: Node): vscode.TreeItem {
    if (item.tooltip) return item;
    if (node.kind === 'doc') {
      const doc = this.store.index.document(node.doc);
      if (doc) item.tooltip = docTooltip(doc);
    } else if (node.kind === 'docEntity') {
      const e = this.store.index.entity(node.entity);
      if (e) item.tooltip = entityTooltip(e);
    }
    return item;
  }

  docNode(doc: string): Node {
    return this.cache.get({ kind: 'doc', id: `doc/${doc}`, doc });
  }

  getParent(node: Node): Node | undefined {
    return 'parent' in node ? node.parent : undefined;
  }

  getChildren(node?: Node): Node[] {
    const index = this.store.index;
    if (!node) {
      if (!this.store.isReady && !this.store.documentCount) return [];
      const docs: Node[] = this.paging.page('docs', index.documents(), (d) => this.docNode(d.id), this.cache);
      if (this.store.skipped().length) docs.push(this.cache.get({ kind: 'skipped', id: 'skipped' }));
      return docs;
    }
    switch (node.kind) {
      case 'doc': {
        const ents = index.entitiesOf(node.doc);
        const types = TYPE_ORDER.filter((t) => ents.some((e) => e.entity.type === t));
        const out: Node[] = types.map((type) => this.cache.get({ kind: 'docType', id: `${node.id}/${type}`, doc: node.doc, type, parent: node }));
        if (skippedRegions(index.document(node.doc)).length) out.push(this.cache.get({ kind: 'regions', id: `${node.id}/regions`, doc: node.doc, parent: node }));
        return out;
      }
      case 'docType':
        return index.entitiesOf(node.doc)
          .filter((e) => e.entity.type === node.type)
          .map((e) => this.cache.get({ kind: 'docEntity', id: `${node.id}/${e.entity.id}`, doc: node.doc, entity: e.entity.id, parent: node }));
      case 'docEntity': {
        const mentions = mentionsIn(index.entity(node.entity), node.doc);
        return mentions.map((m) => this.cache.get({ kind: 'mention', id: `${node.id}/${m.start}`, doc: node.doc, entity: node.entity, span: { start: m.start, end: m.end }, parent: node }));
      }
      case 'skipped':
        return this.store.skipped().map((f) => this.cache.get({ kind: 'skippedFile', id: `skipped/${f.id}`, doc: f.id, parent: node }));
      case 'regions':
        return skippedRegions(index.document(node.doc)).map(({ i }) => this.cache.get({ kind: 'region', id: `${node.id}/${i}`, doc: node.doc, index: i, parent: node }));
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const index = this.store.index;
    switch (node.kind) {
      case 'more':
        return moreItem(node, SHOW_MORE_DOCUMENTS);
      case 'doc': {
        const doc = index.document(node.doc);
        return doc ? docItem(doc, node.id, this.store.uriOf(node.doc)) : new vscode.TreeItem(node.doc);
      }
      case 'docType': {
        const n = index.entitiesOf(node.doc).filter((e) => e.entity.type === node.type).length;
        return typeGroupItem(node.type, node.id, n, vscode.TreeItemCollapsibleState.Collapsed);
      }
      case 'docEntity': {
        const e = index.entity(node.entity);
        if (!e) return new vscode.TreeItem(node.entity);
        const item = entityItem(e, node.id);
        const here = mentionsIn(e, node.doc).length;
        item.description = vscode.l10n.t({ message: '{0} here · {1}', args: [count.mentions(here), count.docs(e.docs.length)], comment: ['{0}: mentions in this document ("2 mentions"); {1}: documents that mention the entity ("3 docs")'] });
        item.command = goToEntityCommand(e.id, node.doc);
        return item;
      }
      case 'mention':
        return mentionItem(this.store, node, false);
      case 'regions': {
        const n = skippedRegions(index.document(node.doc)).length;
        const item = new vscode.TreeItem(vscode.l10n.t('Boilerplate'), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = vscode.l10n.t('{0} not analysed', n);
        item.iconPath = new vscode.ThemeIcon('circle-slash');
        item.tooltip = vscode.l10n.t('Page furniture (menus, related links, metadata lines, repeated paragraphs) that Dossier reads past.');
        return item;
      }
      case 'region': {
        const region = index.document(node.doc)?.regions[node.index];
        const item = new vscode.TreeItem(region?.label ?? vscode.l10n.t('Region'), vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        if (region) {
          const text = this.store.textOf(node.doc)?.slice(region.start, region.end) ?? '';
          item.description = truncate(text.replace(/\s+/g, ' ').trim(), 80);
          item.tooltip = `${region.kind}: ${truncate(text, 500)}`;
          item.command = { command: Cmd.openLocation, title: vscode.l10n.t('Open Region'), arguments: [node.doc, region.start, region.end] };
        }
        item.iconPath = new vscode.ThemeIcon('dash');
        return item;
      }
      case 'skipped': {
        const item = new vscode.TreeItem(vscode.l10n.t('Not read'), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = node.id;
        item.description = count.files(this.store.skipped().length);
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
        item.tooltip = vscode.l10n.t('Files matching dossier.include that Dossier skipped: too large (dossier.maxFileSizeMB), binary or unreadable.');
        return item;
      }
      case 'skippedFile': {
        const f = this.store.skipped().find((x) => x.id === node.doc);
        const item = new vscode.TreeItem(node.doc, vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.description = f?.reason;
        item.tooltip = f ? `${node.doc}: ${f.reason}` : node.doc;
        item.iconPath = new vscode.ThemeIcon('circle-slash');
        if (f) item.resourceUri = f.uri;
        item.contextValue = 'dossier.skippedFile';
        return item;
      }
      default:
        return new vscode.TreeItem('');
    }
  }

  dispose(): void { this.emitter.dispose(); }
}

function docItem(doc: DocumentAnalysis, id: string, uri: vscode.Uri | undefined): vscode.TreeItem {
  const item = new vscode.TreeItem(doc.title.trim() || doc.id, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = id;
  const problem = dateProblem(doc);
  item.description = doc.published.date ?? vscode.l10n.t('no date');
  item.iconPath = problem ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon('file-text');
  item.contextValue = problem ? 'dossier.document+dateProblem' : 'dossier.document';
  if (uri) {
    item.resourceUri = uri;
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Document'), arguments: [uri] };
  }
  return item;
}

function dateProblem(doc: DocumentAnalysis): string | undefined {
  const { date, conflicts } = doc.published;
  return !date ? vscode.l10n.t('No publication date found: relative dates ("Friday") cannot be placed.')
    : conflicts.length ? vscode.l10n.t('The page also states {0}.', conflicts.map((c) => c.date).join(', ')) : undefined;
}

function docTooltip(doc: DocumentAnalysis): vscode.MarkdownString {
  const { date, source } = doc.published;
  const problem = dateProblem(doc);
  const md = new vscode.MarkdownString('', true);
  md.supportHtml = false;
  md.appendMarkdown(`**${escapeMarkdown(doc.title || doc.id)}**\n\n${escapeMarkdown(doc.id)}\n\n`);
  md.appendMarkdown(date ? `$(calendar) ${vscode.l10n.t('Published {0} ({1})', date, source)}` : `$(warning) ${vscode.l10n.t('No publication date')}`);
  if (problem) md.appendMarkdown(`\n\n$(warning) ${escapeMarkdown(problem)} ${vscode.l10n.t('Use *Dossier: Set Publication Date…* to fix it.')}`);
  if (doc.agency) md.appendMarkdown(`\n\n${vscode.l10n.t('Agency: {0}', escapeMarkdown(doc.agency))}`);
  return md;
}

function skippedRegions(doc: DocumentAnalysis | undefined): { region: Region; i: number }[] {
  return (doc?.regions ?? []).map((region, i) => ({ region, i })).filter(({ region }) => SKIPPED_REGIONS.includes(region.kind));
}
