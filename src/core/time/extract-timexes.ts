import type { PublicationInfo, Sentence, Timex } from '../model';
import { parseIsoDay, type Ymd } from './calendar';
import { detect, type RawTimex } from './detect';
import { resolve, type Resolution } from './resolve';
import { tenseAround } from './tense';

/**
 * Finds time expressions and resolves them against the publication date, tense-aware.
 *
 * A rule grammar written for news copy rather than a general date library. Measured before
 * choosing (values scored at the gold's own granularity, generous to the libraries):
 *  - test/unit/time/cases.ts (99 DATE/TIME cases): this grammar 99/99; chrono-node 63/99
 *    (forwardDate 45/99); compromise-dates 47/99 at ~136 ms a sentence; sugar-date 63/99 even
 *    when handed the expression alone.
 *  - TimeML newswire (TimeBank + AQUAINT, 256 documents, 1535 DATE/TIME): value right for 80.6%
 *    of gold (84.8% of found) in 3.2 s; chrono-node 53.9% in 6.7 s; compromise-dates 41.9% in
 *    175 s, throwing on 13 sentences ("t.isValid is not a function" on "third-quarter").
 * Libraries resolve "Thursday" forward, know no tense, and return no TimeML values (weeks,
 * quarters, durations, PAST_REF). Any failure on one sentence is caught, reported in `warnings`,
 * and loses only that sentence's dates.
 */
