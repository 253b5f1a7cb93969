import { monthNumber, WEEKDAYS } from './calendar';

/**
 * Finds time expressions in one sentence with a news-oriented grammar. Each match carries what it
 * says, not what it means: resolution against the publication date happens in resolve.ts.
 */
export type RawKind =
  | 'iso' // 2023-09-08, 2023-09-08 10:12
  | 'numeric' // 09/09/2023 09:19:23
  | 'fullDate' // September 8, 2023
  | 'monthDay' // Sept. 8 / 8 September
  | 'monthYear' // September 2023
  | 'month' // July, last July, early July
  | 'year' // 2019, mid-2020, fiscal 2023
  | 'decade' // the 1990s, the '90s
  | 'quarter' // the third quarter, Q3 2023, third-quarter
  | 'half' // the first half of 2023
  | 'season' // this summer, fall 2023
  | 'weekday' // Friday, last Friday, Friday night
  | 'deictic' // today, yesterday, tomorrow, tonight, this morning, last night
  | 'relUnit' // this week, last month, next year, the month, earlier this year
  | 'ago' // two weeks ago
  | 'clock' // 10 a.m., 3:30 p.m. GMT, midnight, noon
  | 'duration' // six weeks, 10 years old, a day before, for years
  | 'set' // every week, annually
  | 'holiday' // Christmas, Thanksgiving
  | 'generic'; // now, recently, soon, the past, the future

export interface RawTimex {
  start: number; // offsets within the sentence
  end: number;
  kind: RawKind;
  y?: number;
  m?: number;
  d?: number;
  hh?: number;
  mi?: number;
  ss?: number;
  wd?: number; // 0 = Monday
  part?: 'MO' | 'AF' | 'EV' | 'NI';
  rel?: 'this' | 'last' | 'next' | 'same';
  unit?: Unit;
  n?: number | 'X';
  q?: number;
  mod?: 'early' | 'mid' | 'late' | 'since' | 'until';
  value?: string; // for generic/set/duration kinds
  /** "earlier this month" / "later this year": the part of the period before or after the article. */
  side?: 'before' | 'after';
  /** "February this year": the month's year relative to the article. */
  yearRel?: 'this' | 'last' | 'next';
  /** "the year-earlier quarter": one year before the period the article would otherwise mean. */
  yearShift?: number;
}

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'year' | 'decade' | 'century' | 'quarter';

