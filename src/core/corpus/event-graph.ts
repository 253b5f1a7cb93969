import { hashText } from '../text/hash';
import type { CorpusEvent } from '../model';
import { actWords, dayNum, rankedActWords } from './act-words';

/** Events in different documents that tell the same happening. */
export interface EventGroup {
  id: string;
  events: CorpusEvent[];
  /** The sources give dates for it that cannot both be true (disjoint intervals). */
  conflict: boolean;
}

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

const FREE = 0, PENDING = 1, ACTIVE = 2, LEAVING = 3;
/** Bucket keys are entity number × STRIDE + stem number: exact as doubles below 2^53. */
const STRIDE = 2 ** 26;

/** Grows a typed array to at least `n` elements, keeping its contents. */
function grown<T extends Int32Array | Float64Array | Uint8Array>(a: T, n: number): T {
  if (a.length >= n) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(n, Math.ceil(a.length * 1.5), 64));
  b.set(a);
  return b;
}

/**
 * The grouping engine behind {@link EventGrouper} and the corpus index, on numbered slots.
 * An event gets a slot when added; it is prepared and linked when `process` reaches it.
 *
 * Two events are linked (an edge) when they are in different documents, `sameHappening` holds and
 * they share a candidate key — (participant, act word) — that at most MAX_BUCKET events carry.
 * Groups are the connected components of at most MAX_GROUP_EVENTS events spanning two documents.
 * The edges are a function of the events present, so any order of adds and removes gives the
 * same groups. Everything is kept in numbers (interned words, entities and keys; typed arrays and
 * one pool for the prepared summaries) because a 10,000-article corpus has half a million events.
 */
export class EventGraph {
  private cap = 0;
  private used = 0;
  private readonly freeSlots: number[] = [];
  private evs: (CorpusEvent | undefined)[] = [];
  private st = new Uint8Array(0);
  private tags = new Int32Array(0);
  private docNum = new Int32Array(0);
  private lo = new Float64Array(0);
  private hi = new Float64Array(0);
  /** Offset in `pool` of the slot's prepared record: [nWords, nEnts, nKeys, words…, ents…, keys…]. */
  private off = new Int32Array(0);
  private adj: (number[] | undefined)[] = [];
  private repGroup: (string | undefined)[] = [];
  private repConflict = new Uint8Array(0);
  // Scratch marks, compared with a fresh stamp (never cleared).
  private dirtyMark = new Int32Array(0);
  private compMark = new Int32Array(0);
  /** = the update's stamp when the event gained an edge in that update; */
  private edgeMark = new Int32Array(0);
  /** then its edges from this position on are that update's (new edges are appended). */
  private newFrom = new Int32Array(0);
  /** Shared by passes that never overlap: neighbour clean-up, bucket membership, tried pairs, BFS. */
  private scratch = new Int32Array(0);
  private clock = 0;
  /** The current update's stamp. */
  private stamp = 0;

  private pool = new Int32Array(4096);
  private poolEnd = 0;
  private poolWaste = 0;

  private readonly stemNum = new Map<string, number>();
  private readonly entNum = new Map<string, number>();
  /** Stem numbers of the act words in each entity's name (they are not the act). */
  private readonly entNameWords: number[][] = [];
  private readonly docNums = new Map<string, { n: number; refs: number }>();
  private readonly docFree: number[] = [];
  private docNext = 0;

  private readonly bucketOf = new Map<number, number>();
  private readonly bucketMem: number[][] = [];
  private readonly bucketKey: number[] = [];
  private readonly bucketFree: number[] = [];

  private queue: number[] = [];
  private queueHead = 0;
  private pendingAdds = 0;
  private leaving: number[] = [];

  /** `keyOf` names an event for its group id (the smallest key in a group names it). */
  constructor(private readonly keyOf: (ev: CorpusEvent, tag: number, slot: number) => string) {}

  /** Events added or removed but not yet processed. */
  get pending(): number { return this.pendingAdds + this.leaving.length; }

  /** Events added but not yet processed. */
  get waiting(): number { return this.pendingAdds; }

