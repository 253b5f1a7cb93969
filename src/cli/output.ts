import { createWriteStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Writable } from 'node:stream';

export interface Io {
  stdout: Writable;
  stderr: Writable;
}

/** Writes a whole file atomically (temp file + rename): an interrupted run never leaves half an export. */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** A line sink for streamed output (JSONL) that respects back-pressure. */
export interface LineSink {
  write(line: string): Promise<void>;
  close(): Promise<void>;
}

export function openLineSink(out: string | undefined, io: Io): LineSink {
  const stream: Writable = out ? createWriteStream(out) : io.stdout;
  let failed: Error | undefined;
  stream.on('error', (e) => { failed = e; });
  return {
    write(line) {
      if (failed) return Promise.reject(failed);
      return new Promise((resolve, reject) => {
        const ok = stream.write(`${line}\n`, (e) => (e ? reject(e) : undefined));
        if (ok) resolve(); else stream.once('drain', resolve);
      });
    },
    close() {
      if (!out) return failed ? Promise.reject(failed) : Promise.resolve();
      return new Promise((resolve, reject) => stream.end((e?: Error | null) => (e || failed ? reject(e ?? failed) : resolve())));
    },
  };
}

export function writeAll(stream: Writable, data: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(data, (e) => (e ? reject(e) : resolve())));
}
