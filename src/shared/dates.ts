/**
 * Calendar arithmetic on "epoch days" (days since 1970-01-01, UTC). The timeline works in days
 * because every resolved date is a whole-day interval; fractional days only appear in the view.
 * Pure: no DOM, no Intl (labels must not depend on the webview's locale settings in tests).
 */
import type { TimelineDate } from './timeline-protocol';

const MS_PER_DAY = 86_400_000;
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-09-08" → epoch day; undefined for anything that is not a real calendar day. */
export function isoToDay(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return Math.round(t / MS_PER_DAY);
}

export interface CalendarDay {
  year: number;
  /** 0-based */
  month: number;
  day: number;
  /** 0 = Sunday */
  weekday: number;
}

export function dayToCalendar(day: number): CalendarDay {
  const d = new Date(Math.floor(day) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(), weekday: d.getUTCDay() };
}

export function dayToIso(day: number): string {
  const c = dayToCalendar(day);
  return `${String(c.year).padStart(4, '0')}-${String(c.month + 1).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}

export function calendarToDay(year: number, month: number, day = 1): number {
  return Math.round(Date.UTC(year, month, day) / MS_PER_DAY);
}

/** "8 Sep 2023" */
export function formatDay(day: number): string {
  const c = dayToCalendar(day);
  return `${c.day} ${MONTHS[c.month]} ${c.year}`;
}

/** A human label for a resolved date that says how precise it is. */
export function formatDate(d: TimelineDate): string {
  const a = isoToDay(d.earliest);
  const b = isoToDay(d.latest);
  let core: string;
  if (a === undefined) {
    core = d.value;
  } else if (d.precision === 'day' || d.precision === 'time' || b === undefined || a === b) {
    core = formatDay(a);
    if (d.precision === 'time') {
      const t = /T(\d{2}:\d{2})/.exec(d.value);
      if (t) core += ` ${t[1]}`;
    }
  } else if (d.precision === 'month') {
    const c = dayToCalendar(a);
    core = `${MONTHS[c.month]} ${c.year}`;
  } else if (d.precision === 'year') {
    core = String(dayToCalendar(a).year);
  } else if (d.precision === 'decade') {
    core = `${dayToCalendar(a).year}s`;
  } else if (d.precision === 'week') {
    core = `week of ${formatDay(a)}`;
  } else {
    core = formatInterval(a, b);
  }
  if (d.open === 'after') return `since ${core}`;
  if (d.open === 'before') return `until ${core}`;
  return core;
}

/** "4–8 Sep 2023", "28 Aug – 3 Sep 2023", "Dec 2022 – Jan 2023" style interval labels (inclusive days). */
export function formatInterval(a: number, b: number): string {
  const x = dayToCalendar(a);
  const y = dayToCalendar(b);
  if (x.year === y.year && x.month === y.month) return `${x.day}–${y.day} ${MONTHS[x.month]} ${x.year}`;
  if (x.year === y.year) return `${x.day} ${MONTHS[x.month]} – ${y.day} ${MONTHS[y.month]} ${x.year}`;
  return `${formatDay(a)} – ${formatDay(b)}`;
}
