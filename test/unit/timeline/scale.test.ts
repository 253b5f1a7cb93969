import * as assert from 'node:assert/strict';
import {
  MAX_SPAN, MIN_SPAN, type View, contextLabel, dayToX, ensureVisible, fitAll, fitAllPx, panBy, panByPixels, span, ticks, xToDay, zoomAt,
} from '../../../media/timeline/scale';
import { dayToIso, isoToDay } from '../../../src/shared/dates';

const d = (iso: string) => isoToDay(iso)!;
const close = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) < eps, `${a} ≉ ${b}`);

describe('timeline scale', () => {
  const v: View = { start: 100, end: 200 };

  it('maps days to pixels and back', () => {
    assert.equal(dayToX(v, 1000, 100), 0);
    assert.equal(dayToX(v, 1000, 150), 500);
    assert.equal(dayToX(v, 1000, 200), 1000);
    assert.equal(xToDay(v, 1000, 250), 125);
  });

  const zooms: [string, number, number, View][] = [
    ['zoom in ×2 about the centre', 2, 150, { start: 125, end: 175 }],
    ['zoom out ×2 about the centre', 0.5, 150, { start: 50, end: 250 }],
    ['zoom in ×2 about the left edge keeps the left edge', 2, 100, { start: 100, end: 150 }],
    ['zoom in ×4 about a point 3/4 across keeps it 3/4 across', 4, 175, { start: 156.25, end: 181.25 }],
  ];
  for (const [name, factor, anchor, want] of zooms) {
    it(name, () => {
      const got = zoomAt(v, factor, anchor);
      close(got.start, want.start);
      close(got.end, want.end);
      // The anchor stays at the same screen position.
      close(dayToX(got, 800, anchor), dayToX(v, 800, anchor));
    });
  }

  it('clamps zoom to the narrowest and widest spans', () => {
    assert.equal(span(zoomAt(v, 1e6)), MIN_SPAN);
    assert.equal(span(zoomAt(v, 1e-9)), MAX_SPAN);
    assert.deepEqual(zoomAt(v, NaN), v);
    assert.deepEqual(zoomAt(v, 0), v);
  });

  it('pans by a fraction and by dragged pixels', () => {
    assert.deepEqual(panBy(v, 0.1), { start: 110, end: 210 });
    assert.deepEqual(panBy(v, -0.5), { start: 50, end: 150 });
    // Dragging the canvas 100 px to the right (of 1000) shows 10 days earlier.
    assert.deepEqual(panByPixels(v, 1000, 100), { start: 90, end: 190 });
  });

  const fits: [string, { start: number; end: number } | null, View][] = [
    ['pads 5% each side', { start: 0, end: 100 }, { start: -5, end: 105 }],
    ['a single day is widened to the minimum span', { start: 10, end: 11 }, { start: 9.5, end: 11.5 }],
    ['no events: a month around today', null, { start: 985, end: 1015 }],
  ];
  for (const [name, extent, want] of fits) {
    it(`fit all: ${name}`, () => assert.deepEqual(fitAll(extent, 1000), want));
  }

  it('ensureVisible pans only as far as needed', () => {
    assert.deepEqual(ensureVisible(v, 150, 151), v);
    const right = ensureVisible(v, 230, 231);
    assert.ok(right.end >= 231 && right.start > 100 && span(right) === 100);
    const left = ensureVisible(v, 20, 21);
    assert.ok(left.start <= 20 && span(left) === 100);
  });

  const tickCases: [string, string, string, number, string, string[]][] = [
    // name, from, to, width, expected first label, some expected labels
    ['days across one week', '2023-09-04', '2023-09-11', 800, '4 Sep', ['5 Sep', '10 Sep']],
    ['weeks start on Mondays', '2023-08-01', '2023-10-01', 800, '7 Aug', ['4 Sep', '11 Sep']],
    ['months across a year, January labelled by year', '2022-10-15', '2023-10-15', 1000, 'Nov', ['2023', 'Sep']],
    ['years across a decade', '2014-06-01', '2024-06-01', 900, '2015', ['2020', '2024']],
  ];
  for (const [name, from, to, width, first, some] of tickCases) {
    it(`ticks: ${name}`, () => {
      const view = { start: d(from), end: d(to) };
      const t = ticks(view, width);
      assert.equal(t[0].label, first);
      for (const l of some) assert.ok(t.some((x) => x.label === l), `missing tick ${l} in ${t.map((x) => x.label).join(',')}`);
      for (let i = 1; i < t.length; i++) {
        assert.ok(t[i].day > t[i - 1].day, 'ticks ascend');
        assert.ok(dayToX(view, width, t[i].day) - dayToX(view, width, t[i - 1].day) >= 60, 'ticks do not crowd');
      }
      for (const x of t) assert.ok(x.day >= view.start && x.day <= view.end, `${dayToIso(x.day)} inside the view`);
    });
  }

  it('weekly ticks fall on Mondays', () => {
    for (const t of ticks({ start: d('2023-08-01'), end: d('2023-10-01') }, 800)) {
      assert.equal(new Date(t.day * 86400000).getUTCDay(), 1);
    }
  });

  it('context label names the month on a day axis', () => {
    assert.equal(contextLabel({ start: d('2023-09-04'), end: d('2023-09-11') }, 800), 'Sep 2023');
  });
});

describe('timeline scale: fit all in pixels', () => {
  it('leaves room for labels right of the last event', () => {
    const v = fitAllPx({ start: 0, end: 100 }, 0, 1000, 20, 280);
    // 100 days fill the 700 px between the margins.
    close(dayToX(v, 1000, 0), 20);
    close(dayToX(v, 1000, 100), 720);
  });
  it('falls back to proportional padding on a narrow canvas', () => {
    assert.deepEqual(fitAllPx({ start: 0, end: 100 }, 0, 300), fitAll({ start: 0, end: 100 }, 0));
  });
});
