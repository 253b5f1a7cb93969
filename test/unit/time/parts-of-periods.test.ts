import * as assert from 'assert';
import { extractTimexes } from '../../../src/core/time/extract-timexes';
import type { Sentence } from '../../../src/core/model';

const THU = '2024-03-14'; // a Thursday

/** Modified and partial periods: the span takes the modifier, the interval narrows, the value stays. */
describe('extractTimexes: early/late and earlier/later parts of a period', () => {
  const table: { sentence: string; expr: string; value: string; earliest: string; latest: string }[] = [
    { sentence: 'The firm was founded late last year.', expr: 'late last year', value: '2023', earliest: '2023-08-31', latest: '2023-12-31' },
    { sentence: 'Talks could resume early next year.', expr: 'early next year', value: '2025', earliest: '2025-01-01', latest: '2025-05-01' },
    { sentence: 'Sales rose sharply earlier this month.', expr: 'earlier this month', value: '2024-03', earliest: '2024-03-01', latest: '2024-03-13' },
    { sentence: 'The board will meet later this week.', expr: 'later this week', value: '2024-W11', earliest: '2024-03-15', latest: '2024-03-17' },
    { sentence: 'The storm made landfall late Sunday near the port.', expr: 'late Sunday', value: '2024-03-10', earliest: '2024-03-10', latest: '2024-03-10' },
    { sentence: 'Early Friday, police cleared the square.', expr: 'Early Friday', value: '2024-03-08', earliest: '2024-03-08', latest: '2024-03-08' },
    { sentence: 'Shares fell earlier this year.', expr: 'earlier this year', value: '2024', earliest: '2024-01-01', latest: '2024-03-13' },
    // Parts of a named month: the newspaper thirds, 1–10, 11–20, 21–end.
    { sentence: 'The drought began in early July.', expr: 'early July', value: '2023-07', earliest: '2023-07-01', latest: '2023-07-10' },
    { sentence: 'Fighting escalated in mid-January, the army said.', expr: 'mid-January', value: '2024-01', earliest: '2024-01-11', latest: '2024-01-20' },
    { sentence: 'The rally was held in late February.', expr: 'late February', value: '2024-02', earliest: '2024-02-21', latest: '2024-02-29' },
    { sentence: 'Talks are due to resume in late April.', expr: 'late April', value: '2024-04', earliest: '2024-04-21', latest: '2024-04-30' },
    { sentence: 'The factory closed in late September 2022.', expr: 'late September 2022', value: '2022-09', earliest: '2022-09-21', latest: '2022-09-30' },
    { sentence: 'The plant opened in early 2019.', expr: 'early 2019', value: '2019', earliest: '2019-01-01', latest: '2019-05-01' },
  ];
  for (const c of table) {
    it(`“${c.sentence}” → "${c.expr}" ${c.value} ${c.earliest}..${c.latest}`, () => {
      const s: Sentence[] = [{ index: 0, start: 0, end: c.sentence.length }];
      const ts = extractTimexes(c.sentence, s, { date: THU, source: 'override', conflicts: [] });
      const t = ts.find((x) => x.text === c.expr);
      assert.ok(t, `found ${ts.map((x) => x.text).join(', ')}`);
      assert.strictEqual(c.sentence.slice(t.start, t.end), t.text);
      assert.deepStrictEqual([t.value, t.earliest, t.latest], [c.value, c.earliest, c.latest], t.reasoning);
    });
  }
});
