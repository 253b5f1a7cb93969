import { hashText } from '../text/hash';
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
  return new Set(rankedActWords(summary).keys());
}

/** Act-word stems with the length of their longest source word (longer words are more specific). */
function rankedActWords(summary: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const raw of summary.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 4 || STOP.has(raw) || /^\d+$/.test(raw)) continue;
    const stem = raw.slice(0, STEM_LEN);
    out.set(stem, Math.max(out.get(stem) ?? 0, raw.length));
  }
  return out;
}

const DAY = 86_400_000;
function dayNum(d: string | undefined): number | undefined {
  if (!d) return undefined;
  const t = Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
  return Number.isFinite(t) ? Math.round(t / DAY) : undefined;
}

interface Prepared { key: string; ev: CorpusEvent; words: Set<string>; ents: Set<string>; keys: string[]; lo?: number; hi?: number; tried?: number }

/** Candidate keys shared by more events than this are too common to find pairs with. */
const MAX_BUCKET = 60;
const KEY_WORDS = 6;
const KEY_ENTITIES = 6;
/** Events at most this many days apart count as "near" and need less word overlap. */
const NEAR_DAYS = 3;
/**
 * A component bigger than this is pairwise matching chained across unrelated stories (recurring
 * people and stock phrases in a large corpus, "X said it had signed the deal after talks with Y"),
 * not one happening told by several sources: its events are left ungrouped.
 */
export const MAX_GROUP_EVENTS = 50;

function prepare(key: string, ev: CorpusEvent): Prepared {
  const ranked = rankedActWords(ev.summary);
  const words = new Set(ranked.keys());
  const ents = new Set(ev.entities);
  // Participants' names are not the act: "Kim held a parade" and "Kim met Putin" share only Kim.
  for (const id of ents) for (const w of actWords(id.slice(id.indexOf(':') + 1).replace(/-/g, ' '))) words.delete(w);
  // Candidate keys: (participant, act word) for the KEY_WORDS longest act words, the most specific
  // ("paramilitary" rather than "held"). An edge needs a shared participant and two shared act
  // words, so a same-happening pair nearly always shares such a key. Bounding the keys per event
  // keeps buckets small; keys are a pure function of the event, so batch and incremental agree.
  const kw = [...words].sort((a, b) => ranked.get(b)! - ranked.get(a)! || (a < b ? -1 : a > b ? 1 : 0)).slice(0, KEY_WORDS);
  const keys: string[] = [];
  for (const e of [...ents].sort().slice(0, KEY_ENTITIES)) for (const w of kw) keys.push(`${e}\u0000${w}`);
  return { key, ev, words, ents, keys, lo: dayNum(ev.date.earliest), hi: dayNum(ev.date.latest ?? ev.date.earliest) };
}

/**
 * Incremental grouping: events are added and removed one document at a time; `update` returns
 * the groups of the connected components that changed, so the index touches only those events.
 * Pairs are found through (participant, act word) buckets and kept as edges; components are
 * recomputed only around the events that came or went.
 */
export class EventGrouper {
  private readonly prep = new Map<string, Prepared>();
  private readonly buckets = new Map<string, Set<string>>();
  private readonly edges = new Map<string, Set<string>>();
  /** The group each event was last reported in (`id` + conflict), to report only what changed. */
  private readonly reported = new Map<string, string>();
  private stamp = 0;

  get size(): number { return this.prep.size; }

