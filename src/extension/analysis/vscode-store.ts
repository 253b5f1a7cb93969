import * as vscode from 'vscode';
import { tempName, isEntryFile, isTempFile, type BlobStore } from './store';

/** Cache files through vscode.workspace.fs, which works in every host (desktop, remote, web). */
export class VscodeFsStore implements BlobStore {
  private made?: Thenable<void>;
  private readonly enc = new TextEncoder();
  private readonly dec = new TextDecoder();
  constructor(readonly dir: vscode.Uri) {}

  async list(): Promise<string[]> {
    try {
      const entries = await vscode.workspace.fs.readDirectory(this.dir);
      return entries.filter(([n, t]) => t === vscode.FileType.File && isEntryFile(n)).map(([n]) => n);
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return [];
      throw e;
    }
  }

  async read(name: string): Promise<string | undefined> {
    try {
      return this.dec.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.dir, name)));
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
      throw e;
    }
  }

  async write(name: string, data: string): Promise<void> {
    this.made ??= vscode.workspace.fs.createDirectory(this.dir);
    await this.made;
    const tmp = vscode.Uri.joinPath(this.dir, tempName(name));
    try {
      await vscode.workspace.fs.writeFile(tmp, this.enc.encode(data));
      await vscode.workspace.fs.rename(tmp, vscode.Uri.joinPath(this.dir, name), { overwrite: true });
    } catch (e) {
      await Promise.resolve(vscode.workspace.fs.delete(tmp)).catch(() => undefined);
      throw e;
    }
  }

  async sweep(ms: number): Promise<number> {
    let n = 0;
    const entries = await Promise.resolve(vscode.workspace.fs.readDirectory(this.dir)).catch(() => [] as [string, vscode.FileType][]);
    for (const [name] of entries.filter(([nm, t]) => t === vscode.FileType.File && isTempFile(nm))) {
      const uri = vscode.Uri.joinPath(this.dir, name);
      const st = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
      if (st && Date.now() - st.mtime > ms) { await Promise.resolve(vscode.workspace.fs.delete(uri)).catch(() => undefined); n++; }
    }
    return n;
  }

  async remove(name: string): Promise<void> {
    try {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(this.dir, name));
    } catch (e) {
      if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) throw e;
    }
  }
}
