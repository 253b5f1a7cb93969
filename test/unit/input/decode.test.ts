import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeBytes, normalizeEol } from '../../../src/core/input/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...xs: (number[] | Uint8Array)[]) => Uint8Array.from(xs.flatMap((x) => [...x]));
function utf16(s: string, be: boolean): Uint8Array {
  const out: number[] = be ? [0xfe, 0xff] : [0xff, 0xfe];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (be) out.push(c >> 8, c & 0xff); else out.push(c & 0xff, c >> 8);
  }
  return Uint8Array.from(out);
}

describe('decodeBytes (as VS Code opens a file)', () => {
  const text: [string, Uint8Array, string, string][] = [
    ['plain UTF-8', utf8('Kim Jong Un met Putin.'), 'Kim Jong Un met Putin.', 'utf8'],
    ['UTF-8 BOM is stripped', bytes([0xef, 0xbb, 0xbf], utf8('Séoul')), 'Séoul', 'utf8bom'],
    ['UTF-16 LE with BOM', utf16('Zoë in 東京 😀', false), 'Zoë in 東京 😀', 'utf16le'],
    ['UTF-16 BE with BOM', utf16('Zoë in 東京 😀', true), 'Zoë in 東京 😀', 'utf16be'],
    ['UTF-16 LE odd trailing byte is dropped', bytes(utf16('ab', false), [0x41]), 'ab', 'utf16le'],
    ['invalid UTF-8 becomes U+FFFD', bytes(utf8('caf'), [0xe9], utf8(' ok')), 'caf\uFFFD ok', 'utf8'],
    ['truncated multi-byte sequence', bytes(utf8('x'), [0xe2, 0x82]), 'x\uFFFD', 'utf8'],
    ['empty file', new Uint8Array(0), '', 'utf8'],
    ['a second BOM inside stays a character', bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], utf8('a')), '\uFEFFa', 'utf8bom'],
    ['NUL after the first 512 bytes is text (VS Code only probes 512)', bytes(utf8('a'.repeat(600)), [0], utf8('b')), `${'a'.repeat(600)}\u0000b`, 'utf8'],
  ];
  for (const [what, input, want, enc] of text) {
    it(`decodes ${what}`, () => {
      const r = decodeBytes(input);
      assert.equal(r.skipped, undefined);
      assert.equal(r.text, want);
      if (r.skipped === undefined) assert.equal(r.encoding, enc);
    });
  }

  const skipped: [string, Uint8Array, RegExp][] = [
    ['NUL bytes', bytes(utf8('abc'), [0, 0, 1, 2]), /^binary \(contains NUL bytes\)$/],
    ['a PNG named .txt', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], utf8('IHDR')), /PNG/],
    ['a ZIP named .txt', bytes([0x50, 0x4b, 0x03, 0x04], utf8('rest')), /ZIP/],
    ['a PDF', utf8('%PDF-1.7\n'), /PDF/],
    ['gzip', bytes([0x1f, 0x8b, 8, 0]), /gzip/],
    ['over the size limit', utf8('x'.repeat(2000)), /^too large \(2\.0 KB, limit 1\.0 KB\)$/],
  ];
  for (const [what, input, reason] of skipped) {
    it(`skips ${what} with a reason`, () => {
      const r = decodeBytes(input, { maxBytes: 1024 });
      assert.ok(r.skipped !== undefined, 'should be skipped');
      assert.match(r.skipped!, reason);
    });
  }

  it('never throws on random bytes and always gives text or a reason', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (b) => {
      const r = decodeBytes(b);
      assert.ok(typeof r.text === 'string' || typeof r.skipped === 'string');
    }), { numRuns: 500, seed: 7 });
  });
});

describe('normalizeEol (VS Code\'s load-time line-end normalisation)', () => {
  const cases: [string, string, string, string][] = [
    ['LF only stays', 'a\nb\n', 'a\nb\n', '\n'],
    ['CRLF only stays', 'a\r\nb\r\n', 'a\r\nb\r\n', '\r\n'],
    ['lone CRs count as CR line ends, as in VS Code: CRLF', 'a\rb\rc', 'a\r\nb\r\nc', '\r\n'],
    ['lone CR + LF: the CR side needs more than half', 'a\rb\nc\nd', 'a\nb\nc\nd', '\n'],
    ['majority CRLF wins over LF', 'a\r\nb\r\nc\nd', 'a\r\nb\r\nc\r\nd', '\r\n'],
    ['a tie goes to LF', 'a\r\nb\nc', 'a\nb\nc', '\n'],
    ['CR + CRLF mixed with more CRLF', 'a\r\nb\r\nc\rd', 'a\r\nb\r\nc\r\nd', '\r\n'],
    ['no line breaks', 'abc', 'abc', 'none'],
  ];
  for (const [what, input, want, eol] of cases) {
    it(what, () => assert.deepEqual(normalizeEol(input), { text: want, eol }));
  }
  it('decodeBytes applies it', () => assert.equal(decodeBytes(utf8('x\ry\nz\r')).text, 'x\r\ny\r\nz\r\n'));
});
