import type { DocEntity, DocEvent, EventStatus, Mention, ResolvedDate, Sentence, Span, Timex } from '../model';
import { addDays, addMonths, parseIsoDay, ymdToIso } from '../time/calendar';
import { isAttribution, summarize } from './summary';
import { clauseAt, clauses } from './clauses';
import { statusOf } from './status';
import { readLeadDateline } from '../page/datelines';
import { AGENCY_PATTERN } from '../page/agencies';

export interface EventInput {
  docId: string;
  text: string;
  sentences: Sentence[];
  timexes: Timex[];
  mentions: Mention[];
  entities: DocEntity[];
  /** Publication date (YYYY-MM-DD) when known: dates "75 years since …" and future status. */
  published?: string | null;
}

interface Anchor extends Span {
  date: ResolvedDate;
  timexes: Timex[];
  how: string;
  /** The part of the sentence the date belongs to, when it is not the sentence's main act
   *  ("75 years since [the establishment of North Korean rule]"): summary and participants come from it. */
  scope?: Span;
  /** A summary the anchor itself tells ("the first such rotation since 2019": the previous rotation). */
  summary?: string;
}

/** Event nouns an article refers back to: "on the anniversary", "a day before the parade". */
const EVENT_NOUNS = new Set([
  'anniversary', 'parade', 'summit', 'meeting', 'visit', 'election', 'vote', 'referendum', 'ceremony', 'funeral', 'attack',
  'strike', 'talks', 'conference', 'forum', 'trip', 'rally', 'launch', 'festival', 'holiday', 'occasion', 'protest',
  'march', 'speech', 'inauguration', 'match', 'game', 'final', 'race', 'hearing', 'trial', 'verdict', 'debate', 'briefing',
  'announcement', 'explosion', 'crash', 'earthquake', 'storm', 'fire', 'shooting', 'raid', 'exercise', 'drills', 'test',
]);

/** How many dated sentences back "the parade" looks for the parade. */
const LOOK_BACK = 80;

const UNCALENDARED = /^(?:PRESENT_REF|PAST_REF|FUTURE_REF)$/;

/** Turns sentences that state something happening at a resolvable time into timeline events. */
export function buildEvents(input: EventInput): DocEvent[] {
  const { docId, text, sentences, timexes } = input;
  const bySentence = new Map<number, Timex[]>();
  for (const t of timexes) {
    if (!bySentence.has(t.sentence)) bySentence.set(t.sentence, []);
    bySentence.get(t.sentence)!.push(t);
  }
  const entityOfMention = new Map<number, string>();
  input.entities.forEach((e) => e.mentions.forEach((mi) => entityOfMention.set(mi, e.key)));
  // Mentions by start, so the participants of an event are a binary search away (a document with
  // thousands of events and mentions stays near-linear).
  const byStart = input.mentions.map((m, i) => ({ m, i })).sort((a, b) => a.m.start - b.m.start);
  const participants = (within: Span): string[] => {
    let lo = 0, hi = byStart.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (byStart[mid].m.start < within.start) lo = mid + 1; else hi = mid; }
    const keys = new Set<string>();
    for (let k = lo; k < byStart.length && byStart[k].m.start < within.end; k++) {
      const key = byStart[k].m.end <= within.end ? entityOfMention.get(byStart[k].i) : undefined;
      if (key) keys.add(key);
    }
    return [...keys];
  };

  // Dated anchors per sentence, kept so later sentences can refer back ("the parade").
  const dated: { sentence: Sentence; anchors: Anchor[] }[] = [];
  const events: DocEvent[] = [];
  for (const whole of sentences) {
    // A wire lead ("SAN FRANCISCO, March 14 (Reuters) - Apple shares fell …") opens with page
    // metadata: its date claims publication, not an event, and the story starts after the dash.
    const s = afterLeadDateline(text, whole);
    const sText = text.slice(s.start, s.end);
    const own = (bySentence.get(s.index) ?? []).filter((t) => t.start >= s.start).sort((a, b) => a.start - b.start);
    if (isDatelineOrCredit(sText, own, s)) continue;
    let anchors = calendarAnchors(text, own);
    anchors.push(...relativeAnchors(text, s, own, anchors, dated, input.published ?? null));
    anchors.push(...nearAnchors(own, input.published ?? null));
    if (!anchors.length) {
      const back = anaphoricAnchor(text, s, dated);
      if (back) anchors.push(back);
    }
    anchors = distinctDates(anchors).filter((a) => {
      if (isBaseline(text, s, a)) return false;
      const record = sinceRecord(text, s, a);
      if (record === 'record') return false;
      if (record) a.summary = record;
      return true;
    });
    if (anchors.length > 1) anchors = withoutFrames(text, s, anchors);
    if (anchors.length) dated.push({ sentence: s, anchors });
    for (const a of anchors) {
      const within = a.scope ?? s;
      const entities = participants(within);
      events.push({
        id: `${docId}#${s.index}:${a.start}`,
        summary: a.summary ?? (a.scope ? capitalize(text.slice(a.scope.start, a.scope.end)) : summarize(text, s, a)),
        status: statusOf(text, s, a, input.published ?? null) as EventStatus,
        sentence: { start: s.start, end: s.end },
        anchor: { start: a.start, end: a.end },
        date: a.date,
        entities,
      });
    }
  }
  return events;
}

