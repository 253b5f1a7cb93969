import * as vscode from 'vscode';
import type { CorpusStore } from '../corpus/corpus-store';
import { DossierHoverProvider } from './hover-provider';
import { EntityNavigationProvider } from './navigation-providers';
import { EntityDocumentSymbolProvider, EntityWorkspaceSymbolProvider } from './symbol-providers';
import * as decorations from './decorations';

/**
 * Where corpus documents can live. Providers answer only for documents in the corpus (they check
 * the store), so a broad selector costs one map lookup for other files.
 */
export const CORPUS_SELECTOR: vscode.DocumentSelector = [
  { scheme: 'file' }, { scheme: 'vscode-remote' }, { scheme: 'vscode-vfs' }, { scheme: 'vscode-test-web' },
];

/** Hovers, native navigation, symbols and highlights in the editor. */
export function activate(context: vscode.ExtensionContext, store: CorpusStore): void {
  const nav = new EntityNavigationProvider(store);
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(CORPUS_SELECTOR, new DossierHoverProvider(store)),
    vscode.languages.registerReferenceProvider(CORPUS_SELECTOR, nav),
    vscode.languages.registerDefinitionProvider(CORPUS_SELECTOR, nav),
    vscode.languages.registerDocumentHighlightProvider(CORPUS_SELECTOR, nav),
    vscode.languages.registerDocumentSymbolProvider(CORPUS_SELECTOR, new EntityDocumentSymbolProvider(store), { label: 'Dossier' }),
    vscode.languages.registerWorkspaceSymbolProvider(new EntityWorkspaceSymbolProvider(store)),
  );
  decorations.activate(context, store);
}
