import type { Entity, MentionRef } from '../model';
import type { DocState } from './doc-state';
import { compareStrings as cmp } from '../text/order';

/**
 * One document's share of a corpus entity: indices into that document's mentions, in text order.
 * The DocState is the version the run was built from, so a run never changes after it is made
 * (a re-upsert makes a new run) and entities handed out earlier stay true snapshots.
 */
export interface Run {
  doc: string;
  ds: DocState;
  mis: readonly number[];
  /**
   * The run's mention refs, made the first time any version of the entity is read and shared by
   * later versions: views re-read the big entities after every change, which then costs a copy
   * of pointers rather than new objects for every mention.
   */
  refs?: MentionRef[];
}

/** Runs sorted by document id, with the number of mentions they hold. */
export interface Runs {
  runs: readonly Run[];
  count: number;
}

export const NO_RUNS: Runs = { runs: [], count: 0 };

/**
 * Runs of the given members (each a doc entity's mention indices), one per document that has at
 * least one mention, sorted by document. Members of one document are concatenated in the given
 * order and then put in text order (stable), as a flat sort of their mentions would.
 */
export function buildRuns(members: readonly { doc: string; mis: readonly number[]; ds: DocState }[]): Run[] {
  let inOrder = true;
  for (let i = 1; i < members.length && inOrder; i++) inOrder = members[i - 1].doc <= members[i].doc;
  if (inOrder) {
    // The usual case (the linker lists a cluster's members by document): no map, no sort.
    const out: Run[] = [];
    for (let i = 0; i < members.length;) {
      const { doc, ds } = members[i];
      const parts: (readonly number[])[] = [];
      for (; i < members.length && members[i].doc === doc; i++) parts.push(members[i].mis);
      const mis = runIndices(ds, parts);
      if (mis.length) out.push({ doc, ds, mis });
    }
    return out;
  }
  const byDoc = new Map<string, { ds: DocState; parts: (readonly number[])[] }>();
  for (const m of members) {
    let e = byDoc.get(m.doc);
    if (!e) byDoc.set(m.doc, (e = { ds: m.ds, parts: [] }));
    e.parts.push(m.mis);
  }
  const out: Run[] = [];
  for (const [doc, { ds, parts }] of byDoc) {
    const mis = runIndices(ds, parts);
    if (mis.length) out.push({ doc, ds, mis });
  }
  return out.sort((a, b) => cmp(a.doc, b.doc));
}

function runIndices(ds: DocState, parts: (readonly number[])[]): readonly number[] {
  const ms = ds.doc.mentions;
  // The usual case, one doc entity whose indices are valid and in text order: share its array.
  if (parts.length === 1 && inTextOrder(ds, parts[0])) return parts[0];
  const mis: number[] = [];
  for (const p of parts) for (const mi of p) if (ms[mi]) mis.push(mi);
  return mis.sort((a, b) => ms[a].start - ms[b].start || ms[a].end - ms[b].end);
}

function inTextOrder(ds: DocState, mis: readonly number[]): boolean {
  const ms = ds.doc.mentions;
  for (let i = 0; i < mis.length; i++) {
    const m = ms[mis[i]];
    if (!m) return false;
    if (i) {
      const p = ms[mis[i - 1]];
      if (p.start > m.start || (p.start === m.start && p.end > m.end)) return false;
    }
  }
  return true;
}

/**
 * New runs: `old` without the runs of the documents `gone` and with `fresh` (both sorted by
 * document, `fresh` only in documents of `gone` or new to the entity). The places are found by
 * binary search and the kept runs copied as they are, so the cost follows the change, not the
 * entity's size (beyond one copy of pointers).
 */
export function spliceRuns(old: Runs, gone: readonly string[], fresh: readonly Run[]): Runs {
  const runs = old.runs;
  if (!gone.length && !fresh.length) return old;
  let count = old.count;
  const out: Run[] = [];
  let from = 0, g = 0, f = 0;
  while (g < gone.length || f < fresh.length) {
    const d = f < fresh.length && (g >= gone.length || fresh[f].doc <= gone[g]) ? fresh[f].doc : gone[g];
    for (const at = lowerBound(runs, d, from); from < at; from++) out.push(runs[from]);
    if (g < gone.length && gone[g] === d) {
      if (from < runs.length && runs[from].doc === d) count -= runs[from++].mis.length;
      g++;
    }
    if (f < fresh.length && fresh[f].doc === d) { count += fresh[f].mis.length; out.push(fresh[f++]); }
  }
  for (; from < runs.length; from++) out.push(runs[from]);
  return { runs: out, count };
}

function lowerBound(runs: readonly Run[], doc: string, from: number): number {
  let lo = from, hi = runs.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (runs[mid].doc < doc) lo = mid + 1; else hi = mid; }
  return lo;
}

export function countOf(runs: readonly Run[]): number {
  let n = 0;
  for (const r of runs) n += r.mis.length;
  return n;
}

/**
 * A corpus entity whose `mentions` and `docs` are built from the runs on first read (most
 * entities are listed, sorted and counted but never opened), then kept as ordinary data
 * properties. They are own enumerable properties in the usual key order, so the object reads,
 * spreads, compares and serialises exactly like a plain Entity.
 */
export function lazyEntity(head: Pick<Entity, 'id' | 'name' | 'type' | 'aliases' | 'role'>, runs: readonly Run[]): Entity {
  const e = { id: head.id, name: head.name, type: head.type, aliases: head.aliases, mentions: undefined, docs: undefined } as unknown as Entity;
  const settle = (key: 'mentions' | 'docs', value: unknown) =>
    Object.defineProperty(e, key, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(e, 'mentions', {
    get: () => { const v = mentionRefs(runs); settle('mentions', v); return v; },
    set: (v: unknown) => settle('mentions', v),
    enumerable: true, configurable: true,
  });
  Object.defineProperty(e, 'docs', {
    get: () => { const v = runs.map((r) => r.doc); settle('docs', v); return v; },
    set: (v: unknown) => settle('docs', v),
    enumerable: true, configurable: true,
  });
  if (head.role) e.role = head.role;
  return e;
}

/** The flat mention list: by document, then offset. */
export function mentionRefs(runs: readonly Run[]): MentionRef[] {
  const out = new Array<MentionRef>(countOf(runs));
  let k = 0;
  for (const run of runs) {
    const refs = run.refs ?? (run.refs = refsOf(run));
    for (const r of refs) out[k++] = r;
  }
  return out;
}

function refsOf({ doc, ds, mis }: Run): MentionRef[] {
  const ms = ds.doc.mentions;
  return mis.map((mi) => {
    const m = ms[mi];
    return { doc, start: m.start, end: m.end, text: m.text, sentence: m.sentence };
  });
}

