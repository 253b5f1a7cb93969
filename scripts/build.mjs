// Bundles every entry point with esbuild. `--watch` rebuilds on change; `--minify` for packaging.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

const common = { bundle: true, sourcemap: !minify, minify, logLevel: 'warning', target: 'es2022', legalComments: 'none' };

/** Each entry: the same sources built for the Node extension host, the browser, the CLI and the webview. */
const entries = [
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
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
