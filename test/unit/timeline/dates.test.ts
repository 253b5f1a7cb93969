import * as assert from 'node:assert/strict';
import { dayToIso, formatDate, formatInterval, isoToDay } from '../../../src/shared/dates';
import type { TimelineDate } from '../../../src/shared/timeline-protocol';

describe('timeline dates', () => {
  const days: [string, number | undefined][] = [
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2023-09-08', 19608],
    ['2024-02-29', 19782],
    ['2023-02-29', undefined], // not a day
    ['2023-13-01', undefined],
    ['2023-09', undefined],
    ['', undefined],
  ];
  for (const [iso, day] of days) {
    it(`isoToDay(${JSON.stringify(iso)}) = ${day}`, () => {
      assert.equal(isoToDay(iso), day);
      if (day !== undefined) assert.equal(dayToIso(day), iso);
    });
  }

  const labels: [TimelineDate, string][] = [
    [{ value: '2023-09-08', earliest: '2023-09-08', latest: '2023-09-08', precision: 'day' }, '8 Sep 2023'],
    [{ value: '2023-09-08T10:00', earliest: '2023-09-08', latest: '2023-09-08', precision: 'time' }, '8 Sep 2023 10:00'],
    [{ value: '2023-09', earliest: '2023-09-01', latest: '2023-09-30', precision: 'month' }, 'Sep 2023'],
    [{ value: '2019', earliest: '2019-01-01', latest: '2019-12-31', precision: 'year' }, '2019'],
    [{ value: '2023-W37', earliest: '2023-09-11', latest: '2023-09-17', precision: 'week' }, 'week of 11 Sep 2023'],
    [{ value: '2023-09-10/2023-09-13', earliest: '2023-09-10', latest: '2023-09-13', precision: 'range' }, '10–13 Sep 2023'],
    [{ value: '2022-11', earliest: '2022-11-01', latest: '2023-09-09', precision: 'month', open: 'after' }, 'since Nov 2022'],
    [{ value: '2023-09-09', earliest: '2023-09-09', latest: '2023-09-09', precision: 'day', open: 'before' }, 'until 9 Sep 2023'],
    [{ value: 'PRESENT_REF', precision: 'unknown' }, 'PRESENT_REF'],
  ];
  for (const [d, label] of labels) {
    it(`formatDate(${d.value}, ${d.precision}${d.open ? `, open ${d.open}` : ''}) = ${label}`, () => {
      assert.equal(formatDate(d), label);
    });
  }

  it('formats intervals across months and years', () => {
    assert.equal(formatInterval(isoToDay('2023-08-28')!, isoToDay('2023-09-03')!), '28 Aug – 3 Sep 2023');
    assert.equal(formatInterval(isoToDay('2022-12-30')!, isoToDay('2023-01-02')!), '30 Dec 2022 – 2 Jan 2023');
  });
});
