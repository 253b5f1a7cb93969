import * as buffer from 'node:buffer';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { tempName, isEntryFile, isTempFile, type BlobStore } from './store';

/** Cache files on the local disk with node fs: write to a temporary file, then rename over the target. */
export class NodeFsStore implements BlobStore {
  private made?: Promise<unknown>;
  constructor(readonly dir: string) {}

  async list(): Promise<string[]> {
    try {
      return (await fs.readdir(this.dir)).filter(isEntryFile);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
  }

  async read(name: string): Promise<string | undefined> {
    try {
      return text(await fs.readFile(join(this.dir, name)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }

  async write(name: string, data: string): Promise<void> {
    this.made ??= fs.mkdir(this.dir, { recursive: true });
    await this.made;
    const tmp = join(this.dir, tempName(name));
    try {
      await fs.writeFile(tmp, data, 'utf8');
      await fs.rename(tmp, join(this.dir, name));
    } catch (e) {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
      throw e;
    }
  }

  async remove(name: string): Promise<void> {
    await fs.rm(join(this.dir, name), { force: true });
  }

  async sweep(ms: number): Promise<number> {
    let n = 0;
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    for (const name of names.filter(isTempFile)) {
      const p = join(this.dir, name);
      const st = await fs.stat(p).catch(() => undefined);
      if (st && Date.now() - st.mtimeMs > ms) { await fs.rm(p, { force: true }).catch(() => undefined); n++; }
    }
    return n;
  }
}

const isAscii: ((b: Uint8Array) => boolean) | undefined = (buffer as { isAscii?: (b: Uint8Array) => boolean }).isAscii;

/** Entries are written as ASCII (see encodeEntry): read those as one-byte strings, skipping UTF-8
 *  decoding; anything else (older entries, damaged files) is decoded as UTF-8 as before. */
function text(b: Buffer): string {
  return isAscii?.(b) ? b.toString('latin1') : b.toString('utf8');
}
