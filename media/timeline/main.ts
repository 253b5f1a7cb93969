/**
 * The timeline webview: events on a zoomable time axis, filters, legend, tooltips and keyboard
 * navigation. State (filters, zoom, selection) lives in `vscode.setState` so the panel comes back
 * as it was after a reload (the host registers a serializer). Layout math is in scale.ts and
 * layout.ts; this file only wires the DOM to it.
 */
import type { EventStatus } from '../../src/core/model';
import {
  DEFAULT_TIMELINE_STRINGS, EVENT_STATUSES, defaultFilter, fillPlaceholders, mergeStrings, parseViewState,
  type HostMessage, type TimelineEvent, type TimelineStrings, type TimelineFilter, type TimelinePayload, type TimelineViewState,
} from '../../src/shared/timeline-protocol';
import { formatDate } from '../../src/shared/dates';
import { h, place, setChildren } from './dom';
import { type Layout, extentOf, labelWidth, layout, shapeOf, visibleEvents } from './layout';
import {
  type View, contextLabel, dayToX, ensureVisible, fitAllPx, panBy, panByPixels, ticks, xToDay, zoomAt,
} from './scale';
import { eventCount, eventDescription, sourceButtonLabel, statusLabel, statusLegendText } from './text';
import { vscodeApi } from './vscode-api';

const vscode = vscodeApi();

const LANE_H = 26;
const PALETTE_SIZE = 6;
/** The texts the host sent (English until the first `data` message). */
let S: TimelineStrings = DEFAULT_TIMELINE_STRINGS;

// ---------------------------------------------------------------------------------------------
// State

let state: TimelineViewState = parseViewState(vscode.getState());
let payload: TimelinePayload | null = null;
let current: Layout | null = null;
/** Events passing the filters and placed on the calendar, chronological (keyboard order). */
let navigable: TimelineEvent[] = [];
let byId = new Map<string, TimelineEvent>();
let docIndex = new Map<string, TimelinePayload['docs'][number]>();

function saveState(): void {
  vscode.setState(state);
}

/**
 * The visible interval. `state.view` is null while the user has not zoomed or panned: the view
 * then fits all events of the current filters, recomputed as data arrives (the first payload may
 * come while the corpus is still being read), and is saved as null so a restore fits the new data.
 */
function view(): View {
  if (state.view) return state.view;
  const placed = payload ? visibleEvents(payload, state.filter).map(shapeOf).filter((x) => x !== null) : [];
  // Room on the right for the last labels, and for a group's "Sources disagree: …" header.
  const groupLabels = payload ? payload.groups.map((g) => labelWidth(g.label, 6.6, 420)) : [];
  const right = Math.min(width() * 0.45, Math.max(240, ...groupLabels));
  return fitAllPx(extentOf(placed), Math.floor(Date.now() / 86_400_000), width(), 16, right);
}

// ---------------------------------------------------------------------------------------------
// Static chrome

const entitySelect = h('select', { id: 'filter-entity' });
const docSelect = h('select', { id: 'filter-doc' });
const statusBoxes = new Map<EventStatus, HTMLInputElement>();
const statusTexts = new Map<EventStatus, Text>();
const statusGroup = h('div', { class: 'tl-statuses', role: 'group' });
for (const s of EVENT_STATUSES) {
  const box = h('input', { type: 'checkbox', id: `status-${s}`, 'data-status': s });
  statusBoxes.set(s, box);
  statusTexts.set(s, document.createTextNode(''));
  statusGroup.append(h('label', { class: `tl-chip status-${s}`, for: `status-${s}` },
    box, h('span', { class: 'tl-swatch', 'aria-hidden': 'true' }), statusTexts.get(s)));
}
const zoomOut = h('button', { type: 'button', id: 'zoom-out' }, '−');
const zoomIn = h('button', { type: 'button', id: 'zoom-in' }, '+');
const fitButton = h('button', { type: 'button', id: 'fit-all' });
const clearButton = h('button', { type: 'button', id: 'clear-filters' });
const count = h('span', { class: 'tl-count', id: 'count', role: 'status', 'aria-live': 'polite' });

const entityField = document.createTextNode('');
const sourceField = document.createTextNode('');
const toolbar = h('div', { class: 'tl-toolbar', role: 'toolbar' },
  h('label', { class: 'tl-field' }, entityField, entitySelect),
  h('label', { class: 'tl-field' }, sourceField, docSelect),
  statusGroup,
  h('span', { class: 'tl-spacer' }),
  h('span', { class: 'tl-zoom' }, count, clearButton, zoomOut, zoomIn, fitButton));

