import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export interface FoundFile {
  /** Path relative to the root with '/' separators: the document id. */
  id: string;
  abs: string;
}

const DOC_EXT = /\.(txt|md)$/i;

/**
 * Every .txt and .md file under root, sorted by id. Skips node_modules and dot-folders; follows
 * symlinks but visits each real directory once, so a symlink loop ends. Unreadable folders are
 * reported through `onProblem` and skipped.
 */
export async function listDocuments(root: string, onProblem: (relPath: string, reason: string) => void): Promise<FoundFile[]> {
  const out: FoundFile[] = [];
  const seenDirs = new Set<string>();
  const walk = async (abs: string, rel: string): Promise<void> => {
    let real: string;
    try {
      real = await fs.realpath(abs);
    } catch (e) {
      onProblem(rel || '.', describeFsError(e));
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries;
    try {
      entries = await fs.readdir(abs, { withFileTypes: true });
    } catch (e) {
      onProblem(rel || '.', describeFsError(e));
      return;
    }
    for (const ent of entries) {
      const childAbs = path.join(abs, ent.name);
      const childRel = rel ? `${rel}/${ent.name}` : ent.name;
      let isDir = ent.isDirectory();
      let isFile = ent.isFile();
      if (ent.isSymbolicLink()) {
        try {
          const st = await fs.stat(childAbs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          if (DOC_EXT.test(ent.name)) onProblem(childRel, 'broken symbolic link');
          continue;
        }
      }
      if (isDir) {
        if (ent.name === 'node_modules' || ent.name.startsWith('.')) continue;
        await walk(childAbs, childRel);
      } else if (isFile && DOC_EXT.test(ent.name)) {
        out.push({ id: childRel, abs: childAbs });
      }
    }
  };
  await walk(root, '');
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One line for a file-system error: "permission denied", "no longer exists", … */
export function describeFsError(e: unknown): string {
  const code = (e as { code?: string }).code;
  switch (code) {
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOENT': return 'not found';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'too many symbolic links';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    default: return (e as Error)?.message?.split('\n')[0] ?? String(e);
  }
}