/** "Reuters - ", "(AP) — ": an agency credit left in front of the story's first words. */
const AGENCY_CREDIT = new RegExp(`^\\(?(?:${AGENCY_PATTERN})\\)?\\s*[-–—_]+\\s*`);

function afterLeadDateline(text: string, s: Sentence): Sentence {
  const sText = text.slice(s.start, s.end);
  let skip = readLeadDateline(sText)?.length ?? 0;
  skip += AGENCY_CREDIT.exec(sText.slice(skip))?.[0].length ?? 0;
  if (!skip || skip >= sText.length) return s;
  return { ...s, start: s.start + skip };
}

/** "up from 660 million a year earlier", "compared with 2019": a yardstick, not a happening. */
function isBaseline(text: string, s: Sentence, a: Anchor): boolean {
  const cs = clauses(text, s);
  const c = cs[clauseAt(cs, a.start)];
  const before = text.slice(c ? c.start : s.start, a.start);
  return /^(?:(?:up|down)\s+(?:\d[\d.,]*%?\s+)?from|compared\s+(?:with|to)|versus|against)\b/i.test(before.trim()) || /\b(?:compared\s+(?:with|to)|versus)\s+[^,;]*$/i.test(before);
}

// "-est" words that are not superlatives.
const NOT_SUPERLATIVE = /^(?:interest|protest|contest|arrest|request|test|west|forest|harvest|modest|honest|earnest|guest|quest|rest|chest|nest|unrest|manifest|digest|conquest|inquest|behest|bequest|suggest|invest|latest)$/i;

/**
 * "the highest level since 1998", "its worst week since 2008", "a level not seen since 2008": a
 * record measured against a time, not a happening at it: 'record', no event.
 * "the first such rotation since 2019" tells that the previous rotation happened then: an event,
 * summarised as that previous happening (the summary is returned).
 */
