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
import type { DossierAnalyzer } from '../../src/extension/analysis/caching-analyzer';

const DOCS = 1000;
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
    const { documentsView, documents } = api.views;
    for (const node of documents.getChildren().filter((n) => n.kind === 'doc').slice(0, 3)) {
      await documentsView.reveal(node, { expand: 2, focus: false, select: false });
    }
    assert.ok(documentsView.visible && api.views.entitiesView.visible, 'the Dossier trees are visible');
    dir = path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, FOLDER);
    fs.mkdirSync(dir, { recursive: true });
    for (let i = 0; i < DOCS; i++) {
      const d = generateArticle(20240601, i);
      fs.writeFileSync(path.join(dir, d.name), d.text);
    }
  });

  after(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await api.store.scan();
    await api.store.whenIdle();
  });

  it('scans them in workers while the extension host stays responsive (Dossier trees open)', async () => {
    const before = api.store.documentCount;
    const stalls = watchStalls();
    const t = performance.now();
    await api.store.scan();
    await api.store.whenIdle();
    coldMs = performance.now() - t;
    const { busy: worst, wall, method } = stalls.stop();
    console.log(`      cold scan of ${DOCS} articles: ${(coldMs / 1000).toFixed(1)} s; longest host stall ${worst.toFixed(0)} ms busy (${method}), ${wall.toFixed(0)} ms by the clock`);
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
    const t = performance.now();
    await api.store.reload();
    await api.store.whenIdle();
    const warmMs = performance.now() - t;
    const { busy, wall } = stalls.stop();
    console.log(`      warm reload: ${(warmMs / 1000).toFixed(2)} s (cold ${(coldMs / 1000).toFixed(1)} s); longest host stall ${busy.toFixed(0)} ms busy, ${wall.toFixed(0)} ms by the clock`);
    assert.ok(api.store.index.document(`${FOLDER}/article-00999.txt`), 'every article is back');
    if (analyzer) {
      const fresh = analyzer.stats().analysed - analysedBefore!;
      assert.ok(fresh <= 2, `${fresh} articles were analysed again instead of read from the cache`);
    }
    assert.ok(warmMs * 10 <= coldMs, `warm reload ${warmMs.toFixed(0)} ms is not 10× faster than the cold scan ${coldMs.toFixed(0)} ms`);
    assert.ok(api.views.documentsView.visible && api.views.entitiesView.visible, 'the Dossier trees stayed visible');
  });
});
