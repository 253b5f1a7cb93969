import * as assert from 'node:assert/strict';
import { EventGrouper, MAX_GROUP_EVENTS, actWords, withGroupingKeys } from '../../../src/core/corpus/event-groups';
import { dayNum, rankedActWords } from '../../../src/core/corpus/act-words';
import { hashText } from '../../../src/core/text/hash';
import type { CorpusEvent } from '../../../src/core/model';

/**
 * The grouping engine against the definition, on corpora big enough for candidate buckets to
 * pass 60 events and for chains to pass MAX_GROUP_EVENTS: every pair is tried, components come
 * from union-find. Whatever order the documents arrive and leave in, the engine must agree.
 */
const MAX_BUCKET = 60;

function reference(events: CorpusEvent[]): Map<string, { id: string; conflict: boolean } | undefined> {
  const keyed = withGroupingKeys(events);
  const prep = keyed.map(({ key, ev }) => {
    const ranked = rankedActWords(ev.summary);
    const words = new Set(ranked.keys());
    const ents = new Set(ev.entities);
    for (const id of ents) for (const w of actWords(id.slice(id.indexOf(':') + 1).replace(/-/g, ' '))) words.delete(w);
    const kw = [...words].sort((a, b) => ranked.get(b)! - ranked.get(a)! || (a < b ? -1 : a > b ? 1 : 0)).slice(0, 6);
    const keys = [...ents].sort().slice(0, 6).flatMap((e) => kw.map((w) => `${e}|${w}`));
    return { key, ev, words, ents, keys, lo: dayNum(ev.date.earliest), hi: dayNum(ev.date.latest ?? ev.date.earliest) };
  });
  const bucketSize = new Map<string, number>();
  for (const p of prep) for (const k of p.keys) bucketSize.set(k, (bucketSize.get(k) ?? 0) + 1);
  const parent = prep.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < prep.length; i++) {
    for (let j = i + 1; j < prep.length; j++) {
      const a = prep[i], b = prep[j];
      if (a.ev.doc === b.ev.doc || ![...a.ents].some((e) => b.ents.has(e))) continue;
      if (!a.keys.some((k) => b.keys.includes(k) && bucketSize.get(k)! <= MAX_BUCKET)) continue;
      const shared = [...a.words].filter((w) => b.words.has(w)).length;
      const overlap = shared / Math.max(1, Math.min(a.words.size, b.words.size));
      const near = a.lo !== undefined && b.lo !== undefined && a.hi !== undefined && b.hi !== undefined
        && Math.max(a.lo, b.lo) - Math.min(a.hi, b.hi) <= 3;
      if (shared >= 2 && overlap >= (near ? 0.2 : 0.3)) parent[find(i)] = find(j);
    }
  }
  const comps = new Map<number, number[]>();
  prep.forEach((_, i) => { const r = find(i); comps.set(r, [...(comps.get(r) ?? []), i]); });
  const out = new Map<string, { id: string; conflict: boolean } | undefined>();
  for (const members of comps.values()) {
    const ms = members.map((i) => prep[i]);
    let g: { id: string; conflict: boolean } | undefined;
    if (ms.length >= 2 && ms.length <= MAX_GROUP_EVENTS && new Set(ms.map((m) => m.ev.doc)).size >= 2) {
      const first = ms.map((m) => m.key).sort()[0];
      const conflict = ms.some((a) => ms.some((b) => a.ev.doc !== b.ev.doc && a.hi !== undefined && b.lo !== undefined && b.lo > a.hi));
      g = { id: `group:${hashText(first)}`, conflict };
    }
    for (const m of ms) out.set(m.key, g);
  }
  return out;
}

