// Typed access to the bad-input corpus generator (test/fixtures/bad-corpus.mjs), an ES module that
// the harness and the shell also run. Compiled tests are CommonJS: load it with a real import().
import * as path from 'path';
import { pathToFileURL } from 'url';

export interface BadInput {
  file: string;
  what: string;
  expect: 'text' | 'skip' | 'loop' | 'many';
  /** RegExp source the skip reason must match. */
  skip?: string;
  /** Names that stand in the decoded text and must be found there. */
  names?: string[];
  count?: number;
}

export interface BadCorpusModule {
  writeBadCorpus(dir: string, opts?: { heavy?: boolean; small?: boolean }): BadInput[];
  ARTICLE: string;
  INJECTION_ARTICLE: string;
  INJECTIONS: Record<'script' | 'img' | 'commandLink' | 'backticks' | 'mdLink' | 'icon', string>;
  bigArticle(bytes: number): string;
}

/** The repository root, from out/test/<tier>/robustness/ or test/<tier>/robustness/. */
function repoRoot(): string {
  let dir = __dirname;
  while (!require('fs').existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = up;
  }
  return dir;
}

// tsc (module commonjs) rewrites `import()` into require(), which cannot load an .mjs on every Node.
const dynamicImport = new Function('u', 'return import(u)') as (u: string) => Promise<unknown>;

export async function loadBadCorpus(): Promise<BadCorpusModule> {
  return (await dynamicImport(pathToFileURL(path.join(repoRoot(), 'test/fixtures/bad-corpus.mjs')).href)) as BadCorpusModule;
}
