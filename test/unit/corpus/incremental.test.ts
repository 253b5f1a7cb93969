import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CorpusIndex } from '../../../src/core/corpus/corpus-index';
import { CorpusLinker } from '../../../src/core/link/corpus-linker';
import type { DocumentAnalysis } from '../../../src/core/model';
import { makeDoc, type FixtureEntity } from './fixtures';

/**
 * The index is updated one document at a time and reconciles only what a change touches. Whatever
 * the order of adds, updates and removes (and of the queries in between, which settle pending
 * work at different moments), it must answer exactly what an index built from scratch over the
 * final documents answers. Names are chosen to exercise every linking rule: shared full names,
 * lone surnames with one or two candidate full names, country forms, acronyms, one-word firms.
 */
const POOL: FixtureEntity[] = [
  { name: 'Viktor Brennan', type: 'person', aliases: ['Brennan'], role: 'Mayor' },
  { name: 'Felix Brennan', type: 'person' },
  { name: 'Brennan', type: 'person' },
  { name: 'Ana Okafor', type: 'person', role: 'senator' },
  { name: 'Okafor', type: 'person', role: 'judge' },
  { name: 'Kim Jong Un', type: 'person', aliases: ['Kim'] },
  { name: 'Kim Yo Jong', type: 'person' },
  { name: 'Kim', type: 'person' },
  { name: 'Sergei Shoigu', type: 'person' },
  { name: 'Shoigu', type: 'other' },
  { name: 'United States', type: 'place', aliases: ['U.S.'] },
  { name: 'US', type: 'place' },
  { name: 'North Korea', type: 'place' },
  { name: 'Lisbon', type: 'place' },
  { name: 'Korean Central News Agency', type: 'organization', aliases: ['KCNA'] },
  { name: 'KCNA', type: 'organization' },
  { name: 'Lehman Brothers', type: 'organization' },
  { name: 'Lehman', type: 'organization' },
  { name: 'Lehman Holdings Trust', type: 'organization' },
];
const ACTS = ['held a military parade', 'staged a military parade', 'signed the trade deal', 'postponed the trade deal', 'met envoys for talks'];
const DOC_IDS = ['a.txt', 'b.txt', 'c/d.txt', 'e.md', 'f.txt', 'g.txt'];

interface DocSpec { id: string; picks: number[]; events: { act: number; who: number[]; day: number }[]; published: number }

function build(spec: DocSpec): DocumentAnalysis {
  const ents = [...new Set(spec.picks)].map((i) => POOL[i]);
  // Forms that another picked name contains would be found inside it: keep one of a kind.
  const chosen: FixtureEntity[] = [];
  for (const e of ents) {
    const forms = (x: FixtureEntity) => [x.name, ...(x.aliases ?? [])];
    if (chosen.some((c) => forms(c).some((f) => forms(e).includes(f)))) continue;
    chosen.push(e);
  }
  const sentences = chosen.map((e, i) => `${e.name} spoke on day ${i + 1}.`);
  const events = spec.events.filter((ev) => chosen.length).map((ev, k) => {
    const who = [...new Set(ev.who.map((w) => chosen[w % chosen.length].name))];
    sentences.push(`${who.join(' and ')} ${ACTS[ev.act]} here ${k}.`);
    const day = String(ev.day).padStart(2, '0');
    return { sentence: sentences.length - 1, summary: `${who.join(' and ')} ${ACTS[ev.act]}`, date: `2024-05-${day}`, who };
  });
  return makeDoc(spec.id, sentences.join(' '), chosen, { events, published: `2024-05-${String(spec.published).padStart(2, '0')}` });
}

const arbSpec = (id: string) => fc.record({
  id: fc.constant(id),
  picks: fc.array(fc.integer({ min: 0, max: POOL.length - 1 }), { minLength: 0, maxLength: 6 }),
  events: fc.array(fc.record({ act: fc.integer({ min: 0, max: ACTS.length - 1 }), who: fc.array(fc.nat(5), { minLength: 1, maxLength: 2 }), day: fc.integer({ min: 1, max: 28 }) }), { maxLength: 3 }),
  published: fc.integer({ min: 1, max: 28 }),
});
type Op = { kind: 'upsert'; spec: DocSpec } | { kind: 'remove'; id: string } | { kind: 'query'; what: 'entities' | 'timeline' | 'hover' | 'group-slice' };
const arbOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...DOC_IDS).chain((id) => arbSpec(id)).map((spec): Op => ({ kind: 'upsert', spec })) },
  { weight: 2, arbitrary: fc.constantFrom(...DOC_IDS).map((id): Op => ({ kind: 'remove', id })) },
  { weight: 3, arbitrary: fc.constantFrom('entities' as const, 'timeline' as const, 'hover' as const, 'group-slice' as const).map((what): Op => ({ kind: 'query', what })) },
);