  /** Events present (processed or not). */
  get size(): number { return this.used - this.freeSlots.length - this.leaving.length; }

  /** Adds an event (grouped at a later `process`); `tag` is handed back to `keyOf`. */
  add(ev: CorpusEvent, tag = 0): number {
    let s = this.freeSlots.pop();
    if (s === undefined) {
      s = this.used++;
      if (s >= this.cap) this.grow(s + 1);
    }
    this.evs[s] = ev;
    this.tags[s] = tag;
    this.st[s] = PENDING;
    this.pendingAdds++;
    this.queue.push(s);
    return s;
  }

  /** Removes an event (its neighbours are regrouped at the next `process`). */
  remove(slot: number): void {
    const st = this.st[slot];
    if (st === PENDING) {
      this.pendingAdds--;
      this.release(slot);
    } else if (st === ACTIVE) {
      this.st[slot] = LEAVING;
      this.leaving.push(slot);
    }
  }

  /** Replaces the object of an event whose grouping inputs are unchanged (it keeps its group). */
  setEvent(slot: number, ev: CorpusEvent): void {
    if (this.st[slot] === PENDING || this.st[slot] === ACTIVE) this.evs[slot] = ev;
  }

  eventOf(slot: number): CorpusEvent | undefined {
    return this.evs[slot];
  }

