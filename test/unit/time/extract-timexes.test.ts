import * as assert from 'assert';
import { extractTimexes } from '../../../src/core/time/extract-timexes';
import type { PublicationInfo, Sentence, Timex } from '../../../src/core/model';
import { TIMEX_CASES } from './cases';

const pub = (date: string | null): PublicationInfo => ({ date, source: date ? 'override' : 'none', conflicts: [] });
const one = (text: string): Sentence[] => [{ index: 0, start: 0, end: text.length }];

function timexesOf(text: string, date: string | null): Timex[] {
  const out = extractTimexes(text, one(text), pub(date));
  for (const t of out) assert.strictEqual(text.slice(t.start, t.end), t.text, `span of ${t.text}`);
  return out;
}

describe('extractTimexes: values against the publication date', () => {
  for (const c of TIMEX_CASES) {
    it(`${c.dct ?? 'no date'}: "${c.expr}" in “${c.sentence}” → ${c.value}`, () => {
      const at = c.sentence.indexOf(c.expr);
      const hit = timexesOf(c.sentence, c.dct).find((t) => t.start < at + c.expr.length && at < t.end);
      assert.ok(hit, `no time expression found over "${c.expr}"`);
      assert.strictEqual(hit.value, c.value, hit.reasoning);
      assert.strictEqual(hit.type, c.type ?? 'DATE');
    });
  }
});

describe('extractTimexes: intervals, open ends and reasoning', () => {
  it('gives next week its Monday..Sunday and a week precision', () => {
    const [t] = timexesOf('It could happen as early as next week.', '2023-09-09');
    assert.deepStrictEqual([t.value, t.earliest, t.latest, t.precision], ['2023-W37', '2023-09-11', '2023-09-17', 'week']);
  });
  it('leaves "since November" open towards the article', () => {
    const [t] = timexesOf('Since November, Kim has been bringing his daughter to events.', '2023-09-09');
    assert.strictEqual(t.open, 'after');
    assert.strictEqual(t.earliest, '2022-11-01');
  });
  it('explains a weekday by its tense and the publication date', () => {
    const [t] = timexesOf("South Korea's spy agency told lawmakers Thursday that they could meet.", '2023-09-09');
    assert.strictEqual(t.reasoning, 'Thursday, past tense ("told"), from the publication date');
  });
  // The hover shows the expression, its interval, value and the publication date next to the
  // reasoning: the reasoning says only how the date was read, in a few words.
  const table: [sentence: string, expr: string, reasoning: string][] = [
    ['The minister will visit Beijing on Tuesday.', 'Tuesday', 'Tuesday, future reference ("will"), from the publication date'],
    ['Protesters planned a rally on Saturday.', 'Saturday', 'Saturday, a plan told in the past ("planned"), nearest, from the publication date'],
    ['The vote was held on Sept. 8, 2023.', 'Sept. 8, 2023', 'full written date'],
    ['The plant opened in 2019.', '2019', 'written year'],
    ['The drought began in early July.', 'early July', 'month name, past tense ("began"), from the publication date; its early part'],
    ['The talks begin at 10 a.m. Friday.', '10 a.m. Friday', 'clock time on Friday, present tense of a scheduled event ("begin"), from the publication date'],
  ];
  for (const [sentence, expr, reasoning] of table) {
    it(`explains "${expr}" in “${sentence}” briefly`, () => {
      const t = timexesOf(sentence, '2023-09-09').find((x) => x.text === expr);
      assert.ok(t, expr);
      assert.strictEqual(t.reasoning, reasoning);
      assert.ok(t.reasoning.length < 100);
    });
  }
  it('places no relative expression on the calendar without a publication date', () => {
    for (const s of ['Officials met on Friday.', 'Prices rose last month.', 'The vote is next week.', 'He left yesterday.', 'Talks resume in October.']) {
      for (const t of timexesOf(s, null)) {
        assert.strictEqual(t.earliest, undefined, `${t.text} → ${t.value}`);
        assert.strictEqual(t.latest, undefined);
      }
    }
  });
  it('does not read ordinals, ages in a range or money as dates', () => {
    const text = 'The 75th anniversary drew 2,000 people aged between 17 and 60 who paid $2019 each.';
    assert.deepStrictEqual(timexesOf(text, '2023-09-09').filter((t) => t.type === 'DATE').map((t) => t.text), []);
  });
  it('reads a day-first numeric dateline when the day cannot be a month', () => {
    const [t] = timexesOf('25/08/2023 10:00 - Paris (AFP)', null);
    assert.strictEqual(t.value, '2023-08-25T10:00');
    assert.strictEqual(t.type, 'TIME');
  });
  it('survives empty and odd input', () => {
    assert.deepStrictEqual(extractTimexes('', [], pub('2023-09-09')), []);
    const odd = 'Friday\u0000\uFFFD 𝕏 on Sept. 31 and February 30, 2023.';
    for (const t of timexesOf(odd, '2023-09-09')) assert.ok(t.value);
  });
  it('keeps sentence indices and absolute offsets across sentences', () => {
    const text = 'Talks ended Monday. They resume on Friday.';
    const s: Sentence[] = [{ index: 0, start: 0, end: 19 }, { index: 1, start: 20, end: text.length }];
    const out = extractTimexes(text, s, pub('2023-09-09'));
    assert.deepStrictEqual(out.map((t) => [t.sentence, t.text, t.value]), [[0, 'Monday', '2023-09-04'], [1, 'Friday', '2023-09-15']]);
  });
});