/** Everything the views, hovers and timeline read, as plain comparable data. */
function answers(ix: CorpusIndex): unknown {
  const entities = ix.entities();
  return {
    entities,
    timeline: ix.timeline(),
    perDoc: ix.documents().map((d) => ({ id: d.id, ents: ix.entitiesOf(d.id).map((x) => [x.entity.id, x.mentions.length]), events: ix.eventsOfDocument(d.id).map((e) => e.id) })),
    perEntity: entities.map((e) => ({ id: e.id, events: ix.eventsOfEntity(e.id).map((x) => x.id), co: ix.coMentioned(e.id) })),
    found: ix.findEntities('bren').map((e) => e.id),
  };
}

describe('CorpusIndex: incremental updates equal a build from scratch (property)', () => {
  it('random add / update / remove sequences with queries in between', () => {
    fc.assert(fc.property(fc.array(arbOp, { minLength: 1, maxLength: 30 }), (ops) => {
      const ix = new CorpusIndex();
      const live = new Map<string, DocumentAnalysis>();
      for (const op of ops) {
        if (op.kind === 'upsert') { const d = build(op.spec); live.set(d.id, d); ix.upsert(d); }
        else if (op.kind === 'remove') { live.delete(op.id); ix.remove(op.id); }
        else if (op.what === 'entities') ix.entities();
        else if (op.what === 'timeline') ix.timeline();
        // What the extension does while idle: group a slice of the waiting events.
        else if (op.what === 'group-slice') ix.groupPending(2);
        else { const d = [...live.values()][0]; if (d?.mentions[0]) ix.entityAt(d.id, d.mentions[0].start); }
      }
      const fresh = new CorpusIndex();
      for (const d of [...live.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) fresh.upsert(d);
      assert.deepEqual(JSON.parse(JSON.stringify(answers(ix))), JSON.parse(JSON.stringify(answers(fresh))));
    }), { numRuns: 250, seed: 5 });
  });

  it('grouping in slices ends where one timeline() call does, and says how much is left', () => {
    const specs = DOC_IDS.map((id, i): DocSpec => ({ id, picks: [0, 3, 5, 10, 12], published: 10 + i,
      events: [{ act: i % 2, who: [0, 1], day: 5 }, { act: 2, who: [2], day: 6 + (i % 2) }, { act: 4, who: [3, 4], day: 9 }] }));
    const sliced = new CorpusIndex();
    const whole = new CorpusIndex();
    for (const sp of specs) { sliced.upsert(build(sp)); whole.upsert(build(sp)); }
    const left: number[] = [];
    for (let n = sliced.groupPending(3); n > 0 && left.length < 1000; n = sliced.groupPending(3)) left.push(n);
    assert.ok(left.length >= 3, `several slices: ${left.join(', ')}`);
    assert.ok(left.every((n, i) => i === 0 || n < left[i - 1]), `the count only falls: ${left.join(', ')}`);
    const groups = (ix: CorpusIndex) => ix.timeline().map((e) => [e.id, e.group ?? null, !!e.conflict]);
    assert.ok(groups(whole).some(([, g]) => g), 'the corpus has cross-document groups');
    assert.deepEqual(groups(sliced), groups(whole));
    assert.equal(sliced.groupPending(3), 0);
  });

  it('the linker alone: any order of upserts and removes gives the batch clusters', () => {
    fc.assert(fc.property(fc.array(arbOp, { minLength: 1, maxLength: 30 }), (ops) => {
      const l = new CorpusLinker();
      const live = new Map<string, DocumentAnalysis>();
      for (const op of ops) {
        if (op.kind === 'upsert') { const d = build(op.spec); live.set(d.id, d); l.upsert(d); }
        else if (op.kind === 'remove') { live.delete(op.id); l.remove(op.id); }
        else l.entities();
      }
      const batch = new CorpusLinker();
      for (const d of [...live.values()].reverse()) batch.upsert(d);
      assert.deepEqual(JSON.parse(JSON.stringify(l.entities())), JSON.parse(JSON.stringify(batch.entities())));
    }), { numRuns: 400, seed: 6 });
  });
});
