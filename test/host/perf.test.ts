// Opening a 1,000-article folder must not freeze the editor, and reopening it must come from the
// analysis cache. Runs in the real extension host on the workspace copy: the articles are written
// into a sub-folder, scanned by the store exactly as a user's folder would be, and removed after.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { generateArticle } from '../../scripts/bench/generate';
import { watchStalls } from '../../scripts/bench/stall';
import type { DossierApi } from '../../src/extension/extension';
import { waitFor } from './support';
import type { DossierAnalyzer } from '../../src/extension/analysis/caching-analyzer';

const DOCS = 1000;

/** CPU time of the extension host's main thread (Linux), to tell its own work from waiting. */
function hostThreadCpuMs(): number {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return NaN;
  }
}

/** With DOSSIER_PERF_PROFILE=<dir>, a CPU profile of the host thread is written there (diagnosis). */
async function profile(name: string): Promise<() => Promise<void>> {
  const dir = process.env.DOSSIER_PERF_PROFILE;
  if (!dir) return async () => undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const inspector = require('inspector') as typeof import('inspector');
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) => new Promise<unknown>((res, rej) => session.post(method, params ?? {}, (err, r) => (err ? rej(err) : res(r))));
  await post('Profiler.enable');
  await post('Profiler.start');
  return async () => {
    const { profile: p } = await post('Profiler.stop') as { profile: unknown };
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `host-${name}.cpuprofile`), JSON.stringify(p));
    session.disconnect();
  };
}
const FOLDER = 'perf-corpus';
/** The longest the host thread may be busy in one go while a scan runs (the bench's target is 50 ms
 *  on an idle machine; the host suite shares two cores with a workbench and a browser). Busy means
 *  on a CPU: time the thread waits for a core held by other processes is reported, not asserted. */
const MAX_STALL_MS = 250;

describe('Dossier at 1,000 articles', function () {
  this.timeout(20 * 60_000);
  let api: DossierApi;
  let dir: string;
  let coldMs = 0;

  before(async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'dossier' && e.packageJSON?.publisher === 'dossier-dev');
    assert.ok(ext, 'Dossier is not loaded');
    api = (await ext.activate()) as DossierApi;
    await api.store.ready;
    await api.store.whenIdle();
    // The heaviest layout a user has: the Dossier side bar open, both trees visible, the entity
    // type groups expanded and a few documents expanded (their rows show corpus-wide counts that
    // every change can move). Each repaint during the scan runs on the host thread.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.view.extension.dossier');
    const { documentsView, entitiesView, documents } = api.views;
    await waitFor(() => documentsView.visible && entitiesView.visible, 'the Dossier trees to be visible');
    for (const node of documents.getChildren().filter((n) => n.kind === 'doc').slice(0, 3)) {
      await documentsView.reveal(node, { expand: 2, focus: false, select: false }).then(undefined, (err) => console.log(`      (could not expand ${node.id}: ${err})`));
    }
    dir = path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, FOLDER);
    fs.mkdirSync(dir, { recursive: true });
    for (let i = 0; i < DOCS; i++) {
      const d = generateArticle(20240601, i);
      fs.writeFileSync(path.join(dir, d.name), d.text);
    }
  });

  after(async () => {
    if (!dir) return;
    fs.rmSync(dir, { recursive: true, force: true });
    await api.store.scan();
    await api.store.whenIdle();
  });

  /** Waits (up to 5 minutes) for the background grouping of the timeline's events; returns its duration. */
  async function groupingDone(): Promise<number> {
    const t = performance.now();
    while (api.store.index.groupingBacklog > 0 && performance.now() - t < 300_000) await new Promise((r) => setTimeout(r, 100));
    return performance.now() - t;
  }

  it('scans them in workers while the extension host stays responsive (Dossier trees open)', async () => {
    const before = api.store.documentCount;
    const stalls = watchStalls();
    const cpu0 = hostThreadCpuMs();
    const t = performance.now();
    await api.store.scan();
    await api.store.whenIdle();
    coldMs = performance.now() - t;
    // The timeline's cross-document groups are built in the background, in slices: the stall
    // watch covers that too, and opening the timeline afterwards has (almost) nothing left to do.
    const groupingMs = await groupingDone();
    const { busy: worst, wall, method } = stalls.stop();
    const cpuTl = hostThreadCpuMs();
    const events = api.store.index.timeline().length;
    const timelineCpu = hostThreadCpuMs() - cpuTl;
    console.log(`      cold scan of ${DOCS} articles: ${(coldMs / 1000).toFixed(1)} s; host thread CPU ${(hostThreadCpuMs() - cpu0).toFixed(0)} ms; longest host stall ${worst.toFixed(0)} ms busy (${method}), ${wall.toFixed(0)} ms by the clock`);
    console.log(`      background grouping done ${(groupingMs / 1000).toFixed(1)} s after the scan; then timeline() of ${events} events took ${timelineCpu.toFixed(0)} ms host CPU`);
    assert.equal(api.store.index.groupingBacklog, 0, 'the events were grouped in the background');
    assert.ok(api.store.documentCount >= before + DOCS, `${api.store.documentCount - before} of ${DOCS} articles indexed`);
    const someone = api.store.index.entitiesOf(`${FOLDER}/article-00000.txt`);
    assert.ok(someone.length > 0, 'the generated articles have entities');
    assert.ok(worst <= MAX_STALL_MS, `the extension host was blocked for ${worst.toFixed(0)} ms (limit ${MAX_STALL_MS} ms)`);
  });

  it('reloads them from the analysis cache, not by analysing again', async () => {
    assert.ok(coldMs > 0, 'needs the cold scan');
    const analyzer = (api as DossierApi & { analyzer?: DossierAnalyzer }).analyzer;
    const analysedBefore = analyzer?.stats().analysed;
    const stalls = watchStalls();
    const cpu0 = hostThreadCpuMs();
    const stopProfile = await profile('warm');
    const t = performance.now();
    await api.store.reload();
    await api.store.whenIdle();
    const warmMs = performance.now() - t;
    const groupingMs = await groupingDone();
    const { busy, wall } = stalls.stop();
    await stopProfile();
    console.log(`      warm reload: ${(warmMs / 1000).toFixed(2)} s (cold ${(coldMs / 1000).toFixed(1)} s), then background grouping ${(groupingMs / 1000).toFixed(1)} s; host thread CPU ${(hostThreadCpuMs() - cpu0).toFixed(0)} ms; longest host stall ${busy.toFixed(0)} ms busy, ${wall.toFixed(0)} ms by the clock`);
    assert.equal(api.store.index.groupingBacklog, 0, 'the events were grouped in the background');
    assert.ok(busy <= MAX_STALL_MS, `the extension host was blocked for ${busy.toFixed(0)} ms (limit ${MAX_STALL_MS} ms)`);
    assert.ok(api.store.index.document(`${FOLDER}/article-00999.txt`), 'every article is back');
    if (analyzer) {
      const fresh = analyzer.stats().analysed - analysedBefore!;
      assert.ok(fresh <= 2, `${fresh} articles were analysed again instead of read from the cache`);
    }
    // The cache is proven above by the analyzer's counters; this is a sanity bound, not the
    // issue's 50× target (npm run bench measures that): on a quiet 2-core machine the ratio is ~9×.
    assert.ok(warmMs * 5 <= coldMs, `warm reload ${warmMs.toFixed(0)} ms is not 5× faster than the cold scan ${coldMs.toFixed(0)} ms`);
    assert.ok(api.views.documentsView.visible && api.views.entitiesView.visible, 'the Dossier trees stayed visible');
  });
});
