import * as assert from 'node:assert/strict';
import { CorpusIndex } from '../../../src/core/corpus/corpus-index';
import {
  emptyCorrections, mergeEntity, parseCorrections, rejectEntity, renameEntity, resolveEntityId, retypeEntity, clearEntity,
} from '../../../src/core/corrections/corrections';
import type { Corrections } from '../../../src/core/model';
import { smallCorpus } from './fixtures';

function indexWith(c: Corrections): CorpusIndex {
  const ix = new CorpusIndex();
  for (const d of smallCorpus()) ix.upsert(d);
  ix.setCorrections(c);
  return ix;
}

describe('Corrections applied in the index', () => {
  it('rename changes the display name and keeps the old one as an alias and the id', () => {
    const ix = indexWith(renameEntity(emptyCorrections(), 'person:kim-jong-un', 'Kim Jong-un'));
    const e = ix.entity('person:kim-jong-un')!;
    assert.equal(e.name, 'Kim Jong-un');
    assert.ok(e.aliases.includes('Kim Jong Un'));
    assert.equal(ix.findEntities('jong-un')[0]?.id, 'person:kim-jong-un');
  });

  it('merge folds one entity into another: mentions, hovers, events and lookups by the old id', () => {
    const ix = indexWith(mergeEntity(emptyCorrections(), 'place:russia', 'place:north-korea'));
    const nk = ix.entity('place:north-korea')!;
    assert.ok(nk.mentions.some((m) => m.text === 'Russia'));
    assert.equal(ix.entity('place:russia')?.id, 'place:north-korea', 'the merged-away id still finds its entity');
    assert.ok(!ix.entities().some((e) => e.id === 'place:russia'));
    const russiaAt = 'North Korea held a paramilitary parade on Friday, as Kim Jong Un looked on. KCNA reported that Putin sent a message. Kim later met Russia envoys.'.indexOf('Russia');
    assert.equal(ix.entityAt('afp/parade.txt', russiaAt)?.entity.id, 'place:north-korea');
  });

  it('retype moves an entity to another type', () => {
    const ix = indexWith(retypeEntity(emptyCorrections(), 'organization:kcna', 'other'));
    assert.equal(ix.entity('organization:kcna')?.type, 'other');
  });

  it('reject removes an entity from every query', () => {
    const ix = indexWith(rejectEntity(emptyCorrections(), 'person:kim-jong-un'));
    assert.equal(ix.entity('person:kim-jong-un'), undefined);
    assert.equal(ix.entityAt('ap/parade.txt', 'North Korea staged a paramilitary parade on Saturday attended by '.length + 2), undefined);
    assert.ok(ix.timeline().every((ev) => !ev.entities.includes('person:kim-jong-un')));
    assert.deepEqual(ix.findEntities('kim'), []);
  });

  it('corrections survive re-analysis of a document (they are keyed by entity id)', () => {
    const ix = indexWith(renameEntity(mergeEntity(emptyCorrections(), 'place:russia', 'place:north-korea'), 'place:north-korea', 'DPRK'));
    for (const d of smallCorpus()) ix.upsert({ ...d, contentHash: `${d.contentHash}-v2` });
    assert.equal(ix.entity('place:north-korea')?.name, 'DPRK');
    assert.ok(ix.entity('place:north-korea')!.mentions.some((m) => m.text === 'Russia'));
  });

  it('clearing corrections restores the analysis', () => {
    const c = rejectEntity(emptyCorrections(), 'organization:kcna');
    const ix = indexWith(c);
    ix.setCorrections(clearEntity(c, 'organization:kcna'));
    assert.equal(ix.entity('organization:kcna')?.name, 'KCNA');
  });

  const resolveCases: [string, Corrections, string, string | null][] = [
    ['no correction', emptyCorrections(), 'a', 'a'],
    ['chain a→b→c', { ...emptyCorrections(), merge: { a: 'b', b: 'c' } }, 'a', 'c'],
    ['cycle a→b→a ends', { ...emptyCorrections(), merge: { a: 'b', b: 'a' } }, 'a', 'a'],
    ['merged into a rejected entity', { ...emptyCorrections(), merge: { a: 'b' }, reject: ['b'] }, 'a', null],
    ['prototype keys are plain ids', { ...emptyCorrections() }, 'constructor', 'constructor'],
  ];
  for (const [what, c, id, want] of resolveCases) it(`resolveEntityId: ${what}`, () => assert.equal(resolveEntityId(id, c), want));
});

describe('Corrections file validation', () => {
  const cases: [string, string, string | null][] = [
    ['valid file', '{"version":1,"rename":{"person:a":"A"},"merge":{},"retype":{"person:a":"place"},"reject":["x"]}', null],
    ['missing sections are empty', '{"version":1}', null],
    ['not JSON', '{version:1', 'not valid JSON'],
    ['empty file', '', 'not valid JSON'],
    ['an array', '[]', 'expected a JSON object'],
    ['wrong version', '{"version":2}', 'unsupported corrections version 2'],
    ['rename is not an object', '{"version":1,"rename":[]}', '"rename" must be an object'],
    ['reject is not an array', '{"version":1,"reject":"x"}', '"reject" must be an array'],
  ];
  for (const [what, text, err] of cases) {
    it(`parseCorrections: ${what}`, () => {
      const r = parseCorrections(text);
      if (err === null) assert.equal(r.ok, true);
      else { assert.equal(r.ok, false); if (!r.ok) assert.ok(r.error.includes(err), r.error); }
    });
  }
  it('drops bad entries with warnings and keeps the good ones', () => {
    const r = parseCorrections('{"version":1,"retype":{"a":"planet","b":"person"},"merge":{"c":"c","d":"e"},"rename":{"f":""},"reject":[1,"g"]}');
    assert.ok(r.ok);
    if (!r.ok) return;
    assert.deepEqual(r.value, { version: 1, rename: {}, merge: { d: 'e' }, retype: { b: 'person' }, reject: ['g'] });
    assert.equal(r.warnings.length, 4);
  });
});
