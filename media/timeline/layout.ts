/**
 * From events to shapes on the canvas: which events the filters keep, how each is drawn for its
 * precision (point, band, bar, open end), and which lane (row) each goes in so nothing overlaps.
 * Pure functions, unit-tested in Node; the DOM code in render.ts only positions what these return.
 */
import type { EventStatus, Precision } from '../../src/core/model';
import type { TimelineEvent, TimelineFilter, TimelineGroup, TimelinePayload } from '../../src/shared/timeline-protocol';
import { isoToDay } from '../../src/shared/dates';
import { type View, dayToX } from './scale';

/** How an event is drawn: a day is a point, a calendar unit a band, an explicit range a bar. */
export type ShapeKind = 'point' | 'band' | 'bar';

export interface Shape {
  id: string;
  kind: ShapeKind;
  /** Epoch days, end exclusive. For open shapes the missing side is drawn as a fading stretch. */
  start: number;
  end: number;
  /** The interval runs on towards the past ('before') or the future ('after') without a known bound. */
  open?: 'before' | 'after';
  status: EventStatus;
}

/** Length of the fading stretch drawn for an open side whose bound is unknown. */
export const OPEN_TAIL_DAYS = 30;

const BAND_PRECISIONS: Precision[] = ['week', 'month', 'quarter', 'season', 'year', 'decade'];

/**
 * The shape of one event, or null when its date cannot be placed on a calendar (PRESENT_REF,
 * durations, unknown): those go to the "not on the calendar" list instead of vanishing.
 */
export function shapeOf(e: TimelineEvent): Shape | null {
  const d = e.date;
  let a = isoToDay(d.earliest);
  let b = isoToDay(d.latest);
  if (a === undefined && b === undefined) return null;
  const open = d.open;
  // One known side: an open interval ("since November" → only earliest) gets a fading tail.
  if (a === undefined) a = b! - OPEN_TAIL_DAYS + 1;
  if (b === undefined) b = a + (open ? OPEN_TAIL_DAYS - 1 : 0);
  if (b < a) [a, b] = [b, a];
  let kind: ShapeKind;
  if (open) kind = 'bar';
  else if (d.precision === 'day' || d.precision === 'time') kind = 'point';
  else if (d.precision === 'range') kind = 'bar';
  else if (BAND_PRECISIONS.includes(d.precision)) kind = 'band';
  else kind = a === b ? 'point' : 'band';
  // An open single day ("ahead of the parade") still needs a tail to show which way it runs.
  if (open && a === b) {
    if (open === 'after') b = a + OPEN_TAIL_DAYS - 1;
    else a = b - OPEN_TAIL_DAYS + 1;
  }
  const shape: Shape = { id: e.id, kind, start: a, end: kind === 'point' ? a + 1 : b + 1, status: e.status };
  if (open) shape.open = open;
  return shape;
}

/** Whether the filters keep an event. */
export function matchesFilter(e: TimelineEvent, f: TimelineFilter): boolean {
  if (f.doc && e.doc !== f.doc) return false;
  if (f.entity && !e.entities.includes(f.entity)) return false;
  return f.statuses.includes(e.status);
}

/** The events kept by the filters, in the payload's (chronological) order. */
export function visibleEvents(p: TimelinePayload, f: TimelineFilter): TimelineEvent[] {
  return p.events.filter((e) => matchesFilter(e, f));
}

/** Day interval covering all the shapes (for "fit all"), or null when there are none. */
export function extentOf(shapes: Shape[]): { start: number; end: number } | null {
  if (!shapes.length) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const s of shapes) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return { start, end };
}

// ---------------------------------------------------------------------------------------------
// Lanes

/** Approximate width of a label in pixels (the layout must not measure the DOM). */
export function labelWidth(text: string, charPx = 6.6, maxPx = 240): number {
  return Math.min(maxPx, Math.ceil(text.length * charPx) + 12);
}

export interface PlacedShape extends Shape {
  x: number;
  /** Width of the mark itself (a point has a fixed marker width). */
  w: number;
  /** Lane index, 0 = top. */
  lane: number;
  group?: string;
}

