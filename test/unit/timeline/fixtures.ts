import type { TimelineEvent } from '../../../src/shared/timeline-protocol';
import type { Precision } from '../../../src/core/model';

/** A timeline event with only what a test cares about spelled out. */
export function ev(id: string, earliest: string | undefined, latest: string | undefined, precision: Precision,
  more: Partial<TimelineEvent> = {}): TimelineEvent {
  const date: TimelineEvent['date'] = { value: earliest ?? 'PRESENT_REF', precision };
  if (earliest) date.earliest = earliest;
  if (latest) date.latest = latest;
  return { id, doc: 'a.txt', summary: `event ${id}`, sentence: `Sentence of ${id}.`, anchorText: null,
    status: 'reported', date, entities: [], ...more };
}
