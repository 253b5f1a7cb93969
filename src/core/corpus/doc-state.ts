import type { DocEntity, DocumentAnalysis, Timex } from '../model';
import { compareStrings as cmp } from '../text/order';

/**
 * What the index keeps about one document beside its analysis, built at upsert. Numbers live in
 * typed arrays (a 10,000-article corpus holds a million and a half mentions); what only hovers
 * need (sentence → mentions, sorted timexes) is built the first time a hover asks.
 */
export interface DocState {
  doc: DocumentAnalysis;
  /** Mention indices sorted by start; `starts` and `maxEnd` are parallel, for binary search. */
  byStart: Int32Array;
  starts: Int32Array;
  /** maxEnd[i] = the largest end among byStart[0..i]: lets a lookup stop scanning back early. */
  maxEnd: Int32Array;
  /** mention index → index in `doc.entities` of the entity that holds it, or -1. */
  entityOfMention: Int32Array;
  /** Indices of `doc.entities` sorted by key, then position (a key given twice: the last wins). */
  entityOrder: Int32Array;
  sentences?: SentenceIndex;
  timex?: TimexIndex;
}

/** Mention indices grouped by sentence: `order` sorted by (sentence, index), `sentence` parallel. */
interface SentenceIndex { order: Int32Array; sentence: Int32Array }

interface TimexIndex { timexes: Timex[]; starts: Int32Array; maxEnd: Int32Array }

export function buildDocState(doc: DocumentAnalysis): DocState {
  const ms = doc.mentions;
  const n = ms.length;
  const byStart = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => ms[a].start - ms[b].start || ms[a].end - ms[b].end || a - b);
  const starts = new Int32Array(n);
  const maxEnd = new Int32Array(n);
  let m = -Infinity;
  for (let j = 0; j < n; j++) {
    const mm = ms[byStart[j]];
    starts[j] = mm.start;
    maxEnd[j] = m = Math.max(m, mm.end);
  }
  const entityOfMention = new Int32Array(n).fill(-1);
  doc.entities.forEach((de, ei) => {
    for (const mi of de.mentions) if (mi >= 0 && mi < n) entityOfMention[mi] = ei;
  });
  const es = doc.entities;
  const entityOrder = Int32Array.from({ length: es.length }, (_, i) => i).sort((a, b) => cmp(es[a].key, es[b].key) || a - b);
  return { doc, byStart, starts, maxEnd, entityOfMention, entityOrder };
}

/** Key of the document entity holding a mention. */
export function keyOfMention(ds: DocState, mi: number): string | undefined {
  const ei = ds.entityOfMention[mi];
  return ei === undefined || ei < 0 ? undefined : ds.doc.entities[ei].key;
}

/** The document entity with this key. */
export function docEntity(ds: DocState, key: string): DocEntity | undefined {
  const es = ds.doc.entities, order = ds.entityOrder;
  let lo = 0, hi = order.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (es[order[mid]].key <= key) lo = mid + 1; else hi = mid; }
  return lo > 0 && es[order[lo - 1]].key === key ? es[order[lo - 1]] : undefined;
}

/** Mentions whose [start, end] (end inclusive) holds the offset, innermost (latest start) first. */
export function mentionsAt(ds: DocState, offset: number): Generator<number> {
  return containing(ds.byStart, ds.starts, ds.maxEnd, offset, (i) => ds.doc.mentions[i].end);
}

/** Indices of the mentions in a sentence, in index order. */
export function mentionsInSentence(ds: DocState, sentence: number): Int32Array {
  let idx = ds.sentences;
  if (!idx) {
    const ms = ds.doc.mentions;
    const order = Int32Array.from({ length: ms.length }, (_, i) => i).sort((a, b) => ms[a].sentence - ms[b].sentence || a - b);
    idx = ds.sentences = { order, sentence: order.map((i) => ms[i].sentence) };
  }
  const { order, sentence: s } = idx;
  let lo = 0, hi = s.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (s[mid] < sentence) lo = mid + 1; else hi = mid; }
  let end = lo;
  while (end < s.length && s[end] === sentence) end++;
  return order.subarray(lo, end);
}

/** Timexes of the document in text order (shared with the analysis when it is in that order). */
export function timexesOf(ds: DocState): Timex[] {
  return timexIndex(ds).timexes;
}

export function timexAt(ds: DocState, offset: number): Timex | undefined {
  const t = timexIndex(ds);
  for (const i of containing(null, t.starts, t.maxEnd, offset, (j) => t.timexes[j].end)) return t.timexes[i];
  return undefined;
}

function timexIndex(ds: DocState): TimexIndex {
  if (ds.timex) return ds.timex;
  const order = (a: Timex, b: Timex) => a.start - b.start || a.end - b.end;
  const given = ds.doc.timexes;
  let sorted = true;
  for (let i = 1; i < given.length && sorted; i++) sorted = order(given[i - 1], given[i]) <= 0;
  const timexes = sorted ? given : [...given].sort(order);
  const starts = new Int32Array(timexes.length);
  const maxEnd = new Int32Array(timexes.length);
  let m = -Infinity;
  timexes.forEach((t, i) => { starts[i] = t.start; maxEnd[i] = m = Math.max(m, t.end); });
  return (ds.timex = { timexes, starts, maxEnd });
}

/**
 * Items whose [start, end] (end inclusive) holds the offset, innermost (latest start) first.
 * `order` maps sorted positions to items (null: the items are in sorted order).
 */
function* containing(order: Int32Array | null, starts: Int32Array, maxEnd: Int32Array, offset: number, endOf: (i: number) => number): Generator<number> {
  let lo = 0, hi = starts.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (starts[mid] <= offset) lo = mid + 1; else hi = mid; }
  for (let j = lo - 1; j >= 0 && maxEnd[j] >= offset; j--) {
    const item = order ? order[j] : j;
    if (endOf(item) >= offset) yield item;
  }
}

