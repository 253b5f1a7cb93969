import * as assert from 'node:assert/strict';
import { ENGINE_VERSION, type DocumentAnalysis } from '../../../src/core/model';
import { AnalysisCache } from '../../../src/extension/analysis/analysis-cache';
import { decodeEntry, encodeEntry, entryName } from '../../../src/extension/analysis/cache-entry';
import { MemoryStore } from '../../../src/extension/analysis/store';
import { handleRequest } from '../../../src/extension/analysis/worker-core';
import { hashText } from '../../../src/core/text/hash';

const TEXT = 'Mayor Ada Lovelace spoke in Leeds on Monday.';

function analysis(id = 'news/a.txt'): DocumentAnalysis {
  return {
    id, engineVersion: ENGINE_VERSION, contentHash: 'h1', length: TEXT.length, title: 'A', titleSpan: null,
    published: { date: '2024-03-05', source: 'metadata', conflicts: [] }, agency: null,
    body: { start: 0, end: TEXT.length }, regions: [{ kind: 'body', start: 0, end: TEXT.length, label: 'Body' }],
    sentences: [{ index: 0, start: 0, end: TEXT.length }],
    mentions: [{ start: 6, end: 18, text: 'Ada Lovelace', type: 'person', sentence: 0 }],
    entities: [{ key: 'person:ada-lovelace', name: 'Ada Lovelace', type: 'person', aliases: ['Ada Lovelace'], mentions: [0] }],
    timexes: [], events: [], warnings: [],
  };
}

