// Issue 6, tier 1: property tests over BYTE files, extending test/unit/invariants/fuzz.test.ts
// (which fuzzes strings and raw random bytes). Here the bytes are built the way real files are:
// the same news text saved as UTF-8, UTF-8 with BOM, UTF-16 LE or BE, with LF, CRLF, CR or mixed
// line ends, or spliced with binary signatures, NUL bytes and broken UTF-8 sequences.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument } from '../../../src/core/analyze';
import { decodeBytes, normalizeEol } from '../../../src/core/input/decode';
import { violations } from '../invariants/fuzz.test';

const PARTS = ['Kim Jong Un', 'Vladimir Putin', 'met', 'said', 'in Moscow', 'on Friday', 'next month', 'since 2019', '.', ', ', ' ', '\n', '\n\n',
  '😀', 'e\u0301', '\u200b', 'שלום', 'مرحبا', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](command:workbench.action.terminal.new)',
  '`', '’s', '—', 'Zoë', 'ＡＢＣ', '\t', '\u2028'];
/** Well-formed text (no lone surrogates, no NUL, no leading U+FEFF): what editors save. */
const newsText = fc.array(fc.oneof(fc.constantFrom(...PARTS), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 80 })
  .map((p) => p.join(' ').replace(/\u0000/g, ' ').replace(/^\ufeff+/, ''));

type Encoding = 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be';
function encode(text: string, enc: Encoding): Uint8Array {
  if (enc === 'utf8') return new TextEncoder().encode(text);
  if (enc === 'utf8bom') return Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
  const out = new Uint8Array(2 + text.length * 2);
  out.set(enc === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2 + (enc === 'utf16le' ? 0 : 1)] = c & 0xff;
    out[2 + i * 2 + (enc === 'utf16le' ? 1 : 0)] = c >> 8;
  }
  return out;
}
const withEol = (text: string, eol: string) => (eol === 'mixed'
  ? text.replace(/\n/g, () => ['\n', '\r\n', '\r'][Math.floor(Math.abs(Math.sin(text.length)) * 3)])
  : text.replace(/\n/g, eol));

function assertClean(text: string, id: string) {
  const a = analyzeDocument(text, { id });
  assert.deepEqual(violations(text, a), [], JSON.stringify(text));
  assert.deepEqual(a.warnings.filter((w) => /engine bug|failed \(/.test(w)), [], JSON.stringify(text));
  return a;
}

describe('decode + analyze on byte files (property tests, issue 6)', function () {
  this.timeout(300_000);

  it('the same text saved in any encoding and with any line ends decodes to the same string, minus the BOM', () => {
    fc.assert(fc.property(newsText, fc.constantFrom<Encoding>('utf8', 'utf8bom', 'utf16le', 'utf16be'), fc.constantFrom('\n', '\r\n', '\r', 'mixed'), (s, enc, eol) => {
      const saved = withEol(s, eol);
      const d = decodeBytes(encode(saved, enc));
      assert.equal(d.skipped, undefined, `${enc} text is not binary`);
      assert.equal(d.text, normalizeEol(saved).text);
      assert.equal(d.text, decodeBytes(encode(saved, 'utf8')).text, 'the encoding changes no offset');
    }), { numRuns: 400, seed: 61 });
  });

  it('the analysis of a text is the same whichever encoding it was saved in', () => {
    fc.assert(fc.property(newsText, fc.constantFrom<Encoding>('utf8bom', 'utf16le', 'utf16be'), (s, enc) => {
      const a = assertClean(decodeBytes(encode(s, 'utf8')).text!, 'x.txt');
      const b = assertClean(decodeBytes(encode(s, enc)).text!, 'x.txt');
      assert.deepEqual(b.mentions, a.mentions);
      assert.deepEqual(b.timexes, a.timexes);
    }), { numRuns: 60, seed: 62 });
  });

  const pieces = fc.oneof(
    fc.uint8Array({ maxLength: 40 }),
    newsText.map((s) => new TextEncoder().encode(s)),
    fc.constantFrom(
      Uint8Array.from([0xef, 0xbb, 0xbf]), Uint8Array.from([0xff, 0xfe]), Uint8Array.from([0xfe, 0xff]), Uint8Array.from([0]),
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Uint8Array.from([0x50, 0x4b, 0x03, 0x04]), Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d]),
      Uint8Array.from([0xc3, 0x28]), Uint8Array.from([0xe2, 0x82]), Uint8Array.from([0xf0, 0x9f, 0x98]), Uint8Array.from([0xed, 0xa0, 0x80]), Uint8Array.from([0x0d])),
  );
  const files = fc.array(pieces, { maxLength: 12 }).map((ps) => {
    const out = new Uint8Array(ps.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of ps) { out.set(p, o); o += p.length; }
    return out;
  });

  it('spliced files (BOMs, signatures, NULs, broken UTF-8, text) are text or skipped with a one-line reason, never an error', () => {
    let skipped = 0;
    let text = 0;
    fc.assert(fc.property(files, (bytes) => {
      const d = decodeBytes(bytes);
      if (d.skipped !== undefined) {
        skipped++;
        assert.match(d.skipped, /^(binary \(.+\)|too large .+)$/);
        return;
      }
      text++;
      assertClean(d.text, 'spliced.txt');
    }), { numRuns: 300, seed: 63 });
    assert.ok(skipped > 10 && text > 10, `both outcomes were exercised (${skipped} skipped, ${text} text)`);
  });

  it('a size limit skips exactly the files above it, whatever they hold', () => {
    fc.assert(fc.property(files, fc.nat(200), (bytes, max) => {
      const d = decodeBytes(bytes, { maxBytes: max });
      if (bytes.length > max) assert.match(d.skipped ?? '', /^too large \(\d+ B, limit \d+ B\)$/);
      else assert.ok(!/too large/.test(d.skipped ?? ''));
    }), { numRuns: 300, seed: 64 });
  });
});
