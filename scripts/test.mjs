// `npm test`: sets up what is missing, then runs the three tiers and prints `N passed, M failed`.
//
//   1. unit   mocha on out/test/unit in plain Node
//   2. host   the mocha suite of test/host inside code-server's real Node extension host, with the
//             extension loaded from this checkout (development path)
//   3. ui     every scenario of test/ui/scenarios in Debian's chromium against the real workbench,
//             with the extension installed from the packaged .vsix (--install-extension)
//   +  electron  the host suite in desktop VS Code via @vscode/test-electron; counted as skipped
//             where VS Code cannot be downloaded (tier 2 runs the same suite)
//
// Set-up is idempotent: npm ci when node_modules is missing, Node 24 + code-server into .tools/
// when missing (~3 min once), then always build, package and compile the tests (seconds).
// Each server-side tier gets a fresh run folder (.run/test-<pid>/<tier>) with a COPY of seeds/ as its
// workspace, so nothing a test writes reaches the repository. Logs, screenshots and timings.json go
// to test-results/.
//
//   node scripts/test.mjs [unit|host|ui|electron ...]   run only those tiers (default: all)
//   VERBOSE=1 adds the workbench's console; DOSSIER_KEEP_RUN=1 keeps the run folder.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, TOOLS, ensureTools } from '../test/harness/tools.mjs';
import { copySeeds, installExtension, prepareRunDir, startCodeServer } from '../test/harness/code-server.mjs';
import { sampleMemory } from '../test/harness/memory.mjs';