const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBR = 'Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
const MONTH = `(?:${MONTH_FULL}|${MONTH_ABBR})`;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\\.|Tues?\\.|Wed\\.|Thu(?:rs?)?\\.|Fri\\.|Sat\\.|Sun\\.)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[6-9]\\d\\d|20\\d\\d)';
const NUMWORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a|an|a few|a couple of|several|few|many|some';
const NUM = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${NUMWORD})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)`;
const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|years?|decades?|centur(?:y|ies)|quarters?)';
const PART = '(?:morning|afternoon|evening|night)';

const WORD_NUM: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, a: 1, an: 1,
};

export function parseNum(s: string): number | 'X' {
  const t = s.toLowerCase().trim().replace(/,/g, '');
  if (/^\d+(\.\d+)?$/.test(t)) return +t;
  const parts = t.split(/[- ]/);
  if (parts.every((p) => p in WORD_NUM)) return parts.reduce((a, p) => a + WORD_NUM[p], 0);
  return 'X';
}

export function parseUnit(s: string): Unit {
  const t = s.toLowerCase();
  if (t.startsWith('centur')) return 'century';
  return t.replace(/s$/, '') as Unit;
}

function wd(s: string): number {
  return WEEKDAYS[s.toLowerCase().replace(/\.$/, '')];
}

function partOf(s: string | undefined): RawTimex['part'] {
  if (!s) return undefined;
  const t = s.toLowerCase();
  return t === 'morning' ? 'MO' : t === 'afternoon' ? 'AF' : t === 'evening' ? 'EV' : 'NI';
}

function relOf(s: string | undefined): RawTimex['rel'] {
  if (!s) return undefined;
  const t = s.toLowerCase();
  if (t === 'last' || t === 'past' || t === 'previous') return 'last';
  if (t === 'next' || t === 'coming' || t === 'following') return 'next';
  return 'this';
}

function clock(h: string, mi: string | undefined, ampm: string | undefined): { hh: number; mi: number } | null {
  let hh = +h;
  const m = mi ? +mi : 0;
  if (ampm) {
    const pm = /^p/i.test(ampm);
    if (hh < 1 || hh > 12) return null;
    if (pm && hh < 12) hh += 12;
    if (!pm && hh === 12) hh = 0;
  }
  if (hh > 23 || m > 59) return null;
  return { hh, mi: m };
}

type Builder = (m: RegExpExecArray) => Omit<RawTimex, 'start' | 'end'> | null;
interface Rule {
  re: RegExp;
  build: Builder;
  /** Capture group whose span is the expression (default: the whole match). */
  group?: number;
}

const rule = (src: string, build: Builder, flags = 'gu', group?: number): Rule => ({ re: new RegExp(src, flags), build, group });
const capital = (s: string): boolean => /^\p{Lu}/u.test(s);

// Ordered by specificity: earlier rules win overlaps of equal length.
const RULES: Rule[] = [
  // 2023-09-08 / 2023-09-08T10:12 / 2023-09-08 10:12:41
  rule(`\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?\\b`, (m) => ({
    kind: 'iso', y: +m[1], m: +m[2], d: +m[3], ...(m[4] ? { hh: +m[4], mi: +m[5], ss: m[6] ? +m[6] : undefined } : {}),
  })),
  // 09/09/2023 09:19:23
  rule(`\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?\\b`, (m) => ({
    kind: 'numeric', m: +m[1], d: +m[2], y: +m[3], ...(m[4] ? { hh: +m[4], mi: +m[5], ss: m[6] ? +m[6] : undefined } : {}),
  })),
  // (Friday,) September 8(,) 2023
  rule(`(?:\\b(${WEEKDAY}),?\\s+)?\\b(${MONTH})\\s+(${DAY}),?\\s+(${YEAR})\\b`, (m) => ({
    kind: 'fullDate', y: +m[4], m: monthNumber(m[2]), d: parseInt(m[3], 10),
  })),
  // (Friday,) 8 September 2023
  rule(`(?:\\b(${WEEKDAY}),?\\s+)?\\b(${DAY})\\s+(?:of\\s+)?(${MONTH}),?\\s+(${YEAR})\\b`, (m) => ({
    kind: 'fullDate', y: +m[4], m: monthNumber(m[3]), d: parseInt(m[2], 10),
  })),
  // February this year / March last year
  rule(`\\b(${MONTH})\\s+(this|last|next)\\s+year\\b`, (m) => (capital(m[1]) ? { kind: 'month', m: monthNumber(m[1]), yearRel: m[2].toLowerCase() as 'this' | 'last' | 'next' } : null), 'giu'),
  // September 2023 / Sept. 2023 / September of 2023
  rule(`\\b(?:(early|mid|late)[- ])?(${MONTH})(?:,|\\s+of)?\\s+(${YEAR})\\b`, (m) => ({
    kind: 'monthYear', y: +m[3], m: monthNumber(m[2]), mod: m[1]?.toLowerCase() as RawTimex['mod'],
  })),
  // (Friday,) Sept. 8 / September 8th
  rule(`(?:\\b(${WEEKDAY}),?\\s+)?\\b(${MONTH})\\s+(${DAY})\\b(?![,.]?\\d)(?!\\s*(?:%|percent))`, (m) => ({
    kind: 'monthDay', m: monthNumber(m[2]), d: parseInt(m[3], 10), wd: m[1] ? wd(m[1]) : undefined,
  })),
  // 8 September / the 8th of September
  rule(`\\b(${DAY})\\s+(?:of\\s+)?(${MONTH_FULL}|${MONTH_ABBR})\\b`, (m) => (capital(m[2]) ? { kind: 'monthDay', m: monthNumber(m[2]), d: parseInt(m[1], 10) } : null)),
  // the third quarter (of 2023) / third-quarter / Q3 2023
  // the third quarter / the 1988 third quarter / the year-earlier third quarter / Q3
  rule(`\\b(?:(this|last|next|the)\\s+)?(?:(year-earlier|year-ago|${YEAR})\\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)[- ]quarter(?:\\s+of\\s+(${YEAR}))?\\b`, (m) => {
    const qs: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };
    const yearWord = m[2]?.toLowerCase();
    const y = m[4] ? +m[4] : yearWord && /^\d/.test(yearWord) ? +yearWord : undefined;
    return {
      kind: 'quarter', q: qs[m[3].toLowerCase()], y, yearShift: yearWord && !/^\d/.test(yearWord) ? -1 : undefined,
      rel: m[1] && m[1].toLowerCase() !== 'the' ? relOf(m[1]) : undefined,
    };
  }, 'giu'),
  rule(`\\bQ([1-4])(?:\\s+(${YEAR}))?\\b`, (m) => ({ kind: 'quarter', q: +m[1], y: m[2] ? +m[2] : undefined })),
  // the first half of 2023
  rule(`\\b(?:the\\s+)?(first|second|last|latter)\\s+half\\s+of\\s+(?:(this|last|next)\\s+year|(${YEAR})|the\\s+year)\\b`, (m) => ({
    kind: 'half', q: m[1].toLowerCase() === 'first' ? 1 : 2, y: m[3] ? +m[3] : undefined, rel: relOf(m[2]),
  }), 'giu'),
  // the 1990s / the early 2000s / the '90s
  rule(`\\b(?:(early|mid|late)[- ])?(1[5-9]\\d0|20[0-9]0)['’]?s\\b`, (m) => ({ kind: 'decade', y: +m[2], mod: m[1]?.toLowerCase() as RawTimex['mod'] }), 'giu'),
  rule(`(?<=\\bthe\\s+)['’]([1-9]0)s\\b`, (m) => ({ kind: 'decade', y: 1900 + +m[1] })),
  // this summer / last fall / the spring of 2023 / summer 2023
  rule(`\\b(?:(this\\s+past|this|last|next|the\\s+coming|the\\s+past|the(?:\\s+(?:early|late))?)\\s+)(spring|summer|fall|autumn|winter)\\b`, (m) => {
    const r = m[1].toLowerCase().replace(/\s+/g, ' ');
    const rel = r === 'this past' || r === 'the past' || r === 'last' ? 'last' : r === 'next' || r === 'the coming' ? 'next' : r === 'this' ? 'this' : undefined;
    return { kind: 'season', rel, value: m[2].toLowerCase() };
  }, 'giu'),
  rule(`\\b(spring|summer|fall|autumn|winter)(?:\\s+of)?\\s+(${YEAR})\\b`, (m) => ({ kind: 'season', y: +m[2], value: m[1].toLowerCase() }), 'giu'),
  // two weeks ago / a year ago
  rule(`\\b(${NUM})\\s+(${UNIT})\\s+ago\\b`, (m) => ({ kind: 'ago', n: parseNum(m[1]), unit: parseUnit(m[2]) }), 'giu'),
  // earlier this year / later this month / earlier in the week
  rule(`\\b(earlier|later)\\s+(?:this|in\\s+the)\\s+(week|month|year)\\b`, (m) => ({
    kind: 'relUnit', rel: 'this', unit: parseUnit(m[2]), side: /^earlier$/i.test(m[1]) ? 'before' : 'after',
  }), 'giu'),
  // late last year / early next month / mid this year: the period with its part kept as a mod
  rule(`\\b(early|mid|late)[- ](this|last|next)\\s+(week|month|year)\\b`, (m) => ({
    kind: 'relUnit', rel: relOf(m[2]), unit: parseUnit(m[3]), mod: m[1].toLowerCase() as RawTimex['mod'],
  }), 'giu'),
  // this week / last month / next year / this weekend / the previous week
  rule(`\\b(this|last|next|the\\s+coming|the\\s+previous|the\\s+following)\\s+(week|weekend|month|year|decade|century)\\b`, (m) => {
    const r = m[1].toLowerCase().replace(/^the\s+/, '');
    return { kind: 'relUnit', rel: relOf(r === 'previous' ? 'last' : r), unit: parseUnit(m[2]) };
  }, 'giu'),
  // within the month / for the year / by the end of the week (the span is "the month")
  rule(`\\b(?:within|during|throughout|for|by|of|(?:end|rest|start|beginning|middle|remainder)\\s+of|(?:earlier|later)\\s+in)\\s+(the\\s+(?:week|month|year))\\b(?!\\s+(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thousand|of\\b))`, (m) => ({
    kind: 'relUnit', rel: 'same', unit: parseUnit(m[1].split(/\s+/)[1]),
  }), 'giu', 1),
  // last night / this morning / tonight / today / yesterday / tomorrow
  rule(`\\b(?:(this|last|tomorrow|yesterday)\\s+)?(morning|afternoon|evening|night)\\b`, (m) => {
    if (!m[1]) return null;
    const r = m[1].toLowerCase();
    const off = r === 'last' || r === 'yesterday' ? -1 : r === 'tomorrow' ? 1 : 0;
    if (r === 'last' && m[2].toLowerCase() !== 'night') return null;
    return { kind: 'deictic', d: off, part: partOf(m[2]) };
  }, 'giu'),
  rule(`\\b(?:(earlier|later)\\s+)?(today|tonight|yesterday|tomorrow)\\b`, (m) => {
    const w = m[2].toLowerCase();
    return { kind: 'deictic', d: w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0, part: w === 'tonight' ? 'NI' : undefined };
  }, 'giu'),
  // (last|next|this) Friday (night) / Friday's
  // "late Sunday", "early Friday": the modifier belongs to the expression (the day is the value).
  rule(`\\b(?:(?:[Ee]arly|[Ll]ate)\\s+(?=${WEEKDAY}))?(?:(last|next|this|coming|past)\\s+)?(${WEEKDAY})(?:\\s+(${PART}))?\\b`, (m) => {
    if (!capital(m[2])) return null;
    return { kind: 'weekday', wd: wd(m[2]), rel: relOf(m[1]), part: partOf(m[3]) };
  }, 'gu'),
  rule(`\\b((?:[Tt]his|[Ll]ast|[Nn]ext|[Cc]oming|[Pp]ast)\\s+)(${PART})\\b`, () => null),
  // Since November / early July / last March / in May
  rule(`\\b(?:(last|next|this|early|mid|late)[- ]+|(?<=\\b(?:in|since|until|till|through|by|of|from|to|between|and|during|before|after|or)\\s+))(${MONTH_FULL}|Sept\\.|Jan\\.|Feb\\.|Aug\\.|Oct\\.|Nov\\.|Dec\\.)(?!\\s+\\d)`, (m) => {
    if (!capital(m[2])) return null;
    const r = m[1]?.toLowerCase();
    return {
      kind: 'month', m: monthNumber(m[2]),
      rel: r === 'last' || r === 'next' || r === 'this' ? relOf(r) : undefined,
      mod: r === 'early' || r === 'mid' || r === 'late' ? (r as RawTimex['mod']) : undefined,
    };
  }, 'giu', undefined),
  // A bare full month name ("July was the hottest month"): not May/March, which are common words.
  rule(`\\b(January|February|April|June|July|August|September|October|November|December)\\b(?!\\s+\\d)`, (m) => ({ kind: 'month', m: monthNumber(m[1]) })),
  // the year 2025
  rule(`\\bthe\\s+year\\s+(${YEAR})\\b`, (m) => ({ kind: 'year', y: +m[1] }), 'giu'),
  // mid-2020 / early 2019 / fiscal 2023 / in 2019 / 2019
  rule(`(?<![$#£€\\d.,/-])\\b(?:(early|mid|late|fiscal)[- ])?(${YEAR})\\b(?![.,]\\d|\\s*(?:%|percent|per\\s?cent)|[-/]\\d)`, (m) => ({
    kind: 'year', y: +m[2], mod: m[1] && m[1].toLowerCase() !== 'fiscal' ? (m[1].toLowerCase() as RawTimex['mod']) : undefined,
  }), 'giu'),
  // 10 a.m. / 3:30 p.m. GMT / 14:00 local time
  rule(`\\b(\\d{1,2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)(?=\\W|$)(?:\\s+(?:GMT|UTC|EDT|EST|ET|CDT|CST|PDT|PST|BST|CET|KST|JST|local time))?`, (m) => {
    const c = clock(m[1], m[2], m[3]);
    return c ? { kind: 'clock', ...c } : null;
  }, 'giu'),
  rule(`\\b([01]?\\d|2[0-3]):([0-5]\\d)(?:\\s+(?:GMT|UTC|EDT|EST|ET|KST|JST|local time|hours))\\b`, (m) => ({ kind: 'clock', hh: +m[1], mi: +m[2] })),
  rule(`\\b(midnight|noon|midday)\\b`, (m) => ({ kind: 'clock', hh: m[1].toLowerCase() === 'midnight' ? 0 : 12, mi: 0 }), 'giu'),
  // every week / each year / every Monday / annually
  rule(`\\b(?:every|each)\\s+(day|week|month|year|quarter|morning|night|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\b`, (m) => {
    const w = m[1];
    const v = /day$/i.test(w) && w.toLowerCase() !== 'day' ? `XXXX-WXX-${wd(w) + 1}` : ({ day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', quarter: 'P3M', morning: 'TMO', night: 'TNI' } as Record<string, string>)[w.toLowerCase()];
    return { kind: 'set', value: v };
  }, 'giu'),
  rule(`\\b(daily|weekly|monthly|annually|yearly|quarterly|biweekly|nightly|hourly)\\b`, (m) => ({
    kind: 'set', value: ({ daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', quarterly: 'P3M', biweekly: 'P2W', nightly: 'TNI', hourly: 'PT1H' } as Record<string, string>)[m[1].toLowerCase()],
  }), 'giu'),
  // a year earlier / year-earlier / year-ago (before the duration rule, which would read "a year")
  rule(`\\b(?:(?:a|one)\\s+year\\s+(?:earlier|before)|year-(?:earlier|ago))\\b`, () => ({ kind: 'ago', n: 1, unit: 'year' }), 'giu'),
  // Christmas, New Year's Day, Thanksgiving, Labor Day …
  rule(`\\b(?:(last|next|this)\\s+)?(Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year['’]s(?:\\s+(?:Day|Eve))?|Thanksgiving(?:\\s+Day)?|Independence\\s+Day|Labor\\s+Day|Memorial\\s+Day|Veterans\\s+Day|Valentine['’]s\\s+Day|Halloween)\\b`, (m) => ({
    kind: 'holiday', value: m[2].toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' '), rel: relOf(m[1]),
  })),
  // nineteen ninety-six / two thousand and one (transcripts)
  rule(`\\b(nineteen|two\\s+thousand(?:\\s+and)?)\\s*((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)?\\b`, (m) => {
    const n = m[2] ? parseNum(m[2].replace(/\s+/g, ' ')) : 0;
    if (n === 'X') return null;
    if (/^nineteen$/i.test(m[1]) && !m[2]) return null;
    return { kind: 'year', y: (/^nineteen$/i.test(m[1]) ? 1900 : 2000) + n };
  }, 'giu'),
  // Durations: six weeks / 10 years old / a day before / the past three years / 24 hours / three-year
  rule(`\\b(?:(?:the\\s+)?(?:past|last|next|coming|previous|first|final)\\s+)?(?:(?:more\\s+than|less\\s+than|about|nearly|almost|over|some|around|roughly|at\\s+least|up\\s+to)\\s+)?(${NUM})[- ](${UNIT})(?:\\s+(old|before|after|earlier|later))?\\b`, (m) => {
    const n = parseNum(m[1]);
    const unit = parseUnit(m[2]);
    if (unit === 'weekend') return null;
    return { kind: 'duration', n, unit, value: durationValue(n, unit) };
  }, 'giu'),
  // the past year / the coming week: newswire annotation dates these like "last year"
  rule(`\\b(?:the\\s+)?(past|last|coming|next|previous)\\s+(week|month|year|decade|century)\\b`, (m) => ({
    kind: 'relUnit', rel: /^(past|last|previous)$/i.test(m[1]) ? 'last' : 'next', unit: parseUnit(m[2]),
  }), 'giu'),
  // the full year / the current fiscal year / the current quarter
  rule(`\\bthe\\s+(?:full|current|entire|whole|current\\s+fiscal|fiscal)\\s+(year|quarter|month|week)\\b`, (m) => (
    m[1].toLowerCase() === 'quarter' ? { kind: 'quarter', q: 0, rel: 'this' } : { kind: 'relUnit', rel: 'this', unit: parseUnit(m[1]) }
  ), 'giu'),
  // the quarter / the latest quarter / the 1988 quarter / the year-ago quarter / the latest period
  rule(`\\bthe\\s+(?:(latest|last|most\\s+recent|recent|previous|past|(?:comparable\\s+)?year-(?:earlier|ago)|${YEAR})\\s+)?(?:fiscal\\s+)?(quarter|period)\\b`, (m) => {
    const w = m[1]?.toLowerCase() ?? '';
    if (m[2].toLowerCase() === 'period' && !w) return null;
    if (/year-/.test(w)) return { kind: 'ago', n: 1, unit: 'year' };
    return { kind: 'quarter', q: 0, y: /^\d{4}$/.test(w) ? +w : undefined };
  }, 'giu'),
  // over the weekend / this weekend
  rule(`\\bthe\\s+weekend\\b`, () => ({ kind: 'relUnit', rel: 'same', unit: 'weekend' }), 'giu'),
  // the nineties
  rule(`\\bthe\\s+(?:(early|mid|late)[- ])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b`, (m) => ({
    kind: 'decade', y: 1900 + 10 * (['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'].indexOf(m[2].toLowerCase()) + 2),
  }), 'giu'),
  // recent years / coming months: vague past or future
  rule(`\\b(recent|coming|future|past)\\s+(?:years|months|weeks|days|quarters|decades)\\b`, (m) => ({
    kind: 'generic', value: /recent|past/i.test(m[1]) ? 'PAST_REF' : 'FUTURE_REF',
  }), 'giu'),
  rule(`(?<=\\b(?:for|in|over|within)\\s+)(seconds|minutes|hours|days|weeks|months|years|decades|centuries)\\b`, (m) => {
    const unit = parseUnit(m[1]);
    return { kind: 'duration', n: 'X', unit, value: durationValue('X', unit) };
  }, 'giu'),
  // now / currently / recently / soon / in the past / in the future
  rule(`\\b(now|currently|nowadays|these\\s+days|at present|recently|lately|soon|current|the\\s+(?:near\\s+|distant\\s+)?future|the\\s+(?:near|short|long)\\s+term|(?<=\\bin\\s+)the\\s+past)\\b`, (m) => {
    const w = m[1].toLowerCase();
    const v = /now|current|present|these/.test(w) ? 'PRESENT_REF' : /recent|late|past|previous/.test(w) ? 'PAST_REF' : 'FUTURE_REF';
    return { kind: 'generic', value: v };
  }, 'giu'),
];

export function durationValue(n: number | 'X', unit: Unit): string {
  const N = n === 'X' ? 'X' : String(n);
  switch (unit) {
    case 'second': return `PT${N}S`;
    case 'minute': return `PT${N}M`;
    case 'hour': return `PT${N}H`;
    case 'day': return `P${N}D`;
    case 'week': return `P${N}W`;
    case 'weekend': return `P${N}WE`;
    case 'month': return `P${N}M`;
    case 'year': return `P${N}Y`;
    case 'decade': return n === 'X' ? 'PXDE' : `P${n * 10}Y`;
    case 'century': return n === 'X' ? 'PXCE' : `P${n * 100}Y`;
    case 'quarter': return n === 'X' ? 'PXQ' : `P${n * 3}M`;
  }
}

/** All time expressions of a sentence, left to right, without overlaps (longest match wins). */
export function detect(sentence: string): RawTimex[] {
  const found: (RawTimex & { rank: number })[] = [];
  RULES.forEach((r, rank) => {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(sentence); m; m = r.re.exec(sentence)) {
      if (m[0].length === 0) { r.re.lastIndex++; continue; }
      let start = m.index, end = m.index + m[0].length;
      if (r.group) {
        const off = m[0].indexOf(m[r.group]);
        start = m.index + off;
        end = start + m[r.group].length;
      }
      const built = r.build(m);
      // A null build still claims the span: it blocks weaker rules there ("the past week").
      found.push({ ...(built ?? { kind: 'generic', value: '' }), start, end, rank: built ? rank : -1 - rank });
    }
  });
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || Math.abs(a.rank) - Math.abs(b.rank) || a.start - b.start);
  const taken: RawTimex[] = [];
  const blocked: { start: number; end: number }[] = [];
  for (const f of found) {
    if ([...taken, ...blocked].some((t) => t.start < f.end && f.start < t.end)) continue;
    const { rank, ...raw } = f;
    if (rank < 0) blocked.push(raw);
    else taken.push(raw);
  }
  return taken.sort((a, b) => a.start - b.start).map(trimSpan(sentence));
}

/** Drops trailing periods that end the sentence rather than an abbreviation, and possessive 's. */
function trimSpan(s: string) {
  return (t: RawTimex): RawTimex => {
    let end = t.end;
    while (end > t.start && /[\s,]/.test(s[end - 1])) end--;
    return { ...t, end };
  };
}
