// Runs the extension-host mocha suite (test/host/index.ts) INSIDE code-server's real Node extension
// host, the way @vscode/test-web does: the workbench URL carries
//   ?payload=[["extensionDevelopmentPath", vscode-remote://host:port/<repo>],
//             ["extensionTestsPath",       vscode-remote://host:port/<repo>/out/test/host/index]]
// (honoured only when code-server runs with `--vscode-option enable-smoke-test-driver`). The host
// loads the extension from the repo, calls run(), and when it settles the workbench calls
// window.codeAutomationExit(code); its console output arrives through window.codeAutomationLog.
//
// usage: node out/test/harness/host-runner.js <serverUrl> <extensionDir> <testsEntry> <workspaceFolder> <resultsDir>
// Prints the suite's own lines, then `host: N passed, M failed`; exit 0 only when all passed.
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import { launchChromium } from './chromium';

const [serverUrl, extDir, testsEntry, folder, resultsDir] = process.argv.slice(2);
if (!resultsDir) {
  console.error('usage: host-runner.js <serverUrl> <extensionDir> <testsEntry> <workspaceFolder> <resultsDir>');
  process.exit(2);
}
// A guard against a page that never reports back, not a test budget (mocha bounds each test at
// 30 s): the suite grows, and on a loaded 2-core machine a full run took over 4 minutes.
const TIMEOUT_MS = Number(process.env.DOSSIER_HOST_TIMEOUT_MS || 900_000);
// Workbench-side chatter that is not from the tests: offline gallery/AI probes, workbench stack frames.
// They still go to test-results/host-tests.log.
const NOISE = new RegExp([
  String.raw`^\[(AgentHost|ChatModelSelection|ChatSessions?|copilot|reconnection-grace-time|Service Worker|AccountPolicyGate)[^\]]*\]`,
  String.raw`^(Resolving|Resolved) connection token|^Creating a socket|^Creation of workbench contribution|^Updating additional builtin`,
  String.raw`\/static\/out\/vs\/|open-vsx\.org|authentication provider 'github'`,
].join('|'), 'i');
// The line test/host/index.ts prints when mocha is done.
const SUMMARY = /^host-suite: (\d+) passed, (\d+) failed, (\d+) pending$/;

async function main(): Promise<number> {
  const base = new URL(serverUrl);
  // The authority must be exactly the host:port the browser loaded (127.0.0.1 and localhost differ).
  const remote = (p: string) => `vscode-remote://${base.host}${path.resolve(p)}`;
  const payload = [['extensionDevelopmentPath', remote(extDir)], ['extensionTestsPath', remote(testsEntry)]];
  const url = `${base.origin}/?folder=${encodeURIComponent(path.resolve(folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  let counts: { passed: number; failed: number; pending: number } | undefined;
  let passedSoFar = 0;   // mocha's ✔ lines, for a run that never reaches its summary
  const log = fs.createWriteStream(path.join(resultsDir, 'host-tests.log'));
  const emit = (line: string, isError = false) => {
    log.write(line + '\n');
    const m = SUMMARY.exec(line.trim());
    if (m) counts = { passed: +m[1], failed: +m[2], pending: +m[3] };
    if (/^\s*✔/.test(line)) passedSoFar++;
    (isError ? console.error : console.log)(line);
  };

  const browser = await launchChromium();
  try {
    const page = browser.context.pages()[0] ?? await browser.context.newPage();
    if (process.env.VERBOSE) page.on('console', (m) => emit(`[browser ${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => log.write(`[browser pageerror] ${e.message}\n`));
    let settle!: (code: number | 'timeout') => void;
    const exited = new Promise<number | 'timeout'>((r) => { settle = r; });
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const line = format(...(args ?? []));   // console-style: mocha sends '%s (%dms)' and friends
      if (!process.env.VERBOSE && NOISE.test(line)) { log.write(line + '\n'); return; }
      emit(line, type === 'error');
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => settle(code));
    const timer = setTimeout(() => settle('timeout'), TIMEOUT_MS);
    await page.goto(url);
    const code = await exited;
    clearTimeout(timer);
    if (code === 'timeout') {
      const shot = path.join(resultsDir, 'host-timeout.png');
      await page.screenshot({ path: shot }).catch(() => undefined);
      emit(`host: the suite did not finish within ${TIMEOUT_MS / 1000} s (screenshot ${shot})`, true);
    }
    const c = counts ?? { passed: passedSoFar, failed: 0, pending: 0 };
    // A host that exits non-zero without its summary crashed (activation threw, no test files, ...).
    if (code !== 0 && c.failed === 0) c.failed = 1;
    console.log(`host: ${c.passed} passed, ${c.failed} failed${c.pending ? `, ${c.pending} pending` : ''}`);
    return code === 0 && c.failed === 0 && c.passed > 0 ? 0 : 1;
  } finally {
    await browser.close();
    log.end();
  }
}

main().then((code) => process.exit(code), (err) => {
  console.error(`host: crashed: ${err instanceof Error ? err.stack : err}`);
  console.log('host: 0 passed, 1 failed');
  process.exit(1);
});
