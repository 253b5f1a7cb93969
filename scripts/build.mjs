// Bundles every entry point with esbuild. `--watch` rebuilds on change; `--minify` for packaging.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

/**
 * world-countries ships translations, flags and borders (1.2 MB of JSON); the engine reads only
 * names, spellings, capitals and English demonyms, so every bundle gets just those fields.
 */
const slimCountries = {
  name: 'slim-world-countries',
  setup(build) {
    build.onLoad({ filter: /world-countries[\\/]countries\.json$/ }, async (args) => {
      const all = JSON.parse(await readFile(args.path, 'utf8'));
      const slim = all.map((c) => ({
        cca3: c.cca3,
        name: { common: c.name.common, official: c.name.official },
        altSpellings: c.altSpellings,
        capital: c.capital,
        demonyms: c.demonyms?.eng ? { eng: c.demonyms.eng } : undefined,
      }));
      return { contents: JSON.stringify(slim), loader: 'json' };
    });
  },
};

const common = { plugins: [slimCountries], bundle: true, sourcemap: !minify, minify, logLevel: 'warning', target: 'es2022', legalComments: 'none' };

/** Each entry: the same sources built for the Node extension host, the browser, the CLI and the webview. */
const entries = [
  // DOSSIER_WEB picks the analyzer at build time, so each bundle drops the other's branch
  // (the Node host never loads the in-bundle engine: it runs in dist/worker.js).
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'],
    define: { 'process.env.DOSSIER_WEB': '""' } },
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'],
    define: { 'process.env.DOSSIER_WEB': '"1"' }, mainFields: ['browser', 'module', 'main'] },
  { entryPoints: ['src/extension/analysis/worker-node.ts'], outfile: 'dist/worker.js', platform: 'node', format: 'cjs', optional: true },
  { entryPoints: ['src/extension/analysis/worker-web.ts'], outfile: 'dist/web/worker.js', platform: 'browser', format: 'iife', optional: true },
  { entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs' },
  { entryPoints: ['media/timeline/main.ts'], outfile: 'dist/webview/timeline.js', platform: 'browser', format: 'iife', optional: true },
];

const configs = entries
  .filter((e) => !e.optional || existsSync(e.entryPoints[0]))
  .map(({ optional, ...e }) => ({ ...common, ...e }));

if (watch) {
  for (const c of configs) await (await esbuild.context(c)).watch();
  console.log(`[build] watching ${configs.length} bundles`);
} else {
  const t = Date.now();
  await Promise.all(configs.map((c) => esbuild.build(c)));
  console.log(`[build] ${configs.length} bundles in ${Date.now() - t} ms`);
}
