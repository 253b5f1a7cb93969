import * as vscode from 'vscode';
import { definingMention } from '../commands/entity-arg';
import type { CorpusStore } from '../corpus/corpus-store';

/**
 * Native navigation on names: Find All References lists every mention in the corpus, Go to
 * Definition jumps to the fullest-name first mention, and the other mentions of the entity
 * under the cursor are highlighted in the document.
 */
export class EntityNavigationProvider implements vscode.ReferenceProvider, vscode.DefinitionProvider, vscode.DocumentHighlightProvider {
  constructor(private readonly store: CorpusStore) {}

  private hit(document: vscode.TextDocument, position: vscode.Position) {
    const docId = this.store.currentDocId(document);
    return docId === undefined ? undefined : this.store.index.entityAt(docId, document.offsetAt(position));
  }

  provideReferences(document: vscode.TextDocument, position: vscode.Position, _ctx: vscode.ReferenceContext, token: vscode.CancellationToken): vscode.Location[] {
    const hit = this.hit(document, position);
    if (!hit) return [];
    const out: vscode.Location[] = [];
    for (const m of this.store.index.mentionsOf(hit.entity.id)) {
      if (token.isCancellationRequested) break;
      const loc = this.store.location(m.doc, m);
      if (loc) out.push(loc);
    }
    return out;
  }

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    const hit = this.hit(document, position);
    const m = hit && definingMention(hit.entity);
    return m && this.store.location(m.doc, m);
  }

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] {
    const hit = this.hit(document, position);
    if (!hit) return [];
    return hit.entity.mentions
      .filter((m) => m.doc === hit.mention.doc)
      .map((m) => new vscode.DocumentHighlight(new vscode.Range(document.positionAt(m.start), document.positionAt(m.end)), vscode.DocumentHighlightKind.Text));
  }
}