export function extractTimexes(text: string, sentences: Sentence[], published: PublicationInfo, warnings?: string[]): Timex[] {
  const dct = parseIsoDay(published.date);
  const out: Timex[] = [];
  for (const s of sentences) {
    try {
      out.push(...sentenceTimexes(text, s, dct));
    } catch (e) {
      warnings?.push(`time expressions skipped in sentence ${s.index}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  yearAgoInQuarterContext(out);
  return out;
}

function sentenceTimexes(text: string, s: Sentence, dct: Ymd | null): Timex[] {
  const sentence = text.slice(s.start, s.end);
  const raws = detect(sentence);
  const results: (Resolution | null)[] = raws.map(() => null);
  const ctxFor = (i: number, extra: { sentenceDay?: Ymd | null; notBefore?: Ymd | null } = {}) => {
    const r = raws[i];
    // A bounded look-back: the word before is all that is read, and a whole-prefix slice per
    // date made long one-line documents quadratic.
    const before = sentence.slice(Math.max(0, r.start - 64), r.start);
    const prevWord = (/([\p{L}]+)\W*$/u.exec(before)?.[1] ?? '').toLowerCase();
    const possessive = /^['’]s\b/.test(sentence.slice(r.end, r.end + 3));
    // "could come as early as Tuesday", "as soon as Friday": the earliest of days still ahead,
    // unless a past tense says otherwise ("crowds gathered as early as Friday").
    let tense = tenseAround(sentence, r.start, r.end);
    if (r.kind === 'weekday' && tense.tense !== 'past' && /\bas\s+(?:early|soon)\s+as\s*$/i.test(before)) tense = { tense: 'future', cue: 'as early as' };
    return { dct, text: sentence.slice(r.start, r.end), tense, prevWord, possessive, ...extra };
  };
  // Dates first; a range's second end may not precede its first ("from Sunday to Wednesday").
  for (let i = 0; i < raws.length; i++) {
    if (raws[i].kind === 'clock') continue;
    const prev = i > 0 ? raws[i - 1] : null;
    let notBefore: Ymd | null = null;
    if (prev && results[i - 1] && isRangeLink(sentence.slice(prev.end, raws[i].start), sentence.slice(Math.max(0, prev.start - 32), prev.start))) {
      notBefore = parseIsoDay(results[i - 1]!.earliest);
    }
    results[i] = resolve(raws[i], ctxFor(i, { notBefore }));
  }
  // Clock times take the day the sentence names, else the publication day.
  const dayOf = results.find((r, i) => r && r.precision === 'day' && raws[i].kind !== 'clock' && r.earliest);
  const sentenceDay = dayOf ? parseIsoDay(dayOf.earliest) : null;
  for (let i = 0; i < raws.length; i++) if (raws[i].kind === 'clock') results[i] = resolve(raws[i], ctxFor(i, { sentenceDay }));
  // "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 9": one point in time.
  const out: Timex[] = [];
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i], next = raws[i + 1], res = results[i]!;
    if (r.kind === 'clock' && next && results[i + 1]?.precision === 'day' && results[i + 1]!.earliest && /^\s*(?:,\s*|on\s+)?$/i.test(sentence.slice(r.end, next.start))) {
      const d = results[i + 1]!;
      const hhmm = res.value.slice(res.value.indexOf('T'));
      const merged: Resolution = { ...d, type: 'TIME', value: d.earliest + hhmm, precision: 'time', reasoning: `clock time on ${d.reasoning}` };
      out.push(toTimex(text, s, { ...r, end: next.end }, merged));
      i++;
      continue;
    }
    out.push(toTimex(text, s, r, res));
  }
  return out;
}

/**
 * Earnings copy compares with "a year ago" / "a year earlier": the same quarter of the previous
 * year when the story is about a quarter (the nearest quarter named in the last few sentences).
 */
function yearAgoInQuarterContext(all: Timex[]): void {
  let lastQuarter: Timex | null = null;
  for (const t of all) {
    const generic = /^the\s+(?:(?:latest|last|most recent|recent|previous|past|\d{4})\s+)?(?:fiscal\s+)?(?:quarter|period)$/i.test(t.text);
    if (/^\d{4}-Q[1-4]$/.test(t.value) && !generic) { lastQuarter = t; continue; }
    if (lastQuarter && generic && /^\d{4}-Q[1-4]$/.test(t.value) && t.sentence - lastQuarter.sentence <= 6) {
      // "the quarter" after "the third quarter" is that quarter (of the year written, if any).
      const y = /\d{4}/.exec(t.text)?.[0] ?? lastQuarter.value.slice(0, 4), q = +lastQuarter.value.slice(6);
      setQuarter(t, +y, q, `the quarter named before ("${lastQuarter.text}")`);
      continue;
    }
    if (generic && /^\d{4}-Q[1-4]$/.test(t.value)) { lastQuarter = t; continue; }
    if (!lastQuarter || t.sentence - lastQuarter.sentence > 6) continue;
    if (!/^(?:a|one) year (?:ago|earlier|before)$|^(?:the\s+)?(?:comparable\s+)?year-(?:earlier|ago)(?:\s+(?:period|quarter))?$/i.test(t.text)) continue;
    setQuarter(t, +lastQuarter.value.slice(0, 4) - 1, +lastQuarter.value.slice(6), `the same quarter a year before "${lastQuarter.text}"`);
  }
}

function setQuarter(t: Timex, y: number, q: number, reasoning: string): void {
  const last = new Date(Date.UTC(y, q * 3, 0)).getUTCDate();
  t.value = `${y}-Q${q}`;
  t.earliest = `${y}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
  t.latest = `${y}-${String(q * 3).padStart(2, '0')}-${last}`;
  t.precision = 'quarter';
  t.reasoning = reasoning;
}

/** "from Sunday to Wednesday", "between March and May", "Sept. 10-13". */
function isRangeLink(between: string, before: string): boolean {
  if (/^\s*[-–—]\s*$/.test(between)) return true;
  if (/^\s*(?:to|through|thru|until|till|and)\s+$/i.test(between)) return /\b(?:from|between)\s*$/i.test(before) || /^\s*(?:to|through|thru|until|till)\s+$/i.test(between);
  return false;
}

function toTimex(text: string, s: Sentence, r: RawTimex, res: Resolution): Timex {
  const start = s.start + r.start, end = s.start + r.end;
  const t: Timex = {
    start, end, text: text.slice(start, end), type: res.type, sentence: s.index,
    value: res.value, precision: res.precision, reasoning: res.reasoning,
  };
  if (res.earliest) t.earliest = res.earliest;
  if (res.latest) t.latest = res.latest;
  if (res.open) t.open = res.open;
  return t;
}
