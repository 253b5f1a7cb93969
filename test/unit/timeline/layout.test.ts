import * as assert from 'node:assert/strict';
import { OPEN_TAIL_DAYS, extentOf, layout, matchesFilter, shapeOf, visibleEvents } from '../../../media/timeline/layout';
import { isoToDay } from '../../../src/shared/dates';
import { defaultFilter, type TimelineGroup, type TimelinePayload } from '../../../src/shared/timeline-protocol';
import { ev } from './fixtures';

const d = (iso: string) => isoToDay(iso)!;

describe('timeline layout: shapes by precision', () => {
  const cases: [string, ReturnType<typeof ev>, { kind: string; start: number; end: number; open?: string } | null][] = [
    ['a day is a point', ev('a', '2023-09-08', '2023-09-08', 'day'), { kind: 'point', start: d('2023-09-08'), end: d('2023-09-09') }],
    ['a time is a point on its day', ev('a', '2023-09-08', '2023-09-08', 'time'), { kind: 'point', start: d('2023-09-08'), end: d('2023-09-09') }],
    ['a month is a band over the month', ev('a', '2023-09-01', '2023-09-30', 'month'), { kind: 'band', start: d('2023-09-01'), end: d('2023-10-01') }],
    ['a week is a band', ev('a', '2023-09-11', '2023-09-17', 'week'), { kind: 'band', start: d('2023-09-11'), end: d('2023-09-18') }],
    ['a year is a band', ev('a', '2019-01-01', '2019-12-31', 'year'), { kind: 'band', start: d('2019-01-01'), end: d('2020-01-01') }],
    ['a range is a bar', ev('a', '2023-09-10', '2023-09-13', 'range'), { kind: 'bar', start: d('2023-09-10'), end: d('2023-09-14') }],
    ['"since November" is an open bar up to its latest day',
      ev('a', '2022-11-01', '2023-09-09', 'month', { date: { value: '2022-11', earliest: '2022-11-01', latest: '2023-09-09', precision: 'month', open: 'after' } }),
      { kind: 'bar', start: d('2022-11-01'), end: d('2023-09-10'), open: 'after' }],
    ['an open day gets a tail towards the past',
      ev('a', '2023-09-09', '2023-09-09', 'day', { date: { value: '2023-09-09', earliest: '2023-09-09', latest: '2023-09-09', precision: 'day', open: 'before' } }),
      { kind: 'bar', start: d('2023-09-09') - OPEN_TAIL_DAYS + 1, end: d('2023-09-10'), open: 'before' }],
    ['only a latest day, open before: a tail ending there',
      ev('a', undefined, '2019-12-31', 'year', { date: { value: '2019', latest: '2019-12-31', precision: 'year', open: 'before' } }),
      { kind: 'bar', start: d('2019-12-31') - OPEN_TAIL_DAYS + 1, end: d('2020-01-01'), open: 'before' }],
    ['no calendar date: not placed', ev('a', undefined, undefined, 'unknown'), null],
    ['unknown precision with one day: a point', ev('a', '2023-09-08', '2023-09-08', 'unknown'), { kind: 'point', start: d('2023-09-08'), end: d('2023-09-09') }],
    ['reversed bounds are put in order', ev('a', '2023-09-13', '2023-09-10', 'range'), { kind: 'bar', start: d('2023-09-10'), end: d('2023-09-14') }],
  ];
  for (const [name, e, want] of cases) {
    it(name, () => {
      const s = shapeOf(e);
      if (want === null) return assert.equal(s, null);
      assert.ok(s);
      assert.deepEqual({ kind: s.kind, start: s.start, end: s.end, ...(s.open ? { open: s.open } : {}) }, want);
    });
  }
});

describe('timeline layout: filters', () => {
  const a = ev('a', '2023-09-08', '2023-09-08', 'day', { doc: 'x.txt', entities: ['person:kim'], status: 'reported' });
  const b = ev('b', '2023-09-09', '2023-09-09', 'day', { doc: 'y.txt', entities: ['person:putin'], status: 'future' });
  const c = ev('c', '2023-09-10', '2023-09-10', 'day', { doc: 'y.txt', entities: ['person:kim', 'person:putin'], status: 'speculative' });
  const p: TimelinePayload = { docs: [], entities: [], events: [a, b, c], groups: [] };
  const cases: [string, Partial<ReturnType<typeof defaultFilter>>, string[]][] = [
    ['no filter keeps all, in order', {}, ['a', 'b', 'c']],
    ['by entity', { entity: 'person:kim' }, ['a', 'c']],
    ['by document', { doc: 'y.txt' }, ['b', 'c']],
    ['by status', { statuses: ['future', 'speculative'] }, ['b', 'c']],
    ['all three', { entity: 'person:putin', doc: 'y.txt', statuses: ['speculative'] }, ['c']],
    ['no status selected hides everything', { statuses: [] }, []],
  ];
  for (const [name, f, want] of cases) {
    it(name, () => assert.deepEqual(visibleEvents(p, { ...defaultFilter(), ...f }).map((e) => e.id), want));
  }
  it('matchesFilter agrees with visibleEvents', () => assert.equal(matchesFilter(a, { ...defaultFilter(), doc: 'y.txt' }), false));
});