/** Takes a valid entry apart in one way; the cache must refuse it. */
const corruptions: [string, (e: any) => void, RegExp][] = [
  ['an older engine version', (e) => { e.engineVersion = '0.0.1'; }, /stale \(engine/],
  ['an older cache format', (e) => { e.format = 0; }, /stale \(cache format/],
  ['a mention past the end of the text', (e) => { e.analysis.mentions[0].end = TEXT.length + 5; }, /mentions span out of range/],
  ['a negative offset', (e) => { e.analysis.sentences[0].start = -1; }, /sentences span/],
  ['missing arrays', (e) => { delete e.analysis.timexes; }, /timexes missing/],
  ['an entity pointing at no mention', (e) => { e.analysis.entities[0].mentions = [7]; }, /entity mention index/],
  ['the analysis of another document', (e) => { e.analysis.id = 'other.txt'; }, /another document/],
  ['a non-object', (e) => { e.analysis = 'x'; }, /no analysis/],
];

describe('analysis cache entries', () => {
  it('round-trips a valid entry', () => {
    const d = decodeEntry(encodeEntry(analysis(), 'h1', null), { id: 'news/a.txt', hash: 'h1', override: null });
    assert.ok(d.ok);
    assert.deepEqual(d.entry.analysis, analysis());
  });

  for (const [what, breakIt, reason] of corruptions) {
    it(`refuses an entry with ${what}`, () => {
      const e = JSON.parse(encodeEntry(analysis(), 'h1', null));
      breakIt(e);
      const d = decodeEntry(JSON.stringify(e));
      assert.equal(d.ok, false);
      assert.match((d as { reason: string }).reason, reason);
    });
  }

  const mismatches: [string, object, RegExp][] = [
    ['the text changed', { hash: 'h2' }, /text changed/],
    ['the override changed', { override: '2020-01-01' }, /override/],
    ['the file belongs to another id', { id: 'news/b.txt' }, /collision/],
  ];
  for (const [what, expect, reason] of mismatches) {
    it(`misses when ${what}`, () => {
      const d = decodeEntry(encodeEntry(analysis(), 'h1', null), expect);
      assert.equal(d.ok, false);
      assert.match((d as { reason: string }).reason, reason);
    });
  }

  it('refuses truncated and binary files', () => {
    const raw = encodeEntry(analysis(), 'h1', null);
    for (const bad of [raw.slice(0, raw.length / 2), '', '\u0000\u0001\uFFFD', 'null', '[]']) {
      assert.equal(decodeEntry(bad).ok, false, JSON.stringify(bad.slice(0, 20)));
    }
  });

  it('writes pure ASCII and decodes non-ASCII text, emoji and lone surrogates unchanged', () => {
    const odd = 'Zo\u00eb \u2192 Bj\u00f6rk \u6587 \ud83d\ude00 \ud800 end\u007f';
    const a = { ...analysis('dir/\u00fc \u6587.txt'), title: odd, warnings: [odd] };
    const raw = encodeEntry(a, 'h1', '2024-01-01');
    assert.match(raw, /^[\x00-\x7e]*$/, 'only ASCII in the file');
    const d = decodeEntry(raw, { id: 'dir/\u00fc \u6587.txt', hash: 'h1', override: '2024-01-01' });
    assert.ok(d.ok);
    assert.deepEqual(d.entry.analysis, a);
    const legacy = JSON.stringify({ format: 1, engineVersion: ENGINE_VERSION, id: a.id, hash: 'h1', override: null, analysis: a });
    const old = decodeEntry(legacy, { id: a.id });
    assert.ok(old.ok, 'an entry written as raw UTF-8 (before ASCII) still decodes');
    assert.deepEqual(old.entry.analysis, a);
  });

  it('names files safely whatever the document id', () => {
    for (const id of ['a.txt', '../../etc/passwd', 'dir/sub/ü ñ 文.txt', 'x'.repeat(5000)]) {
      assert.match(entryName(id), /^[0-9a-f]{16}\.json$/);
    }
  });
});

describe('analysis cache', () => {
  it('serves what was put, survives a reload, and drops corrupt files', async () => {
    const store = new MemoryStore();
    const logs: string[] = [];
    const first = new AnalysisCache(store);
    first.put(analysis('a.txt'), 'h1', null);
    first.put(analysis('b.txt'), 'h1', null);
    await first.flush();
    store.files.set(entryName('b.txt'), '{"format":1,"engineVe'); // torn write from a crash
    store.files.set(entryName('c.txt'), encodeEntry({ ...analysis('c.txt'), engineVersion: 'old' }, 'h1', null));

    const second = new AnalysisCache(store, (m) => logs.push(m));
    const loaded = await second.loadAll();
    assert.deepEqual(loaded.map((a) => a.id), ['a.txt']);
    assert.equal(store.files.size, 1, 'unusable entries are deleted');
    assert.ok(logs.some((l) => /dropped 2/.test(l)));
    assert.equal((await second.get('a.txt', 'h1', null))?.id, 'a.txt');
    assert.equal(await second.get('a.txt', 'h2', null), undefined, 'changed text is a miss');
    assert.equal(await second.get('b.txt', 'h1', null), undefined);
  });

  it('reads a single entry lazily when nothing was loaded, and forgets deleted documents', async () => {
    const store = new MemoryStore();
    const c1 = new AnalysisCache(store);
    c1.put(analysis('a.txt'), 'h1', '2024-01-01');
    await c1.flush();
    const c2 = new AnalysisCache(store);
    assert.equal(await c2.get('a.txt', 'h1', null), undefined, 'other override');
    assert.equal((await c2.get('a.txt', 'h1', '2024-01-01'))?.id, 'a.txt');
    c2.forget('a.txt');
    await c2.flush();
    assert.equal(store.files.size, 0);
  });

  it('writes the latest analysis when a document changes while its entry is being written', async () => {
    const store = new MemoryStore();
    const c = new AnalysisCache(store);
    c.put(analysis('a.txt'), 'h1', null);
    c.put(analysis('a.txt'), 'h2', null);
    c.put(analysis('a.txt'), 'h3', null);
    await c.flush();
    const d = decodeEntry(store.files.get(entryName('a.txt'))!);
    assert.ok(d.ok && d.entry.hash === 'h3');
  });
});

describe('cache entries serialised by the worker', () => {
  it('are the same entry the host would have written, for the same text and override', () => {
    const text = 'Mayor Ada Lovelace spoke in Leeds on Monday.\n\nShe will return next week.';
    const reply = handleRequest({ seq: 1, text, opts: { id: 'w.txt', publishedOverride: '2024-03-05' } });
    assert.ok(reply.ok && reply.entry);
    const d = decodeEntry(reply.entry, { id: 'w.txt', hash: hashText(text), override: '2024-03-05' });
    assert.ok(d.ok, d.ok ? '' : d.reason);
    assert.deepEqual(d.entry.analysis, reply.analysis);
    assert.equal(reply.entry, encodeEntry(reply.analysis, hashText(text), '2024-03-05'));
  });
});
