import type { Region, Sentence, Span } from '../model';
import { isSpace } from './lines';

/**
 * Splits the analysable regions (title, body) into sentences. A sentence never crosses a region or
 * a paragraph; within a paragraph it ends at . ! ? (plus closing quotes/brackets) unless the period
 * belongs to an abbreviation ("Mr.", "Jan.", "U.S." before a name), an initial ("George W. Bush"),
 * a number or an ellipsis that the sentence runs on after.
 */
export function splitSentences(text: string, regions: Region[]): Sentence[] {
  const out: Sentence[] = [];
  const analysable = regions.filter((r) => r.kind === 'title' || r.kind === 'body').sort((a, b) => a.start - b.start);
  for (const r of analysable) {
    for (const p of paragraphs(text, r)) {
      for (const s of splitParagraph(text, p)) {
        for (const piece of capLength(text, s)) out.push({ index: out.length, start: piece.start, end: piece.end });
      }
    }
  }
  return out;
}

/**
 * The longest sentence handed to the later stages, in UTF-16 code units. Tagging, clause reading
 * and event building look across a whole sentence, so one unpunctuated 100,000-character line
 * made them super-linear (seconds of CPU); cut into pieces of bounded length, any input costs
 * time proportional to its size. Real news sentences stay far below this (the longest in the
 * TimeML newswire is under 1,000 characters).
 */
export const MAX_SENTENCE = 1000;

/**
 * Splits an over-long sentence at the strongest boundary in the last half of each window: a
 * semicolon or colon, then a comma, a dash, then any space; a run with no space at all is cut at
 * the limit (never between the two halves of a surrogate pair).
 */
export function capLength(text: string, s: Span, max = MAX_SENTENCE): Span[] {
  if (s.end - s.start <= max) return [s];
  const out: Span[] = [];
  let start = s.start;
  while (s.end - start > max) {
    const window = text.slice(start + (max >> 1), start + max);
    let cut = -1;
    for (const re of [/[;:]\s/g, /,\s/g, /\s[—–-]+\s/g, /\s/g]) {
      let last = -1;
      for (let m = re.exec(window); m; m = re.exec(window)) last = /^\s/.test(m[0]) ? m.index : m.index + 1;
      if (last >= 0) { cut = start + (max >> 1) + last; break; }
    }
    if (cut < 0) {
      cut = start + max;
      const c = text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut--;
    }
    // The piece keeps the space it was cut at: pieces touch, so a stage that joins sentences by
    // their gap (the tagger's input) sees no running text between them and starts afresh.
    let end = cut;
    while (end < s.end && /\s/.test(text[end])) end++;
    let from = start;
    while (from < end && /\s/.test(text[from])) from++;
    if (end > from) out.push({ start: from, end });
    start = end;
  }
  pushTrimmed(text, start, s.end, out);
  return out;
}

// Words whose trailing period does not end a sentence (lower-cased, without the period).
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'rep', 'reps', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
  'cpl', 'pvt', 'pres', 'supt', 'insp', 'det', 'hon', 'rev', 'fr', 'sr', 'jr', 'st', 'mt', 'ft', 'messrs', 'mme', 'mlle',
  'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ', 'assn', 'no', 'nos', 'vol', 'pp', 'fig', 'approx', 'est', 'vs', 'v',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich',
  'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
  'e.g', 'i.e', 'cf', 'al', 'ave', 'blvd', 'rd', 'hwy',
]);

// After "U.S." or "a.m." a new sentence starts only with a word like these.
const STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'his', 'her', 'its',
  'their', 'our', 'in', 'on', 'at', 'but', 'and', 'so', 'yet', 'however', 'meanwhile', 'there', 'when', 'while', 'after',
  'before', 'if', 'as', 'since', 'some', 'many', 'most', 'both', 'one', 'no', 'officials', 'police', 'what', 'who',
]);