function sinceRecord(text: string, s: Sentence, a: Anchor): 'record' | string | null {
  const before = text.slice(Math.max(s.start, a.start - 120), a.start);
  const since = /\bsince\s+$/i.exec(before);
  if (!since) return null;
  const lead = before.slice(0, since.index);
  if (/\b(?:not\s+(?:been\s+)?seen|unseen|unmatched|unequalled|unequaled|unprecedented)\s*$/i.test(lead)) return 'record';
  // The superlative of the noun phrase that ends at "since", within its clause.
  const clause = lead.split(/[;:—–"“”]|,\s/).pop() ?? '';
  const words = clause.split(/\s+/).filter(Boolean);
  for (let k = words.length - 1; k >= Math.max(0, words.length - 9); k--) {
    const w = words[k].toLowerCase().replace(/[^\p{L}-]/gu, '');
    const sup = /^(?:first|only|most|least|best|worst|\p{L}{2,}est)$/u.test(w) && !NOT_SUPERLATIVE.test(w);
    if (!sup) continue;
    const det = (words[k - 1] ?? '').toLowerCase().replace(/[’']s$/, '');
    // "the highest", "its worst", "Cuba's biggest", "a first": a superlative noun phrase.
    if (!/^(?:the|its|their|his|her|our|this|a)$/.test(det) && !/[’']s$/.test(words[k - 1] ?? '')) return null;
    if (w !== 'first' && w !== 'only') return 'record';
    const what = words.slice(k + 1).filter((x) => !/^such$/i.test(x)).join(' ').replace(/[,.]+$/, '');
    return what && !/^(?:time|times|occasion)\b/i.test(what) && what.split(' ').length <= 8 ? capitalize(`previous ${what}`) : null;
  }
  return null;
}

const FINER: Record<string, number> = { time: 0, day: 1, range: 2, week: 2, month: 3, quarter: 4, season: 4, year: 5, decade: 6, unknown: 7 };

/**
 * When a sentence has several dates, some only frame the one that dates the happening:
 * "officials said Monday" (an attribution), "third-quarter profit" (a date modifying a noun),
 * "its third cut this year" (a verbless aside whose period holds the day the cut was made).
 */
function withoutFrames(text: string, s: Sentence, anchors: Anchor[]): Anchor[] {
  const frame = (a: Anchor): boolean => {
    if (isAttribution(text, s, a)) return true;
    const before = text.slice(Math.max(s.start, a.start - 12), a.start), after = text.slice(a.end, Math.min(s.end, a.end + 20));
    if (/-(?:quarter|half|year|month)$/i.test(text.slice(a.start, a.end)) && !/\bthe\s+$/i.test(before) && /^\s+(?!(?:of|and|or|to|as|after|before|when|was|is|were|are|will|results?\s+(?:on|due))\b)\p{Ll}/u.test(after)) return true;
    const cs = clauses(text, s), c = cs[clauseAt(cs, a.start)];
    const rest = c ? (text.slice(c.start, a.start) + ' ' + text.slice(a.end, c.end)) : '';
    const verbless = !/\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|did|does|do|\p{L}{3,}ed|said|says|told|held|made|took|met|fell|rose|began|came|went|gave|sent)\b/iu.test(rest);
    // Only an ordinal or superlative aside counts within the period ("its third cut this year");
    // "unlike the other parades this year" names other happenings.
    const ordinal = !!c && /^(?:its|their|his|her|the)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|only|\p{L}{3,}est)\b/iu.test(c.text);
    return verbless && ordinal && anchors.some((b) => b !== a && b.date.earliest && a.date.earliest && a.date.latest && FINER[b.date.precision] < FINER[a.date.precision] && a.date.earliest <= b.date.earliest && b.date.latest! <= a.date.latest);
  };
  const kept = anchors.filter((a) => !frame(a));
  return kept.length ? kept : anchors;
}

/** One sentence tells one happening per date: "Friday, Sept. 8 … on Friday" is a single event. */
function distinctDates(anchors: Anchor[]): Anchor[] {
  const seen = new Set<string>();
  return anchors.filter((a) => {
    const k = `${a.date.value}|${a.date.earliest ?? ''}|${a.date.latest ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A dateline or credit line ("09/09/2023 09:19:23 - Seoul (AFP) - © 2023 AFP") states no event. */
function isDatelineOrCredit(sText: string, own: Timex[], s: Sentence): boolean {
  if (/©|\(c\)\s*\d{4}|copyright/i.test(sText)) return true;
  let rest = sText;
  for (const t of [...own].reverse()) rest = rest.slice(0, t.start - s.start) + ' ' + rest.slice(t.end - s.start);
  return (rest.match(/\p{L}{2,}/gu) ?? []).length < 3;
}

/** Timexes that name a calendar time; a range ("from Sunday to Wednesday") becomes one anchor. */
function calendarAnchors(text: string, own: Timex[]): Anchor[] {
  const out: Anchor[] = [];
  const usable = own.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && t.earliest && t.latest && !UNCALENDARED.test(t.value));
  for (let i = 0; i < usable.length; i++) {
    const t = usable[i], next = usable[i + 1];
    if (next) {
      const between = text.slice(t.end, next.start);
      const before = text.slice(Math.max(0, t.start - 12), t.start);
      const isRange = /^\s*[-–—]\s*$/.test(between) || (/^\s*(?:to|through|thru|until|till|and)\s+$/i.test(between) && /\b(?:from|between)\s+$/i.test(before));
      if (isRange && t.earliest! <= next.earliest!) {
        out.push({
          start: t.start, end: next.end, timexes: [t, next], how: 'range',
          date: { value: `${t.earliest}/${next.latest}`, earliest: t.earliest, latest: next.latest, precision: 'range' },
        });
        i++;
        continue;
      }
      // "at 10 a.m. Friday", "Friday, Sept. 8": one moment written twice.
      if (/^\s*(?:,|on|at)?\s*$/i.test(between) && overlaps(t, next)) {
        const best = rank(t) >= rank(next) ? t : next;
        out.push({ start: t.start, end: next.end, timexes: [t, next], how: 'joined', date: dateOf(best) });
        i++;
        continue;
      }
    }
    out.push({ start: t.start, end: t.end, timexes: [t], how: 'timex', date: dateOf(t) });
  }
  return out;
}

function overlaps(a: Timex, b: Timex): boolean {
  return !!(a.earliest && b.earliest && a.latest && b.latest && a.earliest <= b.latest && b.earliest <= a.latest);
}

function rank(t: Timex): number {
  return t.precision === 'time' ? 3 : t.precision === 'day' ? 2 : 1;
}

function dateOf(t: Timex): ResolvedDate {
  const d: ResolvedDate = { value: t.value, precision: t.precision };
  if (t.earliest) d.earliest = t.earliest;
  if (t.latest) d.latest = t.latest;
  if (t.open) d.open = t.open;
  return d;
}

/**
 * Durations that date an event through another time:
 * "a day before the parade" (the parade's date, found earlier in the article) and
 * "75 years since the establishment of …" (that many years before the sentence's own date).
 */
function relativeAnchors(text: string, s: Sentence, own: Timex[], calendar: Anchor[], dated: { sentence: Sentence; anchors: Anchor[] }[], published: string | null): Anchor[] {
  const out: Anchor[] = [];
  for (const t of own) {
    if (t.type !== 'DURATION') continue;
    const m = /^P(\d+)([DWMY])$/.exec(t.value);
    if (!m) continue;
    const n = +m[1], unit = m[2];
    const after = text.slice(t.end, Math.min(s.end, t.end + 60));
    // "a day before the parade" — the span may already include before/after.
    // "over the past two weeks" / "in the next three months": the stretch that ends or starts at
    // the article. A present perfect over it ("prices have climbed") is still going on.
    const span = /^(?:the\s+)?(past|last|previous|next|coming)\s/i.exec(t.text)?.[1];
    const pub = parseIsoDay(published);
    if (span && pub && (unit !== 'Y' || n <= 10)) {
      const back = /^(?:past|last|previous)$/i.test(span);
      const len = unit === 'D' ? n : unit === 'W' ? 7 * n : 0;
      const far = len ? addDays(pub!, back ? -len : len) : addMonths(pub!, (back ? -1 : 1) * (unit === 'M' ? n : 12 * n));
      const [a, b] = back ? [ymdToIso(far), published!] : [published!, ymdToIso(far)];
      const clause = text.slice(s.start, t.start);
      const date: ResolvedDate = { value: `${a}/${b}`, earliest: a, latest: b, precision: 'range' };
      if (back && /\b(?:has|have|'ve)\s+(?:been\s+)?\p{L}+\s*(?:[\p{L}\p{N}$€£%.,'’-]+\s+){0,6}$/iu.test(clause)) date.open = 'after';
      out.push({ start: t.start, end: t.end, timexes: [t], how: `${t.text} from the article`, date });
      continue;
    }
    const rel = /\b(before|after|earlier|later)\s*$/i.exec(t.text)?.[1] ?? /^\s*(before|after)\b/i.exec(after)?.[1];
    const np = /^\s*(?:(?:before|after)\s+)?(?:the|its|this|that)\s+((?:[\p{L}-]+\s*){1,3})/iu.exec(after)?.[1] ?? '';
    const noun = np.split(/\s+/).find((w) => EVENT_NOUNS.has(w.toLowerCase()));
    if (rel && noun) {
      const ante = findAntecedent(text, noun, s, dated);
      if (!ante) continue;
      const sign = /before|earlier/i.test(rel) ? -1 : 1;
      const date = shift(ante.date, sign * n, unit);
      out.push({ start: t.start, end: t.end, timexes: [t], how: `${t.text} the ${noun}`, date });
      continue;
    }
    // "to mark 75 years since the establishment of North Korean rule"
    if (unit === 'Y' && /^\s*(?:since|after)\b/i.test(after)) {
      const ref = calendar.find((a) => a.date.earliest)?.date.earliest ?? published;
      const y = ref ? +ref.slice(0, 4) - n : NaN;
      if (!Number.isFinite(y)) continue;
      // The event is what the years are counted from, not the act that marks them.
      const what = /^(\s*(?:since|after)\s+)((?:the\s+)?[^,;:.()\u201c\u201d"]*[^,;:.()\u201c\u201d"\s])/iu.exec(text.slice(t.end, s.end));
      const scope = what ? { start: t.end + what[1].length, end: t.end + what[1].length + what[2].length } : undefined;
      out.push({
        scope,
        start: t.start, end: t.end, timexes: [t], how: `${n} years before ${ref!.slice(0, 4)}`,
        date: { value: String(y), earliest: `${y}-01-01`, latest: `${y}-12-31`, precision: 'year' },
      });
    }
  }
  return out;
}

/**
 * "in the coming days", "in recent weeks": TimeML leaves them FUTURE_REF/PAST_REF, but a reader
 * places them next to the article — within about a week for days, a month for weeks.
 */
function nearAnchors(own: Timex[], published: string | null): Anchor[] {
  const pub = parseIsoDay(published);
  if (!pub) return [];
  const out: Anchor[] = [];
  for (const t of own) {
    const m = /^(recent|coming|past)\s+(days|weeks)$/i.exec(t.text);
    if (!m || !UNCALENDARED.test(t.value)) continue;
    const len = /days/i.test(m[2]) ? 7 : 28, back = !/coming/i.test(m[1]);
    const far = ymdToIso(addDays(pub, back ? -len : len));
    const [a, b] = back ? [far, published!] : [published!, far];
    out.push({ start: t.start, end: t.end, timexes: [t], how: `${t.text} near the article`, date: { value: `${a}/${b}`, earliest: a, latest: b, precision: 'range' } });
  }
  return out;
}

/** "on the anniversary": a sentence with no date of its own that points back to a dated event. */
function anaphoricAnchor(text: string, s: Sentence, dated: { sentence: Sentence; anchors: Anchor[] }[]): Anchor | null {
  const sText = text.slice(s.start, s.end);
  const re = /\b(?:on|at|during)\s+(the\s+(\p{L}+))\b/giu;
  for (let m = re.exec(sText); m; m = re.exec(sText)) {
    const noun = m[2].toLowerCase();
    if (!EVENT_NOUNS.has(noun)) continue;
    const ante = findAntecedent(text, noun, s, dated);
    if (!ante || ante.date.precision !== 'day') continue;
    const start = s.start + m.index + m[0].indexOf(m[1]);
    // The event happened on the antecedent's day: its open end does not carry over. Dropped, not
    // set to undefined, so the analysis survives a JSON round trip (cache, worker) unchanged.
    const { open: _open, ...date } = ante.date;
    return { start, end: start + m[1].length, timexes: [], how: `the ${noun} mentioned earlier`, date };
  }
  return null;
}

function findAntecedent(text: string, noun: string, s: Sentence, dated: { sentence: Sentence; anchors: Anchor[] }[]): Anchor | null {
  const re = new RegExp(`\\b${noun}s?\\b`, 'i');
  // An article refers back within itself; a bounded look-back keeps a document of thousands of
  // dated sentences linear.
  for (let k = dated.length - 1; k >= Math.max(0, dated.length - LOOK_BACK); k--) {
    const d = dated[k];
    if (d.sentence.index >= s.index) continue;
    if (!re.test(text.slice(d.sentence.start, d.sentence.end))) continue;
    // The anchor nearest the noun dates it.
    const nounAt = d.sentence.start + text.slice(d.sentence.start, d.sentence.end).search(re);
    const best = [...d.anchors].filter((a) => a.how !== 'range').sort((a, b) => Math.abs(a.start - nounAt) - Math.abs(b.start - nounAt))[0];
    if (best) return { ...best, date: dayPrecision(best.date) };
  }
  return null;
}

/** A clock time dates its day; the event is the day. */
function dayPrecision(d: ResolvedDate): ResolvedDate {
  if (d.precision === 'time' && d.earliest) return { value: d.earliest, earliest: d.earliest, latest: d.latest, precision: 'day' };
  return d;
}

function shift(d: ResolvedDate, n: number, unit: string): ResolvedDate {
  const e = parseIsoDay(d.earliest);
  if (!e) return d;
  if (d.precision === 'day' && (unit === 'D' || unit === 'W')) {
    const p = addDays(e, unit === 'D' ? n : 7 * n);
    return { value: ymdToIso(p), earliest: ymdToIso(p), latest: ymdToIso(p), precision: 'day' };
  }
  if ((d.precision === 'day' || d.precision === 'month') && unit === 'M') {
    const p = addMonths(e, n);
    return { value: ymdToIso(p).slice(0, 7), earliest: ymdToIso({ ...p, d: 1 }), latest: ymdToIso(addDays(addMonths({ ...p, d: 1 }, 1), -1)), precision: 'month' };
  }
  // A shift finer than what is known about the anchor keeps the anchor's period: "a day before
  // the July parade" is still July as far as the text tells.
  return { ...d };
}

function capitalize(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
