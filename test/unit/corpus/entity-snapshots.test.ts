import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CorpusIndex } from '../../../src/core/corpus/corpus-index';
import { makeDoc, smallCorpus } from './fixtures';
import type { DocumentAnalysis, Entity } from '../../../src/core/model';

/**
 * Entities build `mentions` and `docs` when first read. Views keep the entities they were given
 * (tree nodes, hover cards) and read them later, after the corpus has moved on: what they read
 * must be the corpus as it was when the entity was handed out, and it must look like plain data.
 */
function indexOf(docs: DocumentAnalysis[]): CorpusIndex {
  const ix = new CorpusIndex();
  for (const d of docs) ix.upsert(d);
  return ix;
}

const edited = makeDoc('afp/parade.txt', 'EDIT: KCNA says North Korea held a parade.', [{ name: 'North Korea', type: 'place' }, { name: 'KCNA', type: 'organization' }]);
const plain = (e: Entity) => JSON.parse(JSON.stringify(e)) as unknown;

describe('CorpusIndex entities are snapshots', () => {
  it('an entity read only after an edit still shows the corpus from before the edit', () => {
    const ix = indexOf(smallCorpus());
    const reference = plain(indexOf(smallCorpus()).entity('place:north-korea')!);
    const before = ix.entity('place:north-korea')!;
    ix.upsert(edited);
    ix.remove('ap/parade.txt');
    const after = ix.entity('place:north-korea')!;
    assert.deepEqual(plain(before), reference);
    assert.deepEqual(after.mentions.map((m) => [m.doc, m.start]), [['afp/parade.txt', 16]]);
    assert.deepEqual(after.docs, ['afp/parade.txt']);
    assert.notDeepEqual(plain(after), plain(before));
  });

  it('reads like a plain object: same keys in the same order, serialised, spread and cloned alike', () => {
    const ix = indexOf(smallCorpus());
    for (const e of ix.entities()) {
      const copy: Entity = { id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions, docs: e.docs };
      if (e.role) copy.role = e.role;
      assert.deepEqual(Object.keys(e), Object.keys(copy));
      assert.equal(JSON.stringify(e), JSON.stringify(copy));
      assert.deepEqual({ ...e }, copy);
      assert.deepEqual(structuredClone(e), copy);
      assert.ok(Array.isArray(e.mentions) && e.mentions === e.mentions, 'one array, kept once built');
    }
  });

  it('entities() is most-mentioned first without anyone reading the mentions', () => {
    const ix = indexOf(smallCorpus());
    const counts = ix.entities().map((e) => e.mentions.length);
    assert.ok(counts.length > 3);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  });

  it('countsOf gives each entity\'s mention and document counts, an older snapshot its own', () => {
    const ix = indexOf(smallCorpus());
    const before = ix.entity('place:north-korea')!;
    ix.upsert(edited);
    ix.remove('ap/parade.txt');
    for (const e of ix.entities()) assert.deepEqual(ix.countsOf(e), { mentions: e.mentions.length, docs: e.docs.length }, e.id);
    const reference = indexOf(smallCorpus()).entity('place:north-korea')!;
    assert.deepEqual(ix.countsOf(before), { mentions: reference.mentions.length, docs: reference.docs.length });
    assert.notDeepEqual(ix.countsOf(before), ix.countsOf(ix.entity('place:north-korea')!));
  });

  it('any sequence of edits: entities handed out at each step, read at the end, equal that step\'s corpus (property)', () => {
    const base = smallCorpus();
    const variants: DocumentAnalysis[] = [
      ...base,
      edited,
      makeDoc('new/one.txt', 'São Paulo hosted Vladimir Putin. North Korea sent envoys.', [{ name: 'São Paulo', type: 'place' }, { name: 'Vladimir Putin', type: 'person' }, { name: 'North Korea', type: 'place' }]),
      makeDoc('ap/parade.txt', 'Kim Jong Un and Putin met. North Korea and Russia agreed.', [{ name: 'Kim Jong Un', type: 'person' }, { name: 'Vladimir Putin', type: 'person', aliases: ['Putin'] }, { name: 'North Korea', type: 'place' }, { name: 'Russia', type: 'place' }]),
    ];
    const ids = [...new Set(variants.map((d) => d.id))];
    const op = fc.oneof(
      fc.integer({ min: 0, max: variants.length - 1 }).map((i) => ({ up: variants[i] })),
      fc.constantFrom(...ids).map((id) => ({ rm: id })),
    );
    fc.assert(fc.property(fc.array(op, { minLength: 1, maxLength: 12 }), (ops) => {
      const ix = new CorpusIndex();
      const live = new Map<string, DocumentAnalysis>();
      const held: { got: Entity[]; want: unknown }[] = [];
      for (const o of ops) {
        if ('up' in o) { ix.upsert(o.up); live.set(o.up.id, o.up); } else { ix.remove(o.rm); live.delete(o.rm); }
        const fresh = indexOf([...live.values()]);
        held.push({ got: ix.entities(), want: JSON.parse(JSON.stringify(fresh.entities())) });
      }
      for (const { got, want } of held) assert.deepEqual(JSON.parse(JSON.stringify(got)), want);
    }), { numRuns: 150, seed: 7 });
  });
});
