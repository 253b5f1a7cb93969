/**
 * The webview's composed texts, built only from the strings the host sent (no DOM, so they are
 * unit-tested): counts, screen-reader descriptions, legend labels.
 */
import type { EventStatus } from '../../src/core/model';
import {
  fillPlaceholders, type TimelineDoc, type TimelineEvent, type TimelineGroup, type TimelineStrings,
} from '../../src/shared/timeline-protocol';
import { formatDate } from '../../src/shared/dates';

const STATUS_KEY = {
  reported: ['statusReported', 'helpReported'],
  ongoing: ['statusOngoing', 'helpOngoing'],
  future: ['statusFuture', 'helpFuture'],
  speculative: ['statusSpeculative', 'helpSpeculative'],
} as const satisfies Record<EventStatus, readonly [keyof TimelineStrings, keyof TimelineStrings]>;

export function statusLabel(S: TimelineStrings, status: EventStatus): string {
  return S[STATUS_KEY[status][0]];
}

/** "Reported: solid: it happened, as reported" */
export function statusLegendText(S: TimelineStrings, status: EventStatus): string {
  return fillPlaceholders(S.statusLegendItem, statusLabel(S, status), S[STATUS_KEY[status][1]]);
}

/** "2 of 10 events" */
export function eventCount(S: TimelineStrings, shown: number, total: number): string {
  return fillPlaceholders(total === 1 ? S.eventCountOne : S.eventCount, shown, total);
}

/** The aria-label of a legend's source button. */
export function sourceButtonLabel(S: TimelineStrings, d: TimelineDoc): string {
  return d.published
    ? fillPlaceholders(S.sourceButtonPublished, d.source, d.title, d.published)
    : fillPlaceholders(S.sourceButton, d.source, d.title);
}

/** What a screen reader says for an event; `group` is the conflicting group it belongs to, if known. */
export function eventDescription(S: TimelineStrings, e: TimelineEvent, doc: TimelineDoc | undefined, group: TimelineGroup | undefined): string {
  const parts = [fillPlaceholders(S.eventDescription, statusLabel(S, e.status), formatDate(e.date), doc?.source ?? e.doc, e.summary)];
  if (e.conflict) parts.push(group ? group.label : S.conflictUnknown);
  return parts.join('. ');
}
