import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINE_VERSION, type DocumentAnalysis } from '../../../src/core/model';
import { AnalysisCache } from '../../../src/extension/analysis/analysis-cache';
import { entryName } from '../../../src/extension/analysis/cache-entry';
import { NodeFsStore } from '../../../src/extension/analysis/node-store';

const doc = (id: string): DocumentAnalysis => ({
  id, engineVersion: ENGINE_VERSION, contentHash: 'h', length: 10, title: id, titleSpan: null,
  published: { date: null, source: 'none', conflicts: [] }, agency: null, body: { start: 0, end: 10 },
  regions: [], sentences: [], mentions: [], entities: [], timexes: [], events: [], warnings: [],
});

describe('analysis cache on disk', () => {
  let dir: string;
  beforeEach(() => { dir = join(mkdtempSync(join(tmpdir(), 'dossier-cache-')), 'analysis-cache'); });
  afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

  it('creates its folder on first write and reads back what it wrote, leaving no temporary', async () => {
    const store = new NodeFsStore(dir);
    assert.deepEqual(await store.list(), [], 'a missing folder is an empty cache');
    await store.write('a.json', '{"x":1}');
    await store.write('a.json', '{"x":2}');
    assert.equal(await store.read('a.json'), '{"x":2}');
    assert.equal(await store.read('missing.json'), undefined);
    assert.deepEqual(readdirSync(dir), ['a.json']);
  });

  it('reads ASCII entries and UTF-8 files alike', async () => {
    const store = new NodeFsStore(dir);
    await store.write('a.json', '{"t":"Zo\\u00eb"}');
    await store.write('b.json', '{"t":"Zo\u00eb \u2192 \ud83d\ude00"}');
    assert.equal(JSON.parse((await store.read('a.json'))!).t, 'Zo\u00eb');
    assert.equal(JSON.parse((await store.read('b.json'))!).t, 'Zo\u00eb \u2192 \ud83d\ude00');
  });

  it('ignores and later sweeps the half-written temporary of a killed session', async () => {
    const c1 = new AnalysisCache(new NodeFsStore(dir));
    c1.put(doc('a.txt'), 'h', null);
    await c1.flush();
    const torn = join(dir, `${entryName('b.txt')}.abc-1-xyz.tmp`);
    writeFileSync(torn, '{"format":1,"engineVers');
    const old = new Date(Date.now() - 5 * 60_000);
    utimesSync(torn, old, old);
    const logs: string[] = [];
    const c2 = new AnalysisCache(new NodeFsStore(dir), (m) => logs.push(m));
    assert.deepEqual((await c2.loadAll()).map((a) => a.id), ['a.txt']);
    assert.deepEqual(readdirSync(dir), [entryName('a.txt')]);
    assert.ok(logs.some((l) => /unfinished write/.test(l)));
  });
});
