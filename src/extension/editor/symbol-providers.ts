import * as vscode from 'vscode';
import type { EntityType } from '../../core/model';
import { definingMention } from '../commands/entity-arg';
import type { CorpusStore } from '../corpus/corpus-store';
import * as count from '../util/counts';
import { TYPE_ORDER, typeLook } from '../util/entity-types';

/** The Outline (and breadcrumbs) list a document's entities by type. */
export class EntityDocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly store: CorpusStore) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    const docId = this.store.currentDocId(document);
    if (docId === undefined) return [];
    const rangeOf = (start: number, end: number) => new vscode.Range(document.positionAt(start), document.positionAt(end));
    const byType = new Map<EntityType, vscode.DocumentSymbol[]>();
    const extent = new Map<EntityType, { start: number; end: number }>();
    for (const { entity, mentions } of this.store.index.entitiesOf(docId)) {
      if (!mentions.length) continue;
      const first = mentions.reduce((a, b) => (b.start < a.start ? b : a));
      const last = mentions.reduce((a, b) => (b.end > a.end ? b : a));
      const look = typeLook(entity.type);
      const sym = new vscode.DocumentSymbol(entity.name, count.mentions(mentions.length), look.symbol, rangeOf(first.start, last.end), rangeOf(first.start, first.end));
      byType.set(entity.type, [...(byType.get(entity.type) ?? []), sym]);
      const ext = extent.get(entity.type);
      extent.set(entity.type, { start: Math.min(ext?.start ?? first.start, first.start), end: Math.max(ext?.end ?? last.end, last.end) });
    }
    return TYPE_ORDER.filter((t) => byType.has(t)).map((t) => {
      const { start, end } = extent.get(t)!;
      const children = byType.get(t)!.sort((a, b) => a.selectionRange.start.compareTo(b.selectionRange.start));
      const group = new vscode.DocumentSymbol(typeLook(t).plural, String(children.length), vscode.SymbolKind.Namespace, rangeOf(start, end), rangeOf(start, start));
      group.children = children;
      return group;
    });
  }
}

/** Go to Symbol in Workspace (Ctrl+T) finds entities by name or alias. */
export class EntityWorkspaceSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly store: CorpusStore) {}

  provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): vscode.SymbolInformation[] {
    const entities = query.trim() ? this.store.index.findEntities(query, 200) : this.store.index.entities().slice(0, 200);
    const out: vscode.SymbolInformation[] = [];
    for (const e of entities) {
      if (token.isCancellationRequested) break;
      const m = definingMention(e);
      const loc = m && this.store.location(m.doc, m);
      if (!loc) continue;
      const container = [typeLook(e.type).label, e.role, count.mentions(e.mentions.length)].filter(Boolean).join(' · ');
      out.push(new vscode.SymbolInformation(e.name, typeLook(e.type).symbol, container, loc));
    }
    return out;
  }
}