const sourceLegend = h('div', { class: 'tl-legend', id: 'legend', role: 'list' });
const statusLegend = h('div', { class: 'tl-legend tl-legend-status' });
const statusLegendTexts = new Map<EventStatus, Text>();
for (const s of EVENT_STATUSES) {
  statusLegendTexts.set(s, document.createTextNode(''));
  statusLegend.append(h('span', { class: `tl-legend-item status-${s}` },
    h('span', { class: 'tl-swatch', 'aria-hidden': 'true' }), statusLegendTexts.get(s)));
}
const shapeTexts: [keyof TimelineStrings, Text][] = (['shapeDay', 'shapePeriod', 'shapeRange', 'shapeOpen', 'shapeConflict'] as const)
  .map((k) => [k, document.createTextNode('')]);
const [day, period, range, open, conflict] = shapeTexts.map(([, t]) => t);
const shapeLegend = h('div', { class: 'tl-legend tl-legend-shapes' },
  h('span', { class: 'tl-legend-item' }, h('span', { class: 'tl-sample kind-point', 'aria-hidden': 'true' }), day),
  h('span', { class: 'tl-legend-item' }, h('span', { class: 'tl-sample kind-band', 'aria-hidden': 'true' }), period),
  h('span', { class: 'tl-legend-item' }, h('span', { class: 'tl-sample kind-bar', 'aria-hidden': 'true' }), range),
  h('span', { class: 'tl-legend-item' }, h('span', { class: 'tl-sample kind-bar open-after', 'aria-hidden': 'true' }), open),
  h('span', { class: 'tl-legend-item' }, h('span', { class: 'tl-conflict-badge', 'aria-hidden': 'true' }, '!'), conflict));

const axis = h('div', { class: 'tl-axis', 'aria-hidden': 'true' });
const lanes = h('div', { class: 'tl-lanes', id: 'events', role: 'listbox', tabindex: 0 });
const canvas = h('div', { class: 'tl-canvas', id: 'canvas' }, axis, lanes);
const message = h('div', { class: 'tl-message', id: 'message', role: 'status' });
const undated = h('div', { class: 'tl-undated', id: 'undated' });
const hint = h('div', { class: 'tl-hint' });
const tooltip = h('div', { class: 'tl-tooltip', id: 'tooltip', role: 'tooltip', hidden: true });

/** Puts the current texts into the chrome built above (again whenever the host sends them). */
function applyStrings(): void {
  entitySelect.setAttribute('aria-label', S.filterEntity);
  docSelect.setAttribute('aria-label', S.filterDoc);
  statusGroup.setAttribute('aria-label', S.showStatuses);
  for (const [s, t] of statusTexts) t.data = statusLabel(S, s);
  zoomOut.setAttribute('aria-label', S.zoomOut);
  zoomIn.setAttribute('aria-label', S.zoomIn);
  fitButton.setAttribute('aria-label', S.fitAllLabel);
  fitButton.textContent = S.fitAll;
  clearButton.textContent = S.clearFilters;
  toolbar.setAttribute('aria-label', S.toolbar);
  // The space keeps the label apart from its control, as a literal "Entity " did.
  entityField.data = `${S.entityField} `;
  sourceField.data = `${S.sourceField} `;
  sourceLegend.setAttribute('aria-label', S.legendSources);
  statusLegend.setAttribute('aria-label', S.legendStatuses);
  for (const [s, t] of statusLegendTexts) t.data = statusLegendText(S, s);
  for (const [k, t] of shapeTexts) t.data = S[k];
  lanes.setAttribute('aria-label', S.eventsList);
  hint.textContent = S.hint;
}
applyStrings();

document.body.append(h('main', { class: 'tl-root' },
  toolbar, message, canvas, h('div', { class: 'tl-legends' }, sourceLegend, statusLegend, shapeLegend), undated, hint), tooltip);

// ---------------------------------------------------------------------------------------------
// Filters

/** Names the host gave with a filter, for entities the payload does not list (no dated events). */
const entityNames = new Map<string, string>();

