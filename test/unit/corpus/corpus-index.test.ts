import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CorpusIndex } from '../../../src/core/corpus/corpus-index';
import { makeDoc, smallCorpus } from './fixtures';
import type { DocumentAnalysis } from '../../../src/core/model';

function indexOf(docs: DocumentAnalysis[]): CorpusIndex {
  const ix = new CorpusIndex();
  for (const d of docs) ix.upsert(d);
  return ix;
}

describe('CorpusIndex queries', () => {
  const docs = smallCorpus();
  const ix = indexOf(docs);
  const afp = docs[0];
  const afpText = 'North Korea held a paramilitary parade on Friday, as Kim Jong Un looked on. KCNA reported that Putin sent a message. Kim later met Russia envoys.';
  const at = (s: string, d = 0) => afpText.indexOf(s) + d;

  it('lists documents in corpus (id) order whatever the insertion order', () => {
    const rev = indexOf([...docs].reverse());
    assert.deepEqual(rev.documents().map((d) => d.id), ['afp/parade.txt', 'ap/parade.txt', 'other/kyiv.md']);
    assert.equal(rev.document('ap/parade.txt')?.id, 'ap/parade.txt');
    assert.equal(rev.document('missing.txt'), undefined);
  });

  const entityAtCases: [string, string, number, string | undefined][] = [
    ['first character of a mention', afp.id, at('Kim Jong Un'), 'Kim Jong Un'],
    ['middle of a mention', afp.id, at('Kim Jong Un', 5), 'Kim Jong Un'],
    ['cursor right after the mention (end inclusive)', afp.id, at('Kim Jong Un', 11), 'Kim Jong Un'],
    ['an alias resolves to its entity', afp.id, at('Putin', 2), 'Vladimir Putin'],
    ['offset 0 is inside the first mention', afp.id, 0, 'North Korea'],
    ['between two mentions', afp.id, at('paramilitary'), undefined],
    ['past the end of the document', afp.id, 10_000, undefined],
    ['negative offset', afp.id, -1, undefined],
    ['unknown document', 'nope.txt', 3, undefined],
    ['accented name', 'other/kyiv.md', 'Volodymyr Zelenskyy met officials in Kyiv. Zelenskyy flew to São Paulo'.indexOf('São') + 1, 'São Paulo'],
  ];
  for (const [what, doc, offset, want] of entityAtCases) {
    it(`entityAt: ${what}`, () => {
      const hit = ix.entityAt(doc, offset);
      assert.equal(hit?.entity.name, want);
      if (hit) {
        assert.ok(hit.mention.start <= offset && offset <= hit.mention.end);
        assert.equal(hit.mention.doc, doc);
      }
    });
  }

  it('mentionsOf gives every mention across documents, in corpus then text order', () => {
    const ms = ix.mentionsOf('person:kim-jong-un');
    assert.deepEqual(ms.map((m) => `${m.doc}:${m.text}`), ['afp/parade.txt:Kim Jong Un', 'afp/parade.txt:Kim', 'ap/parade.txt:Kim Jong Un']);
    for (const m of ms) assert.equal(ix.document(m.doc)!.mentions.some((x) => x.start === m.start && x.text === m.text), true);
    assert.deepEqual(ix.entity('person:kim-jong-un')?.docs, ['afp/parade.txt', 'ap/parade.txt']);
    assert.deepEqual(ix.mentionsOf('person:nobody'), []);
  });

  it('entitiesOf lists a document\'s entities most-mentioned first', () => {
    const es = ix.entitiesOf(afp.id);
    assert.equal(es[0].entity.name, 'Kim Jong Un');
    assert.equal(es[0].mentions.length, 2);
    assert.deepEqual(new Set(es.map((e) => e.entity.name)), new Set(['Kim Jong Un', 'Vladimir Putin', 'North Korea', 'Russia', 'KCNA']));
    assert.deepEqual(ix.entitiesOf('nope'), []);
  });

  it('coMentioned counts shared sentences and returns the passages', () => {
    const cm = ix.coMentioned('person:kim-jong-un');
    const nk = cm.find((c) => c.entity === 'place:north-korea');
    assert.equal(nk?.count, 2);
    assert.deepEqual(nk?.passages.map((p) => p.doc), ['afp/parade.txt', 'ap/parade.txt']);
    assert.equal(cm[0].entity, 'place:north-korea', 'most shared first');
    const s = nk!.passages[0].sentence;
    assert.ok(afpText.slice(s.start, s.end).includes('Kim Jong Un'));
    assert.equal(ix.coMentioned('person:kim-jong-un', 1).length, 1);
    assert.ok(!cm.some((c) => c.entity === 'person:kim-jong-un'), 'never co-mentioned with itself');
  });

  const findCases: [string, string[]][] = [
    ['sao paulo', ['São Paulo']],
    ['SÃO', ['São Paulo']],
    ['putin', ['Vladimir Putin']],
    ['zel', ['Volodymyr Zelenskyy']],
    ['korea', ['North Korea']],
    ['xyzzy', []],
  ];
  for (const [q, want] of findCases) {
    it(`findEntities("${q}") is case- and accent-insensitive`, () => {
      assert.deepEqual(ix.findEntities(q).map((e) => e.name), want);
    });
  }
  it('findEntities ranks exact and prefix matches before substrings, and honours the limit', () => {
    const ix2 = indexOf([makeDoc('a.txt', 'Kim met Kimberly Clark. Joakim spoke.', [{ name: 'Kim', type: 'person' }, { name: 'Kimberly Clark', type: 'organization' }, { name: 'Joakim', type: 'person' }])]);
    assert.deepEqual(ix2.findEntities('kim').map((e) => e.name), ['Kim', 'Kimberly Clark', 'Joakim']);
    assert.equal(ix2.findEntities('kim', 2).length, 2);
    assert.equal(ix2.findEntities('').length, 3, 'an empty query lists everything');
  });

  it('timeline is chronological, eventsBetween/OfEntity/OfDocument agree with it', () => {
    const tl = ix.timeline();
    assert.deepEqual(tl.map((e) => e.date.earliest), ['2023-09-08', '2023-09-09', '2024-03-04', '2025-04-12']);
    assert.deepEqual(ix.eventsBetween('2023-09-09', '2024-12-31').map((e) => e.date.earliest), ['2023-09-09', '2024-03-04']);
    assert.deepEqual(ix.eventsBetween('2030-01-01', '2030-12-31'), []);
    assert.deepEqual(ix.eventsOfEntity('person:kim-jong-un').map((e) => e.doc), ['afp/parade.txt', 'ap/parade.txt']);
    assert.deepEqual(ix.eventsOfDocument('other/kyiv.md').map((e) => e.summary), ['Zelenskyy flew to São Paulo for trade talks']);
    for (const e of tl) assert.equal(ix.event(e.id), e);
    assert.deepEqual(tl.find((e) => e.doc === 'other/kyiv.md')?.entities.sort(), ['person:volodymyr-zelenskyy', 'place:são-paulo']);
  });

  it('groups the same happening across sources and flags their different dates', () => {
    const parade = ix.timeline().filter((e) => /parade/.test(e.summary));
    assert.equal(parade.length, 2);
    assert.ok(parade[0].group && parade[0].group === parade[1].group);
    assert.equal(parade[0].conflict, true);
    const other = ix.timeline().filter((e) => !/parade/.test(e.summary));
    for (const e of other) assert.equal(e.group, undefined, e.summary);
  });

  it('timexAt finds the time expression under the cursor', () => {
    assert.equal(ix.timexAt(afp.id, at('Friday', 3))?.value, '2023-09-08');
    assert.equal(ix.timexAt(afp.id, at('parade')), undefined);
  });
});

