import * as vscode from 'vscode';
import type { Entity, EntityType, Span } from '../../core/model';
import { Cmd } from '../commands/ids';
import type { CorpusStore } from '../corpus/corpus-store';
import { escapeMarkdown, truncate } from '../util/markdown';
import { mentionSnippet } from '../util/snippet';
import * as count from '../util/counts';
import { typeIcon, typeLook } from '../util/entity-types';

/**
 * Tree elements are plain data; the tree item is built on demand from the current index, so a
 * refresh never shows stale names. Ids are built from the ancestry (GitLens style) so expansion
 * and selection survive refreshes.
 */
export type Node =
  | { kind: 'doc'; id: string; doc: string }
  | { kind: 'docType'; id: string; doc: string; type: EntityType; parent: Node }
  | { kind: 'docEntity'; id: string; doc: string; entity: string; parent: Node }
  | { kind: 'regions'; id: string; doc: string; parent: Node }
  | { kind: 'region'; id: string; doc: string; index: number; parent: Node }
  | { kind: 'type'; id: string; type: EntityType }
  | { kind: 'entity'; id: string; entity: string; parent: Node }
  | { kind: 'entityDoc'; id: string; doc: string; entity: string; parent: Node }
  | { kind: 'mention'; id: string; doc: string; entity: string; span: Span; parent: Node }
  | { kind: 'skipped'; id: string }
  | { kind: 'skippedFile'; id: string; doc: string; parent: Node }
  /** "N more…": a long list (documents, entities of a type) shows a page at a time. */
  | { kind: 'more'; id: string; list: string; shown: number; total: number; parent?: Node };

/** Rows a long list shows before a "N more…" row: VS Code builds every child row of an expanded node. */
export const PAGE = 200;

/** How many rows of each long list are shown (grows by a page per "N more…" click). */
export class Paging {
  private readonly shown = new Map<string, number>();
  limit(list: string): number { return this.shown.get(list) ?? PAGE; }
  more(list: string): void { this.shown.set(list, this.limit(list) + PAGE); }
  /** Makes the list show at least up to item `index` (a reveal of an entity far down the list). */
  ensure(list: string, index: number): boolean {
    if (index < this.limit(list)) return false;
    this.shown.set(list, (Math.floor(index / PAGE) + 1) * PAGE);
    return true;
  }
  /** The first `limit` items, plus a "more" row when some are left out. */
  page<T>(list: string, items: readonly T[], row: (t: T) => Node, cache: NodeCache, parent?: Node): Node[] {
    const n = this.limit(list);
    const out = items.slice(0, n).map(row);
    if (items.length > n) out.push(cache.get({ kind: 'more', id: `${parent?.id ?? ''}/more:${list}:${n}:${items.length}`, list, shown: n, total: items.length, ...(parent ? { parent } : {}) }));
    return out;
  }
}

export function moreItem(node: Extract<Node, { kind: 'more' }>, command: string): vscode.TreeItem {
  const left = node.total - node.shown;
  const n = (x: number) => x.toLocaleString(vscode.env.language);
  const item = new vscode.TreeItem(vscode.l10n.t('{0} more…', n(left)), vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = vscode.l10n.t('showing {0} of {1}', n(node.shown), n(node.total));
  item.iconPath = new vscode.ThemeIcon('ellipsis');
  item.tooltip = vscode.l10n.t('Show {0} more', n(Math.min(PAGE, left)));
  item.command = { command, title: vscode.l10n.t('Show More'), arguments: [node.list] };
  return item;
}

/** The argument Dossier's entity commands accept from menus, hovers and tests. */
export type EntityArg = Node | string | { entity: string } | undefined;

export function entityIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  if (arg && typeof arg === 'object' && typeof (arg as { entity?: unknown }).entity === 'string') return (arg as { entity: string }).entity;
  return undefined;
}