function syncControls(): void {
  if (!payload) return;
  const f = state.filter;
  const entityOptions = [h('option', { value: '' }, fillPlaceholders(S.allEntities, payload.entities.length))];
  const known = new Set(payload.entities.map((e) => e.id));
  if (f.entity && !known.has(f.entity)) {
    entityOptions.push(h('option', { value: f.entity }, fillPlaceholders(S.entityWithoutEvents, entityNames.get(f.entity) ?? f.entity)));
  }
  for (const e of payload.entities) entityOptions.push(h('option', { value: e.id }, `${e.name} · ${e.events}`));
  setChildren(entitySelect, ...entityOptions);
  entitySelect.value = f.entity ?? '';

  const docOptions = [h('option', { value: '' }, fillPlaceholders(S.allSources, payload.docs.length))];
  for (const d of payload.docs) docOptions.push(h('option', { value: d.id }, d.source));
  setChildren(docSelect, ...docOptions);
  docSelect.value = f.doc ?? '';

  for (const [s, box] of statusBoxes) box.checked = f.statuses.includes(s);
  clearButton.hidden = !(f.entity || f.doc || f.statuses.length !== EVENT_STATUSES.length);

  setChildren(sourceLegend, ...payload.docs.map((d) => {
    const item = h('button', {
      type: 'button', role: 'listitem', class: `tl-legend-item tl-doc ${docClass(d.color)}${f.doc === d.id ? ' active' : ''}`,
      'aria-pressed': String(f.doc === d.id), 'aria-label': sourceButtonLabel(S, d),
    }, h('span', { class: 'tl-swatch', 'aria-hidden': 'true' }), d.source);
    item.addEventListener('click', () => setFilter({ doc: f.doc === d.id ? null : d.id }, true));
    return item;
  }));
}

function setFilter(change: Partial<TimelineFilter>, refit: boolean): void {
  state.filter = { ...state.filter, ...change };
  if (refit) state.view = null;
  vscode.postMessage({ type: 'filterChanged', filter: state.filter });
  saveState();
  syncControls();
  render();
}

entitySelect.addEventListener('change', () => setFilter({ entity: entitySelect.value || null }, true));
docSelect.addEventListener('change', () => setFilter({ doc: docSelect.value || null }, true));
for (const [s, box] of statusBoxes) {
  box.addEventListener('change', () => {
    const set = new Set(state.filter.statuses);
    if (box.checked) set.add(s); else set.delete(s);
    setFilter({ statuses: EVENT_STATUSES.filter((x) => set.has(x)) }, false);
  });
}
clearButton.addEventListener('click', () => setFilter(defaultFilter(), true));

// ---------------------------------------------------------------------------------------------
// Rendering

function docClass(color: number): string {
  return `doc-c${color % PALETTE_SIZE}${color >= PALETTE_SIZE ? ' doc-alt' : ''}`;
}

function width(): number {
  return Math.max(200, lanes.clientWidth || canvas.clientWidth || 800);
}

function describe(e: TimelineEvent): string {
  const g = e.conflict ? payload?.groups.find((x) => x.id === e.group) : undefined;
  return eventDescription(S, e, docIndex.get(e.doc), g);
}

let frame = 0;
function render(): void {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    draw();
  });
}

