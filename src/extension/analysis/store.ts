/**
 * Where cache files live: a flat folder of small named files. Two implementations, node fs (fast,
 * Node hosts, the bench) and vscode.workspace.fs (any host, including the web).
 */
export interface BlobStore {
  /** Names of the stored files (no temporaries). */
  list(): Promise<string[]>;
  /** The file's text, or undefined when it does not exist. */
  read(name: string): Promise<string | undefined>;
  /** Replaces the file atomically: readers see the old or the new content, never half of one. */
  write(name: string, data: string): Promise<void>;
  remove(name: string): Promise<void>;
  /** Deletes temporaries older than `ms` that a crashed or killed writer left behind. */
  sweep?(ms: number): Promise<number>;
}

/** A store that forgets everything: used when VS Code gives no workspace storage (no folder open). */
export class MemoryStore implements BlobStore {
  readonly files = new Map<string, string>();
  async list() { return [...this.files.keys()]; }
  async read(name: string) { return this.files.get(name); }
  async write(name: string, data: string) { this.files.set(name, data); }
  async remove(name: string) { this.files.delete(name); }
}

let tmpCounter = 0;
/** A temporary name next to the target, unique per process and write, ignored by `list`. */
export function tempName(name: string): string {
  return `${name}.${Date.now().toString(36)}-${(tmpCounter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}.tmp`;
}

export const isEntryFile = (name: string) => name.endsWith('.json');
export const isTempFile = (name: string) => name.endsWith('.tmp');