describe('timeline layout: lanes and groups', () => {
  const view = { start: d('2023-09-01'), end: d('2023-10-01') }; // 30 days on 900 px: 30 px a day
  const W = 900;

  it('far-apart events share lane 0; overlapping ones stack', () => {
    const events = [
      ev('a', '2023-09-02', '2023-09-02', 'day', { summary: 'x' }),
      ev('b', '2023-09-02', '2023-09-02', 'day', { summary: 'y' }),
      ev('c', '2023-09-25', '2023-09-25', 'day', { summary: 'z' }),
    ];
    const l = layout(events, [], view, W);
    const lane = Object.fromEntries(l.shapes.map((s) => [s.id, s.lane]));
    assert.deepEqual(lane, { a: 0, b: 1, c: 0 });
    assert.equal(l.lanes, 2);
  });

  it('a long label pushes the next event down; a short one does not', () => {
    const long = 'a'.repeat(60);
    const l1 = layout([ev('a', '2023-09-02', '2023-09-02', 'day', { summary: long }), ev('b', '2023-09-05', '2023-09-05', 'day')], [], view, W);
    assert.equal(l1.shapes.find((s) => s.id === 'b')!.lane, 1);
    const l2 = layout([ev('a', '2023-09-02', '2023-09-02', 'day', { summary: 'ab' }), ev('b', '2023-09-05', '2023-09-05', 'day')], [], view, W);
    assert.equal(l2.shapes.find((s) => s.id === 'b')!.lane, 0);
  });

  it('no two marks in a lane overlap, whatever the input', () => {
    const events = Array.from({ length: 60 }, (_, i) =>
      ev(`e${i}`, `2023-09-${String(1 + ((i * 7) % 28)).padStart(2, '0')}`, `2023-09-${String(1 + ((i * 7) % 28) + (i % 3)).padStart(2, '0')}`, i % 3 ? 'range' : 'day', { summary: 's'.repeat(i % 20) }));
    const l = layout(events, [], view, W);
    const byLane = new Map<number, typeof l.shapes>();
    for (const s of l.shapes) byLane.set(s.lane, [...(byLane.get(s.lane) ?? []), s]);
    for (const shapes of byLane.values()) {
      shapes.sort((x, y) => x.x - y.x);
      for (let i = 1; i < shapes.length; i++) assert.ok(shapes[i].x >= shapes[i - 1].x + shapes[i - 1].w, 'marks overlap');
    }
    assert.equal(l.shapes.length, 60);
  });

  it('keeps a group together under a header row carrying its label', () => {
    const g: TimelineGroup = { id: 'g1', events: ['afp', 'ap'], conflict: true, label: 'Sources disagree: 2023-09-08 (AFP) vs 2023-09-09 (AP)' };
    const events = [
      ev('other', '2023-09-08', '2023-09-08', 'day'),
      ev('afp', '2023-09-08', '2023-09-08', 'day', { group: 'g1', conflict: true }),
      ev('ap', '2023-09-09', '2023-09-09', 'day', { group: 'g1', conflict: true }),
    ];
    const l = layout(events, [g], view, W);
    assert.equal(l.groups.length, 1);
    const pg = l.groups[0];
    assert.equal(pg.conflict, true);
    assert.equal(pg.lanes, 3);
    const lanes = l.shapes.filter((s) => s.group === 'g1').map((s) => s.lane).sort();
    assert.deepEqual(lanes, [pg.lane + 1, pg.lane + 2]);
    assert.notEqual(l.shapes.find((s) => s.id === 'other')!.lane, pg.lane);
  });

  it('a group with one visible member is drawn as a lone event', () => {
    const g: TimelineGroup = { id: 'g1', events: ['afp', 'ap'], conflict: true, label: 'x' };
    const l = layout([ev('afp', '2023-09-08', '2023-09-08', 'day', { group: 'g1' })], [g], view, W);
    assert.equal(l.groups.length, 0);
    assert.equal(l.shapes[0].lane, 0);
  });

  it('leaves out events with no calendar date and computes the extent of the rest', () => {
    const events = [ev('a', '2023-09-08', '2023-09-08', 'day'), ev('n', undefined, undefined, 'unknown'), ev('m', '2023-10-01', '2023-10-31', 'month')];
    const l = layout(events, [], view, W);
    assert.deepEqual(l.shapes.map((s) => s.id).sort(), ['a', 'm']);
    assert.deepEqual(extentOf(l.shapes), { start: d('2023-09-08'), end: d('2023-11-01') });
    assert.equal(extentOf([]), null);
  });
});
