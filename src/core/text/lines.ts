import type { Span } from '../model';

/** One line of the file, trimmed of surrounding whitespace; offsets point into the original text. */
export interface Line extends Span {
  /** 0-based line number (CRLF, LF and lone CR all end a line). */
  n: number;
  text: string;
}

/** All lines with their trimmed spans; blank lines are kept (text '') so paragraphs can be seen. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /\r\n|\n|\r|\u2028|\u2029/g;
  let from = 0, n = 0;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    let s = from, e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    out.push({ n: n++, start: s, end: e, text: text.slice(s, e) });
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f;
}

/** Case-, space- and trailing-punctuation-insensitive form used to spot repeated paragraphs. */
export function normalizeForCompare(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[\s.…,;:!?-]+$/, '')
    .trim();
}
