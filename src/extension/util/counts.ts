import * as vscode from 'vscode';

// Counted nouns as whole messages, one per form, so a translation never has to follow English
// plural rules built in code ("1 mention" / "3 mentions").

export const mentions = (n: number): string => (n === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', n));
export const documents = (n: number): string => (n === 1 ? vscode.l10n.t('1 document') : vscode.l10n.t('{0} documents', n));
/** The short form the tree rows use ("2 docs"). */
export const docs = (n: number): string => (n === 1 ? vscode.l10n.t('1 doc') : vscode.l10n.t('{0} docs', n));
export const files = (n: number): string => (n === 1 ? vscode.l10n.t('1 file') : vscode.l10n.t('{0} files', n));

/** "3 mentions in 2 documents" (entity tooltips and hover cards). */
export const mentionsInDocuments = (m: number, d: number): string =>
  vscode.l10n.t({ message: '{0} in {1}', args: [mentions(m), documents(d)], comment: ['{0} is a count of mentions ("3 mentions"), {1} a count of documents ("2 documents")'] });
