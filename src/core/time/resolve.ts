import type { Precision, ResolvedDate, TimexType } from '../model';
import {
  addDays, addMonths, daysInMonth, isoDay, isoMonth, isoWeek, isoWeekValue, isValidDay, parseIsoDay, toDayNumber, weekday,
  WEEKDAY_NAMES, ymdToIso, type Ymd,
} from './calendar';
import type { RawTimex } from './detect';
import type { TenseCue } from './tense';

export interface Resolution extends ResolvedDate {
  type: TimexType;
  reasoning: string;
}

export interface ResolveContext {
  /** Publication date, or null when unknown. */
  dct: Ymd | null;
  /** The expression as written, for the reasoning string. */
  text: string;
  tense: TenseCue;
  /** The word just before the expression, lower-case ("since", "until", "on"). */
  prevWord: string;
  /** A day the same sentence pins down ("at 10 a.m. Friday"), for clock times. */
  sentenceDay?: Ymd | null;
  /** For the second end of a range ("from Sunday to Wednesday"): it cannot precede the first. */
  notBefore?: Ymd | null;
  /** Written as a possessive ("Saturday’s parade", "Thursday’s closing price"): names a past day. */
  possessive?: boolean;
}

type Direction = 'past' | 'future' | 'nearest';

const SEASON: Record<string, { code: string; months: [number, number] }> = {
  spring: { code: 'SP', months: [3, 5] }, summer: { code: 'SU', months: [6, 8] },
  fall: { code: 'FA', months: [9, 11] }, autumn: { code: 'FA', months: [9, 11] }, winter: { code: 'WI', months: [12, 14] },
};

/**
 * Present tense next to a weekday is news style for a scheduled event ("the forum runs from
 * Sunday"): upcoming. Next to a month or a date it is usually framing ("comes after the visit in
 * July"), so months then take the nearest reading.
 */
function direction(ctx: ResolveContext, present: Direction = 'nearest', none: Direction = 'nearest'): { dir: Direction; why: string } {
  if (ctx.prevWord === 'since') return { dir: 'past', why: '"since" looks back' };
  // A deadline or end point ("through January", "by February", "until Oct. 31"): tense describes
  // the arrangement, not the date.
  if (/^(?:through|until|till|by|before)$/.test(ctx.prevWord)) {
    return ctx.tense.tense === 'future'
      ? { dir: 'future', why: `"${ctx.prevWord}" marks an end point ahead ("${ctx.tense.cue}")` }
      : { dir: 'nearest', why: `"${ctx.prevWord}" marks an end point, nearest` };
  }
  const t = ctx.tense;
  if (t.tense === 'past') return { dir: 'past', why: `past tense ("${t.cue}")` };
  if (t.tense === 'future') return { dir: 'future', why: `future reference ("${t.cue}")` };
  if (t.tense === 'planned') return { dir: 'nearest', why: `a plan told in the past ("${t.cue}"), nearest` };
  if (t.tense === 'present') {
    return present === 'future'
      ? { dir: 'future', why: `present tense of a scheduled event ("${t.cue}")` }
      : { dir: 'nearest', why: `present tense ("${t.cue}"), nearest` };
  }
  if (none === 'past') return { dir: 'past', why: 'no tense cue, news default: the past' };
  return { dir: 'nearest', why: 'no tense cue, nearest' };
}

