import * as vscode from 'vscode';
import type { Entity, EntityType, Span } from '../../core/model';
import { Cmd } from '../commands/ids';
import type { CorpusStore } from '../corpus/corpus-store';
import { escapeMarkdown, truncate } from '../util/markdown';
import { mentionSnippet } from '../util/snippet';
import { plural, typeIcon, typeLook } from '../util/entity-types';

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
  | { kind: 'skippedFile'; id: string; doc: string; parent: Node };

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
  clear(): void { this.nodes.clear(); }
}

export function entityTooltip(e: Entity): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.supportHtml = false;
  md.appendMarkdown(`$(${typeLook(e.type).codicon}) **${escapeMarkdown(e.name)}** · ${typeLook(e.type).label}`);
  if (e.role) md.appendMarkdown(` · ${escapeMarkdown(e.role)}`);
  md.appendMarkdown(`\n\n${plural(e.mentions.length, 'mention')} in ${plural(e.docs.length, 'document')}`);
  const aliases = e.aliases.filter((a) => a !== e.name);
  if (aliases.length) md.appendMarkdown(`\n\nAlso: ${aliases.map((a) => escapeMarkdown(a)).join(', ')}`);
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
  item.tooltip = entityTooltip(e);
  item.contextValue = `dossier.entity:${e.type}`;
  return item;
}

export function mentionItem(store: CorpusStore, node: Extract<Node, { kind: 'mention' }>, withDoc: boolean): vscode.TreeItem {
  const lines = store.lines(node.doc);
  const snippet = lines ? mentionSnippet(lines, node.span.start, node.span.end) : { label: '', highlight: [0, 0] as [number, number] };
  const item = new vscode.TreeItem({ label: snippet.label, highlights: [snippet.highlight] }, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  const line = (lines?.position(node.span.start).line ?? 0) + 1;
  item.description = withDoc ? `${node.doc}:${line}` : `line ${line}`;
  item.iconPath = new vscode.ThemeIcon('quote');
  item.contextValue = 'dossier.mention';
  item.tooltip = `${truncate(store.textOf(node.doc)?.slice(node.span.start, node.span.end) ?? '', 200)} — ${node.doc}, line ${line}`;
  item.command = { command: Cmd.openLocation, title: 'Open Mention', arguments: [node.doc, node.span.start, node.span.end] };
  return item;
}

/** Opens the entity's first mention when the tree item is clicked. */
export function goToEntityCommand(entity: string, doc?: string): vscode.Command {
  return { command: Cmd.goToEntity, title: 'Go to First Mention', arguments: [entity, doc] };
}
