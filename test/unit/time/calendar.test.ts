import * as assert from 'assert';
import { addDays, addMonths, isoWeekValue, parseCalendarDate, parseIsoDay, weekday, ymdToIso } from '../../../src/core/time/calendar';

describe('calendar arithmetic', () => {
  const cases: [string, number, string][] = [
    ['2023-12-31', 1, '2024-01-01'], ['2024-03-01', -1, '2024-02-29'], ['2023-03-01', -1, '2023-02-28'], ['2021-01-01', -5, '2020-12-27'],
  ];
  for (const [from, n, to] of cases) it(`${from} + ${n} days = ${to}`, () => assert.strictEqual(ymdToIso(addDays(parseIsoDay(from)!, n)), to));
  it('clamps month arithmetic to the month length', () => assert.strictEqual(ymdToIso(addMonths(parseIsoDay('2024-01-31')!, 1)), '2024-02-29'));
  const weeks: [string, string][] = [['2023-09-09', '2023-W36'], ['2021-01-01', '2020-W53'], ['2024-12-30', '2025-W01'], ['2024-01-01', '2024-W01']];
  for (const [d, w] of weeks) it(`${d} is in ISO week ${w}`, () => assert.strictEqual(isoWeekValue(parseIsoDay(d)!), w));
  it('numbers weekdays from Monday', () => assert.strictEqual(weekday(parseIsoDay('2023-09-09')!), 5));
  it('rejects impossible days', () => assert.strictEqual(parseIsoDay('2023-02-30'), null));
  const written: [string, string][] = [['Sept. 9, 2023', '2023-09-09'], ['9 September 2023', '2023-09-09'], ['2023/09/09', '2023-09-09'], ['03/04/2024', '2024-03-04']];
  for (const [s, iso] of written) it(`reads "${s}"`, () => assert.strictEqual(ymdToIso(parseCalendarDate(s)!), iso));
  it('reads day-first when asked', () => assert.strictEqual(ymdToIso(parseCalendarDate('03/04/2024', true)!), '2024-04-03'));
});
