import type { CorpusEvent } from '../model';

/**
 * Cross-document event grouping: two events in different documents tell the same happening when
 * they share a participant and their summaries share the words that name the act ("paramilitary
 * parade"). Dates are deliberately only a soft signal: a page dated wrongly resolves "Saturday" to
 * the wrong week, and that is exactly the disagreement the timeline must surface (`conflict`).
 */
export interface EventGroup {
  id: string;
  events: CorpusEvent[];
  /** The sources give dates for it that cannot both be true (disjoint intervals). */
  conflict: boolean;
}

/** Words that say nothing about which act happened (reporting verbs, time words, function words). */
const STOP = new Set(`the a an and or but of in on at to for from by with as into onto over under about after before
during since until than then that this these those there their they them his her its our your was were is are be been being
has have had will would could should may might must can shall not no also just only more most other some such very
said says say saying told tells tell reported reports report according announced statement news agency media state official
officials spokesman spokeswoman spokesperson added noted week weeks month months year years day days today yesterday tomorrow
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october
november december morning evening night time times last next first second earlier later ago while which who whom whose what
when where why how all any each both many much several new one two three four five six seven eight nine ten dozen expected
likely plans planned`.split(/\s+/));

const STEM_LEN = 6;
/** Content-word stems of a summary: a crude prefix stemmer ("delegates" ~ "delegations"). */
export function actWords(summary: string): Set<string> {
  const out = new Set<string>();
  for (const raw of summary.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 4 || STOP.has(raw) || /^\d+$/.test(raw)) continue;
    out.add(raw.slice(0, STEM_LEN));
  }
  return out;
}

const DAY = 86_400_000;
function dayNum(d: string | undefined): number | undefined {
  if (!d) return undefined;
  const t = Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
  return Number.isFinite(t) ? Math.round(t / DAY) : undefined;
}

interface Prepared { ev: CorpusEvent; words: Set<string>; ents: Set<string>; lo?: number; hi?: number }

/** Buckets bigger than this are too common to say two events are the same (e.g. "United States"). */
const MAX_BUCKET = 200;
/** Events at most this many days apart count as "near" and need less word overlap. */
const NEAR_DAYS = 3;

export function groupEvents(events: CorpusEvent[]): EventGroup[] {
  const prep: Prepared[] = events.map((ev) => ({
    ev, words: actWords(ev.summary), ents: new Set(ev.entities), lo: dayNum(ev.date.earliest), hi: dayNum(ev.date.latest ?? ev.date.earliest),
  }));
  // Block on (participant, act word) so that only plausible pairs are compared.
  const buckets = new Map<string, number[]>();
  prep.forEach((p, i) => {
    for (const e of p.ents) for (const w of p.words) {
      const k = `${e}\u0000${w}`;
      const b = buckets.get(k);
      if (b) { if (b.length <= MAX_BUCKET) b.push(i); } else buckets.set(k, [i]);
    }
  });
  const parent = prep.map((_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) i = parent[i] = parent[parent[i]]; return i; };
  const tried = new Set<number>();
  const n = prep.length;
  for (const b of buckets.values()) {
    if (b.length < 2 || b.length > MAX_BUCKET) continue;
    for (let x = 0; x < b.length; x++) for (let y = x + 1; y < b.length; y++) {
      const i = b[x], j = b[y];
      if (prep[i].ev.doc === prep[j].ev.doc) continue;
      const pair = i * n + j;
      if (tried.has(pair)) continue;
      tried.add(pair);
      if (sameHappening(prep[i], prep[j])) parent[find(i)] = find(j);
    }
  }
  const byRoot = new Map<number, Prepared[]>();
  prep.forEach((p, i) => {
    const r = find(i);
    const list = byRoot.get(r);
    if (list) list.push(p); else byRoot.set(r, [p]);
  });
  const out: EventGroup[] = [];
  for (const members of byRoot.values()) {
    if (members.length < 2 || new Set(members.map((m) => m.ev.doc)).size < 2) continue;
    const ids = members.map((m) => m.ev.id).sort();
    out.push({ id: `group:${ids[0]}`, events: members.map((m) => m.ev), conflict: datesConflict(members) });
  }
  return out;
}

function sameHappening(a: Prepared, b: Prepared): boolean {
  let sharedEnts = 0;
  for (const e of a.ents) if (b.ents.has(e)) sharedEnts++;
  if (!sharedEnts) return false;
  let shared = 0;
  for (const w of a.words) if (b.words.has(w)) shared++;
  const overlap = shared / Math.max(1, Math.min(a.words.size, b.words.size));
  const near = a.lo !== undefined && b.lo !== undefined && a.hi !== undefined && b.hi !== undefined
    && Math.max(a.lo, b.lo) - Math.min(a.hi, b.hi) <= NEAR_DAYS;
  return near ? shared >= 2 && overlap >= 0.2 : shared >= 2 && overlap >= 0.3;
}

/** Two dated members from different sources whose intervals do not intersect cannot both be right. */
function datesConflict(members: Prepared[]): boolean {
  const dated = members.filter((m) => m.lo !== undefined);
  for (let i = 0; i < dated.length; i++) for (let j = i + 1; j < dated.length; j++) {
    const a = dated[i], b = dated[j];
    if (a.ev.doc === b.ev.doc) continue;
    if (a.hi! < b.lo! || b.hi! < a.lo!) return true;
  }
  return false;
}