const day = (p: Ymd): ResolvedDate => ({ value: ymdToIso(p), earliest: ymdToIso(p), latest: ymdToIso(p), precision: 'day' });
const month = (y: number, m: number): ResolvedDate => ({
  value: isoMonth(y, m), earliest: isoDay(y, m, 1), latest: isoDay(y, m, daysInMonth(y, m)), precision: 'month',
});
const year = (y: number): ResolvedDate => ({ value: String(y), earliest: isoDay(y, 1, 1), latest: isoDay(y, 12, 31), precision: 'year' });
const week = (p: Ymd): ResolvedDate => {
  const w = isoWeek(p);
  return { value: isoWeekValue(p), earliest: ymdToIso(w.monday), latest: ymdToIso(addDays(w.monday, 6)), precision: 'week' };
};
const unplaced = (value: string, precision: Precision): ResolvedDate => ({ value, precision });

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * How the date was read, in a few words: the views show it under the expression, its interval,
 * value and the publication date, so it repeats none of them (every timex carries one, and it was
 * a sixth of an analysis's size).
 */
function explain(raw: RawTimex, ctx: ResolveContext, how: string): string {
  return ctx.dct && !ABSOLUTE.has(raw.kind) && raw.y === undefined ? `${how}, from the publication date` : how;
}

/** Kinds whose value the text states in full: no publication date is involved. */
const ABSOLUTE = new Set<RawTimex['kind']>(['iso', 'numeric', 'fullDate', 'monthYear', 'year', 'decade', 'duration', 'set']);

/** Picks, among candidate placements, the one the direction asks for. */
function pick<T>(cands: T[], dist: (c: T) => number, dir: Direction): T {
  // dist < 0: before the publication date; 0: same period; > 0: after.
  if (dir === 'past') {
    const ok = cands.filter((c) => dist(c) <= 0);
    if (ok.length) return ok.reduce((a, b) => (dist(b) > dist(a) ? b : a));
  } else if (dir === 'future') {
    const ok = cands.filter((c) => dist(c) >= 0);
    if (ok.length) return ok.reduce((a, b) => (dist(b) < dist(a) ? b : a));
  }
  // Nearest; a tie goes to the past (news mostly reports what happened).
  return cands.reduce((a, b) => (Math.abs(dist(b)) < Math.abs(dist(a)) || (Math.abs(dist(b)) === Math.abs(dist(a)) && dist(b) < dist(a)) ? b : a));
}

export function resolve(raw: RawTimex, ctx: ResolveContext): Resolution {
  const r = resolveInner(raw, ctx);
  if (raw.kind === 'relUnit' || raw.mod === 'early' || raw.mod === 'mid' || raw.mod === 'late') narrowPart(r, raw, ctx.dct);
  if (ctx.prevWord === 'since' && r.earliest) r.open = 'after';
  else if ((ctx.prevWord === 'until' || ctx.prevWord === 'till' || ctx.prevWord === 'before') && r.latest) r.open = 'before';
  return r;
}

/**
 * "earlier this month" ends at the article, "later this year" starts there; "late last year" is
 * the last third of it, "early July" days 1–10, "mid-July" 11–20, "late July" 21 to the month's
 * end. The TimeML value stays the whole period; the calendar interval narrows.
 */
function narrowPart(r: Resolution, raw: RawTimex, dct: Ymd | null): void {
  const e = parseIsoDay(r.earliest), l = parseIsoDay(r.latest);
  if (!e || !l) return;
  const today = dct ? ymdToIso(dct) : '';
  if (dct && raw.side === 'before' && r.latest! > today && r.earliest! <= today) r.latest = ymdToIso(addDays(dct, -1)) < r.earliest! ? r.earliest : ymdToIso(addDays(dct, -1));
  if (dct && raw.side === 'after' && r.earliest! < today && r.latest! >= today) r.earliest = ymdToIso(addDays(dct, 1)) > r.latest! ? r.latest : ymdToIso(addDays(dct, 1));
  if (raw.mod === 'early' || raw.mod === 'mid' || raw.mod === 'late') {
    const k = raw.mod === 'early' ? 0 : raw.mod === 'mid' ? 1 : 2;
    let a: Ymd, b: Ymd;
    if (r.precision === 'month') {
      // Newspaper thirds of a month: the 1st–10th, 11th–20th, 21st–end.
      a = { ...e, d: 1 + 10 * k };
      b = k === 2 ? l : { ...e, d: 10 * (k + 1) };
    } else {
      const n = toDayNumber(l) - toDayNumber(e) + 1, third = Math.floor(n / 3);
      a = addDays(e, k * third);
      b = k === 2 ? l : addDays(e, (k + 1) * third - 1);
    }
    r.earliest = ymdToIso(a);
    r.latest = ymdToIso(b);
  }
  if (r.earliest !== ymdToIso(e) || r.latest !== ymdToIso(l)) r.reasoning += `; its ${raw.mod ?? (raw.side === 'before' ? 'earlier' : 'later')} part`;
}

function resolveInner(raw: RawTimex, ctx: ResolveContext): Resolution {
  const dct = ctx.dct;
  const done = (type: TimexType, res: ResolvedDate, how: string): Resolution => ({ type, ...res, reasoning: explain(raw, ctx, how) });
  switch (raw.kind) {
    case 'iso':
    case 'numeric': {
      let y = raw.y!, m = raw.m!, d = raw.d!;
      let how = 'written date';
      if (raw.kind === 'numeric') {
        const monthFirst = isValidDay(y, m, d), dayFirst = isValidDay(y, d, m);
        if (!monthFirst && dayFirst) [m, d] = [d, m], (how = 'day-first numeric date');
        else if (monthFirst && dayFirst && m !== d && dct) {
          const a = Math.abs(toDayNumber({ y, m, d }) - toDayNumber(dct)), b = Math.abs(toDayNumber({ y, m: d, d: m }) - toDayNumber(dct));
          if (b < a) [m, d] = [d, m], (how = 'day-first reading is closer to the publication date');
        }
      }
      if (!isValidDay(y, m, d)) return done('DATE', unplaced('XXXX-XX-XX', 'unknown'), 'not a real calendar day');
      const base = day({ y, m, d });
      if (raw.hh !== undefined) {
        const v = `${base.value}T${pad(raw.hh)}:${pad(raw.mi ?? 0)}${raw.ss !== undefined ? ':' + pad(raw.ss) : ''}`;
        return done('TIME', { ...base, value: v, precision: 'time' }, how + ' with clock time');
      }
      return done('DATE', base, how);
    }
    case 'fullDate': {
      if (!isValidDay(raw.y!, raw.m!, raw.d!)) return done('DATE', unplaced('XXXX-XX-XX', 'unknown'), 'not a real calendar day');
      return done('DATE', day({ y: raw.y!, m: raw.m!, d: raw.d! }), 'full written date');
    }
    case 'monthDay': {
      const m = raw.m!, d = raw.d!;
      if (!dct) return done('DATE', unplaced(`XXXX-${pad(m)}-${pad(d)}`, 'day'), 'month and day without a year');
      let cands = [dct.y - 1, dct.y, dct.y + 1].filter((y) => isValidDay(y, m, d)).map((y) => ({ y, m, d }));
      if (!cands.length) return done('DATE', unplaced(`XXXX-${pad(m)}-${pad(d)}`, 'day'), 'no such day');
      if (raw.wd !== undefined) {
        // "Monday, Oct. 26": the year in which that day is a Monday.
        const same = cands.filter((c) => weekday(c) === raw.wd);
        if (same.length) cands = same;
      }
      const { dir, why } = direction(ctx);
      const dist = (c: Ymd) => toDayNumber(c) - toDayNumber(dct);
      let chosen = pick(cands, dist, dir);
      let how = `month and day, year from ${why}`;
      // Tense only chooses between nearby readings: a deadline "Oct. 31" in a past-tense sentence of
      // Oct. 27 is four days ahead, not a year back.
      if (Math.abs(dist(chosen)) > 270) {
        chosen = pick(cands, dist, 'nearest');
        how = 'month and day, the nearest such day to the article';
      }
      return done('DATE', day(chosen), how);
    }
    case 'monthYear': {
      return done('DATE', month(raw.y!, raw.m!), 'month and year');
    }
    case 'month': {
      const m = raw.m!;
      if (!dct) return done('DATE', unplaced(`XXXX-${pad(m)}`, 'month'), 'month without a year');
      const idx = (y: number, mm: number) => y * 12 + mm - 1;
      const now = idx(dct.y, dct.m);
      const cands = [dct.y - 1, dct.y, dct.y + 1].map((y) => ({ y, m }));
      let chosen: Ymd | { y: number; m: number };
      let how: string;
      if (raw.yearRel) {
        chosen = { y: dct.y + (raw.yearRel === 'last' ? -1 : raw.yearRel === 'next' ? 1 : 0), m };
        how = `month of ${raw.yearRel} year`;
      } else if (raw.rel === 'last') {
        chosen = pick(cands.filter((c) => idx(c.y, c.m) < now), (c) => idx(c.y, c.m) - now, 'past');
        how = '"last" month name: the most recent one before the article';
      } else if (raw.rel === 'next') {
        chosen = pick(cands.filter((c) => idx(c.y, c.m) > now), (c) => idx(c.y, c.m) - now, 'future');
        how = '"next" month name: the first one after the article';
      } else if (raw.rel === 'this') {
        chosen = { y: dct.y, m };
        how = '"this" month name: the publication year';
      } else {
        const { dir, why } = ctx.possessive ? { dir: 'past' as Direction, why: 'possessive ("January’s election"): already past' } : direction(ctx, 'nearest', 'past');
        const dist = (c: { y: number; m: number }) => idx(c.y, c.m) - now;
        chosen = pick(cands, dist, dir);
        how = `month name, ${why}`;
        // Without a tense of its own the news default (the past) holds only within nine months;
        // an explicit past tense ("had snubbed an election in January") or "since" looks back
        // as far as it must.
        const explicit = ctx.possessive || ctx.prevWord === 'since' || ctx.tense.tense === 'past' || ctx.tense.tense === 'future';
        if (Math.abs(dist(chosen)) > 9 && !explicit) {
          chosen = pick(cands, dist, 'nearest');
          how = 'month name, the nearest such month to the article';
        }
      }
      return done('DATE', month(chosen.y, chosen.m), how);
    }
    case 'year':
      return done('DATE', year(raw.y!), 'written year');
    case 'decade': {
      const y0 = raw.y! - (raw.y! % 10);
      return done('DATE', { value: String(y0).slice(0, 3), earliest: isoDay(y0, 1, 1), latest: isoDay(y0 + 9, 12, 31), precision: 'decade' }, 'decade');
    }
    case 'quarter':
    case 'half': {
      const isQ = raw.kind === 'quarter';
      let q = raw.q!;
      if (isQ && q === 0) {
        // "the current quarter" holds the article; "the quarter" / "the latest quarter" is the last
        // one completed (the document pass may name it from context).
        if (!dct) return done('DATE', unplaced('XXXX-QX', 'quarter'), 'a quarter, year unknown');
        const cur = Math.floor((dct.m - 1) / 3) + 1;
        if (raw.rel === 'this') q = cur;
        else {
          q = cur === 1 ? 4 : cur - 1;
          const y = raw.y ?? (cur === 1 ? dct.y - 1 : dct.y);
          const sm = (q - 1) * 3 + 1;
          return done('DATE', { value: `${y}-Q${q}`, earliest: isoDay(y, sm, 1), latest: isoDay(y, sm + 2, daysInMonth(y, sm + 2)), precision: 'quarter' }, 'the last completed quarter');
        }
      }
      const code = isQ ? `Q${q}` : `H${q}`;
      const startM = isQ ? (q - 1) * 3 + 1 : (q - 1) * 6 + 1, len = isQ ? 3 : 6;
      const span = (y: number): ResolvedDate => ({
        value: `${y}-${code}`, earliest: isoDay(y, startM, 1),
        latest: isoDay(y, startM + len - 1, daysInMonth(y, startM + len - 1)), precision: 'quarter',
      });
      if (raw.y) return done('DATE', span(raw.y), isQ ? 'quarter of a written year' : 'half of a written year');
      if (!dct) return done('DATE', unplaced(`XXXX-${code}`, 'quarter'), 'quarter without a year');
      let y = dct.y;
      if (raw.rel === 'this') y = dct.y;
      else if (raw.rel === 'last') y = dct.y - 1;
      else if (raw.rel === 'next') y = dct.y + 1;
      else if (!raw.rel) {
        // The nearest such period: "third-quarter profit" reported in October is this year's,
        // "fourth-quarter results" in January last year's, "expects fourth-quarter sales" in
        // September this year's. Tense does not help here: results are reported after the fact.
        const today = toDayNumber(dct);
        const startOf = (yy: number) => toDayNumber({ y: yy, m: startM, d: 1 });
        const endOf = (yy: number) => toDayNumber({ y: yy, m: startM + len - 1, d: daysInMonth(yy, startM + len - 1) });
        const gap = (yy: number) => (today < startOf(yy) ? startOf(yy) - today : today > endOf(yy) ? today - endOf(yy) : 0);
        y = [y - 1, y, y + 1].reduce((a, b) => (gap(b) < gap(a) ? b : a));
      }
      if (raw.yearShift) y += raw.yearShift;
      return done('DATE', span(y), isQ ? 'quarter, year from the article' : 'half-year, year from the article');
    }
    case 'season': {
      const s = SEASON[raw.value!];
      const mk = (y: number): ResolvedDate => {
        const endM = s.months[1] > 12 ? s.months[1] - 12 : s.months[1], endY = s.months[1] > 12 ? y + 1 : y;
        return { value: `${y}-${s.code}`, earliest: isoDay(y, s.months[0], 1), latest: isoDay(endY, endM, daysInMonth(endY, endM)), precision: 'season' };
      };
      if (raw.y) return done('DATE', mk(raw.y), 'season of a written year');
      if (!dct) return done('DATE', unplaced(`XXXX-${s.code}`, 'season'), 'season without a year');
      const today = ymdToIso(dct);
      let y: number;
      if (raw.rel === 'this') y = dct.y;
      else if (raw.rel === 'last') y = [dct.y, dct.y - 1].find((yy) => mk(yy).latest! < today) ?? dct.y - 1;
      else if (raw.rel === 'next') y = [dct.y, dct.y + 1].find((yy) => mk(yy).earliest! > today) ?? dct.y + 1;
      else {
        // "the summer": the nearest one to the article.
        const gap = (yy: number) => {
          const r = mk(yy);
          if (today < r.earliest!) return toDayNumber(parseIsoDay(r.earliest)!) - toDayNumber(dct);
          if (today > r.latest!) return toDayNumber(dct) - toDayNumber(parseIsoDay(r.latest)!);
          return 0;
        };
        y = [dct.y - 1, dct.y, dct.y + 1].reduce((a, b) => (gap(b) < gap(a) ? b : a));
      }
      return done('DATE', mk(y), `season, "${raw.rel ?? 'the'}"`);
    }
    case 'weekday': {
      const target = raw.wd!;
      const name = WEEKDAY_NAMES[target];
      if (!dct) return done(raw.part ? 'TIME' : 'DATE', unplaced(`XXXX-WXX-${target + 1}`, 'day'), name);
      const w0 = weekday(dct);
      let offset: number;
      let how: string;
      if (raw.rel === 'last') {
        offset = -(((w0 - target + 7) % 7) || 7);
        how = `"last ${name}": the most recent one before the article`;
      } else if (raw.rel === 'next') {
        offset = ((target - w0 + 7) % 7) || 7;
        how = `"next ${name}": the first one after the article`;
      } else if (raw.rel === 'this') {
        offset = target - w0;
        how = `"this ${name}": in the article's week`;
      } else {
        // "get around Wednesday's ruling" (would) is still last Wednesday's ruling; only a plain
        // future ("Wednesday's meeting will decide") looks ahead.
        const d0 = ctx.possessive && !/^(?:will|shall|'ll|won't|upcoming|tomorrow)$/.test(ctx.tense.cue)
          ? { dir: 'past' as Direction, why: 'possessive ("’s"): a day already past' }
          : direction(ctx, 'future', 'past');
        const { dir, why } = d0;
        const back = -((w0 - target + 7) % 7), fwd = (target - w0 + 7) % 7;
        offset = dir === 'past' ? back : dir === 'future' ? fwd : Math.abs(back) <= fwd ? back : fwd;
        how = `${name}, ${why}`;
      }
      let p = addDays(dct, offset);
      if (ctx.notBefore && toDayNumber(p) < toDayNumber(ctx.notBefore)) {
        while (toDayNumber(p) < toDayNumber(ctx.notBefore)) p = addDays(p, 7);
        how += ', not before the start of its range';
      }
      // Part of day ("Friday night") is kept in the text, not the value: newswire annotation
      // dates such expressions by their day.
      const res = day(p);
      if (raw.part) return done('TIME', { ...res, value: `${res.value}T${raw.part}` }, how);
      return done('DATE', res, how);
    }
    case 'deictic': {
      const words: Record<number, string> = { [-1]: 'yesterday', 0: 'today', 1: 'tomorrow' };
      if (!dct) {
        const v = raw.d! < 0 ? 'PAST_REF' : raw.d! > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
        return done(raw.part ? 'TIME' : 'DATE', unplaced(v, 'day'), words[raw.d!]);
      }
      const res = day(addDays(dct, raw.d!));
      if (raw.part) return done('TIME', { ...res, value: `${res.value}T${raw.part}` }, `${words[raw.d!]}, part of day`);
      return done('DATE', res, words[raw.d!]);
    }
    case 'relUnit': {
      const u = raw.unit!;
      const delta = raw.rel === 'last' ? -1 : raw.rel === 'next' ? 1 : 0;
      const label = raw.rel === 'same' ? `"the ${u}": the article's ${u}` : `${raw.rel} ${u}`;
      if (!dct) {
        const v = delta < 0 ? 'PAST_REF' : delta > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
        return done('DATE', unplaced(v, u === 'weekend' ? 'week' : (u as Precision)), label);
      }
      switch (u) {
        case 'week':
          return done('DATE', week(addDays(dct, 7 * delta)), label);
        case 'weekend': {
          // "over the weekend" in a weekday story told in the past is the one just gone.
          let shift = 7 * delta;
          if (raw.rel === 'same' && weekday(dct) < 5 && ctx.tense.tense !== 'future' && ctx.tense.tense !== 'present') shift = -7;
          const w = week(addDays(dct, shift));
          const sat = addDays(isoWeek(addDays(dct, shift)).monday, 5);
          return done('DATE', { value: `${w.value}-WE`, earliest: ymdToIso(sat), latest: ymdToIso(addDays(sat, 1)), precision: 'week' }, label);
        }
        case 'month': {
          const p = addMonths({ ...dct, d: 1 }, delta);
          return done('DATE', month(p.y, p.m), label);
        }
        case 'year':
          return done('DATE', year(dct.y + delta), label);
        case 'decade': {
          const y0 = dct.y - (dct.y % 10) + 10 * delta;
          return done('DATE', { value: String(y0).slice(0, 3), earliest: isoDay(y0, 1, 1), latest: isoDay(y0 + 9, 12, 31), precision: 'decade' }, label);
        }
        case 'century': {
          const c0 = Math.floor(dct.y / 100) + delta;
          return done('DATE', { value: String(c0), earliest: isoDay(c0 * 100, 1, 1), latest: isoDay(c0 * 100 + 99, 12, 31), precision: 'decade' }, label);
        }
        default:
          return done('DATE', unplaced('PRESENT_REF', 'unknown'), label);
      }
    }
    case 'ago': {
      const n = raw.n!, u = raw.unit!;
      if (n === 'X' || !dct) return done('DATE', unplaced('PAST_REF', 'unknown'), `${u}s ago`);
      const how = `${n} ${u}(s) before the article`;
      switch (u) {
        case 'day': return done('DATE', day(addDays(dct, -n)), how);
        case 'week': return done('DATE', week(addDays(dct, -7 * n)), how);
        case 'month': { const p = addMonths({ ...dct, d: 1 }, -n); return done('DATE', month(p.y, p.m), how); }
        case 'year': return done('DATE', year(dct.y - n), how);
        case 'decade': { const y0 = dct.y - 10 * n; return done('DATE', { value: String(y0 - (y0 % 10)).slice(0, 3), earliest: isoDay(y0 - (y0 % 10), 1, 1), latest: isoDay(y0 - (y0 % 10) + 9, 12, 31), precision: 'decade' }, how); }
        default: return done('DATE', day(dct), how);
      }
    }
    case 'clock': {
      const base = ctx.sentenceDay ?? dct;
      const hhmm = `T${pad(raw.hh!)}:${pad(raw.mi!)}`;
      if (!base) return done('TIME', unplaced(`XXXX-XX-XX${hhmm}`, 'time'), 'clock time, day unknown');
      const res = day(base);
      return done('TIME', { ...res, value: res.value + hhmm, precision: 'time' }, ctx.sentenceDay ? 'clock time on the day the sentence names' : 'clock time on the publication day');
    }
    case 'holiday': {
      const name = raw.value!;
      const on = (y: number): Ymd | null => holidayDate(name, y);
      if (!dct) {
        const p = on(2000);
        return done('DATE', unplaced(p && name !== 'thanksgiving' && !/labor|memorial/.test(name) ? `XXXX-${pad(p.m)}-${pad(p.d)}` : 'XXXX-XX-XX', 'day'), `${name}, year unknown`);
      }
      const cands = [dct.y - 1, dct.y, dct.y + 1].map(on).filter((p): p is Ymd => !!p);
      const dist = (c: Ymd) => toDayNumber(c) - toDayNumber(dct);
      let chosen: Ymd;
      if (raw.rel === 'last') chosen = pick(cands.filter((c) => dist(c) < 0), dist, 'past');
      else if (raw.rel === 'next') chosen = pick(cands.filter((c) => dist(c) > 0), dist, 'future');
      else if (raw.rel === 'this') chosen = on(dct.y)!;
      else chosen = pick(cands, dist, direction(ctx, 'future').dir);
      return done('DATE', day(chosen), `${name}, the one ${dist(chosen) < 0 ? 'before' : 'after'} the article`);
    }
    case 'duration':
      return done('DURATION', unplaced(raw.value!, 'unknown'), 'a length of time, not a date');
    case 'set':
      return done('SET', unplaced(raw.value!, 'unknown'), 'a recurring time');
    case 'generic': {
      const v = raw.value!;
      if (dct && v === 'PRESENT_REF') return done('DATE', { value: v, earliest: ymdToIso(dct), latest: ymdToIso(dct), precision: 'unknown' }, 'the time of writing');
      if (dct && v === 'PAST_REF') return done('DATE', { value: v, latest: ymdToIso(dct), precision: 'unknown', open: 'before' }, 'some time before the article');
      if (dct && v === 'FUTURE_REF') return done('DATE', { value: v, earliest: ymdToIso(dct), precision: 'unknown', open: 'after' }, 'some time after the article');
      return done('DATE', unplaced(v, 'unknown'), 'a vague reference');
    }
  }
}

/** Fixed and movable (US) holidays news copy names. */
function holidayDate(name: string, y: number): Ymd | null {
  const nth = (m: number, wd: number, n: number): Ymd => {
    const first = weekday({ y, m, d: 1 });
    return { y, m, d: 1 + ((wd - first + 7) % 7) + 7 * (n - 1) };
  };
  const lastOf = (m: number, wd: number): Ymd => {
    const dl = daysInMonth(y, m);
    const w = weekday({ y, m, d: dl });
    return { y, m, d: dl - ((w - wd + 7) % 7) };
  };
  if (name.startsWith('christmas eve')) return { y, m: 12, d: 24 };
  if (name.startsWith('christmas')) return { y, m: 12, d: 25 };
  if (name.startsWith('new years eve')) return { y, m: 12, d: 31 };
  if (name.startsWith('new years')) return { y, m: 1, d: 1 };
  if (name.startsWith('thanksgiving')) return nth(11, 3, 4);
  if (name.startsWith('independence')) return { y, m: 7, d: 4 };
  if (name.startsWith('labor')) return nth(9, 0, 1);
  if (name.startsWith('memorial')) return lastOf(5, 0);
  if (name.startsWith('veterans')) return { y, m: 11, d: 11 };
  if (name.startsWith('valentines')) return { y, m: 2, d: 14 };
  if (name.startsWith('halloween')) return { y, m: 10, d: 31 };
  return null;
}
