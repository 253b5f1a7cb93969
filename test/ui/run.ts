// UI tier runner: opens the workbench once and runs every scenario in out/test/ui/scenarios/
// (see the Scenario API at the top of workbench.ts). Prints one line per scenario, then
// `ui: N passed, M failed`; exit 0 only when every scenario passed and there was at least one.
//
// usage: node out/test/ui/run.js <serverUrl> <workspaceFolder> <resultsDir>
//   DOSSIER_UI_GREP=<regexp> runs only the scenarios whose name matches.
import * as fs from 'fs';
import * as path from 'path';
import { launchChromium } from '../harness/chromium';
import { Workbench, type Scenario } from './workbench';

const [serverUrl, folder, resultsDir] = process.argv.slice(2);
const DEFAULT_TIMEOUT_MS = 120_000;

interface Loaded { file: string; scenario?: Scenario; error?: string }

function loadScenarios(): Loaded[] {
  const dir = path.join(__dirname, 'scenarios');
  // Only modules whose source still exists: tsc never deletes the output of a removed scenario.
  const sources = path.resolve(__dirname, '../../../test/ui/scenarios');
  const files = fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((f) => f.endsWith('.js') && fs.existsSync(path.join(sources, f.replace(/\.js$/, '.ts')))).sort()
    : [];
  const grep = process.env.DOSSIER_UI_GREP ? new RegExp(process.env.DOSSIER_UI_GREP) : undefined;
  const loaded = files.map((f): Loaded => {
    try {
      const mod = require(path.join(dir, f));
      if (typeof mod.name !== 'string' || typeof mod.run !== 'function') return { file: f, error: 'must export `name` (string) and `run(workbench)`' };
      return { file: f, scenario: mod as Scenario };
    } catch (err) {
      return { file: f, error: `does not load: ${err instanceof Error ? err.message : err}` };
    }
  });
  // A scenario runs in the Node extension host's run unless it names other hosts (`hosts`).
  const host = process.env.DOSSIER_UI_HOST || 'node';
  const forHost = loaded.filter((l) => !l.scenario || (l.scenario.hosts ?? ['node']).includes(host as 'node' | 'web'));
  return grep ? forHost.filter((l) => !l.scenario || grep.test(l.scenario.name)) : forHost;
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([p, new Promise<T>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms); })])
    .finally(() => clearTimeout(timer));
}

async function main(): Promise<number> {
  const scenarios = loadScenarios();
  let passed = 0;
  let failed = 0;
  const fail = (name: string, why: string) => { failed++; console.log(`  FAIL ${name}: ${why}`); };
  for (const l of scenarios.filter((s) => s.error)) fail(l.file, l.error!);
  const runnable = scenarios.filter((s) => s.scenario);
  if (runnable.length === 0) {
    console.log('ui: 0 passed, 1 failed (no scenario in test/ui/scenarios/)');
    return 1;
  }

  const shots = path.join(resultsDir, 'screenshots');
  const browser = await launchChromium();
  try {
    const page = browser.context.pages()[0] ?? await browser.context.newPage();
    const consoleLog = fs.createWriteStream(path.join(resultsDir, 'ui-browser-console.log'));
    page.on('console', (m) => consoleLog.write(`[${m.type()}] ${m.text()}\n`));
    const t0 = Date.now();
    let wb: Workbench;
    try {
      wb = await Workbench.open(page, serverUrl, folder, shots);
    } catch (err) {
      await page.screenshot({ path: path.join(resultsDir, 'ui-workbench-did-not-load.png') }).catch(() => undefined);
      for (const l of runnable) fail(l.scenario!.name, `the workbench did not load: ${err instanceof Error ? err.message.split('\n')[0] : err}`);
      console.log(`ui: ${passed} passed, ${failed} failed`);
      return 1;
    }
    console.log(`  (workbench restored in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);

    for (const { scenario } of runnable) {
      const s = scenario!;
      const start = Date.now();
      try {
        await withTimeout(s.run(wb), s.timeoutMs ?? DEFAULT_TIMEOUT_MS, s.name);
        passed++;
        console.log(`  ok   ${s.name} (${Date.now() - start} ms)`);
      } catch (err) {
        const shot = await wb.screenshot(`FAILED-${s.name}`).catch(() => '(no screenshot)');
        fail(s.name, `${err instanceof Error ? err.message.split('\n').slice(0, 4).join(' | ') : err} [${path.relative(process.cwd(), shot)}]`);
      }
      await withTimeout(wb.reset(), 30_000, 'reset').catch((err) => console.log(`  (reset after "${s.name}" failed: ${err.message.split('\n')[0]})`));
    }
    consoleLog.end();
  } finally {
    await browser.close();
  }
  console.log(`ui: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

if (!resultsDir) {
  console.error('usage: run.js <serverUrl> <workspaceFolder> <resultsDir>');
  process.exit(2);
}
main().then((code) => process.exit(code), (err) => {
  console.error(`ui: crashed: ${err instanceof Error ? err.stack : err}`);
  console.log('ui: 0 passed, 1 failed');
  process.exit(1);
});