  /**
   * Applies every pending removal and at most `budget` pending additions. Returns, for every
   * event whose group changed, its group or undefined (an event not returned keeps the group last
   * returned for it; a new event not returned is in none). Later entries win over earlier ones.
   */
  process(budget = Infinity): [number, EventGroup | undefined][] {
    const fresh: number[] = [];
    while (fresh.length < budget && this.queueHead < this.queue.length) {
      const s = this.queue[this.queueHead++];
      if (this.st[s] !== PENDING) continue; // removed (or queued twice after reuse)
      this.st[s] = ACTIVE;
      this.pendingAdds--;
      fresh.push(s);
    }
    if (this.queueHead > 1024 && this.queueHead * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.queueHead);
      this.queueHead = 0;
    }
    const removed = this.leaving;
    this.leaving = [];
    if (!fresh.length && !removed.length) return [];
    return this.update(removed, fresh);
  }

  private update(removed: number[], fresh: number[]): [number, EventGroup | undefined][] {
    const P = () => this.pool;
    if (this.clock > 1 << 28) this.resetMarks();
    const stamp = ++this.clock;
    this.stamp = stamp;
    const dirty: number[] = [];
    const addDirty = (x: number) => { if (this.dirtyMark[x] !== stamp) { this.dirtyMark[x] = stamp; dirty.push(x); } };
    // Bucket sizes before this update: a bucket crossing MAX_BUCKET adds or drops the pairs found
    // only through it, so the edges are a function of the events present, not of their order.
    const sizeBefore = new Map<number, number>();
    if (removed.length) {
      for (const x of removed) {
        const o = this.off[x], pool = P();
        for (let i = o + 3 + pool[o] + pool[o + 1], e = i + pool[o + 2]; i < e; i++) {
          const k = pool[i];
          if (!sizeBefore.has(k)) sizeBefore.set(k, this.bucketMem[k].length);
        }
      }
      // One pass per touched bucket and neighbour list: a whole corpus can leave at once.
      for (const k of sizeBefore.keys()) this.bucketMem[k] = this.bucketMem[k].filter((m) => this.st[m] !== LEAVING);
      const cleanStamp = ++this.clock;
      for (const x of removed) {
        for (const n of this.adj[x] ?? []) {
          if (this.st[n] === LEAVING || this.scratch[n] === cleanStamp) continue;
          this.scratch[n] = cleanStamp;
          const left = this.adj[n]!.filter((y) => this.st[y] !== LEAVING);
          this.adj[n] = left.length ? left : undefined;
          addDirty(n);
        }
      }
      for (const x of removed) {
        this.poolWaste += this.recordLength(x);
        this.release(x);
      }
    }
    for (const p of fresh) {
      this.prepare(p);
      const o = this.off[p], pool = P();
      for (let i = o + 3 + pool[o] + pool[o + 1], e = i + pool[o + 2]; i < e; i++) {
        const k = pool[i];
        const b = this.bucketMem[k];
        if (!sizeBefore.has(k)) sizeBefore.set(k, b.length);
        b.push(p);
      }
    }
    // Whether pairs were linked before the fresh events' own pass (then it must look for repeats).
    let relinked = false;
    for (const [k, before] of sizeBefore) {
      const b = this.bucketMem[k];
      const after = b.length;
      if (!after || (before <= MAX_BUCKET) === (after <= MAX_BUCKET)) continue;
      if (after <= MAX_BUCKET) {
        // Small again: pairs among its events count.
        for (let i = 0; i < b.length; i++) {
          for (let j = i + 1; j < b.length; j++) {
            const x = b[i], y = b[j];
            if (this.docNum[x] !== this.docNum[y] && this.sameHappening(x, y) && this.link(x, y, true)) { addDirty(x); addDirty(y); relinked = true; }
          }
        }
      } else {
        // Too common now: pairs no other small key supports are dropped.
        const m = ++this.clock;
        for (const x of b) this.scratch[x] = m;
        for (const x of b) {
          const ns = this.adj[x];
          if (!ns) continue;
          for (const y of [...ns]) {
            if (this.scratch[y] !== m || this.supported(x, y)) continue;
            this.unlink(x, y);
            addDirty(x); addDirty(y);
          }
        }
      }
    }
    // A pair of fresh events is tried once, by the one that comes first (sameHappening is
    // symmetric): compMark = -stamp marks those done (components() only ever sets positive marks).
    for (const p of fresh) {
      addDirty(p);
      this.compMark[p] = -stamp;
      const t = ++this.clock;
      const o = this.off[p];
      const pool = P();
      const dp = this.docNum[p];
      for (let i = o + 3 + pool[o] + pool[o + 1], e = i + pool[o + 2]; i < e; i++) {
        const b = this.bucketMem[pool[i]];
        if (b.length > MAX_BUCKET) continue;
        for (const q of b) {
          if (this.scratch[q] === t || this.compMark[q] === -stamp) continue;
          this.scratch[q] = t;
          if (this.docNum[q] === dp || !this.sameHappening(p, q)) continue;
          this.link(p, q, relinked);
        }
      }
    }
    for (const k of sizeBefore.keys()) if (!this.bucketMem[k].length) this.dropBucket(k);
    if (this.poolWaste > 65536 && this.poolWaste * 2 > this.poolEnd) this.compactPool();
    return this.components(dirty);
  }

  /** Regroups the components around the dirty events. */
  private components(dirty: number[]): [number, EventGroup | undefined][] {
    const out: [number, EventGroup | undefined][] = [];
    const report = (x: number, g: EventGroup | undefined) => {
      const id = g?.id;
      const c = g?.conflict ? 1 : 0;
      if (this.repGroup[x] === id && (id === undefined || this.repConflict[x] === c)) return;
      this.repGroup[x] = id;
      this.repConflict[x] = c;
      out.push([x, g]);
    };
    const c = ++this.clock;
    const SEEN = 2 * c, BIG = 2 * c + 1;
    // Marks the events ungroup() has walked (BFS marks in `scratch` come later: never equal).
    const walk = ++this.clock;
    // A component is explored only up to MAX_GROUP_EVENTS + 1 events: a bigger one is no group,
    // whatever its size, so an edit next to a 19,000-event chain costs O(cap), not O(chain).
    for (const start of dirty) {
      if (this.st[start] !== ACTIVE || this.compMark[start] === SEEN || this.compMark[start] === BIG) continue;
      const comp: number[] = [start];
      const lt = ++this.clock;
      this.scratch[start] = lt;
      let isBig = false;
      for (let i = 0; i < comp.length && !isBig; i++) {
        for (const n of this.adj[comp[i]] ?? []) {
          if (this.scratch[n] === lt) continue;
          if (this.compMark[n] === BIG || comp.length >= MAX_GROUP_EVENTS) { isBig = true; break; }
          this.scratch[n] = lt;
          comp.push(n);
        }
      }
      if (isBig) {
        for (const x of comp) { this.compMark[x] = BIG; this.ungroup(x, walk, report); }
        continue;
      }
      for (const x of comp) this.compMark[x] = SEEN;
      let g: EventGroup | undefined;
      if (comp.length >= 2 && comp.some((x) => this.docNum[x] !== this.docNum[comp[0]])) {
        let first = this.keyOf(this.evs[comp[0]]!, this.tags[comp[0]], comp[0]);
        for (let i = 1; i < comp.length; i++) {
          const k = this.keyOf(this.evs[comp[i]]!, this.tags[comp[i]], comp[i]);
          if (k < first) first = k;
        }
        g = { id: `group:${hashText(first)}`, events: comp.map((x) => this.evs[x]!), conflict: this.datesConflict(comp) };
      }
      for (const x of comp) report(x, g);
    }
    return out;
  }

  /**
   * Takes an event of an over-sized component out of any group, with the rest of the group it was
   * reported in (a small group that a new edge chained into the big component).
   *
   * Only a grouped event or a new edge can lead to a grouped neighbour: groups are whole small
   * components after every update, so an old edge joins two grouped events or two ungrouped
   * ones. Looking only there saves rescanning the neighbours of big components every slice.
   */
  private ungroup(id: number, walk: number, report: (x: number, g: EventGroup | undefined) => void): void {
    const stack = [id];
    while (stack.length) {
      const x = stack.pop()!;
      if (this.scratch[x] === walk) continue;
      this.scratch[x] = walk;
      const grouped = this.repGroup[x] !== undefined;
      if (!grouped && this.edgeMark[x] !== this.stamp) continue;
      report(x, undefined);
      const ns = this.adj[x];
      if (!ns) continue;
      for (let i = grouped ? 0 : this.newFrom[x]; i < ns.length; i++) if (this.repGroup[ns[i]] !== undefined) stack.push(ns[i]);
    }
  }

  private sameHappening(a: number, b: number): boolean {
    const pool = this.pool;
    const oa = this.off[a], ob = this.off[b];
    const nwa = pool[oa], nwb = pool[ob];
    let i = oa + 3 + nwa, ie = i + pool[oa + 1];
    let j = ob + 3 + nwb, je = j + pool[ob + 1];
    let sharedEnts = false;
    while (i < ie && j < je) {
      const x = pool[i], y = pool[j];
      if (x === y) { sharedEnts = true; break; }
      if (x < y) i++; else j++;
    }
    if (!sharedEnts) return false;
    let shared = 0;
    i = oa + 3; ie = i + nwa;
    j = ob + 3; je = j + nwb;
    while (i < ie && j < je) {
      const x = pool[i], y = pool[j];
      if (x === y) { shared++; i++; j++; } else if (x < y) i++; else j++;
    }
    if (shared < 2) return false;
    const overlap = shared / Math.max(1, Math.min(nwa, nwb));
    const la = this.lo[a], lb = this.lo[b], ha = this.hi[a], hb = this.hi[b];
    // NaN (undated) makes the comparison false: not near.
    const near = Math.max(la, lb) - Math.min(ha, hb) <= NEAR_DAYS;
    return near ? overlap >= 0.2 : overlap >= 0.3;
  }

  /** Whether a pair shares a key that is not too common (how pairs are found at all). */
  private supported(a: number, b: number): boolean {
    const pool = this.pool;
    const oa = this.off[a], ob = this.off[b];
    const ka = oa + 3 + pool[oa] + pool[oa + 1], kb = ob + 3 + pool[ob] + pool[ob + 1];
    for (let i = ka, ie = ka + pool[oa + 2]; i < ie; i++) {
      const k = pool[i];
      if (this.bucketMem[k].length > MAX_BUCKET) continue;
      for (let j = kb, je = kb + pool[ob + 2]; j < je; j++) if (pool[j] === k) return true;
    }
    return false;
  }

  /**
   * Whether two dated members from different sources have disjoint intervals (cannot both be
   * right). Linear: only the earliest-ending and latest-starting members of two distinct sources
   * can form such a pair.
   */
  private datesConflict(members: number[]): boolean {
    const { lo, hi, docNum } = this;
    let a1 = -1, a2 = -1, b1 = -1, b2 = -1;
    for (const m of members) {
      if (Number.isNaN(lo[m]) || Number.isNaN(hi[m])) continue;
      if (a1 < 0 || hi[m] < hi[a1]) { if (a1 >= 0 && docNum[a1] !== docNum[m]) a2 = a1; a1 = m; } else if (docNum[m] !== docNum[a1] && (a2 < 0 || hi[m] < hi[a2])) a2 = m;
      if (b1 < 0 || lo[m] > lo[b1]) { if (b1 >= 0 && docNum[b1] !== docNum[m]) b2 = b1; b1 = m; } else if (docNum[m] !== docNum[b1] && (b2 < 0 || lo[m] > lo[b2])) b2 = m;
    }
    const disjoint = (x: number, y: number) => x >= 0 && y >= 0 && docNum[x] !== docNum[y] && lo[y] > hi[x];
    return disjoint(a1, b1) || disjoint(a1, b2) || disjoint(a2, b1);
  }

  /** Links two events; false when they already were (looked up only when `check` is set). */
  private link(a: number, b: number, check: boolean): boolean {
    const ea = this.adj[a];
    if (check && ea?.includes(b)) return false;
    this.attach(a, b);
    this.attach(b, a);
    return true;
  }

  private attach(a: number, b: number): void {
    const ea = this.adj[a];
    if (this.edgeMark[a] !== this.stamp) {
      this.edgeMark[a] = this.stamp;
      this.newFrom[a] = ea ? ea.length : 0;
    }
    if (ea) ea.push(b); else this.adj[a] = [b];
  }

  private unlink(a: number, b: number): void {
    for (const [x, y] of [[a, b], [b, a]]) {
      const ns = this.adj[x];
      if (!ns) continue;
      const i = ns.indexOf(y);
      if (i < 0) continue;
      ns[i] = ns[ns.length - 1];
      ns.pop();
      // The swap may move a new edge among the old ones: count them all as new.
      this.newFrom[x] = 0;
      if (!ns.length) this.adj[x] = undefined;
    }
  }

  /** Computes what grouping needs of an event, once, into the pool. */
  private prepare(s: number): void {
    const ev = this.evs[s]!;
    const ranked = rankedActWords(ev.summary);
    const ents = [...new Set(ev.entities)];
    const words = new Set<number>();
    for (const w of ranked.keys()) words.add(this.stem(w));
    const entNums = ents.map((id) => this.entity(id));
    // Participants' names are not the act: "Kim held a parade" and "Kim met Putin" share only Kim.
    for (const e of entNums) for (const w of this.entNameWords[e]) words.delete(w);
    // Candidate keys: (participant, act word) for the KEY_WORDS longest act words, the most specific
    // ("paramilitary" rather than "held"). An edge needs a shared participant and two shared act
    // words, so a same-happening pair nearly always shares such a key. Bounding the keys per event
    // keeps buckets small; keys are a pure function of the event, so batch and incremental agree.
    const kept = [...ranked.keys()].filter((w) => words.has(this.stemNum.get(w)!));
    const kw = kept.sort((a, b) => ranked.get(b)! - ranked.get(a)! || (a < b ? -1 : a > b ? 1 : 0)).slice(0, KEY_WORDS).map((w) => this.stemNum.get(w)!);
    const keyEnts = [...ents].sort().slice(0, KEY_ENTITIES).map((id) => this.entNum.get(id)!);
    const nw = words.size, ne = entNums.length, nk = keyEnts.length * kw.length;
    const len = 3 + nw + ne + nk;
    if (this.poolEnd + len > this.pool.length) this.pool = grown(this.pool, this.poolEnd + len);
    const pool = this.pool;
    const o = this.poolEnd;
    this.poolEnd += len;
    this.off[s] = o;
    pool[o] = nw; pool[o + 1] = ne; pool[o + 2] = nk;
    let i = o + 3;
    for (const w of [...words].sort((a, b) => a - b)) pool[i++] = w;
    for (const e of [...entNums].sort((a, b) => a - b)) pool[i++] = e;
    for (const e of keyEnts) for (const w of kw) pool[i++] = this.bucket(e * STRIDE + w);
    this.lo[s] = dayNum(ev.date.earliest) ?? NaN;
    this.hi[s] = dayNum(ev.date.latest ?? ev.date.earliest) ?? NaN;
    let d = this.docNums.get(ev.doc);
    if (!d) this.docNums.set(ev.doc, (d = { n: this.docFree.pop() ?? this.docNext++, refs: 0 }));
    d.refs++;
    this.docNum[s] = d.n;
  }

  private recordLength(s: number): number {
    const o = this.off[s];
    return 3 + this.pool[o] + this.pool[o + 1] + this.pool[o + 2];
  }

  /** Frees a slot (its pool record, if any, is counted as waste by the caller). */
  private release(s: number): void {
    if (this.st[s] !== PENDING) {
      const doc = this.evs[s]!.doc;
      const d = this.docNums.get(doc);
      if (d && --d.refs === 0) { this.docNums.delete(doc); this.docFree.push(d.n); }
    }
    this.st[s] = FREE;
    this.evs[s] = undefined;
    this.adj[s] = undefined;
    this.repGroup[s] = undefined;
    this.repConflict[s] = 0;
    this.freeSlots.push(s);
  }

  private stem(w: string): number {
    let n = this.stemNum.get(w);
    if (n === undefined) this.stemNum.set(w, (n = this.stemNum.size));
    return n;
  }

  private entity(id: string): number {
    let n = this.entNum.get(id);
    if (n === undefined) {
      this.entNum.set(id, (n = this.entNum.size));
      this.entNameWords[n] = [...actWords(id.slice(id.indexOf(':') + 1).replace(/-/g, ' '))].map((w) => this.stem(w));
    }
    return n;
  }

  private bucket(key: number): number {
    let b = this.bucketOf.get(key);
    if (b === undefined) {
      b = this.bucketFree.pop() ?? this.bucketMem.length;
      this.bucketOf.set(key, b);
      this.bucketMem[b] = [];
      this.bucketKey[b] = key;
    }
    return b;
  }

  private dropBucket(b: number): void {
    this.bucketOf.delete(this.bucketKey[b]);
    this.bucketMem[b] = [];
    this.bucketFree.push(b);
  }

  private compactPool(): void {
    const next = new Int32Array(Math.max(4096, (this.poolEnd - this.poolWaste) * 1.5));
    let end = 0;
    for (let s = 0; s < this.used; s++) {
      if (this.st[s] !== ACTIVE && this.st[s] !== LEAVING) continue;
      const o = this.off[s], len = this.recordLength(s);
      next.set(this.pool.subarray(o, o + len), end);
      this.off[s] = end;
      end += len;
    }
    this.pool = next;
    this.poolEnd = end;
    this.poolWaste = 0;
  }

  /** Stamps only grow; long before they could overflow, start again from zero. */
  private resetMarks(): void {
    for (const a of [this.dirtyMark, this.compMark, this.edgeMark, this.scratch]) a.fill(0);
    this.clock = 0;
  }

  private grow(n: number): void {
    this.cap = Math.max(n, Math.ceil(this.cap * 1.5), 64);
    const c = this.cap;
    this.st = grown(this.st, c);
    this.tags = grown(this.tags, c);
    this.docNum = grown(this.docNum, c);
    this.lo = grown(this.lo, c);
    this.hi = grown(this.hi, c);
    this.off = grown(this.off, c);
    this.repConflict = grown(this.repConflict, c);
    this.dirtyMark = grown(this.dirtyMark, c);
    this.compMark = grown(this.compMark, c);
    this.edgeMark = grown(this.edgeMark, c);
    this.newFrom = grown(this.newFrom, c);
    this.scratch = grown(this.scratch, c);
  }
}
