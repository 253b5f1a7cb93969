import * as vscode from 'vscode';
import { decodeBytes } from '../../core/input/decode';
import { config } from './config';

/** The result of reading one candidate file: its text, or why it is not part of the corpus. */
export type ReadResult =
  | { kind: 'text'; text: string }
  | { kind: 'skipped'; reason: string }
  | { kind: 'gone' };

/**
 * Finds the workspace's corpus files (the `dossier.include` / `dossier.exclude` settings) and
 * reads them the way the editor would show them. All I/O goes through `workspace.fs`, so the
 * same code serves desktop, remote and web.
 */
export async function findCorpusFiles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const uris = await vscode.workspace.findFiles(config.include(), config.exclude() || null, undefined, token);
  return uris.sort((a, b) => a.toString().localeCompare(b.toString()));
}

/** Which of `candidates` match the include/exclude settings (for files created while running). */
export async function filterCorpusFiles(candidates: readonly vscode.Uri[]): Promise<vscode.Uri[]> {
  if (!candidates.length) return [];
  const wanted = new Set(candidates.map((u) => u.toString()));
  const all = await findCorpusFiles();
  return all.filter((u) => wanted.has(u.toString()));
}

/** The open editor's text when the document is open (its unsaved edits are what the user sees). */
export function openDocumentText(uri: vscode.Uri): string | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key)?.getText();
}

export async function readCorpusFile(uri: vscode.Uri): Promise<ReadResult> {
  const open = openDocumentText(uri);
  if (open !== undefined) return { kind: 'text', text: open };
  const max = config.maxFileBytes();
  try {
    // Stat first: a 2 GB log file must be refused before it is read into memory.
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { kind: 'skipped', reason: vscode.l10n.t('a directory') };
    if (stat.size > max) return { kind: 'skipped', reason: vscode.l10n.t('too large ({0}, limit {1}; setting dossier.maxFileSizeMB)', mb(stat.size), mb(max)) };
    const decoded = decodeBytes(await vscode.workspace.fs.readFile(uri), { maxBytes: max });
    if (decoded.skipped !== undefined) return { kind: 'skipped', reason: decoded.skipped };
    return { kind: 'text', text: decoded.text };
  } catch (err) {
    if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return { kind: 'gone' };
    if (err instanceof vscode.FileSystemError && err.code === 'NoPermissions') return { kind: 'skipped', reason: vscode.l10n.t('not readable (permission denied)') };
    return { kind: 'skipped', reason: vscode.l10n.t('unreadable ({0})', err instanceof Error ? err.message : String(err)) };
  }
}

function mb(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