/** Hands out one object per id, so `reveal` and selection find the element the tree already holds. */
export class NodeCache {
  private nodes = new Map<string, Node>();
  get<N extends Node>(node: N): N {
    const have = this.nodes.get(node.id);
    if (have && have.kind === node.kind) return have as N;
    this.nodes.set(node.id, node);
    return node;
  }
  find(id: string): Node | undefined { return this.nodes.get(id); }
  clear(): void { this.nodes.clear(); }
}

export function entityTooltip(e: Entity): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.supportHtml = false;
  md.appendMarkdown(`$(${typeLook(e.type).codicon}) **${escapeMarkdown(e.name)}** · ${typeLook(e.type).label}`);
  if (e.role) md.appendMarkdown(` · ${escapeMarkdown(e.role)}`);
  md.appendMarkdown(`\n\n${count.mentionsInDocuments(e.mentions.length, e.docs.length)}`);
  const aliases = e.aliases.filter((a) => a !== e.name);
  if (aliases.length) md.appendMarkdown(`\n\n${vscode.l10n.t('Also: {0}', aliases.map((a) => escapeMarkdown(a)).join(', '))}`);
  return md;
}

/** A type group row ("People 9"), the same in the Documents and Entities trees. */
export function typeGroupItem(type: EntityType, id: string, count: number, state: vscode.TreeItemCollapsibleState): vscode.TreeItem {
  const item = new vscode.TreeItem(typeLook(type).plural, state);
  item.id = id;
  item.description = String(count);
  item.iconPath = typeIcon(type);
  item.contextValue = 'dossier.entityType';
  return item;
}

export function entityItem(e: Entity, id: string, collapsible = true): vscode.TreeItem {
  const item = new vscode.TreeItem(e.name, collapsible ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = id;
  item.iconPath = typeIcon(e.type);
  // The tooltip is built in resolveTreeItem, when the row is hovered (not for every row on refresh).
  item.contextValue = `dossier.entity:${e.type}`;
  return item;
}

export function mentionItem(store: CorpusStore, node: Extract<Node, { kind: 'mention' }>, withDoc: boolean): vscode.TreeItem {
  const lines = store.lines(node.doc);
  const snippet = lines ? mentionSnippet(lines, node.span.start, node.span.end) : { label: '', highlight: [0, 0] as [number, number] };
  const item = new vscode.TreeItem({ label: snippet.label, highlights: [snippet.highlight] }, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  const line = (lines?.position(node.span.start).line ?? 0) + 1;
  item.description = withDoc ? `${node.doc}:${line}` : vscode.l10n.t('line {0}', line);
  item.iconPath = new vscode.ThemeIcon('quote');
  item.contextValue = 'dossier.mention';
  item.tooltip = vscode.l10n.t('{0} — {1}, line {2}', truncate(store.textOf(node.doc)?.slice(node.span.start, node.span.end) ?? '', 200), node.doc, line);
  item.command = { command: Cmd.openLocation, title: vscode.l10n.t('Open Mention'), arguments: [node.doc, node.span.start, node.span.end] };
  return item;
}

/**
 * An entity's mentions in one document. Mentions are sorted by document (see model.ts), so this is
 * a binary search: an entity with 30,000 mentions lists its 1,000 documents without 30 M compares.
 */
export function mentionsIn(e: Entity | undefined, doc: string): Entity['mentions'] {
  const ms = e?.mentions ?? [];
  let lo = 0, hi = ms.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (ms[mid].doc < doc) lo = mid + 1; else hi = mid; }
  let end = lo;
  while (end < ms.length && ms[end].doc === doc) end++;
  return ms.slice(lo, end);
}

/** Opens the entity's first mention when the tree item is clicked. */
export function goToEntityCommand(entity: string, doc?: string): vscode.Command {
  return { command: Cmd.goToEntity, title: vscode.l10n.t('Go to First Mention'), arguments: [entity, doc] };
}
