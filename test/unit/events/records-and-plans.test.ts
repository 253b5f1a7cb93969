import * as assert from 'assert';
import type { DocEvent } from '../../../src/core/model';
import { anchorText, eventsOf } from './events-of';

describe('buildEvents: records "since" a time', () => {
  const PUB = '2024-06-14';
  // A record measured against a time states no happening then; "the first X since" tells that the
  // previous X happened then.
  const table: { text: string; events: [anchor: string, summary: string][] }[] = [
    { text: 'Unemployment rose to its highest level since 1998, the statistics office said on Friday.', events: [['Friday', 'Unemployment rose to its highest level since 1998, the statistics office said']] },
    { text: 'The yen fell to its weakest since 1990 against the dollar.', events: [] },
    { text: 'Stocks posted their worst week since March 2020.', events: [] },
    { text: 'Bond yields climbed to levels not seen since 2007.', events: [] },
    { text: "It was the country's deadliest flood since 2013.", events: [] },
    { text: 'The navy held its first joint drill with Japan since 2017 on Tuesday.', events: [['2017', 'Previous joint drill with Japan'], ['Tuesday', 'The navy held its first joint drill with Japan since 2017']] },
    { text: 'It was the first such visit by a Chinese premier since 2016.', events: [['2016', 'Previous visit by a Chinese premier']] },
    { text: 'The band played together for the first time since 2019.', events: [['2019', 'The band played together for the first time']] },
    // A state running since a time is still an (ongoing) event.
    { text: 'The border has been closed since March.', events: [['March', 'The border has been closed']] },
  ];
  for (const c of table) {
    it(`${c.text} → ${c.events.map(([a]) => a).join(', ') || 'no event'}`, () => {
      const evs = eventsOf(c.text, PUB);
      assert.deepStrictEqual(evs.map((e) => [anchorText(c.text, e), e.summary]), c.events);
    });
  }
  it('marks what runs since a time as ongoing and a previous occurrence as reported', () => {
    const text = 'The border has been closed since March. It was the first such visit by a Chinese premier since 2016.';
    assert.deepStrictEqual(eventsOf(text, PUB).map((e) => e.status), ['ongoing', 'reported']);
  });
});

describe('buildEvents: plans told in the past', () => {
  const table: { pub: string; text: string; value: string; status: DocEvent['status'] }[] = [
    // Friday: the rally planned "on Saturday" is tomorrow's.
    { pub: '2024-03-15', text: 'Protesters planned a large rally outside parliament on Saturday.', value: '2024-03-16', status: 'speculative' },
    // Sunday: the vigil planned "for Saturday" was yesterday's.
    { pub: '2024-03-17', text: 'A vigil planned for Saturday drew hundreds of mourners.', value: '2024-03-16', status: 'speculative' },
    { pub: '2024-03-15', text: 'The ministry scheduled a briefing for Monday.', value: '2024-03-18', status: 'future' },
    { pub: '2024-03-15', text: 'The ministry held a briefing on Monday.', value: '2024-03-11', status: 'reported' },
  ];
  for (const c of table) {
    it(`${c.text} (${c.pub}) → ${c.value}`, () => {
      const [e, ...rest] = eventsOf(c.text, c.pub);
      assert.strictEqual(rest.length, 0);
      assert.strictEqual(e.date.value, c.value);
      assert.strictEqual(e.status, c.status);
    });
  }
});

describe('buildEvents: parts of a month narrow the event', () => {
  const table: [string, string, string, string][] = [
    ['The drought began in early July.', '2024-07', '2024-07-01', '2024-07-10'],
    ['Talks stalled in mid-May.', '2024-05', '2024-05-11', '2024-05-20'],
    ['The ceasefire collapsed in late April.', '2024-04', '2024-04-21', '2024-04-30'],
  ];
  for (const [text, value, earliest, latest] of table) {
    it(`${text} → ${value} ${earliest}..${latest}`, () => {
      const [e] = eventsOf(text, '2024-08-02');
      assert.deepStrictEqual([e.date.value, e.date.earliest, e.date.latest, e.date.precision], [value, earliest, latest, 'month']);
    });
  }
});
