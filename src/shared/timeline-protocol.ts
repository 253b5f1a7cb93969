/**
 * The timeline webview's message protocol: one file imported by the extension host
 * (src/extension/timeline/) and by the webview bundle (media/timeline/), so both sides compile
 * against the same discriminated unions. No `vscode` and no DOM imports: it runs on both sides.
 *
 * Handshake: the webview posts `ready` once its script runs; the host answers with `data`
 * (and again after every corpus change). Everything else is user intent travelling one way.
 *
 * The webview is untrusted territory (it renders document text), so the host validates every
 * incoming message with `parseWebviewMessage` and drops anything it does not recognise.
 */
import type { EntityType, EventStatus, Precision } from '../core/model';

export const TIMELINE_VIEW_TYPE = 'dossier.timeline';

export const EVENT_STATUSES: readonly EventStatus[] = ['reported', 'ongoing', 'future', 'speculative'];

// ---------------------------------------------------------------------------------------------
// Data the host sends

/** A source document as the timeline shows it (legend, filter, colour). */
export interface TimelineDoc {
  id: string;
  title: string;
  /** Short name for legends and conflict text: the agency ("AP"), else a shortened title. */
  source: string;
  /** YYYY-MM-DD or null. */
  published: string | null;
  /** Index into the webview's palette of theme chart colours; stable for the document's position. */
  color: number;
}

export interface TimelineEntity {
  id: string;
  name: string;
  type: EntityType;
  /** Number of events it takes part in (for the filter list). */
  events: number;
}

/** The calendar part of `ResolvedDate`, copied so the webview does not depend on the model's churn. */
export interface TimelineDate {
  value: string;
  earliest?: string;
  latest?: string;
  precision: Precision;
  open?: 'before' | 'after';
}

export interface TimelineEvent {
  id: string;
  doc: string;
  summary: string;
  /** The sentence that states the event, verbatim from the document (untrusted text). */
  sentence: string;
  /** The expression that dates it ("on Friday"), verbatim, or null when dated by context. */
  anchorText: string | null;
  status: EventStatus;
  date: TimelineDate;
  entities: string[];
  group?: string;
  conflict?: boolean;
}

/** Events in several documents telling the same happening. */
export interface TimelineGroup {
  id: string;
  /** Event ids, chronological. */
  events: string[];
  conflict: boolean;
  /** "Told by 2 sources: AFP, AP" or "Sources disagree: 2023-09-08 (AFP) vs 2023-09-09 (AP)", localised by the host. */
  label: string;
}

export interface TimelinePayload {
  docs: TimelineDoc[];
  entities: TimelineEntity[];
  /** Chronological (earliest day, then document order), as `CorpusIndex.timeline()` gives them. */
  events: TimelineEvent[];
  groups: TimelineGroup[];
}

// ---------------------------------------------------------------------------------------------
// Strings of the webview (the host localises them with `vscode.l10n.t`; see timeline/strings.ts)

/**
 * Every text the webview shows, in English. `{0}`, `{1}`… are filled in by `fillPlaceholders`.
 * The webview starts with these (it has drawn its chrome before the first message arrives) and
 * replaces them with the host's translations from each `data` message.
 */
