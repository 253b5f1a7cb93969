import * as assert from 'node:assert/strict';
import type { DocEntity, DocumentAnalysis, EntityType } from '../../../src/core/model';
import { CorpusLinker, type LinkedEntity } from '../../../src/core/link/corpus-linker';
import { extractEntities } from '../../../src/core/entities/extract-entities';

/** A document analysed by the real extractor (one sentence per line). */
function doc(id: string, text: string): DocumentAnalysis {
  const sentences = [...text.matchAll(/[^\n]+/g)].map((m, index) => ({ index, start: m.index!, end: m.index! + m[0].length }));
  const regions = [{ kind: 'body' as const, start: 0, end: text.length, label: 'Body' }];
  const { mentions, entities } = extractEntities(text, sentences, { title: id, titleSpan: null, published: { date: null, source: 'none', conflicts: [] }, agency: null, body: { start: 0, end: text.length }, regions });
  return { id, engineVersion: 't', contentHash: id, length: text.length, title: id, titleSpan: null, published: { date: null, source: 'none', conflicts: [] }, agency: null, body: { start: 0, end: text.length }, regions, sentences, mentions, entities, timexes: [], events: [], warnings: [] };
}

/** A document given directly as doc entities (for controlled cases). */
function ents(id: string, list: [type: EntityType, name: string, aliases?: string[]][]): DocumentAnalysis {
  const entities: DocEntity[] = list.map(([type, name, aliases], i) => ({ key: `${type}:${name.toLowerCase().replace(/\W+/g, '-')}`, name, type, aliases: [name, ...(aliases ?? [])], mentions: [i] }));
  return { ...doc(id, ''), entities };
}

const find = (l: CorpusLinker, docId: string, surface: string): LinkedEntity | undefined =>
  l.entities().find((e) => e.members.some((m) => m.doc === docId) && e.aliases.includes(surface));

/** Entities as comparable plain data. */
const snapshot = (l: CorpusLinker) => JSON.parse(JSON.stringify(l.entities()));

const CORPUS: [string, string][] = [
  ['a.txt', 'SEOUL, South Korea (AP) — Kim Jong Un met Russian President Vladimir Putin.\nKim said the U.S. was hostile. Putin agreed.'],
  ['b.txt', 'Mr Kim and Mr Putin met in Vladivostok, the Korean Central News Agency (KCNA) said.\nUS officials told the New York Times.'],
  ['c.txt', 'KCNA said Kim received letters from Xi Jinping. Xi praised the United States of America.'],
  ['d.txt', 'Li Hongzhong visited Pyongyang in July.'],
  ['e.txt', 'Premier Li Qiang spoke in Beijing. Li said growth was stable.'],
  ['f.txt', 'Li attended the meeting in Shanghai, AFP reported.'],
  ['g.txt', 'Kim Yo Jong, the leader\'s sister, issued a statement on Friday.'],
];

describe('CorpusLinker: links aliases across documents', () => {
  const l = new CorpusLinker();
  for (const [id, text] of CORPUS) l.upsert(doc(id, text));
  const cases: [string, [string, string][], string][] = [
    ['a full name and its surname in one document', [['a.txt', 'Kim Jong Un'], ['a.txt', 'Kim']], 'person:kim-jong-un'],
    ['a president by full name, surname and honorific', [['a.txt', 'Vladimir Putin'], ['a.txt', 'Putin'], ['b.txt', 'Mr Putin']], 'person:vladimir-putin'],
    ['every name of one country', [['a.txt', 'U.S.'], ['b.txt', 'US'], ['c.txt', 'United States of America']], 'place:united-states-of-america'],
    ['an acronym and its expansion across documents', [['b.txt', 'Korean Central News Agency'], ['c.txt', 'KCNA']], 'organization:korean-central-news-agency'],
  ];
  for (const [title, members, id] of cases) {
    it(title, () => {
      const es = members.map(([d, s]) => find(l, d, s));
      for (const [i, e] of es.entries()) assert.ok(e, `no entity for ${members[i][1]} in ${members[i][0]}`);
      for (const e of es) assert.equal(e!.id, id);
    });
  }
  it('keeps two different Lis apart and does not merge a lone "Li" blindly', () => {
    const hong = find(l, 'd.txt', 'Li Hongzhong')!, qiang = find(l, 'e.txt', 'Li Qiang')!, lone = find(l, 'f.txt', 'Li')!;
    assert.notEqual(hong.id, qiang.id);
    assert.ok(lone.id !== hong.id && lone.id !== qiang.id, 'lone Li stays its own entity');
  });
  it('keeps the lone "Kim" in a document with one Kim merged with that Kim, while corpus-wide two Kims exist', () => {
    // a.txt says "Kim Jong Un" and "Kim": resolved within the document, before linking.
    assert.equal(find(l, 'a.txt', 'Kim')!.id, 'person:kim-jong-un');
    assert.notEqual(find(l, 'g.txt', 'Kim Yo Jong')!.id, 'person:kim-jong-un');
  });
  it('does not join a lone "Mr Kim" to either Kim when the corpus knows two Kims', () => {
    assert.equal(find(l, 'b.txt', 'Mr Kim')!.id, 'person:kim');
    const m = new CorpusLinker();
    for (const [id, text] of CORPUS) if (id !== 'g.txt') m.upsert(doc(id, text));
    assert.equal(find(m, 'b.txt', 'Mr Kim')!.id, 'person:kim-jong-un', 'with one Kim in the corpus, it joins him');
  });
  it('joins a firm named by its first word to the one firm with that name', () => {
    const m = new CorpusLinker();
    m.upsert(ents('p.txt', [['organization', 'Lehman Brothers']]));
    m.upsert(ents('q.txt', [['organization', 'Lehman']]));
    m.upsert(ents('r.txt', [['organization', 'Kremlin']]));
    m.upsert(ents('s.txt', [['organization', 'Kremlin']]));
    assert.equal(find(m, 'q.txt', 'Lehman')!.id, 'organization:lehman-brothers');
    assert.equal(find(m, 'r.txt', 'Kremlin')!.id, find(m, 's.txt', 'Kremlin')!.id);
    m.upsert(ents('t.txt', [['organization', 'Lehman Holdings Trust']]));
    assert.equal(find(m, 'q.txt', 'Lehman')!.id, 'organization:lehman', 'two Lehman firms: the bare name stays apart');
  });
  it('gives unique ids', () => {
    const ids = l.entities().map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length);
  });
  it('joins a lone surname to the unique full name elsewhere in the corpus', () => {
    const m = new CorpusLinker();
    m.upsert(doc('x.txt', 'Shoigu toured the exhibition.'));
    m.upsert(doc('y.txt', 'Russian Defense Minister Sergei Shoigu arrived.'));
    assert.equal(find(m, 'x.txt', 'Shoigu')!.id, 'person:sergei-shoigu');
    // A second Shoigu makes the lone name ambiguous: it detaches.
    m.upsert(doc('z.txt', 'Her cousin Anna Shoigu spoke.'));
    assert.notEqual(find(m, 'x.txt', 'Shoigu')!.id, 'person:sergei-shoigu');
    m.remove('z.txt');
    assert.equal(find(m, 'x.txt', 'Shoigu')!.id, 'person:sergei-shoigu');
  });
});