/** A deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTS = ['military parade', 'missile launch', 'summit talks', 'election result', 'strike action', 'ceasefire agreement',
  'border closure', 'trade deal', 'flood warning', 'court ruling', 'stadium opening', 'factory fire'];
// One participant in most stories (its buckets pass MAX_BUCKET), many in a few.
const HOT = 'place:russia';
const ENTS = Array.from({ length: 24 }, (_, i) => `person:name-${String.fromCharCode(97 + (i % 26))}${i}`);

function corpus(seed: number, docs: number, perDoc: number): CorpusEvent[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const events: CorpusEvent[] = [];
  for (let d = 0; d < docs; d++) {
    const doc = `doc-${String(d).padStart(3, '0')}`;
    for (let i = 0; i < perDoc; i++) {
      const day = 1 + Math.floor(r() * 20);
      const len = r() < 0.3 ? Math.floor(r() * 4) : 0;
      const ents = [...new Set([pick(ENTS), ...(r() < 0.9 ? [HOT] : []), ...(r() < 0.3 ? [pick(ENTS)] : [])])];
      // Mostly one act per summary; a second act now and then chains stories together.
      const summary = `${pick(ACTS)} ${r() < 0.12 ? pick(ACTS) : `note${d}x${i}`}`;
      events.push({
        id: `${doc}#${i}`, doc, summary, status: 'reported', sentence: { start: i * 10, end: i * 10 + 9 }, anchor: null, entities: ents,
        date: r() < 0.1 ? { value: 'XXXX', precision: 'day' } : { value: 'x', precision: 'day', earliest: `2023-09-${String(day).padStart(2, '0')}`, latest: `2023-09-${String(day + len).padStart(2, '0')}` },
      });
    }
  }
  return events;
}

describe('Cross-document event groups at scale: the engine equals the definition', () => {
  for (const [seed, docs, perDoc] of [[1, 40, 12], [3, 25, 30], [4, 30, 25]]) {
    it(`${docs} documents x ${perDoc} events (seed ${seed}), added in slices and partly removed`, () => {
      const events = corpus(seed, docs, perDoc);
      const keyed = withGroupingKeys(events);
      const byDoc = new Map<string, { key: string; ev: CorpusEvent }[]>();
      for (const k of keyed) byDoc.set(k.ev.doc, [...(byDoc.get(k.ev.doc) ?? []), k]);
      const order = [...byDoc.keys()];
      const r = rng(seed * 7);
      for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
      const g = new EventGrouper();
      const state = new Map<string, { id: string; conflict: boolean } | undefined>();
      const apply = (m: Map<string, { id: string; conflict: boolean } | undefined>) => {
        for (const [key, grp] of m) state.set(key, grp && { id: grp.id, conflict: grp.conflict });
      };
      const check = (present: string[]) => {
        const want = reference(present.flatMap((d) => byDoc.get(d)!.map((k) => k.ev)));
        let grouped = 0;
        for (const [key, grp] of want) {
          assert.deepEqual(state.get(key), grp, key);
          if (grp) grouped++;
        }
        return grouped;
      };
      // Several documents per update, as the index's idle slices do.
      for (let i = 0; i < order.length; i += 3) apply(g.update([], order.slice(i, i + 3).flatMap((d) => byDoc.get(d)!)));
      check(order);
      const gone = order.filter((_, i) => i % 3 === 1);
      for (const d of gone) {
        const keys = byDoc.get(d)!.map((k) => k.key);
        for (const k of keys) state.delete(k);
        apply(g.update(keys, []));
      }
      const left = order.filter((d) => !gone.includes(d));
      check(left);
      apply(g.update([], gone.slice(0, 5).flatMap((d) => byDoc.get(d)!)));
      check([...left, ...gone.slice(0, 5)]);
    });
  }

  it('the generated corpora reach the limits the engine must handle', () => {
    // 480 events: the common participant's buckets stay small and chain stories past the cap.
    assert.ok([...reference(corpus(1, 40, 12)).values()].every((g) => !g), 'one big chain, no group');
    // 750 events: its buckets pass MAX_BUCKET, so the other participants decide.
    const events = corpus(3, 25, 30);
    const want = reference(events);
    const sizes = new Map<string, number>();
    for (const g of want.values()) if (g) sizes.set(g.id, (sizes.get(g.id) ?? 0) + 1);
    assert.ok(sizes.size > 0, 'some groups');
    // Some event is in no group although it shares act words and a participant with others:
    // its component passed MAX_GROUP_EVENTS or its keys were too common.
    assert.ok([...want.values()].filter((g) => !g).length > events.length / 10, 'many events are left ungrouped');
  });
});
