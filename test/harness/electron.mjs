// `npm run test:electron`: the extension-host suite (out/test/host/index) in desktop VS Code, through
// @vscode/test-electron, which downloads VS Code from update.code.visualstudio.com into .vscode-test/.
// Where that host is unreachable and nothing is cached, it says so in one line and exits 0: tier 2 of
// `npm test` runs the same suite in code-server. On Linux it needs a display (xvfb-run -a npm run test:electron).
//   VSCODE_TEST_ELECTRON=require  a missing download is a failure;  =skip  always skip.
import { execFileSync } from 'node:child_process';
import dns from 'node:dns/promises';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './tools.mjs';
import { copySeeds } from './code-server.mjs';

const cachePath = path.join(ROOT, '.vscode-test');
const mode = process.env.VSCODE_TEST_ELECTRON || 'auto';
const skip = (why) => { console.log(`electron: skipped (${why}; tier 2 of npm test runs this suite in code-server)`); process.exit(0); };

if (mode === 'skip') skip('VSCODE_TEST_ELECTRON=skip');
const cached = existsSync(cachePath) && readdirSync(cachePath).some((d) => d.startsWith('vscode-'));
const online = await Promise.race([
  dns.lookup('update.code.visualstudio.com').then(() => true, () => false),
  new Promise((r) => setTimeout(() => r(false), 3000)),
]);
if (mode !== 'require') {
  if (!online && !cached) skip('update.code.visualstudio.com unreachable and no VS Code cached in .vscode-test/');
  if (process.platform === 'linux' && !process.env.DISPLAY) skip('no $DISPLAY: run it as xvfb-run -a npm run test:electron');
}

if (!process.env.DOSSIER_PREPARED) {
  // Standalone use: build the extension and compile the suite (npm test has done both already).
  execFileSync('node', ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('node', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.test.json'], { cwd: ROOT, stdio: 'inherit' });
}
const runDir = mkdtempSync(path.join(os.tmpdir(), 'dossier-electron-'));
const workspace = copySeeds(path.join(runDir, 'workspace'));
const { runTests } = await import('@vscode/test-electron');
let code = 0;
try {
  code = await runTests({
    cachePath,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out/test/host/index'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
      '--disable-gpu', '--user-data-dir', path.join(runDir, 'user-data')],
  });
} catch (err) {
  console.error(`electron: ${err instanceof Error ? err.message : err}`);
  code = 1;
} finally {
  rmSync(runDir, { recursive: true, force: true });
}
// runTests forwards the host's output, including test/host/index.ts's `host-suite:` line.
console.log(`electron: ${code === 0 ? 'suite passed' : 'suite failed'} (exit ${code})`);
process.exit(code === 0 ? 0 : 1);