function draw(): void {
  if (!payload) {
    message.textContent = S.loading;
    return;
  }
  const W = width();
  const visible = visibleEvents(payload, state.filter);
  const placed = visible.filter((e) => shapeOf(e));
  navigable = placed;
  const v = view();
  count.textContent = eventCount(S, visible.length, payload.events.length);
  if (!payload.events.length) message.textContent = S.noEvents;
  else if (!visible.length) message.textContent = S.noMatch;
  else message.textContent = '';
  message.hidden = !message.textContent;

  // Axis
  const tickEls: HTMLElement[] = [h('span', { class: 'tl-axis-context' }, contextLabel(v, W))];
  for (const t of ticks(v, W)) {
    const el = h('span', { class: `tl-tick${t.major ? ' major' : ''}` }, t.label);
    place(el, dayToX(v, W, t.day), 0);
    tickEls.push(el);
  }
  setChildren(axis, ...tickEls);

  // Events
  const hadFocus = document.activeElement instanceof HTMLElement && document.activeElement.dataset.event;
  current = layout(placed, payload.groups, v, W);
  const els: HTMLElement[] = [];
  for (const g of current.groups) {
    if (g.x > W || g.x + g.w < 0) continue;
    const hull = h('div', { class: `tl-group${g.conflict ? ' conflict' : ''}`, 'data-group': g.id, role: 'presentation' },
      h('span', { class: 'tl-group-label' },
        g.conflict ? h('span', { class: 'tl-conflict-badge', 'aria-hidden': 'true' }, '!') : null,
        h('span', { class: 'tl-group-text' }, g.label)));
    place(hull, g.x, g.lane * LANE_H + 2, g.w, g.lanes * LANE_H - 4);
    els.push(hull);
  }
  const order = new Map(navigable.map((e, i) => [e.id, i]));
  for (const s of current.shapes) {
    const e = byId.get(s.id)!;
    if (s.x > W + 2 || s.x + Math.max(s.w, 60) < -400) continue;
    const label = h('span', { class: 'tl-label' }, e.summary);
    const doc = docIndex.get(e.doc);
    const selected = state.selected === e.id;
    const el = h('div', {
      class: `tl-event kind-${s.kind} status-${s.status} ${docClass(doc?.color ?? 0)}${s.open ? ` open-${s.open}` : ''}${e.conflict ? ' conflict' : ''}${selected ? ' selected' : ''}`,
      role: 'option', tabindex: -1, 'aria-selected': String(selected), 'aria-label': describe(e),
      'data-event': e.id, id: `event-${order.get(e.id)}`,
    });
    const mark = h('span', { class: 'tl-mark', 'aria-hidden': 'true' });
    el.append(mark);
    if (s.open) el.append(h('span', { class: 'tl-arrow', 'aria-hidden': 'true' }, s.open === 'after' ? '→' : '←'));
    if (e.conflict) el.append(h('span', { class: 'tl-conflict-badge', 'aria-hidden': 'true' }, '!'));
    el.append(label);
    // The event box starts at the mark; labels of bars sit inside/over them, a point's to its right.
    const left = Math.max(s.x, -2000);
    // Bars and bands: the box is the mark (so an open end's arrow sits at its end); the label may overflow it.
    place(el, left, s.lane * LANE_H + 4, s.kind === 'point' ? undefined : Math.min(s.w, 100000), LANE_H - 8);
    mark.style.width = `${Math.round(s.kind === 'point' ? s.w : Math.min(s.w, 100000))}px`;
    els.push(el);
  }
  setChildren(lanes, ...els);
  lanes.style.height = `${Math.max(3, current.lanes) * LANE_H + 8}px`;
  updateRoving(!!hadFocus);

  // Events that cannot be placed on a calendar are listed, not dropped.
  const off = visible.filter((e) => !shapeOf(e));
  if (off.length) {
    setChildren(undated, h('h2', {}, fillPlaceholders(S.undated, off.length)), h('ul', {}, ...off.map((e) => {
      const b = h('button', { type: 'button', class: `tl-undated-item ${docClass(docIndex.get(e.doc)?.color ?? 0)}`, 'data-event': e.id },
        h('span', { class: 'tl-swatch', 'aria-hidden': 'true' }),
        `${docIndex.get(e.doc)?.source ?? e.doc} · ${e.date.value} · ${e.summary}`);
      b.addEventListener('click', () => reveal(e.id, false));
      return h('li', {}, b);
    })));
    undated.hidden = false;
  } else {
    undated.hidden = true;
  }
}

/** Exactly one event is tabbable (the selected one, else the first visible): roving tabindex. */
function updateRoving(refocus: boolean): void {
  const els = [...lanes.querySelectorAll<HTMLElement>('.tl-event')];
  const target = els.find((el) => el.dataset.event === state.selected) ?? els[0];
  for (const el of els) el.tabIndex = el === target ? 0 : -1;
  lanes.tabIndex = target ? -1 : 0;
  if (refocus && target) target.focus({ preventScroll: true });
}

// ---------------------------------------------------------------------------------------------
// Tooltip

function showTooltip(e: TimelineEvent, anchor: HTMLElement): void {
  const doc = docIndex.get(e.doc);
  const rows: HTMLElement[] = [
    h('div', { class: 'tl-tip-head' },
      h('span', { class: `tl-tip-status status-${e.status}` }, statusLabel(S, e.status)),
      ` · ${formatDate(e.date)}${e.anchorText ? ` ${fillPlaceholders(S.anchorQuote, e.anchorText)}` : ''}`),
    h('div', { class: 'tl-tip-sentence' }, e.sentence),
    h('div', { class: 'tl-tip-source' }, `${doc?.source ?? e.doc}${doc && doc.title !== doc.source ? ` — ${doc.title}` : ''}`),
  ];
  const g = e.group ? payload?.groups.find((x) => x.id === e.group) : undefined;
  if (g) rows.push(h('div', { class: `tl-tip-group${g.conflict ? ' conflict' : ''}` }, g.label));
  setChildren(tooltip, ...rows);
  tooltip.hidden = false;
  const r = anchor.getBoundingClientRect();
  const tw = tooltip.offsetWidth;
  const th = tooltip.offsetHeight;
  let left = Math.min(Math.max(4, r.left), window.innerWidth - tw - 4);
  let top = r.bottom + 6;
  if (top + th > window.innerHeight - 4) top = Math.max(4, r.top - th - 6);
  left = Math.max(4, left);
  place(tooltip, left, top);
}

