// `npm start`: Dossier on the bundled seeds/ folder.
// - `code` on the PATH: desktop VS Code with this checkout as the development extension.
// - otherwise: the bundled code-server (installed into .tools/ on first use, ~3 min) on
//   127.0.0.1:<free port> with the packaged extension installed; prints the URL; Ctrl+C stops it.
// DOSSIER_BROWSER=1 (or --browser) uses code-server even where `code` exists; --port <n> picks the
// port (default: a free one). The URL is printed; nothing opens a browser by itself.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, ensureTools } from '../test/harness/tools.mjs';
import { installExtension, prepareRunDir, startCodeServer } from '../test/harness/code-server.mjs';

process.chdir(ROOT);
const seeds = path.join(ROOT, 'seeds');
const sh = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const newest = (p) => {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  return s.isDirectory() ? readdirSync(p).reduce((m, e) => Math.max(m, newest(path.join(p, e))), s.mtimeMs) : s.mtimeMs;
};

if (!existsSync('node_modules')) sh('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);

const argv = process.argv.slice(2);
const portArg = argv.includes('--port') ? Number(argv[argv.indexOf('--port') + 1]) : undefined;
if (portArg !== undefined && !(Number.isInteger(portArg) && portArg > 0 && portArg < 65536)) {
  console.error('usage: npm start -- [--browser] [--port <1-65535>]');
  process.exit(2);
}
const hasCode = !process.env.DOSSIER_BROWSER && !argv.includes('--browser') && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  sh('node', ['scripts/build.mjs']);
  spawn('code', [`--extensionDevelopmentPath=${ROOT}`, seeds], { stdio: 'ignore', detached: true }).unref();
  console.log(`Opened Dossier on ${seeds} in VS Code (as a development extension).`);
  process.exit(0);
}

await ensureTools((m) => console.log(`[start] ${m}`));
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const vsix = path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`);
if (newest(vsix) < Math.max(newest('src'), newest('media'), newest('package.json'))) {
  console.log('[start] packaging the extension');
  sh('npm', ['run', '--silent', 'package']);
}
// A persistent folder: your layout and settings survive restarts.
const dirs = prepareRunDir(path.join(ROOT, '.run/start'));
console.log(`[start] ${await installExtension(dirs, vsix)}`);
const server = await startCodeServer(dirs, { smokeDriver: false, port: portArg });
console.log(`\nDossier is running in VS Code (code-server) at:\n\n  ${server.url}/?folder=${encodeURIComponent(seeds)}\n\nOpen it in a browser; Ctrl+C stops the server. Server log: ${dirs.serverLog}`);
const stop = () => server.stop().finally(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => {}, 1 << 30);   // stay alive until a signal
