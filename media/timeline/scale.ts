/**
 * The time scale: which interval of epoch days is visible, how it maps to pixels, and how zoom,
 * pan and "fit all" change it. Pure functions over plain values, unit-tested in Node.
 */
import { MONTHS, calendarToDay, dayToCalendar } from '../../src/shared/dates';

export interface View {
  /** First visible epoch day (fractional). */
  start: number;
  /** End of the visible interval (exclusive, fractional); always > start. */
  end: number;
}

/** Narrowest view: two days across the canvas. Widest: 400 years. */
export const MIN_SPAN = 2;
export const MAX_SPAN = 400 * 366;

export function span(v: View): number {
  return v.end - v.start;
}

export function dayToX(v: View, width: number, day: number): number {
  return ((day - v.start) / span(v)) * width;
}

export function xToDay(v: View, width: number, x: number): number {
  return v.start + (x / width) * span(v);
}

function clampSpan(s: number): number {
  return Math.min(MAX_SPAN, Math.max(MIN_SPAN, s));
}

/**
 * Zooms by `factor` (> 1 zooms in) keeping `anchor` (an epoch day, e.g. under the mouse) at the
 * same screen position. Clamped to [MIN_SPAN, MAX_SPAN].
 */
export function zoomAt(v: View, factor: number, anchor = (v.start + v.end) / 2): View {
  if (!(factor > 0) || !Number.isFinite(factor)) return v;
  const s = clampSpan(span(v) / factor);
  const ratio = (anchor - v.start) / span(v);
  const start = anchor - ratio * s;
  return { start, end: start + s };
}

/** Moves the view by a fraction of its span (positive = later). */
export function panBy(v: View, fraction: number): View {
  const d = span(v) * fraction;
  return { start: v.start + d, end: v.end + d };
}

/** Moves the view by a number of pixels of a canvas `width` wide (dragging right shows earlier days). */
export function panByPixels(v: View, width: number, dx: number): View {
  return panBy(v, -dx / width);
}

/**
 * The view that shows every interval with a margin: 5% each side, at least half a day, and at
 * least MIN_SPAN wide. An empty extent gives a month around `today`.
 */
export function fitAll(extent: { start: number; end: number } | null, today: number): View {
  if (!extent) return { start: today - 15, end: today + 15 };
  const s = Math.max(extent.end - extent.start, 1);
  const pad = Math.max(s * 0.05, 0.5);
  let start = extent.start - pad;
  let end = extent.end + pad;
  if (end - start < MIN_SPAN) {
    const mid = (start + end) / 2;
    start = mid - MIN_SPAN / 2;
    end = mid + MIN_SPAN / 2;
  }
  if (end - start > MAX_SPAN) end = start + MAX_SPAN;
  return { start, end };
}

/**
 * "Fit all" on a canvas `width` pixels wide: the extent fills the canvas less `left` pixels before
 * it and `right` pixels after it (room for the labels that run right of the last marks).
 */
export function fitAllPx(extent: { start: number; end: number } | null, today: number, width: number, left = 16, right = 240): View {
  const base = fitAll(extent, today);
  if (!extent) return base;
  const inner = width - left - right;
  if (inner < width * 0.4) return base;
  const s = Math.max(extent.end - extent.start, MIN_SPAN);
  const mid = (extent.start + extent.end) / 2;
  const a = mid - s / 2;
  const perPx = s / inner;
  return { start: a - left * perPx, end: a + s + right * perPx };
}

/** Makes sure the interval [a, b) is on screen, panning as little as possible (keyboard navigation). */
export function ensureVisible(v: View, a: number, b: number): View {
  const s = span(v);
  const margin = s * 0.05;
  if (b - a > s - 2 * margin) return { start: a - margin, end: a - margin + s };
  if (a < v.start + margin) return { start: a - margin, end: a - margin + s };
  if (b > v.end - margin) return { start: b + margin - s, end: b + margin };
  return v;
}

// ---------------------------------------------------------------------------------------------
// Axis ticks

export interface Tick {
  day: number;
  label: string;
  /** First tick of a larger unit (a new month on a day axis, a new year on a month axis). */
  major: boolean;
}

type Unit = { kind: 'day' | 'month' | 'year'; step: number };

/** Candidate tick steps, finest first, with their approximate length in days. */
const UNITS: { unit: Unit; days: number }[] = [
  { unit: { kind: 'day', step: 1 }, days: 1 },
  { unit: { kind: 'day', step: 7 }, days: 7 },
  { unit: { kind: 'month', step: 1 }, days: 30.4 },
  { unit: { kind: 'month', step: 3 }, days: 91.3 },
  { unit: { kind: 'year', step: 1 }, days: 365.25 },
  { unit: { kind: 'year', step: 5 }, days: 5 * 365.25 },
  { unit: { kind: 'year', step: 10 }, days: 10 * 365.25 },
  { unit: { kind: 'year', step: 50 }, days: 50 * 365.25 },
  { unit: { kind: 'year', step: 100 }, days: 100 * 365.25 },
];

/** Chooses the finest unit whose ticks are at least `minPx` apart. */
export function tickUnit(v: View, width: number, minPx = 72): Unit {
  const pxPerDay = width / span(v);
  for (const u of UNITS) if (u.days * pxPerDay >= minPx) return u.unit;
  return UNITS[UNITS.length - 1].unit;
}

/** Ticks inside the view, labelled for the chosen unit. */
export function ticks(v: View, width: number, minPx = 72): Tick[] {
  const unit = tickUnit(v, width, minPx);
  const out: Tick[] = [];
  const first = dayToCalendar(Math.floor(v.start));
  const limit = 2000;
  if (unit.kind === 'day') {
    // Weekly ticks fall on Mondays so they line up with ISO weeks ("2023-W37").
    let d = Math.floor(v.start);
    if (unit.step === 7) d += (8 - dayToCalendar(d).weekday) % 7;
    for (; d <= v.end && out.length < limit; d += unit.step) {
      const c = dayToCalendar(d);
      const major = c.day <= unit.step && (unit.step === 1 ? c.day === 1 : true);
      out.push({ day: d, major, label: major && c.month === 0 ? `${c.day} ${MONTHS[c.month]} ${c.year}` : `${c.day} ${MONTHS[c.month]}` });
    }
  } else if (unit.kind === 'month') {
    let m = first.month - (first.month % unit.step);
    let y = first.year;
    for (let d = calendarToDay(y, m); d <= v.end && out.length < limit; d = calendarToDay(y, m)) {
      if (d >= v.start) out.push({ day: d, major: m === 0, label: m === 0 ? String(y) : `${MONTHS[m]}` });
      m += unit.step;
      if (m >= 12) { m -= 12; y += 1; }
    }
  } else {
    let y = first.year - (((first.year % unit.step) + unit.step) % unit.step);
    for (let d = calendarToDay(y, 0); d <= v.end && out.length < limit; d = calendarToDay(y, 0)) {
      if (d >= v.start) out.push({ day: d, major: y % (unit.step * 10) === 0, label: String(y) });
      y += unit.step;
    }
  }
  return out;
}

/** The context label shown at the left of the axis ("Sep 2023", "2023", "2020s"). */
export function contextLabel(v: View, width: number): string {
  const unit = tickUnit(v, width);
  const c = dayToCalendar(Math.floor(v.start));
  if (unit.kind === 'day') return `${MONTHS[c.month]} ${c.year}`;
  if (unit.kind === 'month') return String(c.year);
  return '';
}