function paragraphs(text: string, r: Region): Span[] {
  const chunk = text.slice(r.start, r.end);
  const lines: Span[] = [];
  const re = /\r\n|\n|\r|\u2028|\u2029/g;
  let from = 0;
  for (;;) {
    const m = re.exec(chunk);
    const end = m ? m.index : chunk.length;
    lines.push({ start: r.start + from, end: r.start + end });
    if (!m) break;
    from = m.index + m[0].length;
  }
  const nonEmpty = lines.filter((l) => text.slice(l.start, l.end).trim());
  const wrapped = isHardWrapped(text, nonEmpty);
  const out: Span[] = [];
  let cur: Span | null = null;
  let prev = '';
  for (const l of lines) {
    const t = text.slice(l.start, l.end);
    if (!t.trim()) { if (cur) out.push(cur); cur = null; prev = ''; continue; }
    const isBullet = /^\s*(?:[-•*·▪►]|\d{1,2}[.)])\s+/.test(t);
    // A line that stops mid-sentence and a next line that starts in lower case are one sentence.
    const continues = /[\p{L}\p{N},;]$/u.test(prev.trimEnd()) && /^\s*\p{Ll}/u.test(t);
    prev = t;
    if (cur && (wrapped || continues) && !isBullet) cur.end = l.end;
    else { if (cur) out.push(cur); cur = { start: l.start, end: l.end }; }
  }
  if (cur) out.push(cur);
  return out;
}

/** Text wrapped at a fixed column (wire copy, plain-text archives): single newlines are spaces. */
function isHardWrapped(text: string, lines: Span[]): boolean {
  if (lines.length < 3) return false;
  let midSentence = 0, typical = 0;
  for (const l of lines) {
    const t = text.slice(l.start, l.end).trimEnd();
    if (t.length >= 40 && t.length <= 100) typical++;
    if (!/[.!?:"'”’)\]]$/.test(t)) midSentence++;
  }
  return typical / lines.length >= 0.5 && midSentence / lines.length >= 0.3;
}

function splitParagraph(text: string, p: Span): Span[] {
  const out: Span[] = [];
  let start = p.start;
  const re = /[.!?…]+/g;
  re.lastIndex = p.start;
  for (let m = re.exec(text); m && m.index < p.end; m = re.exec(text)) {
    let end = m.index + m[0].length;
    // Closing quotes and brackets belong to the sentence they close.
    while (end < p.end && /["'”’)\]»]/.test(text[end])) end++;
    if (end >= p.end) break;
    if (!isSpace(text.charCodeAt(end)) && text[end] !== '\n') continue;
    let next = end;
    while (next < p.end && /\s/.test(text[next])) next++;
    if (next >= p.end) break;
    if (!endsSentence(text, m.index, m[0], next, p.end)) continue;
    pushTrimmed(text, start, end, out);
    start = next;
  }
  pushTrimmed(text, start, p.end, out);
  // A fragment with no letter or digit (". ." after a sentence) joins the sentence before it.
  const merged: Span[] = [];
  for (const s of out) {
    if (merged.length && !/[\p{L}\p{N}]/u.test(text.slice(s.start, s.end))) merged[merged.length - 1].end = s.end;
    else merged.push(s);
  }
  return merged;
}

function endsSentence(text: string, punctAt: number, punct: string, next: number, limit: number): boolean {
  const nextChar = text[next];
  const nextWord = /^[\p{L}']+/u.exec(text.slice(next, Math.min(limit, next + 30)))?.[0] ?? '';
  // Lower-case continuation: "e.g. something", "... and then".
  if (/\p{Ll}/u.test(nextChar)) return false;
  if (!/[\p{Lu}\p{N}"'“‘(\[«¿¡—–-]/u.test(nextChar)) return false;
  if (punct !== '.') return true;
  // The token before the period.
  let ws = punctAt;
  while (ws > 0 && !isSpace(text.charCodeAt(ws - 1)) && !/[\s("“]/.test(text[ws - 1])) ws--;
  const token = text.slice(ws, punctAt);
  const lower = token.toLowerCase();
  const starter = STARTERS.has(nextWord.toLowerCase());
  if (/^\p{Lu}$/u.test(token)) return false; // initial: "George W. Bush"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token)) {
    // Dotted acronym or a.m./p.m.: ends the sentence only before a typical sentence opener.
    return starter;
  }
  // "No. 1" abbreviates; "the answer is no." ends.
  if ((lower === 'no' || lower === 'nos') && !/\d/.test(nextChar)) return true;
  if (ABBREV.has(lower)) {
    // "Jan." / "Calif." may close a sentence too; "Mr." / "Dr." never do.
    if (/^(?:mr|mrs|ms|mx|dr|prof|sen|rep|gov|gen|col|lt|sgt|capt|cmdr|adm|maj|st|mt|no|nos|vs|v|messrs|hon|rev|fr|e\.g|i\.e|cf)$/.test(lower)) return false;
    return starter;
  }
  if (/^\d+$/.test(token) && /^\d/.test(nextChar)) return false;
  return true;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