export const DEFAULT_TIMELINE_STRINGS = {
  loading: 'Loading the timeline…',
  statusReported: 'Reported',
  statusOngoing: 'Ongoing',
  statusFuture: 'Future',
  statusSpeculative: 'Speculative',
  helpReported: 'solid: it happened, as reported',
  helpOngoing: 'striped: still going on',
  helpFuture: 'outlined: planned or expected',
  helpSpeculative: 'dashed: may happen, speculation',
  statusLegendItem: '{0}: {1}',
  filterEntity: 'Filter by entity',
  filterDoc: 'Filter by source document',
  showStatuses: 'Show statuses',
  zoomOut: 'Zoom out (-)',
  zoomIn: 'Zoom in (+)',
  fitAllLabel: 'Fit all events (0)',
  fitAll: 'Fit all',
  clearFilters: 'Clear filters',
  toolbar: 'Timeline filters and zoom',
  entityField: 'Entity',
  sourceField: 'Source',
  legendSources: 'Sources',
  legendStatuses: 'Status styles',
  shapeDay: 'a day',
  shapePeriod: 'a week, month or year',
  shapeRange: 'a range',
  shapeOpen: 'open-ended',
  shapeConflict: 'sources disagree',
  eventsList: 'Events in chronological order. Left and Right arrows move between events, Enter shows the sentence.',
  hint: 'Keys: ←/→ previous/next event · Home/End first/last · Enter show sentence · Shift+←/→ pan · +/− zoom · 0 fit all. Mouse: wheel zooms, drag pans, double-click opens the sentence.',
  allEntities: 'All entities ({0})',
  entityWithoutEvents: '{0} (no dated events)',
  allSources: 'All sources ({0})',
  sourceButton: 'Source {0}: {1}. Click to show only this source.',
  sourceButtonPublished: 'Source {0}: {1}, published {2}. Click to show only this source.',
  eventDescription: '{0}, {1}, {2}: {3}',
  conflictUnknown: 'Sources disagree on the date',
  /** Used when the total is 1, so a language can agree the noun with it (English keeps "events"). */
  eventCountOne: '{0} of {1} events',
  eventCount: '{0} of {1} events',
  noEvents: 'No dated events in these documents yet.',
  noMatch: 'No events match the filters.',
  undated: 'Not on the calendar ({0})',
  anchorQuote: '(“{0}”)',
};

export type TimelineStrings = { [K in keyof typeof DEFAULT_TIMELINE_STRINGS]: string };

/** "{0} of {1}" → "2 of 10": each `{n}` becomes the n-th argument; an unknown `{n}` is kept. */
export function fillPlaceholders(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}