function hideTooltip(): void {
  tooltip.hidden = true;
}

// ---------------------------------------------------------------------------------------------
// Selection and navigation

function eventElement(id: string): HTMLElement | undefined {
  return [...lanes.querySelectorAll<HTMLElement>('.tl-event')].find((el) => el.dataset.event === id);
}

function select(id: string, opts: { focus: boolean; scroll: boolean }): void {
  state.selected = id;
  const e = byId.get(id);
  const shape = e && shapeOf(e);
  if (opts.scroll && shape) state.view = ensureVisible(view(), shape.start, shape.end);
  saveState();
  draw();
  const el = eventElement(id);
  if (el && opts.focus) {
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'nearest' });
  }
}

function reveal(id: string, focusEditor: boolean): void {
  vscode.postMessage({ type: 'reveal', eventId: id, focusEditor });
}

function step(delta: number | 'first' | 'last', from = state.selected): void {
  if (!navigable.length) return;
  let i = navigable.findIndex((e) => e.id === from);
  if (delta === 'first') i = 0;
  else if (delta === 'last') i = navigable.length - 1;
  else i = i < 0 ? 0 : Math.min(navigable.length - 1, Math.max(0, i + delta));
  select(navigable[i].id, { focus: true, scroll: true });
  const el = eventElement(navigable[i].id);
  if (el) showTooltip(navigable[i], el);
}

function setView(v: View): void {
  state.view = v;
  saveState();
  hideTooltip();
  render();
}

function zoom(factor: number, anchorDay?: number): void {
  let anchor = anchorDay;
  if (anchor === undefined && state.selected) {
    const e = byId.get(state.selected);
    const s = e && shapeOf(e);
    if (s && s.start >= view().start && s.start <= view().end) anchor = (s.start + s.end) / 2;
  }
  setView(zoomAt(view(), factor, anchor));
}

function fit(): void {
  state.view = null;
  saveState();
  hideTooltip();
  render();
}

zoomIn.addEventListener('click', () => zoom(1.5));
zoomOut.addEventListener('click', () => zoom(1 / 1.5));
fitButton.addEventListener('click', fit);

lanes.addEventListener('click', (ev) => {
  if (dragMoved) return;
  const el = (ev.target as HTMLElement).closest<HTMLElement>('.tl-event');
  if (!el?.dataset.event) return;
  select(el.dataset.event, { focus: true, scroll: false });
  reveal(el.dataset.event, false);
});
lanes.addEventListener('dblclick', (ev) => {
  const el = (ev.target as HTMLElement).closest<HTMLElement>('.tl-event');
  if (el?.dataset.event) reveal(el.dataset.event, true);
});
lanes.addEventListener('mouseover', (ev) => {
  const el = (ev.target as HTMLElement).closest<HTMLElement>('.tl-event');
  const e = el?.dataset.event ? byId.get(el.dataset.event) : undefined;
  if (el && e && !dragging) showTooltip(e, el);
});
lanes.addEventListener('mouseleave', hideTooltip);
lanes.addEventListener('focusin', (ev) => {
  const el = (ev.target as HTMLElement).closest<HTMLElement>('.tl-event');
  const e = el?.dataset.event ? byId.get(el.dataset.event) : undefined;
  if (el && e) showTooltip(e, el);
});
lanes.addEventListener('focusout', (ev) => {
  if (!lanes.contains(ev.relatedTarget as Node)) hideTooltip();
});

