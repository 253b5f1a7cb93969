import * as vscode from 'vscode';
import type { Corrections } from '../../core/model';
import { emptyCorrections, parseCorrections } from '../../core/corrections/corrections';

export const CORRECTIONS_PATH = '.dossier/corrections.json';

export type LoadResult =
  | { kind: 'missing'; corrections: Corrections }
  | { kind: 'ok'; corrections: Corrections; warnings: string[] }
  /** The file was unreadable as corrections; it was moved to `keptAs` and nothing was lost. */
  | { kind: 'corrupt'; corrections: Corrections; keptAs: vscode.Uri; reason: string };

/**
 * The user's corrections as a readable JSON file in the workspace, so they can be reviewed,
 * committed and shared. Writes are atomic (temp file + rename): a crash mid-write leaves the old
 * file. A file that does not parse is moved aside, never silently overwritten.
 */
export class CorrectionsFile {
  readonly uri: vscode.Uri;

  constructor(folder: vscode.Uri) {
    this.uri = vscode.Uri.joinPath(folder, CORRECTIONS_PATH);
  }

  async load(): Promise<LoadResult> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(this.uri);
    } catch (err) {
      if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return { kind: 'missing', corrections: emptyCorrections() };
      throw err;
    }
    let text: string | undefined;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = undefined;
    }
    const parsed = text !== undefined ? parseCorrections(text) : { ok: false as const, error: 'not UTF-8 text' };
    if (parsed.ok) return { kind: 'ok', corrections: parsed.value, warnings: parsed.warnings };
    const keptAs = this.uri.with({ path: `${this.uri.path}.corrupt-${timestamp()}` });
    await vscode.workspace.fs.rename(this.uri, keptAs, { overwrite: false });
    return { kind: 'corrupt', corrections: emptyCorrections(), keptAs, reason: parsed.error };
  }

  async save(c: Corrections): Promise<void> {
    const dir = vscode.Uri.joinPath(this.uri, '..');
    await vscode.workspace.fs.createDirectory(dir);
    const tmp = this.uri.with({ path: `${this.uri.path}.tmp-${Date.now()}-${Math.random().toString(36).slice(2, 8)}` });
    const json = JSON.stringify(normalize(c), null, 2) + '\n';
    await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(json));
    try {
      await vscode.workspace.fs.rename(tmp, this.uri, { overwrite: true });
    } catch (err) {
      await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
      throw err;
    }
  }
}

function normalize(c: Corrections): Corrections {
  const sorted = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
  return { version: 1, rename: sorted(c.rename), merge: sorted(c.merge), retype: sorted(c.retype), reject: [...new Set(c.reject)].sort() };
}

function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}