export interface PlacedGroup {
  id: string;
  /** First lane (the group's header row, where its label and conflict marker go). */
  lane: number;
  /** Lanes taken, header included. */
  lanes: number;
  x: number;
  w: number;
  conflict: boolean;
  label: string;
  events: string[];
}

export interface Layout {
  shapes: PlacedShape[];
  groups: PlacedGroup[];
  lanes: number;
}

export const POINT_PX = 12;

/**
 * Packs shapes into lanes greedily in chronological order, in pixel space (so it depends on the
 * zoom): each item takes the first lane free over [x, x + max(mark, label) + gap). The events of
 * a group of ≥ 2 visible events are kept together as one block of consecutive lanes, under a
 * header row for the group's label, so "the same event told by several sources" reads as one.
 */
export function layout(
  events: TimelineEvent[],
  groups: TimelineGroup[],
  view: View,
  width: number,
  opts: { gapPx?: number; label?: (e: TimelineEvent) => string } = {},
): Layout {
  const gap = opts.gapPx ?? 8;
  const labelOf = opts.label ?? ((e: TimelineEvent) => e.summary);
  type Item = { shape: Shape; e: TimelineEvent; x: number; w: number; reach: number };
  const items = new Map<string, Item>();
  for (const e of events) {
    const shape = shapeOf(e);
    if (!shape) continue;
    const x0 = dayToX(view, width, shape.start);
    const x1 = dayToX(view, width, shape.end);
    const w = shape.kind === 'point' ? POINT_PX : Math.max(4, x1 - x0);
    const x = shape.kind === 'point' ? (x0 + x1) / 2 - POINT_PX / 2 : x0;
    items.set(e.id, { shape, e, x, w, reach: x + Math.max(w, (shape.kind === 'point' ? POINT_PX + 4 : 4) + labelWidth(labelOf(e))) });
  }

  // Blocks: a lone event, or the visible members of a group (if at least two).
  type Block = { members: Item[]; group?: TimelineGroup; x: number; reach: number; height: number };
  const blocks: Block[] = [];
  const taken = new Set<string>();
  const groupById = new Map(groups.map((g) => [g.id, g]));
  for (const item of items.values()) {
    if (taken.has(item.e.id)) continue;
    const g = item.e.group ? groupById.get(item.e.group) : undefined;
    const members = g ? g.events.map((id) => items.get(id)).filter((m): m is Item => !!m) : [];
    if (g && members.length >= 2) {
      for (const m of members) taken.add(m.e.id);
      const x = Math.min(...members.map((m) => m.x));
      const reach = Math.max(...members.map((m) => m.reach), x + labelWidth(g.label, 6.6, 420));
      blocks.push({ members, group: g, x: x - 4, reach: reach + 4, height: members.length + 1 });
    } else {
      taken.add(item.e.id);
      blocks.push({ members: [item], x: item.x, reach: item.reach, height: 1 });
    }
  }
  blocks.sort((a, b) => a.x - b.x);

  // laneEnd[i] = rightmost pixel used in lane i so far.
  const laneEnd: number[] = [];
  const shapes: PlacedShape[] = [];
  const placedGroups: PlacedGroup[] = [];
  for (const b of blocks) {
    let lane = 0;
    for (;; lane++) {
      let free = true;
      for (let k = lane; k < lane + b.height; k++) {
        if ((laneEnd[k] ?? -Infinity) + gap > b.x) { free = false; break; }
      }
      if (free) break;
    }
    for (let k = lane; k < lane + b.height; k++) laneEnd[k] = b.reach;
    const first = b.group ? lane + 1 : lane;
    b.members.forEach((m, i) => {
      const placed: PlacedShape = { ...m.shape, x: m.x, w: m.w, lane: first + i };
      if (b.group) placed.group = b.group.id;
      shapes.push(placed);
    });
    if (b.group) {
      placedGroups.push({
        id: b.group.id, lane, lanes: b.height, x: b.x, w: b.reach - b.x,
        conflict: b.group.conflict, label: b.group.label, events: b.members.map((m) => m.e.id),
      });
    }
  }
  return { shapes, groups: placedGroups, lanes: laneEnd.length };
}
