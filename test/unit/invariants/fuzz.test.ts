import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzeDocument } from '../../../src/core/analyze';
import { decodeBytes } from '../../../src/core/input/decode';
import { CorpusIndex } from '../../../src/core/corpus/corpus-index';
import type { DocumentAnalysis } from '../../../src/core/model';

/** The model's invariants (model.ts), checked on what users get. Returns the violations. */
export function violations(text: string, a: DocumentAnalysis): string[] {
  const out: string[] = [];
  const inside = (s: { start: number; end: number } | null | undefined) => !!s && s.start >= 0 && s.start <= s.end && s.end <= text.length;
  if (a.length !== text.length) out.push(`length ${a.length} != ${text.length}`);
  if (!inside(a.body)) out.push('body outside the document');
  for (const r of a.regions) if (!inside(r)) out.push(`region ${JSON.stringify(r)} outside`);
  for (const s of a.sentences) if (!inside(s)) out.push(`sentence ${JSON.stringify(s)} outside`);
  a.mentions.forEach((m) => {
    if (!inside(m) || text.slice(m.start, m.end) !== m.text) out.push(`mention ${JSON.stringify(m)} does not slice to its text`);
  });
  for (const e of a.entities) for (const i of e.mentions) if (!a.mentions[i]) out.push(`entity ${e.key} points at missing mention ${i}`);
  for (const t of a.timexes) if (!inside(t) || text.slice(t.start, t.end) !== t.text) out.push(`timex ${JSON.stringify(t)} does not slice to its text`);
  const keys = new Set(a.entities.map((e) => e.key));
  const ids = new Set<string>();
  for (const ev of a.events) {
    if (!inside(ev.sentence)) out.push(`event ${ev.id} sentence outside`);
    if (ev.anchor && !inside(ev.anchor)) out.push(`event ${ev.id} anchor outside`);
    if (ids.has(ev.id)) out.push(`event id ${ev.id} repeated`);
    ids.add(ev.id);
    for (const k of ev.entities) if (!keys.has(k)) out.push(`event ${ev.id} names unknown entity ${k}`);
  }
  // The cache and the workers hand analyses over as JSON: an undefined field, NaN or a class
  // instance would make a cached analysis differ from a fresh one.
  try {
    assert.deepStrictEqual(JSON.parse(JSON.stringify(a)), a);
  } catch (e) {
    out.push(`changes in a JSON round trip: ${String((e as Error).message).slice(0, 300)}`);
  }
  return out;
}

/** Text that looks enough like news for every stage to fire, salted with hostile Unicode. */
const WORDS = ['Kim Jong Un', 'Mr. Kim', 'Putin', 'SEOUL, South Korea (AP) —', 'KCNA', 'the U.S.', 'said', 'on Friday', 'next week',
  'in July', 'since November', 'from Sunday to Wednesday', 'Date:2025-04-12 10:12:41', '09/09/2023 09:19:23 - Seoul (AFP)', 'parade',
  'Chinese', 'North Koreans', 'Vice Premier Liu Guozhong', 'in 2019', 'third-quarter', 'Related', 'veryGood! (5233)', '.', ',', '\n', '\n\n',
  '\r\n', '\r', '😀', '\u0301', '\u200b', '\u200f', 'שלום', '<script>alert(1)</script>', '[x](command:workbench.action.terminal.new)',
  '`code`', '"', '’s', '—', '\u0000', '\uFFFD', '\uD800', 'São Paulo', 'Zoë', 'ＡＢＣ', '   ', '\t'];
const newsy = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 120 })
  .map((parts) => parts.join(' '));

function check(text: string, id = 'fuzz.txt', override?: string) {
  const a = analyzeDocument(text, { id, publishedOverride: override });
  const v = violations(text, a);
  assert.deepEqual(v, [], `text ${JSON.stringify(text)}`);
  // The raw stages must not need the invariant check either: a dropped item is an engine bug.
  const bugs = a.warnings.filter((w) => /engine bug|failed \(/.test(w));
  assert.deepEqual(bugs, [], `text ${JSON.stringify(text)}`);
  return a;
}

describe('analyzeDocument invariants (property tests)', function () {
  this.timeout(300_000);

  it('holds on random Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => { check(s); }), { numRuns: 200, seed: 1 });
  });

  it('holds on news-like text salted with emoji, combining marks, RTL, zero-width, lone surrogates and CR/LF mixes', () => {
    fc.assert(fc.property(newsy, fc.option(fc.constantFrom('2023-09-09', '2024-02-29', '1999-12-31')), (s, date) => { check(s, 'n.txt', date ?? undefined); }),
      { numRuns: 300, seed: 2 });
  });

  it('holds on whole real articles (the sample corpus), where every stage fires', () => {
    const dir = path.resolve(__dirname, '../../../../seeds');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
    assert.ok(files.length >= 2, `sample articles in ${dir}`);
    for (const f of files) {
      const a = check(fs.readFileSync(path.join(dir, f), 'utf8'), f);
      assert.ok(a.events.length > 0 && a.entities.length > 0, `${f} yields entities and events`);
    }
  });

  it('holds on random byte files after decoding', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (b) => {
      const d = decodeBytes(b);
      if (d.text !== undefined) check(d.text);
    }), { numRuns: 200, seed: 3 });
  });

  const edge: [string, string][] = [
    ['empty', ''],
    ['whitespace only', ' \n\t\r\n '],
    ['a single 100,000-character line', 'Kim Jong Un met Putin on Friday in Pyongyang and '.repeat(2000)],
    ['emoji and combining marks before names', '😀😀 e\u0301 Kim Jong Un met 👍🏽 Vladimir Putin on Friday.'],
    ['zero-width characters inside names', 'Kim\u200b Jong\u200d Un met Pu\u200btin on Friday.'],
    ['HTML saved as .txt', '<html><body><h1>Kim Jong Un</h1><p onclick="x()">Putin said on Friday.</p><img src=x onerror=alert(1)></body></html>'],
    ['markdown with front matter and code', '---\ntitle: "Kim"\ndate: 2023-09-09\n---\n# Putin visits\n\n```js\nconst Kim = "Jong Un";\n```\nKim met Putin on Friday.'],
    ['right-to-left text', 'רה"מ נתניהו met Kim Jong Un on Friday in ירושלים.'],
    ['only punctuation', '.,;:!?—–-"\'()[]{}…'.repeat(50)],
  ];
  for (const [what, text] of edge) it(`holds on ${what}`, () => { check(text); });

  it('the index accepts every fuzzed analysis and answers queries inside each document', () => {
    const ix = new CorpusIndex();
    fc.assert(fc.property(newsy, fc.nat(1000), (s, n) => {
      const a = check(s, `d${n}.txt`, '2023-09-09');
      ix.upsert(a);
      for (let off = 0; off <= s.length; off += 5) {
        const hit = ix.entityAt(a.id, off);
        if (hit) assert.equal(s.slice(hit.mention.start, hit.mention.end), hit.mention.text);
      }
      for (const ev of ix.eventsOfDocument(a.id)) assert.ok(ev.sentence.end <= s.length);
    }), { numRuns: 100, seed: 4 });
    assert.ok(ix.toExport().documents.length > 0);
  });
});