/** The defaults overridden by the string values of known keys in `raw` (anything else is ignored). */
export function mergeStrings(raw: unknown, base: TimelineStrings = DEFAULT_TIMELINE_STRINGS): TimelineStrings {
  const out: TimelineStrings = { ...base };
  if (!isObject(raw)) return out;
  for (const k of Object.keys(out) as (keyof TimelineStrings)[]) {
    const v = raw[k];
    if (typeof v === 'string' && v.length <= MAX_TEXT) out[k] = v;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// View state (persisted by the webview with setState, restored after reload by the serializer)

export interface TimelineFilter {
  entity: string | null;
  doc: string | null;
  /** Statuses shown; all four by default. */
  statuses: EventStatus[];
}

export interface TimelineViewState {
  version: 1;
  filter: TimelineFilter;
  /** Visible interval in epoch days (fractional), or null for "fit all". */
  view: { start: number; end: number } | null;
  selected: string | null;
}

export function defaultFilter(): TimelineFilter {
  return { entity: null, doc: null, statuses: [...EVENT_STATUSES] };
}

// ---------------------------------------------------------------------------------------------
// Messages

export type HostMessage =
  /** `strings`: the webview's texts in the user's language (older senders may omit it: English is kept). */
  | { type: 'data'; payload: TimelinePayload; strings?: TimelineStrings }
  /** Narrow the view (from the tree selection or `dossier.showTimeline` arguments); omitted keys are kept. */
  /** `entityName` labels an entity that has no dated event (so is not in the payload's list). */
  | { type: 'filter'; filter: Partial<TimelineFilter>; entityName?: string }
  /** Select, scroll to and focus one event. */
  | { type: 'focusEvent'; eventId: string };

export type WebviewMessage =
  | { type: 'ready' }
  /** The user picked an event: show its sentence in the editor. */
  | { type: 'reveal'; eventId: string; focusEditor: boolean }
  /** The filters changed in the webview (the host remembers them for `focusEvent` and the title). */
  | { type: 'filterChanged'; filter: TimelineFilter }
  /** A script error inside the webview, for the output channel. */
  | { type: 'error'; message: string };

export type ParseResult<T> = { ok: true; message: T } | { ok: false; reason: string };

const MAX_ID = 1024;
const MAX_TEXT = 4000;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isId(x: unknown): x is string {
  return typeof x === 'string' && x.length > 0 && x.length <= MAX_ID;
}

function isNullableId(x: unknown): x is string | null {
  return x === null || isId(x);
}

function isStatus(x: unknown): x is EventStatus {
  return typeof x === 'string' && (EVENT_STATUSES as readonly string[]).includes(x);
}

function onlyKeys(o: Record<string, unknown>, allowed: string[]): string | undefined {
  const extra = Object.keys(o).filter((k) => !allowed.includes(k));
  return extra.length ? `unexpected field(s) ${extra.slice(0, 3).join(', ')}` : undefined;
}

function parseFilter(x: unknown, partial: boolean): ParseResult<Partial<TimelineFilter>> {
  if (!isObject(x)) return { ok: false, reason: 'filter is not an object' };
  const extra = onlyKeys(x, ['entity', 'doc', 'statuses']);
  if (extra) return { ok: false, reason: `filter: ${extra}` };
  const out: Partial<TimelineFilter> = {};
  for (const k of ['entity', 'doc'] as const) {
    if (!(k in x)) {
      if (!partial) return { ok: false, reason: `filter.${k} missing` };
      continue;
    }
    if (!isNullableId(x[k])) return { ok: false, reason: `filter.${k} is not an id or null` };
    out[k] = x[k] as string | null;
  }
  if ('statuses' in x) {
    const s = x.statuses;
    if (!Array.isArray(s) || s.length > EVENT_STATUSES.length || !s.every(isStatus)) {
      return { ok: false, reason: 'filter.statuses is not a list of statuses' };
    }
    out.statuses = [...new Set(s as EventStatus[])];
  } else if (!partial) {
    return { ok: false, reason: 'filter.statuses missing' };
  }
  return { ok: true, message: out };
}

/**
 * Validates a message received from the webview. Anything not exactly one of `WebviewMessage`'s
 * shapes (unknown type, missing or ill-typed field, extra field, oversized string) is refused
 * with a reason for the log.
 */
export function parseWebviewMessage(raw: unknown): ParseResult<WebviewMessage> {
  if (!isObject(raw)) return { ok: false, reason: 'not an object' };
  const type = raw.type;
  switch (type) {
    case 'ready': {
      const extra = onlyKeys(raw, ['type']);
      return extra ? { ok: false, reason: `ready: ${extra}` } : { ok: true, message: { type } };
    }
    case 'reveal': {
      const extra = onlyKeys(raw, ['type', 'eventId', 'focusEditor']);
      if (extra) return { ok: false, reason: `reveal: ${extra}` };
      if (!isId(raw.eventId)) return { ok: false, reason: 'reveal: eventId is not an id' };
      if (typeof raw.focusEditor !== 'boolean') return { ok: false, reason: 'reveal: focusEditor is not a boolean' };
      return { ok: true, message: { type, eventId: raw.eventId, focusEditor: raw.focusEditor } };
    }
    case 'filterChanged': {
      const extra = onlyKeys(raw, ['type', 'filter']);
      if (extra) return { ok: false, reason: `filterChanged: ${extra}` };
      const f = parseFilter(raw.filter, false);
      if (!f.ok) return f;
      return { ok: true, message: { type, filter: f.message as TimelineFilter } };
    }
    case 'error': {
      const extra = onlyKeys(raw, ['type', 'message']);
      if (extra) return { ok: false, reason: `error: ${extra}` };
      if (typeof raw.message !== 'string') return { ok: false, reason: 'error: message is not a string' };
      return { ok: true, message: { type, message: raw.message.slice(0, MAX_TEXT) } };
    }
    default:
      return { ok: false, reason: `unknown message type ${JSON.stringify(String(type)).slice(0, 60)}` };
  }
}

/** Validates the arguments of `dossier.showTimeline` / a `filter` message's partial filter. */
export function parsePartialFilter(raw: unknown): ParseResult<Partial<TimelineFilter>> {
  return parseFilter(raw, true);
}

/** Reads a persisted view state defensively: a state from an older build or a corrupt one gives defaults. */
export function parseViewState(raw: unknown): TimelineViewState {
  const state: TimelineViewState = { version: 1, filter: defaultFilter(), view: null, selected: null };
  if (!isObject(raw) || raw.version !== 1) return state;
  const f = parseFilter(raw.filter, true);
  if (f.ok) state.filter = { ...state.filter, ...f.message };
  const v = raw.view;
  if (isObject(v) && Number.isFinite(v.start) && Number.isFinite(v.end) && (v.end as number) > (v.start as number)) {
    state.view = { start: v.start as number, end: v.end as number };
  }
  if (isId(raw.selected)) state.selected = raw.selected;
  return state;
}
