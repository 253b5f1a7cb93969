/**
 * Bytes → the text VS Code would show for them, so that offsets computed on it match
 * `TextDocument.getText()` in the editor. Pure: uses only `TextDecoder`, present in Node and browsers.
 *
 * What VS Code does, and so what this does:
 * - A UTF-8 BOM is stripped; UTF-16 LE/BE with a BOM are decoded as such.
 * - Without a UTF-16 BOM, a NUL byte in the first 512 bytes marks the file as binary (VS Code's
 *   ZERO_BYTE_DETECTION_BUFFER_MAX_LEN); we also recognise common binary signatures (PNG, ZIP, PDF…).
 * - Invalid UTF-8 becomes U+FFFD, as the default (non-fatal) decoder does.
 * - Line ends are normalised the way VS Code's text buffer does on load: if more than half the line
 *   breaks contain a CR (CRLF or a lone CR: VS Code counts both) the whole text uses CRLF, otherwise
 *   LF. So an old-Mac file of lone CRs opens as CRLF, and offsets must count those CRs.
 */

export type DecodeResult =
  | { text: string; encoding: 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be'; eol: '\n' | '\r\n' | 'none'; skipped?: undefined }
  | { skipped: string; text?: undefined };

export interface DecodeOptions {
  /** Files larger than this are skipped with a reason (default {@link DEFAULT_MAX_BYTES}). */
  maxBytes?: number;
}

/** 5 MB: larger than any news article by two orders of magnitude; analysis time grows with size. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** How far VS Code looks for a NUL byte before calling a file binary. */
const BINARY_PROBE_BYTES = 512;

interface TextDecoderLike { decode(input: Uint8Array): string }
type TextDecoderCtor = new (label: string, opts?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;
// Core is type-checked without DOM or Node libs; TextDecoder exists at run time everywhere we run.
const TD = (globalThis as unknown as { TextDecoder: TextDecoderCtor }).TextDecoder;

const SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): DecodeResult {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > max) {
    return { skipped: `too large (${formatBytes(bytes.length)}, limit ${formatBytes(max)})` };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return finish(new TD('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2, bytes.length - ((bytes.length - 2) % 2))), 'utf16le');
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Swap to LE ourselves: not every TextDecoder build knows 'utf-16be'.
    const n = (bytes.length - 2) & ~1;
    const swapped = new Uint8Array(n);
    for (let i = 0; i < n; i += 2) { swapped[i] = bytes[i + 3]; swapped[i + 1] = bytes[i + 2]; }
    return finish(new TD('utf-16le', { ignoreBOM: true }).decode(swapped), 'utf16be');
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  for (const s of SIGNATURES) if (startsWith(body, s.bytes)) return { skipped: `binary (${s.name})` };
  const probe = Math.min(body.length, BINARY_PROBE_BYTES);
  for (let i = 0; i < probe; i++) if (body[i] === 0) return { skipped: 'binary (contains NUL bytes)' };
  return finish(new TD('utf-8', { ignoreBOM: true }).decode(body), bom ? 'utf8bom' : 'utf8');
}

function finish(raw: string, encoding: 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be'): DecodeResult {
  const { text, eol } = normalizeEol(raw);
  return { text, encoding, eol };
}

/** VS Code's load-time EOL normalisation (PieceTreeTextBufferFactory._getEOL): more than half of the
 *  breaks with a CR (`cr + crlf`) → CRLF, else LF. */
export function normalizeEol(raw: string): { text: string; eol: '\n' | '\r\n' | 'none' } {
  let cr = 0, lf = 0, crlf = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 13) {
      if (raw.charCodeAt(i + 1) === 10) { crlf++; i++; } else cr++;
    } else if (c === 10) lf++;
  }
  const total = cr + lf + crlf;
  if (total === 0) return { text: raw, eol: 'none' };
  const eol = cr + crlf > total / 2 ? '\r\n' : '\n';
  const mixed = eol === '\r\n' ? cr > 0 || lf > 0 : cr > 0 || crlf > 0;
  return { text: mixed ? raw.replace(/\r\n|\r|\n/g, eol) : raw, eol };
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
