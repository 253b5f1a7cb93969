import * as assert from 'assert';
import { capLength, MAX_SENTENCE, splitSentences } from '../../../src/core/text/sentences';
import { analyzeDocument } from '../../../src/core/analyze';
import type { Region } from '../../../src/core/model';

const body = (text: string): Region[] => [{ kind: 'body', start: 0, end: text.length, label: 'Body' }];
const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/**
 * Text with no sentence end (a pasted table, a PDF dump, a minified page) is cut into pieces of
 * bounded length, so every later stage does bounded work per piece: analysis is linear in size.
 */
describe('splitSentences: over-long sentences are cut at a safe boundary', () => {
  const table: { name: string; text: string; boundary: RegExp }[] = [
    { name: 'a news clause repeated without a full stop', text: fill('Kim Jong Un met Putin on Friday in Pyongyang and ', 20_000), boundary: /\s$/ },
    { name: 'clauses joined by commas', text: fill('the minister said, on Friday, that ', 20_000), boundary: /,\s*$/ },
    { name: 'items joined by semicolons', text: fill('wheat rose 2 percent; corn fell 1 percent ', 20_000), boundary: /;\s*$/ },
    { name: 'one word with no space at all', text: 'x'.repeat(20_000), boundary: /x$/ },
    { name: 'emoji with no space (surrogate pairs)', text: '😀'.repeat(10_000), boundary: /\p{Extended_Pictographic}$/u },
  ];
  for (const c of table) {
    it(`${c.name}: pieces of at most ${MAX_SENTENCE} characters, cut at ${c.boundary}`, () => {
      const ss = splitSentences(c.text, body(c.text));
      assert.ok(ss.length >= c.text.length / MAX_SENTENCE, `${ss.length} pieces`);
      assert.ok(ss.length <= (2 * c.text.length) / MAX_SENTENCE + 1, `${ss.length} pieces: each at least half the limit`);
      for (const [i, s] of ss.entries()) {
        const piece = c.text.slice(s.start, s.end);
        assert.ok(piece.trimEnd().length <= MAX_SENTENCE, `piece ${i} is ${piece.length} long`);
        assert.strictEqual(s.index, i);
        if (i < ss.length - 1) {
          assert.match(piece, c.boundary, `piece ${i} ends at a boundary: …${JSON.stringify(piece.slice(-12))}`);
          // Pieces touch: nothing between them reads as running text to a stage that joins them.
          assert.strictEqual(s.end, ss[i + 1].start);
        }
        const first = piece.charCodeAt(0);
        assert.ok(!(first >= 0xdc00 && first <= 0xdfff), 'never starts with the second half of a surrogate pair');
      }
      assert.strictEqual(ss.map((s) => c.text.slice(s.start, s.end)).join('').trim(), c.text.trim(), 'nothing lost');
    });
  }

  it('leaves sentences of ordinary length alone', () => {
    const sentence = `${fill('The committee, which met in Brussels on Tuesday, said ', 900)}.`;
    const text = `${sentence} Talks ended.`;
    assert.deepStrictEqual(splitSentences(text, body(text)).map((s) => text.slice(s.start, s.end)), [sentence, 'Talks ended.']);
  });

  it('prefers a clause boundary to a bare space', () => {
    const text = `${'word '.repeat(150)}first part; ${'more words '.repeat(100)}`;
    const [a] = capLength(text, { start: 0, end: text.length });
    assert.match(text.slice(a.start, a.end), /first part; $/);
  });
});

describe('analyzeDocument: a 200,000-character single line', () => {
  it('is read in bounded pieces with every span in place', function () {
    this.timeout(60_000); // a few seconds of tagging; the bench times it, this test counts the pieces
    const text = fill('Kim Jong Un met Putin on Friday in Pyongyang and the two leaders said, ', 200_000);
    const a = analyzeDocument(text, { id: 'long.txt', publishedOverride: '2024-03-16' });
    assert.ok(a.sentences.length >= 200 && a.sentences.length <= 401, `${a.sentences.length} sentences`);
    assert.ok(a.sentences.every((s) => s.end - s.start <= MAX_SENTENCE + 1));
    // Work per piece is bounded: at most one event per date in a piece, each with its own anchor.
    assert.ok(a.events.length <= a.sentences.length, `${a.events.length} events`);
    assert.ok(a.events.every((e) => e.date.value === '2024-03-15'), 'each piece still resolves "on Friday"');
    assert.ok(a.timexes.length > 2000);
    for (const t of a.timexes) assert.strictEqual(text.slice(t.start, t.end), t.text);
    for (const m of a.mentions) assert.strictEqual(text.slice(m.start, m.end), m.text);
    assert.deepStrictEqual(a.warnings, []);
  });
});