document.addEventListener('keydown', (ev) => {
  const target = ev.target as HTMLElement;
  if (target instanceof HTMLSelectElement || target instanceof HTMLInputElement) return;
  const onEvent = target.closest?.('.tl-event') as HTMLElement | null;
  const inCanvas = canvas.contains(target);
  let handled = true;
  switch (ev.key) {
    case '+': case '=': zoom(1.5); break;
    case '-': case '_': zoom(1 / 1.5); break;
    case '0': fit(); break;
    case 'ArrowLeft':
      if (onEvent && !ev.shiftKey) step(-1, onEvent.dataset.event); else if (inCanvas || ev.shiftKey) setView(panBy(view(), -0.15)); else handled = false;
      break;
    case 'ArrowRight':
      if (onEvent && !ev.shiftKey) step(1, onEvent.dataset.event); else if (inCanvas || ev.shiftKey) setView(panBy(view(), 0.15)); else handled = false;
      break;
    case 'ArrowUp': case 'ArrowDown':
      if (inCanvas && !onEvent) step(ev.key === 'ArrowDown' ? 'first' : 'last'); else handled = false;
      break;
    case 'Home': if (inCanvas) step('first'); else handled = false; break;
    case 'End': if (inCanvas) step('last'); else handled = false; break;
    case 'Enter': case ' ':
      if (onEvent?.dataset.event) {
        select(onEvent.dataset.event, { focus: true, scroll: false });
        reveal(onEvent.dataset.event, ev.ctrlKey || ev.metaKey);
      } else if (inCanvas) step('first');
      else handled = false;
      break;
    case 'Escape': hideTooltip(); break;
    default: handled = false;
  }
  if (handled) ev.preventDefault();
});

// Wheel: zoom about the pointer; horizontal wheel or Shift+wheel pans.
canvas.addEventListener('wheel', (ev) => {
  ev.preventDefault();
  const W = width();
  const rect = lanes.getBoundingClientRect();
  const horizontal = ev.shiftKey || Math.abs(ev.deltaX) > Math.abs(ev.deltaY);
  if (horizontal) {
    setView(panByPixels(view(), W, -(ev.shiftKey ? ev.deltaY : ev.deltaX)));
  } else {
    const day = xToDay(view(), W, ev.clientX - rect.left);
    setView(zoomAt(view(), Math.exp(-ev.deltaY * 0.0015), day));
  }
}, { passive: false });

// Drag to pan (a click without movement still selects).
let dragging = false;
let dragMoved = false;
let dragX = 0;
let dragView: View | null = null;
canvas.addEventListener('pointerdown', (ev) => {
  if (ev.button !== 0) return;
  dragging = true;
  dragMoved = false;
  dragX = ev.clientX;
  dragView = view();
});
window.addEventListener('pointermove', (ev) => {
  if (!dragging || !dragView) return;
  const dx = ev.clientX - dragX;
  if (!dragMoved && Math.abs(dx) < 4) return;
  if (!dragMoved) canvas.setPointerCapture?.(ev.pointerId);
  dragMoved = true;
  canvas.classList.add('dragging');
  hideTooltip();
  state.view = panByPixels(dragView, width(), dx);
  render();
});
window.addEventListener('pointerup', () => {
  if (!dragging) return;
  dragging = false;
  canvas.classList.remove('dragging');
  if (dragMoved) saveState();
  // Let the click that follows a drag see dragMoved, then reset it.
  setTimeout(() => { dragMoved = false; }, 0);
});

new ResizeObserver(() => render()).observe(canvas);

// ---------------------------------------------------------------------------------------------
// Messages from the host

function onData(p: TimelinePayload): void {
  payload = p;
  byId = new Map(p.events.map((e) => [e.id, e]));
  docIndex = new Map(p.docs.map((d) => [d.id, d]));
  if (state.selected && !byId.has(state.selected)) state.selected = null;
  if (state.filter.doc && !docIndex.has(state.filter.doc)) state.filter.doc = null;
  saveState();
  syncControls();
  render();
}

function onFocusEvent(id: string): void {
  const e = byId.get(id);
  if (!e) return;
  const f = state.filter;
  if (!visibleEvents({ ...payload!, events: [e] }, f).length) state.filter = defaultFilter();
  syncControls();
  select(id, { focus: true, scroll: true });
}

window.addEventListener('message', (ev: MessageEvent<HostMessage>) => {
  const msg = ev.data;
  if (!msg || typeof msg !== 'object') return;
  switch (msg.type) {
    case 'data':
      S = mergeStrings(msg.strings);
      applyStrings();
      onData(msg.payload);
      break;
    case 'filter':
      if (msg.filter.entity && msg.entityName) entityNames.set(msg.filter.entity, msg.entityName);
      setFilter(msg.filter, true);
      break;
    case 'focusEvent': onFocusEvent(msg.eventId); break;
  }
});

window.addEventListener('error', (ev) => {
  vscode.postMessage({ type: 'error', message: `${ev.message} (${ev.filename}:${ev.lineno})` });
});
window.addEventListener('unhandledrejection', (ev) => {
  vscode.postMessage({ type: 'error', message: String(ev.reason) });
});

draw();
vscode.postMessage({ type: 'ready' });
