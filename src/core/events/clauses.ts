import type { Span } from '../model';

/**
 * The clause of a sentence around a position: bounded by ; : — ( ) quotes, by a comma, or by a
 * subordinating word (that, which, who, because, but, while …). Offsets are absolute.
 */
export interface Clause extends Span {
  text: string;
}

const BOUNDARY = /[;:—–“”"]|,\s|\s(?:that|which|who|whom|whose|because|but|while|whereas|although|though|where|and then)\s/giu;

export function clauses(text: string, s: Span): Clause[] {
  const sText = text.slice(s.start, s.end);
  const out: Clause[] = [];
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(sText); m; m = BOUNDARY.exec(sText)) {
    push(sText, s.start, from, m.index, out);
    from = m.index + m[0].length;
    // Keep the subordinating word with the clause it opens.
    if (/\s\p{L}/u.test(m[0])) from = m.index + 1;
  }
  push(sText, s.start, from, sText.length, out);
  return out;
}

function push(sText: string, base: number, a: number, b: number, out: Clause[]): void {
  while (a < b && /[\s,.]/.test(sText[a])) a++;
  while (b > a && /[\s,.!?]/.test(sText[b - 1])) b--;
  if (b > a) out.push({ start: base + a, end: base + b, text: sText.slice(a, b) });
}

export function clauseAt(cs: Clause[], pos: number): number {
  const i = cs.findIndex((c) => pos >= c.start && pos < c.end);
  if (i >= 0) return i;
  let best = 0;
  cs.forEach((c, k) => { if (c.start <= pos) best = k; });
  return best;
}