describe('CorpusLinker: incremental equals batch, in any order', () => {
  const docs = CORPUS.map(([id, text]) => doc(id, text));
  const batch = new CorpusLinker();
  for (const d of docs) batch.upsert(d);
  const expected = snapshot(batch);

  const orders: [string, number[]][] = [['reverse', [6, 5, 4, 3, 2, 1, 0]], ['interleaved', [3, 0, 6, 1, 5, 2, 4]], ['surname first', [5, 4, 3, 2, 6, 1, 0]]];
  for (const [name, order] of orders) {
    it(`same ids and clusters when inserted ${name}`, () => {
      const l = new CorpusLinker();
      for (const i of order) { l.upsert(docs[i]); l.entities(); }
      assert.deepEqual(snapshot(l), expected);
    });
  }
  it('remove then re-add restores the batch result; upsert of the same doc is idempotent', () => {
    const l = new CorpusLinker();
    for (const d of docs) l.upsert(d);
    l.entities();
    for (const d of docs) { l.remove(d.id); l.entities(); l.upsert(d); l.entities(); l.upsert(d); }
    assert.deepEqual(snapshot(l), expected);
  });
  it('removing every document leaves nothing', () => {
    const l = new CorpusLinker();
    for (const d of docs) l.upsert(d);
    for (const d of docs) l.remove(d.id);
    assert.deepEqual(l.entities(), []);
  });
  it('an update touches only affected clusters (unchanged ones keep their object)', () => {
    const l = new CorpusLinker();
    for (const d of docs) l.upsert(d);
    const before = new Map(l.entities().map((e) => [e.id, e]));
    l.upsert(doc('d.txt', 'Li Hongzhong visited Pyongyang and Seoul in July.'));
    const after = l.entities();
    const kim = after.find((e) => e.id === 'person:kim-jong-un')!;
    assert.equal(kim, before.get('person:kim-jong-un'), 'Kim Jong Un untouched');
    assert.ok(after.some((e) => e.id === 'place:seoul' && e.members.some((m) => m.doc === 'd.txt')));
  });
  it('clashing names get content-ordered suffixes regardless of order', () => {
    const a = ents('1.txt', [['person', 'Kim']]), b = ents('2.txt', [['person', 'Kim Jong Un']]), c = ents('3.txt', [['person', 'Kim Yo Jong']]);
    const l1 = new CorpusLinker(); for (const d of [a, b, c]) l1.upsert(d);
    const l2 = new CorpusLinker(); for (const d of [c, a, b]) l2.upsert(d);
    assert.deepEqual(snapshot(l1), snapshot(l2));
  });
  it('links a large corpus through shared keys (country forms, surnames) correctly', () => {
    // Speed on 10,000 documents is measured in the benchmark, not here; this checks the result.
    const l = new CorpusLinker();
    const people = ['Ava Stone', 'Ben Ortiz', 'Cleo Park'];
    for (let i = 0; i < 600; i++) {
      const list: [EntityType, string][] = [['organization', `Firm ${i % 50}`], ['place', i % 2 ? 'United States' : 'U.S.'], ['person', people[i % 3]], ['person', people[i % 3].split(' ')[1]]];
      l.upsert(ents(`d${String(i).padStart(3, '0')}.txt`, list));
    }
    const es = l.entities();
    assert.equal(es.length, 50 + 1 + 3, es.map((e) => e.id).join(' '));
    const us = es.find((e) => e.type === 'place')!;
    assert.equal(us.id, 'place:united-states');
    assert.equal(us.members.length, 600);
    l.upsert(ents('d000.txt', [['person', 'Stone']]));
    const stone = l.entities().find((e) => e.id === 'person:ava-stone')!;
    assert.ok(stone.members.some((m) => m.doc === 'd000.txt'), 'a lone surname joins the unique full name');
    assert.equal(l.entities().find((e) => e.type === 'place')!.members.length, 599);
  });
});