process.chdir(ROOT);
const ALL_TIERS = ['unit', 'host', 'ui', 'electron'];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const t of wanted) if (!ALL_TIERS.includes(t)) { console.error(`unknown tier "${t}" (tiers: ${ALL_TIERS.join(', ')})`); process.exit(2); }
const tiers = wanted.length ? wanted : ALL_TIERS;
const RESULTS = path.join(ROOT, 'test-results');
const RUN = path.join(ROOT, '.run', `test-${process.pid}`);
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const VSIX = path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`);

const started = Date.now();
const secs = (t) => Math.round((Date.now() - t) / 100) / 10;
const say = (m) => console.log(`[test ${new Date().toISOString().slice(11, 19)}] ${m}`);
const timings = { setup: {}, tiers: {} };
const results = [];          // { tier, passed, failed, skipped?, note? }
const cleanups = [];
const memory = sampleMemory(process.pid, { vscode: (exe) => exe.startsWith(TOOLS), chromium: (exe) => /chrom/.test(exe) });

/** Runs a command, streaming its output; resolves with { code, output }. */
function run(cmd, args, { env, quiet = false, timeoutMs = 20 * 60_000 } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (stream) => (chunk) => { output += chunk; if (!quiet) stream.write(chunk); };
    child.stdout.on('data', onData(process.stdout));
    child.stderr.on('data', onData(process.stderr));
    const timer = setTimeout(() => { output += `\n(killed after ${timeoutMs / 1000} s)\n`; child.kill('SIGKILL'); }, timeoutMs);
    child.on('error', (err) => { output += `\n${err.message}\n`; });
    child.on('close', (code) => { clearTimeout(timer); resolve({ code: code ?? 1, output }); });
  });
}

/** A set-up step: timed; a failure is reported, counted, and stops the tiers that need it. */
async function step(name, fn) {
  const t = Date.now();
  say(`${name} ...`);
  try {
    await fn();
    timings.setup[name] = secs(t);
    return true;
  } catch (err) {
    timings.setup[name] = secs(t);
    say(`${name} FAILED: ${err.message}`);
    results.push({ tier: `set-up: ${name}`, passed: 0, failed: 1 });
    return false;
  }
}

async function must(cmd, args, opts) {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) throw new Error(`${[cmd, ...args].join(' ')} exited with ${r.code}${opts?.quiet ? `\n${r.output.slice(-3000)}` : ''}`);
  return r;
}

/** `<label>: N passed, M failed` from a tier's output; a crash without that line counts as one failure. */
function counts(tier, label, { code, output }) {
  const m = [...output.matchAll(new RegExp(`^${label}: (\\d+) passed, (\\d+) failed`, 'gm'))].at(-1);
  const r = { tier, passed: m ? +m[1] : 0, failed: m ? +m[2] : 0 };
  if (code !== 0 && r.failed === 0) { r.failed = 1; r.note = `exited with ${code} before reporting its counts`; }
  if (r.passed + r.failed === 0) { r.failed = 1; r.note = 'ran nothing'; }
  return r;
}

async function tier(name, fn) {
  if (!tiers.includes(name)) return;
  memory.phase(name);
  const t = Date.now();
  say(`tier ${name}`);
  let r;
  try { r = await fn(); } catch (err) { r = { tier: name, passed: 0, failed: 1, note: `crashed: ${err.message}` }; }
  timings.tiers[name] = secs(t);
  results.push(r);
  say(`tier ${name}: ${r.skipped ? 'skipped' : `${r.passed} passed, ${r.failed} failed`}${r.note ? ` (${r.note})` : ''} in ${timings.tiers[name]} s`);
}

/** A code-server for one tier, in its own run folder, on a copy of seeds/. Stopped by the caller. */
async function serverFor(name, { vsix, settings } = {}) {
  const dirs = prepareRunDir(path.join(RUN, name), settings);
  const workspace = copySeeds(path.join(RUN, name, 'workspace'));
  if (vsix) say(`installed: ${await installExtension(dirs, vsix)}`);
  const server = await startCodeServer(dirs, { env: { DOSSIER_RUN_DIR: RUN } });
  cleanups.push(server.stop);
  say(`code-server on ${server.url} (log: ${path.relative(ROOT, dirs.serverLog)})`);
  return { server, workspace, dirs };
}

function alive(pid) {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

async function shutdown() {
  for (const stop of cleanups.splice(0)) await stop().catch(() => undefined);
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { shutdown().finally(() => process.exit(130)); });

// ── set-up ──────────────────────────────────────────────────────────────────────────────────────
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
mkdirSync(RUN, { recursive: true });
// Run folders kept by earlier failed runs whose process is gone (a live pid may be another npm test).
for (const d of readdirSync(path.dirname(RUN))) {
  const pid = Number(/^test-(\d+)$/.exec(d)?.[1]);
  if (pid && pid !== process.pid && !alive(pid)) rmSync(path.join(path.dirname(RUN), d), { recursive: true, force: true });
}
const needsServer = tiers.includes('host') || tiers.includes('ui');

const depsOk = await step('dependencies', async () => {
  const declared = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
  const missing = declared.filter((d) => !existsSync(path.join('node_modules', d, 'package.json')));
  if (!existsSync('node_modules')) await must('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
  else if (missing.length) await must('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
});
const toolsOk = needsServer && depsOk && await step('tools (Node 24 + code-server)', () => ensureTools(say));
const packageOk = depsOk && tiers.includes('ui') && await step('package .vsix', async () => {
  rmSync(VSIX, { force: true });
  await must('npm', ['run', '--silent', 'package'], { quiet: true });
});
const buildOk = depsOk && await step('build', () => must('node', ['scripts/build.mjs']));
const compileOk = depsOk && await step('compile tests', () => must('node', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.test.json']));

// ── tiers ───────────────────────────────────────────────────────────────────────────────────────
await tier('unit', async () => {
  if (!compileOk) return { tier: 'unit', passed: 0, failed: 1, note: 'tests did not compile' };
  const r = await run('node', ['node_modules/mocha/bin/mocha.js', '--reporter', 'spec']);
  const passed = /^\s+(\d+) passing/m.exec(r.output);
  const failed = /^\s+(\d+) failing/m.exec(r.output);
  return counts('unit', 'unit', { code: r.code, output: `unit: ${passed?.[1] ?? 0} passed, ${failed?.[1] ?? 0} failed` });
});

await tier('host', async () => {
  if (!(toolsOk && buildOk && compileOk)) return { tier: 'host', passed: 0, failed: 1, note: 'set-up failed' };
  const { server, workspace } = await serverFor('host');
  try {
    const r = await run('node', ['out/test/harness/host-runner.js', server.url, ROOT, path.join(ROOT, 'out/test/host/index'), workspace, RESULTS],
      { env: { DOSSIER_RUN_DIR: RUN } });
    return counts('host', 'host', r);
  } finally {
    await server.stop();
  }
});

await tier('ui', async () => {
  if (!(toolsOk && packageOk && compileOk)) return { tier: 'ui', passed: 0, failed: 1, note: 'set-up failed' };
  const node = await uiRun('ui', {});
  // The same .vsix in the browser's web-worker extension host (dist/web/extension.js): the user
  // setting remote.extensionKind makes the workbench run it there instead of the Node host.
  say('ui: the web-worker extension host');
  const web = await uiRun('ui-web', { 'remote.extensionKind': { [`${manifest.publisher}.${manifest.name}`]: ['web'] } }, 'web');
  const r = { tier: 'ui', passed: node.passed + web.passed, failed: node.failed + web.failed };
  const notes = [node.note, web.note && `web host: ${web.note}`].filter(Boolean);
  if (notes.length) r.note = notes.join('; ');
  return r;
});

/** One UI run: a code-server with the .vsix installed, and the scenarios meant for that extension host. */
async function uiRun(name, settings, host = 'node') {
  const { server, workspace } = await serverFor(name, { vsix: VSIX, settings });
  try {
    const r = await run('node', ['out/test/ui/run.js', server.url, workspace, RESULTS], { env: { DOSSIER_RUN_DIR: RUN, DOSSIER_UI_HOST: host } });
    return counts(name, 'ui', r);
  } finally {
    await server.stop();
  }
}

await tier('electron', async () => {
  if (!compileOk) return { tier: 'electron', passed: 0, failed: 1, note: 'tests did not compile' };
  const r = await run('node', ['test/harness/electron.mjs'], { env: { DOSSIER_PREPARED: '1' } });
  const skipped = /^electron: skipped \((.*)\)$/m.exec(r.output);
  if (r.code === 0 && skipped) return { tier: 'electron', passed: 0, failed: 0, skipped: true, note: skipped[1].split(';')[0] };
  return counts('electron', 'host-suite', r);   // the suite's own summary line, forwarded by VS Code
});

// ── summary ─────────────────────────────────────────────────────────────────────────────────────
await shutdown();
const peaks = memory.stop();
const failed = results.reduce((s, r) => s + r.failed, 0);
const passed = results.reduce((s, r) => s + r.passed, 0);
timings.total = secs(started);
writeFileSync(path.join(RESULTS, 'timings.json'), JSON.stringify({ timings, peakMemoryMiB: peaks, results }, null, 2) + '\n');
if (failed === 0 && !process.env.DOSSIER_KEEP_RUN) rmSync(RUN, { recursive: true, force: true });
else say(`run folder kept: ${path.relative(ROOT, RUN)}`);

console.log('\n── summary ──');
for (const r of results) console.log(`${r.tier.padEnd(28)} ${r.skipped ? 'skipped' : `${r.passed} passed, ${r.failed} failed`}${r.note ? `  (${r.note})` : ''}${timings.tiers[r.tier] !== undefined ? `  ${timings.tiers[r.tier]} s` : ''}`);
const mem = Object.entries(peaks).map(([phase, p]) => `${phase} ${p.total} MiB`).join(', ');
console.log(`set-up ${Object.values(timings.setup).reduce((a, b) => a + b, 0).toFixed(1)} s, total ${timings.total} s; peak PSS: ${mem}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
