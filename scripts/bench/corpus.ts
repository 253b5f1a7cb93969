import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { generateArticle } from './generate';

export interface BenchDoc {
  /** Document id: path relative to the corpus root, '/' separated (as the extension uses). */
  id: string;
  path: string;
  text: string;
  words: number;
}

const countWords = (t: string) => (t.match(/\S+/g) ?? []).length;

/**
 * The seeded corpus of `size` articles, written once under `root` so warm runs read real files and
 * a user can open the very same folder in the editor.
 */
export function generatedCorpus(root: string, seed: number, size: number): string {
  const dir = join(root, `corpus-s${seed}-n${size}`);
  const done = join(dir, '.complete');
  if (existsSync(done)) return dir;
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < size; i++) {
    const d = generateArticle(seed, i);
    writeFileSync(join(dir, d.name), d.text);
  }
  writeFileSync(done, String(size));
  return dir;
}

const TEXT_FILE = /\.(txt|md|markdown|html?|text)$/i;

/** Every text file under `dir`, sorted by id; bytes decoded as UTF-8. */
export function readCorpus(dir: string): BenchDoc[] {
  const out: BenchDoc[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (TEXT_FILE.test(e.name) && statSync(p).size > 0) {
        const text = readFileSync(p, 'utf8');
        out.push({ id: relative(dir, p).split(sep).join('/'), path: p, text, words: countWords(text) });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The edit the bench makes to a document: one sentence added at the end (people, a place, a date). */
export function editedText(d: BenchDoc): string {
  return `${d.text}\n\nLater, Minister Clara Voss said the talks would resume next Tuesday in Geneva.\n`;
}
