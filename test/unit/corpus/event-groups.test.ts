import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { EventGrouper, actWords, groupEvents, withGroupingKeys } from '../../../src/core/corpus/event-groups';
import type { CorpusEvent } from '../../../src/core/model';

const ev = (id: string, doc: string, summary: string, entities: string[], earliest?: string, latest = earliest): CorpusEvent => ({
  id, doc, summary, status: 'reported', sentence: { start: 0, end: 10 }, anchor: null, entities,
  date: { value: earliest ?? 'XXXX', earliest, latest, precision: 'day' },
});

describe('Cross-document event groups', () => {
  const cases: [string, CorpusEvent[], string[][], boolean[]][] = [
    ['same act, same participant, different docs and dates → one group in conflict',
      [ev('a#1', 'a', 'North Korea held a paramilitary parade', ['place:north-korea'], '2023-09-08'),
        ev('b#1', 'b', 'North Korea staged a paramilitary parade at midnight', ['place:north-korea'], '2023-09-09')],
      [['a#1', 'b#1']], [true]],
    ['overlapping intervals do not conflict',
      [ev('a#1', 'a', 'Putin attended an economic forum in Vladivostok', ['person:vladimir-putin'], '2023-09-10', '2023-09-13'),
        ev('b#1', 'b', 'Putin addressed the economic forum', ['person:vladimir-putin'], '2023-09-12')],
      [['a#1', 'b#1']], [false]],
    ['shared participant but different acts → no group',
      [ev('a#1', 'a', 'Kim Jong Un held a parade', ['person:kim-jong-un'], '2023-09-08'),
        ev('b#1', 'b', 'Kim Jong Un met Putin in Vladivostok', ['person:kim-jong-un'], '2023-09-08')],
      [], []],
    ['same words, no shared participant → no group',
      [ev('a#1', 'a', 'troops held a military parade', ['place:france'], '2023-07-14'),
        ev('b#1', 'b', 'troops held a military parade', ['place:north-korea'], '2023-07-14')],
      [], []],
    ['two events of one document are never grouped on their own',
      [ev('a#1', 'a', 'North Korea held a paramilitary parade', ['place:north-korea'], '2023-09-08'),
        ev('a#2', 'a', 'North Korea paramilitary parade ended', ['place:north-korea'], '2023-09-08')],
      [], []],
  ];
  for (const [what, events, groups, conflicts] of cases) {
    it(what, () => {
      const got = groupEvents(events).map((g) => ({ ids: g.events.map((e) => e.id).sort(), conflict: g.conflict }));
      assert.deepEqual(got.map((g) => g.ids), groups);
      assert.deepEqual(got.map((g) => g.conflict), conflicts);
    });
  }

  it('act words drop reporting verbs, dates and function words', () => {
    assert.deepEqual([...actWords('State media said on Friday that the paramilitary parade was held')], ['parami', 'parade', 'held']);
  });

  const arbEvent = fc.record({
    doc: fc.constantFrom('a', 'b', 'c', 'd'),
    words: fc.subarray(['parade', 'summit', 'missile', 'launch', 'election', 'talks', 'strike'], { minLength: 1, maxLength: 4 }),
    ents: fc.subarray(['person:kim', 'place:korea', 'person:putin'], { minLength: 1, maxLength: 2 }),
    day: fc.integer({ min: 1, max: 28 }),
    len: fc.integer({ min: 0, max: 3 }),
  });
  const build = (xs: { doc: string; words: string[]; ents: string[]; day: number; len: number }[]) =>
    xs.map((x, i) => ev(`${x.doc}#${i}`, x.doc, x.words.join(' '), x.ents, `2023-09-${String(x.day).padStart(2, '0')}`, `2023-09-${String(Math.min(28, x.day + x.len)).padStart(2, '0')}`));

  it('conflict is true exactly when two sources give disjoint dates (property)', () => {
    fc.assert(fc.property(fc.array(arbEvent, { maxLength: 12 }), (xs) => {
      for (const g of groupEvents(build(xs))) {
        let brute = false;
        for (const a of g.events) for (const b of g.events) {
          if (a.doc !== b.doc && b.date.earliest! > a.date.latest!) brute = true;
        }
        assert.equal(g.conflict, brute);
      }
    }), { numRuns: 300, seed: 11 });
  });

  it('adding and removing documents incrementally gives the batch groups (property)', () => {
    fc.assert(fc.property(fc.array(arbEvent, { maxLength: 14 }), fc.subarray(['a', 'b', 'c', 'd']), (xs, drop) => {
      const events = build(xs);
      const keyed = withGroupingKeys(events);
      const keyOf = new Map(keyed.map((k) => [k.ev, k.key]));
      const g = new EventGrouper();
      const state = new Map<string, string | undefined>();
      const apply = (m: Map<string, { id: string } | undefined>) => { for (const [key, grp] of m) state.set(key, grp?.id); };
      for (const d of ['a', 'b', 'c', 'd']) apply(g.update([], keyed.filter((k) => k.ev.doc === d)));
      for (const d of drop) {
        const gone = keyed.filter((k) => k.ev.doc === d).map((k) => k.key);
        for (const key of gone) state.delete(key);
        apply(g.update(gone, []));
      }
      const kept = events.filter((e) => !drop.includes(e.doc));
      const batch = new Map<string, string>();
      for (const grp of groupEvents(kept)) for (const e of grp.events) batch.set(keyOf.get(e)!, grp.id);
      for (const e of kept) assert.equal(state.get(keyOf.get(e)!), batch.get(keyOf.get(e)!), e.id);
    }), { numRuns: 300, seed: 12 });
  });
});
