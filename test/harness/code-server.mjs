// Starts and stops code-server (the real VS Code workbench + a real Node extension host) for one
// test tier or for `npm start`. Every run gets its own folder: user data, extensions, logs and the
// XDG dirs code-server would otherwise write under $HOME, so runs never see each other's state.
import { spawn, execFile } from 'node:child_process';
import { cpSync, mkdirSync, openSync, readFileSync, closeSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT, tools } from './tools.mjs';

const HERE = path.join(ROOT, 'test/harness');

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

/** Creates the run folder layout and seeds the user settings (no welcome page, no AI, no trust prompt). */
export function prepareRunDir(runDir, extraSettings = {}) {
  const dirs = {
    runDir,
    userData: path.join(runDir, 'user-data'),
    extensions: path.join(runDir, 'extensions'),
    xdg: path.join(runDir, 'xdg'),
    config: path.join(runDir, 'config.yaml'),
    serverLog: path.join(runDir, 'server.log'),
  };
  mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  mkdirSync(dirs.extensions, { recursive: true });
  const settings = { ...JSON.parse(readFileSync(path.join(HERE, 'settings.json'), 'utf8')), ...extraSettings };
  writeFileSync(path.join(dirs.userData, 'User/settings.json'), JSON.stringify(settings, null, 2) + '\n');
  return dirs;
}

/** A workspace for one run: a copy of seeds/, so whatever the extension writes never touches the repo. */
export function copySeeds(dest) {
  cpSync(path.join(ROOT, 'seeds'), dest, { recursive: true });
  return dest;
}

/**
 * The environment code-server runs in. It honours $PORT and $CODE_SERVER_HOST over --bind-addr, and
 * $VSCODE_IPC_HOOK_CLI (set in VS Code terminals) makes it hand the request to *that* instance.
 */
function serverEnv(dirs, extra = {}) {
  const env = { ...process.env, ...extra };
  for (const k of ['PORT', 'CODE_SERVER_HOST', 'VSCODE_IPC_HOOK_CLI', 'PASSWORD', 'HASHED_PASSWORD', 'NODE_OPTIONS', 'ELECTRON_RUN_AS_NODE']) delete env[k];
  env.XDG_CONFIG_HOME = path.join(dirs.xdg, 'config');
  env.XDG_DATA_HOME = path.join(dirs.xdg, 'data');
  env.XDG_CACHE_HOME = path.join(dirs.xdg, 'cache');
  return env;
}

const commonArgs = (dirs) => ['--config', dirs.config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

/** Installs a .vsix the way a user would (`code-server --install-extension`); resolves when done. */
export async function installExtension(dirs, vsix) {
  const args = [tools.codeServerEntry, ...commonArgs(dirs), '--force', '--install-extension', vsix];
  try {
    const { stdout } = await promisify(execFile)(tools.node24, args, { env: serverEnv(dirs), timeout: 120_000 });
    return stdout.trim();
  } catch (err) {
    throw new Error(`installing ${path.basename(vsix)} failed: ${err.stderr || err.message}`);
  }
}

/**
 * Starts code-server on 127.0.0.1:<free port> and waits for /healthz.
 * `smokeDriver` enables the `?payload=` URL parameter (extensionDevelopmentPath/extensionTestsPath),
 * which the workbench silently ignores without it. Returns { url, port, pid, stop() }.
 */
export async function startCodeServer(dirs, { port, smokeDriver = true, env = {} } = {}) {
  port ??= await freePort();
  const args = [
    tools.codeServerEntry, ...commonArgs(dirs),
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',   // --auth none is acceptable on loopback only
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
  ];
  if (smokeDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  const out = openSync(dirs.serverLog, 'a');
  // detached: its own process group, so stop() also ends the file watcher, pty host and extension host.
  const child = spawn(tools.node24, args, { env: serverEnv(dirs, env), detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  let exited = false;
  child.on('exit', () => { exited = true; });

  const stop = async () => {
    if (!signalGroup(child.pid, 'SIGTERM')) return;
    for (let i = 0; i < 40 && groupAlive(child.pid); i++) await sleep(125);
    signalGroup(child.pid, 'SIGKILL');
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited during start-up:\n${tail(dirs.serverLog)}`);
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) { await stop(); throw new Error(`code-server did not answer ${url}/healthz within 60 s:\n${tail(dirs.serverLog)}`); }
    await sleep(250);
  }
  return { url, port, pid: child.pid, stop };
}

function signalGroup(pgid, signal) {
  try { process.kill(-pgid, signal); return true; } catch { return false; }
}
function groupAlive(pgid) {
  try { process.kill(-pgid, 0); return true; } catch { return false; }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const tail = (file, n = 30) => { try { return readFileSync(file, 'utf8').split('\n').slice(-n).join('\n'); } catch { return ''; } };