describe('CorpusIndex updates', () => {
  it('remove() takes a document out of every query', () => {
    const ix = indexOf(smallCorpus());
    ix.remove('ap/parade.txt');
    assert.deepEqual(ix.mentionsOf('person:kim-jong-un').map((m) => m.doc), ['afp/parade.txt', 'afp/parade.txt']);
    assert.equal(ix.entityAt('ap/parade.txt', 0), undefined);
    assert.ok(ix.timeline().every((e) => e.doc !== 'ap/parade.txt' && !e.group && !e.conflict));
    ix.remove('ap/parade.txt'); // removing twice is harmless
    assert.equal(ix.documents().length, 2);
  });

  it('upsert() of an edited document moves its mentions and keeps the others', () => {
    const ix = indexOf(smallCorpus());
    const kimBefore = ix.entity('person:kim-jong-un')!.mentions.length;
    const edited = makeDoc('afp/parade.txt', 'EDIT: KCNA says North Korea held a parade.', [{ name: 'North Korea', type: 'place' }, { name: 'KCNA', type: 'organization' }]);
    ix.upsert(edited);
    assert.equal(ix.entityAt('afp/parade.txt', 7)?.entity.name, 'KCNA');
    assert.equal(ix.entity('person:kim-jong-un')!.mentions.length, kimBefore - 2);
    assert.deepEqual(ix.entity('place:north-korea')!.mentions.map((m) => [m.doc, m.start]), [['afp/parade.txt', 16], ['ap/parade.txt', 0]]);
    assert.equal(ix.entity('person:vladimir-putin')!.docs.join(), 'ap/parade.txt');
    assert.equal(ix.documents().length, 3);
  });

  it('an entity whose last mention goes disappears', () => {
    const ix = indexOf(smallCorpus());
    ix.remove('afp/parade.txt');
    assert.equal(ix.entity('organization:kcna'), undefined);
    assert.ok(!ix.entities().some((e) => e.id === 'organization:kcna'));
    assert.deepEqual(ix.findEntities('kcna'), []);
  });

  it('incremental updates in any order equal one batch build (property)', () => {
    const base = smallCorpus();
    const variants: DocumentAnalysis[] = [
      ...base,
      makeDoc('afp/parade.txt', 'Putin and Kim Jong Un met in Russia. KCNA said so.', [{ name: 'Vladimir Putin', type: 'person', aliases: ['Putin'] }, { name: 'Kim Jong Un', type: 'person' }, { name: 'Russia', type: 'place' }, { name: 'KCNA', type: 'organization' }]),
      makeDoc('new/one.txt', 'São Paulo hosted Vladimir Putin.', [{ name: 'São Paulo', type: 'place' }, { name: 'Vladimir Putin', type: 'person' }]),
      makeDoc('ap/parade.txt', 'Nothing to see.', []),
    ];
    const op = fc.record({ kind: fc.constantFrom('upsert', 'upsert', 'remove'), doc: fc.integer({ min: 0, max: variants.length - 1 }), query: fc.boolean() });
    fc.assert(fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
      const ix = new CorpusIndex();
      const final = new Map<string, DocumentAnalysis>();
      for (const o of ops) {
        const d = variants[o.doc];
        if (o.kind === 'upsert') { ix.upsert(d); final.set(d.id, d); } else { ix.remove(d.id); final.delete(d.id); }
        if (o.query) { ix.entities(); ix.timeline(); } // interleave queries so reconciliation runs mid-way
      }
      const batch = indexOf([...final.values()]);
      assert.deepEqual(ix.toExport(), batch.toExport());
      for (const d of final.values()) {
        for (let off = 0; off <= d.length; off += 7) assert.deepEqual(ix.entityAt(d.id, off)?.entity.id, batch.entityAt(d.id, off)?.entity.id);
      }
      for (const e of batch.entities()) {
        assert.deepEqual(ix.coMentioned(e.id), batch.coMentioned(e.id), `coMentioned(${e.id})`);
        assert.deepEqual(ix.eventsOfEntity(e.id), batch.eventsOfEntity(e.id), `eventsOfEntity(${e.id})`);
      }
    }), { numRuns: 150, seed: 42 });
  });
});
