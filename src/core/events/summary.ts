import type { Sentence, Span } from '../model';
import { clauseAt, clauses, type Clause } from './clauses';

const REPORTING = /^(?:[\p{L}’'.-]+\s+){0,5}(?:said|says|reported|reports|told|announced|added|stated|confirmed|noted)$/iu;
const LEAD_DATELINE = /^[\p{Lu}][\p{L} .,'’-]{0,60}\([\p{L} -]{1,30}\)\s*[—–-]+\s*/u;
const OPENER = /^(?:which|that|who|whom|where|while|as|and|but|so|then|whereas|although|though|because)\s+/i;
const MAX_WORDS = 14;

/**
 * A short summary: the clause around the anchor's verb, without the date itself, the dateline or
 * a bare attribution ("state media said Saturday" summarises the clause it attributes).
 */
export function summarize(text: string, s: Sentence, anchor: Span): string {
  const cs = clauses(text, s);
  if (!cs.length) return '';
  const i = clauseAt(cs, anchor.start);
  const strip = (k: number) => (k >= 0 && k < cs.length ? stripDate(text, cs[k], anchor) : '');
  let core = strip(i);
  const leading = /^\s*(?:(?:in|on|at|since|by|from|during|until|as early as)\s+)?$/i.test(text.slice(cs[i].start, Math.max(cs[i].start, anchor.start)));
  if (leading && words(core) < 3 && i + 1 < cs.length) {
    // "In July, Kim invited …" / "A day before the parade, Kim took …": the date opens the sentence.
    core = strip(i + 1);
    for (let k = i + 2; words(core) < 3 && k < cs.length; k++) core = `${core} ${strip(k)}`.trim();
  } else if (REPORTING.test(core) && i > 0) {
    core = `${strip(i - 1)}, ${core}`;
  } else if (words(core) < 3) {
    core = [strip(i - 1), core].filter(Boolean).join(' ');
    if (words(core) < 3) core = [core, strip(i + 1)].filter(Boolean).join(' ');
  }
  core = core.replace(LEAD_DATELINE, '').replace(OPENER, '').trim();
  const w = core.split(/\s+/);
  const out = w.length > MAX_WORDS ? w.slice(0, MAX_WORDS).join(' ') + '…' : core;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

function stripDate(text: string, c: Clause, anchor: Span): string {
  if (anchor.end <= c.start || anchor.start >= c.end) return c.text;
  const a = Math.max(anchor.start, c.start) - c.start, b = Math.min(anchor.end, c.end) - c.start;
  let left = c.text.slice(0, a), right = c.text.slice(b);
  // Drop the preposition that introduced the date and a possessive left behind ("Saturday’s parade").
  left = left.replace(/\b(?:on|in|at|since|from|during|by|as early as|as late as|until|within|of)\s*$/i, '');
  // "Saturday’s parade was …" reads "The parade was …".
  if (/^['’]s\b/.test(right)) {
    right = right.replace(/^['’]s\b/, '');
    if (!left.trim()) left = 'the';
  }
  return `${left} ${right}`.replace(/\s+/g, ' ').replace(/\s+([,.;])/g, '$1').trim();
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
