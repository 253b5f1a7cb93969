/**
 * Calendar arithmetic on ISO days (YYYY-MM-DD strings), done in UTC so that no local time zone
 * or daylight-saving shift can move a day. Plain functions, no Date objects leak out.
 */

export interface Ymd {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

export function isoDay(y: number, m: number, d: number): string {
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}

/** Parses YYYY-MM-DD; null when malformed or not a real day (2023-02-30). */
export function parseIsoDay(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  return isValidDay(y, mo, d) ? { y, m: mo, d } : null;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Days since 1970-01-01. */
export function toDayNumber(p: Ymd): number {
  return Math.round(Date.UTC(p.y, p.m - 1, p.d) / 864e5);
}

export function fromDayNumber(n: number): Ymd {
  const t = new Date(n * 864e5);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function ymdToIso(p: Ymd): string {
  return isoDay(p.y, p.m, p.d);
}

export function addDays(p: Ymd, n: number): Ymd {
  return fromDayNumber(toDayNumber(p) + n);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(p: Ymd, n: number): Ymd {
  const idx = p.y * 12 + (p.m - 1) + n;
  const y = Math.floor(idx / 12), m = (idx % 12) + 1;
  return { y, m, d: Math.min(p.d, daysInMonth(y, m)) };
}

/** 0 = Monday … 6 = Sunday (ISO order). */
export function weekday(p: Ymd): number {
  return (new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay() + 6) % 7;
}

/** ISO 8601 week: the year it belongs to, its number and its Monday. */
export function isoWeek(p: Ymd): { year: number; week: number; monday: Ymd } {
  const monday = addDays(p, -weekday(p));
  const thursday = addDays(monday, 3);
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor((toDayNumber(thursday) - toDayNumber(jan1)) / 7) + 1;
  return { year: thursday.y, week, monday };
}

export function isoWeekValue(p: Ymd): string {
  const w = isoWeek(p);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
}

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  monday: 0, mon: 0, tuesday: 1, tue: 1, tues: 1, wednesday: 2, wed: 2, thursday: 3, thu: 3, thur: 3, thurs: 3,
  friday: 4, fri: 4, saturday: 5, sat: 5, sunday: 6, sun: 6,
};

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

/**
 * Reads one calendar date written the ways news pages write them: 2023-09-09, 2023/09/09,
 * 09/09/2023 (day-first when `dayFirst` or when the first number cannot be a month),
 * "September 9, 2023", "Sept. 9 2023", "9 September 2023", "Sat 9 Sep 2023".
 */
export function parseCalendarDate(s: string, dayFirst = false): Ymd | null {
  let m = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/.exec(s);
  if (m) return checked(+m[1], +m[2], +m[3]);
  m = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(s);
  if (m) {
    const a = +m[1], b = +m[2], y = +m[3];
    if (a > 12) return checked(y, b, a);
    if (b > 12) return checked(y, a, b);
    return dayFirst ? checked(y, b, a) : checked(y, a, b);
  }
  const mon = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
  m = new RegExp(`\\b${mon}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i').exec(s);
  if (m) return checked(+m[3], monthNumber(m[1])!, +m[2]);
  m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${mon},?\\s+(\\d{4})\\b`, 'i').exec(s);
  if (m) return checked(+m[3], monthNumber(m[2])!, +m[1]);
  return null;
}

function checked(y: number, m: number, d: number): Ymd | null {
  return y >= 1000 && y <= 2999 && isValidDay(y, m, d) ? { y, m, d } : null;
}
