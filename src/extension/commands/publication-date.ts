import * as vscode from 'vscode';
import { config } from '../corpus/config';
import type { CorpusStore } from '../corpus/corpus-store';
import { Cmd } from './ids';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Dossier: Set Publication Date… stores an override in the workspace setting
 * `dossier.publicationDates` ({"rel/path": "YYYY-MM-DD"}); the settings listener re-analyses
 * the document, and everything depending on its dates follows. An empty answer removes it.
 */
export function activate(context: vscode.ExtensionContext, store: CorpusStore): void {
  context.subscriptions.push(vscode.commands.registerCommand(Cmd.setPublicationDate, async (arg?: unknown, date?: unknown) => {
    const docId = docIdFromArg(store, arg);
    if (docId === undefined) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Dossier: open a corpus document (or pick one in the Documents view) to set its publication date.'));
      return;
    }
    const doc = store.index.document(docId);
    const current = config.publicationDates()[docId];
    const value = typeof date === 'string' || date === null ? (date ?? '') : await vscode.window.showInputBox({
      title: vscode.l10n.t('Publication date of {0}', doc?.title || docId),
      prompt: doc?.published.date && !current
        ? vscode.l10n.t('YYYY-MM-DD. Relative dates ("on Friday") are resolved against it. Leave empty to use the date on the page ({0}).', doc.published.date)
        : vscode.l10n.t('YYYY-MM-DD. Relative dates ("on Friday") are resolved against it. Leave empty to use the date on the page.'),
      value: current ?? doc?.published.date ?? '',
      validateInput: (v) => (!v.trim() || (ISO_DAY.test(v.trim()) && isRealDay(v.trim())) ? undefined : vscode.l10n.t('Use the form YYYY-MM-DD, e.g. {0}', '2023-09-09')),
    });
    if (value === undefined) return;
    const day = value.trim();
    if (day && !(ISO_DAY.test(day) && isRealDay(day))) throw new Error(`Not a date: ${day}`);
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Dossier: open a folder to keep publication dates (they are stored in its settings).'));
      return;
    }
    const all = { ...config.publicationDates() };
    if (day) all[docId] = day; else delete all[docId];
    const before = config.publicationDates();
    await vscode.workspace.getConfiguration('dossier').update('publicationDates', Object.keys(all).length ? all : undefined, vscode.ConfigurationTarget.Workspace);
    // The configuration listener re-analyses too; doing it here lets callers await the result.
    await store.applyPublicationDates(before, all);
    await store.whenIdle();
    store.log.info(`Publication date of ${docId}: ${day || 'from the page'}`);
  }));
}

function docIdFromArg(store: CorpusStore, arg: unknown): string | undefined {
  if (arg instanceof vscode.Uri) return store.docIdOf(arg);
  if (typeof arg === 'string') return store.index.document(arg) ? arg : undefined;
  if (arg && typeof arg === 'object' && typeof (arg as { doc?: unknown }).doc === 'string') return (arg as { doc: string }).doc;
  const editor = vscode.window.activeTextEditor;
  return editor && store.docIdOf(editor.document.uri);
}

function isRealDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