  /**
   * Removes `removed` event ids and adds `added` events; returns, for every event whose group
   * changed (an event not returned keeps the group last reported for it; a new event not returned
   * is in none), its group or undefined when it is in none.
   */
  update(removed: Iterable<string>, added: Iterable<{ key: string; ev: CorpusEvent }>): Map<string, EventGroup | undefined> {
    const dirty = new Set<string>();
    // Bucket sizes before this update: a bucket crossing MAX_BUCKET adds or drops the pairs found
    // only through it, so the edges are a function of the events present, not of their order.
    const sizeBefore = new Map<string, number>();
    const touch = (k: string) => { if (!sizeBefore.has(k)) sizeBefore.set(k, this.buckets.get(k)?.size ?? 0); };
    for (const id of removed) {
      const p = this.prep.get(id);
      if (!p) continue;
      this.prep.delete(id);
      for (const k of p.keys) { touch(k); const b = this.buckets.get(k); if (b) { b.delete(id); if (!b.size) this.buckets.delete(k); } }
      for (const n of this.edges.get(id) ?? []) { this.edges.get(n)?.delete(id); dirty.add(n); }
      this.edges.delete(id);
      this.reported.delete(id);
      dirty.delete(id);
    }
    const fresh: Prepared[] = [];
    for (const { key, ev } of added) {
      if (this.prep.has(key)) continue; // keys are unique by construction; ignore a repeat
      const p = prepare(key, ev);
      this.prep.set(key, p);
      fresh.push(p);
      for (const k of p.keys) {
        touch(k);
        let b = this.buckets.get(k);
        if (!b) this.buckets.set(k, (b = new Set()));
        b.add(key);
      }
    }
    for (const [k, before] of sizeBefore) {
      const b = this.buckets.get(k);
      const after = b?.size ?? 0;
      if (!b || (before <= MAX_BUCKET) === (after <= MAX_BUCKET)) continue;
      if (after <= MAX_BUCKET) {
        // Small again: pairs among its events count.
        for (const x of b) {
          const p = this.prep.get(x)!;
          for (const y of b) {
            if (y <= x) continue;
            const q = this.prep.get(y)!;
            if (p.ev.doc !== q.ev.doc && sameHappening(p, q) && !this.edges.get(x)?.has(y)) { this.link(x, y); dirty.add(x); dirty.add(y); }
          }
        }
      } else {
        // Too common now: pairs no other small key supports are dropped.
        for (const x of b) {
          for (const y of [...(this.edges.get(x) ?? [])]) {
            if (!b.has(y) || this.supported(x, y)) continue;
            this.edges.get(x)!.delete(y);
            this.edges.get(y)?.delete(x);
            dirty.add(x); dirty.add(y);
          }
        }
      }
    }
    for (const p of fresh) {
      dirty.add(p.key);
      const stamp = ++this.stamp;
      for (const k of p.keys) {
        const b = this.buckets.get(k)!;
        if (b.size > MAX_BUCKET) continue;
        for (const id of b) {
          const q = this.prep.get(id)!;
          if (q.tried === stamp || q === p) continue;
          q.tried = stamp;
          if (q.ev.doc === p.ev.doc || !sameHappening(p, q)) continue;
          this.link(p.key, id);
        }
      }
    }
    // Components around the dirty events.
    const seen = new Set<string>();
    const out = new Map<string, EventGroup | undefined>();
    const report = (key: string, g: EventGroup | undefined) => {
      const sig = g ? `${g.id}${g.conflict ? '!' : ''}` : undefined;
      if (this.reported.get(key) === sig) return;
      if (sig === undefined) this.reported.delete(key); else this.reported.set(key, sig);
      out.set(key, g);
    };
    // A component is explored only up to MAX_GROUP_EVENTS + 1 events: a bigger one is no group,
    // whatever its size, so an edit next to a 19,000-event chain costs O(cap), not O(chain).
    const big = new Set<string>();
    for (const start of dirty) {
      if (seen.has(start) || big.has(start) || !this.prep.has(start)) continue;
      const comp: string[] = [start];
      const local = new Set<string>([start]);
      let isBig = false;
      for (let i = 0; i < comp.length && !isBig; i++) {
        for (const n of this.edges.get(comp[i]) ?? []) {
          if (local.has(n)) continue;
          if (big.has(n) || comp.length >= MAX_GROUP_EVENTS) { isBig = true; break; }
          local.add(n);
          comp.push(n);
        }
      }
      if (isBig) {
        for (const id of comp) { big.add(id); this.ungroup(id, report); }
        continue;
      }
      for (const id of comp) seen.add(id);
      const members = comp.map((id) => this.prep.get(id)!);
      let g: EventGroup | undefined;
      if (members.length >= 2 && new Set(members.map((m) => m.ev.doc)).size >= 2) {
        let first = comp[0];
        for (const id of comp) if (id < first) first = id;
        g = { id: `group:${hashText(first)}`, events: members.map((m) => m.ev), conflict: datesConflict(members) };
      }
      for (const id of comp) report(id, g);
    }
    return out;
  }

