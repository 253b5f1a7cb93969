import * as assert from 'node:assert/strict';
import { CorpusIndex } from '../../../src/core/corpus/corpus-index';
import { csvCell, entitiesCsv, mentionsCsv } from '../../../src/core/export/csv';
import { toTimelineJs } from '../../../src/core/export/timelinejs';
import { mergeDocumentStreams, parseDocumentLine } from '../../../src/core/export/jsonl';
import { analyzeDocument } from '../../../src/core/analyze';
import type { DocumentAnalysis } from '../../../src/core/model';
import { makeDoc, smallCorpus } from '../corpus/fixtures';

describe('CSV export', () => {
  const cells: [string, string | number | null | undefined, string][] = [
    ['plain text', 'Kim Jong Un', 'Kim Jong Un'],
    ['comma is quoted', 'Seoul, South Korea', '"Seoul, South Korea"'],
    ['quotes are doubled', 'the "September 8" parade', '"the ""September 8"" parade"'],
    ['line breaks are quoted', 'a\r\nb', '"a\r\nb"'],
    ['formula =', '=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['formula +', '+1', "'+1"],
    ['formula -', '-2+3', "'-2+3"],
    ['formula @', '@SUM(A1)', "'@SUM(A1)"],
    ['leading tab', '\tx', "'\tx"],
    ['numbers stay numbers', -5, '-5'],
    ['null is empty', null, ''],
    ['unicode untouched', 'São Paulo 😀', 'São Paulo 😀'],
  ];
  for (const [what, v, want] of cells) it(`cell: ${what}`, () => assert.equal(csvCell(v), want));

  it('entities and mentions CSVs have a header, CRLF rows, one row per item', () => {
    const ix = new CorpusIndex();
    for (const d of smallCorpus()) ix.upsert(d);
    const e = entitiesCsv(ix.entities());
    const rows = e.split('\r\n');
    assert.equal(rows[0], 'id,name,type,role,aliases,mentions,documents');
    assert.equal(rows.length, ix.entities().length + 2);
    assert.equal(rows.at(-1), '');
    assert.ok(rows.includes('person:kim-jong-un,Kim Jong Un,person,,Kim,3,2'));
    const m = mentionsCsv(ix.entities()).split('\r\n');
    assert.equal(m.length, ix.entities().reduce((n, x) => n + x.mentions.length, 0) + 2);
  });
});

describe('TimelineJS export', () => {
  it('turns dated events into slides with escaped text', () => {
    const d = makeDoc('x/<b>.txt', 'Mallory <img src=x onerror=alert(1)> met Kim Jong Un on Friday.', [{ name: 'Kim Jong Un', type: 'person' }],
      { events: [{ sentence: 0, summary: 'Mallory <img src=x onerror=alert(1)> met "Kim"', date: '2023-09-08', anchor: 'Friday', who: ['Kim Jong Un'] }] });
    const ix = new CorpusIndex();
    ix.upsert(d);
    const tl = toTimelineJs(ix.timeline(), { title: 'A & B', entityName: (id) => ix.entity(id)?.name });
    assert.equal(tl.events.length, 1);
    const s = tl.events[0];
    assert.deepEqual(s.start_date, { year: 2023, month: 9, day: 8 });
    assert.ok(!/<img|<b>/.test(JSON.stringify(tl)), 'no raw markup from the document');
    assert.ok(s.text.headline.includes('&#60;img'));
    assert.ok(s.text.text.includes('Kim Jong Un'));
    assert.equal(tl.title?.text.headline, 'A &#38; B');
    assert.match(s.unique_id, /^[A-Za-z0-9_-]+$/);
  });

  it('leaves undated events out and gives ranges an end date', () => {
    const ev = (earliest: string | undefined, latest: string | undefined, precision: 'day' | 'month' | 'year') => ({
      id: `d#${earliest}`, doc: 'd', summary: 's', status: 'reported' as const, sentence: { start: 0, end: 1 }, anchor: null, entities: [],
      date: { value: 'v', earliest, latest, precision },
    });
    const tl = toTimelineJs([ev(undefined, undefined, 'day'), ev('2023-07-01', '2023-07-31', 'month'), ev('2019-01-01', '2019-12-31', 'year')]);
    assert.equal(tl.events.length, 2);
    assert.deepEqual(tl.events[0].start_date, { year: 2023, month: 7 });
    assert.deepEqual(tl.events[0].end_date, { year: 2023, month: 7 });
    assert.deepEqual(tl.events[1].start_date, { year: 2019 });
  });
});

describe('Export v1', () => {
  it('has the fields issue 2 requires, with mentions that slice to their text', () => {
    const docs = smallCorpus();
    const ix = new CorpusIndex();
    for (const d of docs) ix.upsert(d);
    const ex = ix.toExport();
    assert.equal(ex.version, 1);
    assert.deepEqual(Object.keys(ex.documents[0]).sort(), ['agency', 'body', 'id', 'published', 'regions', 'title', 'warnings']);
    const kim = ex.entities.find((e) => e.id === 'person:kim-jong-un')!;
    assert.deepEqual(Object.keys(kim.mentions[0]).sort(), ['doc', 'end', 'start', 'text']);
    assert.equal(kim.aliases[0], kim.name);
    for (const t of ex.timexes) assert.ok(!('sentence' in t) && typeof t.doc === 'string');
    for (const e of ex.events) assert.ok(e.date.value && e.sentence && 'anchor' in e);
  });

  it('is identical whatever order documents arrive in', () => {
    const a = new CorpusIndex(), b = new CorpusIndex();
    for (const d of smallCorpus()) a.upsert(d);
    for (const d of smallCorpus().reverse()) b.upsert(d);
    assert.equal(JSON.stringify(a.toExport()), JSON.stringify(b.toExport()));
  });
});

describe('JSONL map/merge', () => {
  const texts: Record<string, string> = {
    'wire/a.txt': 'SEOUL, South Korea (AP) — North Korea held a military parade on Saturday, and leader Kim Jong Un watched.\nKim later met Chinese Vice Premier Liu Guozhong in Pyongyang.',
    'wire/b.txt': 'MOSCOW (Reuters) - Russian President Vladimir Putin said on Tuesday he would meet Kim Jong Un next month in Vladivostok.',
    'wire/c.txt': 'BERLIN (AFP) - German Chancellor Olaf Scholz spoke with Emmanuel Macron on Monday about the European Union budget.',
    'notes/d.md': '# Notes\n\nThe United Nations met in New York on March 3, 2024. The U.S. and the UN disagreed.',
  };
  const analyse = (id: string) => analyzeDocument(texts[id], { id });
  const shard = (ids: string[]) => ids.map((id) => JSON.stringify(analyse(id))).join('\n');
  const parse = (jsonl: string): DocumentAnalysis[] => jsonl.split('\n').map(parseDocumentLine).flatMap((p) => (p.ok && p.doc ? [p.doc] : []));
  const exportOf = (docs: DocumentAnalysis[]) => { const ix = new CorpusIndex(); for (const d of docs) ix.upsert(d); return JSON.stringify(ix.toExport()); };

  it('map over shards then merge equals one run over everything', () => {
    const single = exportOf(Object.keys(texts).map(analyse));
    const merged = exportOf(mergeDocumentStreams([parse(shard(['wire/c.txt', 'notes/d.md'])), parse(shard(['wire/a.txt'])), parse(shard(['wire/b.txt']))]));
    assert.equal(merged, single);
  });

  it('merge is associative: (a+b)+c equals a+(b+c)', () => {
    const [a, b, c] = [parse(shard(['wire/a.txt'])), parse(shard(['wire/b.txt', 'wire/c.txt'])), parse(shard(['notes/d.md', 'wire/a.txt']))];
    const left = mergeDocumentStreams([mergeDocumentStreams([a, b]), c]);
    const right = mergeDocumentStreams([a, mergeDocumentStreams([b, c])]);
    assert.equal(exportOf(left), exportOf(right));
  });

  const bad: [string, string, string][] = [
    ['not JSON', '{"id":', 'not JSON'],
    ['no id', '{"mentions":[]}', 'no "id"'],
    ['missing arrays', '{"id":"x"}', 'no "mentions" array'],
  ];
  for (const [what, line, err] of bad) {
    it(`rejects a bad line: ${what}`, () => {
      const p = parseDocumentLine(line);
      assert.equal(p.ok, false);
      if (!p.ok) assert.ok(p.error.includes(err), p.error);
    });
  }
  it('skips blank lines', () => assert.deepEqual(parseDocumentLine('   '), { ok: true, doc: undefined }));
});
