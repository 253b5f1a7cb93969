import type { CorpusEvent } from '../model';
import { EventGraph, type EventGroup } from './event-graph';

/**
 * Cross-document event grouping: two events in different documents tell the same happening when
 * they share a participant and their summaries share the words that name the act ("paramilitary
 * parade"). Dates are deliberately only a soft signal: a page dated wrongly resolves "Saturday" to
 * the wrong week, and that is exactly the disagreement the timeline must surface (`conflict`).
 * The engine is {@link EventGraph}; this module names events by grouping key.
 */
export { MAX_GROUP_EVENTS, type EventGroup } from './event-graph';
export { actWords } from './act-words';

/**
 * Incremental grouping by key: events are added and removed one document at a time; `update`
 * returns the groups of the connected components that changed.
 */
export class EventGrouper {
  private readonly keys: (string | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly graph = new EventGraph((_ev, _tag, slot) => this.keys[slot]!);

  get size(): number { return this.slotOf.size; }

  /**
   * Removes `removed` event keys and adds `added` events; returns, for every event whose group
   * changed (an event not returned keeps the group last reported for it; a new event not returned
   * is in none), its group or undefined when it is in none.
   */
  update(removed: Iterable<string>, added: Iterable<{ key: string; ev: CorpusEvent }>): Map<string, EventGroup | undefined> {
    for (const key of removed) {
      const s = this.slotOf.get(key);
      if (s === undefined) continue;
      this.slotOf.delete(key);
      this.graph.remove(s);
    }
    for (const { key, ev } of added) {
      if (this.slotOf.has(key)) continue; // keys are unique by construction; ignore a repeat
      const s = this.graph.add(ev);
      this.keys[s] = key;
      this.slotOf.set(key, s);
    }
    const out = new Map<string, EventGroup | undefined>();
    for (const [s, g] of this.graph.process()) out.set(this.keys[s]!, g);
    return out;
  }
}

/** What grouping depends on: document, dates, participants and summary. */
function groupingBase(ev: CorpusEvent): string {
  return `${ev.doc}\u0000${ev.date.earliest ?? ''}\u0000${ev.date.latest ?? ''}\u0000${[...ev.entities].sort().join(',')}\u0000${ev.summary}`;
}

/** The grouping key of an event that is the `n`th (from 0) of its document with the same base. */
export function groupingKey(ev: CorpusEvent, n: number): string {
  const base = groupingBase(ev);
  return n ? `${base}\u0000${n}` : base;
}

/**
 * What grouping depends on, as a key: document, dates, participants and summary. An edit that
 * only moves an event (its offsets and id change as the user types above it) keeps its key, so
 * the index carries its group over without regrouping. Repeats within a document get a counter.
 */
export function withGroupingKeys(events: CorpusEvent[]): { key: string; ev: CorpusEvent }[] {
  const seen = new Map<string, number>();
  return events.map((ev) => {
    const base = groupingBase(ev);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: n ? `${base}\u0000${n}` : base, ev };
  });
}

/**
 * The repeat counters of withGroupingKeys (0 for most events) without building every key: only
 * events whose summary occurs twice in the list can repeat a key.
 */
export function groupingRepeats(events: CorpusEvent[]): number[] {
  const out = new Array<number>(events.length).fill(0);
  const bySummary = new Map<string, number>();
  let repeats = false;
  for (const ev of events) {
    const n = bySummary.get(ev.summary) ?? 0;
    if (n) repeats = true;
    bySummary.set(ev.summary, n + 1);
  }
  if (!repeats) return out;
  const seen = new Map<string, number>();
  events.forEach((ev, i) => {
    if (bySummary.get(ev.summary)! < 2) return;
    const base = groupingBase(ev);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out[i] = n;
  });
  return out;
}

/** Batch form: the groups among a list of events (the index uses EventGraph incrementally). */
export function groupEvents(events: CorpusEvent[]): EventGroup[] {
  const seen = new Set<string>();
  const out: EventGroup[] = [];
  for (const g of new EventGrouper().update([], withGroupingKeys(events)).values()) {
    if (g && !seen.has(g.id)) { seen.add(g.id); out.push(g); }
  }
  return out;
}