  /**
   * Takes an event of an over-sized component out of any group, with the rest of the group it was
   * reported in (a small group that a new edge chained into the big component).
   */
  private ungroup(id: string, report: (key: string, g: EventGroup | undefined) => void): void {
    const stack = [id];
    while (stack.length) {
      const x = stack.pop()!;
      report(x, undefined);
      for (const n of this.edges.get(x) ?? []) if (this.reported.has(n)) stack.push(n);
    }
  }

  /** Whether a pair shares a key that is not too common (how pairs are found at all). */
  private supported(a: string, b: string): boolean {
    const p = this.prep.get(a)!, q = this.prep.get(b)!;
    for (const k of p.keys) {
      if (!q.keys.includes(k)) continue;
      if ((this.buckets.get(k)?.size ?? 0) <= MAX_BUCKET) return true;
    }
    return false;
  }

  private link(a: string, b: string): void {
    let ea = this.edges.get(a);
    if (!ea) this.edges.set(a, (ea = new Set()));
    ea.add(b);
    let eb = this.edges.get(b);
    if (!eb) this.edges.set(b, (eb = new Set()));
    eb.add(a);
  }
}

/**
 * What grouping depends on, as a key: document, dates, participants and summary. An edit that
 * only moves an event (its offsets and id change as the user types above it) keeps its key, so
 * the index carries its group over without regrouping. Repeats within a document get a counter.
 */
export function withGroupingKeys(events: CorpusEvent[]): { key: string; ev: CorpusEvent }[] {
  const seen = new Map<string, number>();
  return events.map((ev) => {
    const base = `${ev.doc}\u0000${ev.date.earliest ?? ''}\u0000${ev.date.latest ?? ''}\u0000${[...ev.entities].sort().join(',')}\u0000${ev.summary}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: n ? `${base}\u0000${n}` : base, ev };
  });
}

/** Batch form: the groups among a list of events (the index uses EventGrouper incrementally). */
export function groupEvents(events: CorpusEvent[]): EventGroup[] {
  const seen = new Set<string>();
  const out: EventGroup[] = [];
  for (const g of new EventGrouper().update([], withGroupingKeys(events)).values()) {
    if (g && !seen.has(g.id)) { seen.add(g.id); out.push(g); }
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

/**
 * Whether two dated members from different sources have disjoint intervals (cannot both be
 * right). Linear: only the earliest-ending and latest-starting members of two distinct sources
 * can form such a pair.
 */
function datesConflict(members: Prepared[]): boolean {
  let a1: Prepared | undefined, a2: Prepared | undefined, b1: Prepared | undefined, b2: Prepared | undefined;
  for (const m of members) {
    if (m.lo === undefined || m.hi === undefined) continue;
    if (!a1 || m.hi < a1.hi!) { if (a1 && a1.ev.doc !== m.ev.doc) a2 = a1; a1 = m; } else if (m.ev.doc !== a1.ev.doc && (!a2 || m.hi < a2.hi!)) a2 = m;
    if (!b1 || m.lo > b1.lo!) { if (b1 && b1.ev.doc !== m.ev.doc) b2 = b1; b1 = m; } else if (m.ev.doc !== b1.ev.doc && (!b2 || m.lo > b2.lo!)) b2 = m;
  }
  const disjoint = (x?: Prepared, y?: Prepared) => !!x && !!y && x.ev.doc !== y.ev.doc && y.lo! > x.hi!;
  return disjoint(a1, b1) || disjoint(a1, b2) || disjoint(a2, b1);
}
