import type { CorpusEvent } from '../model';

/** TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html), as much as we fill in. */
export interface TimelineJsDate { year: number; month?: number; day?: number; display_date?: string }
export interface TimelineJs {
  title?: { text: { headline: string; text: string } };
  events: {
    unique_id: string;
    start_date: TimelineJsDate;
    end_date?: TimelineJsDate;
    text: { headline: string; text: string };
    group?: string;
  }[];
}

/** TimelineJS renders headline and text as HTML: document text must be escaped. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function toDate(day: string, precision: string): TimelineJsDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const d: TimelineJsDate = { year: +m[1] };
  if (precision !== 'year' && precision !== 'decade') d.month = +m[2];
  if (precision === 'day' || precision === 'time' || precision === 'range' || precision === 'week') d.day = +m[3];
  return d;
}

/** Events → TimelineJS slides (undated events are left out: TimelineJS needs a start date). */
export function toTimelineJs(events: CorpusEvent[], opts: { title?: string; entityName?: (id: string) => string | undefined } = {}): TimelineJs {
  const out: TimelineJs = { events: [] };
  if (opts.title) out.title = { text: { headline: escapeHtml(opts.title), text: '' } };
  for (const ev of events) {
    if (!ev.date.earliest) continue;
    const start = toDate(ev.date.earliest, ev.date.precision);
    if (!start) continue;
    const who = ev.entities.map((id) => opts.entityName?.(id) ?? id);
    const details = [
      `${escapeHtml(ev.status)} · ${escapeHtml(ev.date.value)}`,
      who.length ? `With: ${who.map(escapeHtml).join(', ')}` : '',
      `Source: ${escapeHtml(ev.doc)}`,
      ev.conflict ? 'Sources disagree on the date of this event.' : '',
    ].filter(Boolean);
    const slide: TimelineJs['events'][number] = {
      unique_id: ev.id.replace(/[^A-Za-z0-9_-]/g, '_'),
      start_date: start,
      text: { headline: escapeHtml(ev.summary), text: details.map((d) => `<p>${d}</p>`).join('') },
    };
    if (ev.date.latest && ev.date.latest !== ev.date.earliest) {
      const end = toDate(ev.date.latest, ev.date.precision);
      if (end) slide.end_date = end;
    }
    out.events.push(slide);
  }
  return out;
}
