import * as assert from 'assert';
import type { DocEvent } from '../../../src/core/model';
import { readPage } from '../../../src/core/page/read-page';
import { anchorText, eventsOf } from './events-of';
const HEAD = 'Headline for the story\n\n';

describe('buildEvents: wire datelines inside the lead sentence', () => {
  // The dateline's date claims publication; the event and its summary start after the dash.
  const table: { lead: string; story: string; anchor: string; value: string; summary: string }[] = [
    { lead: 'SAN FRANCISCO, March 14 (Reuters) - ', story: 'Apple Inc shares fell 4% on Tuesday after the company warned of weak demand.', anchor: 'Tuesday', value: '2024-03-12', summary: 'Apple Inc shares fell 4% after the company warned of weak demand' },
    { lead: 'WASHINGTON (AP) — ', story: 'The Senate voted on Monday to extend the program.', anchor: 'Monday', value: '2024-03-11', summary: 'The Senate voted to extend the program' },
    { lead: 'BEIJING, Jan 5 (Xinhua) -- ', story: "China's exports rose 3 percent in December.", anchor: 'December', value: '2023-12', summary: "China's exports rose 3 percent" },
    { lead: 'SEOUL, Sept. 9 (Yonhap) -- ', story: 'North Korea held a military parade on Saturday.', anchor: 'Saturday', value: '2024-03-09', summary: 'North Korea held a military parade' },
    { lead: 'PARIS (AFP) - ', story: 'Macron will travel to Berlin on Friday for talks.', anchor: 'Friday', value: '2024-03-15', summary: 'Macron will travel to Berlin for talks' },
    { lead: 'NEW YORK, March 13, 2024 (Reuters) - ', story: 'Oil prices rose on Wednesday.', anchor: 'Wednesday', value: '2024-03-13', summary: 'Oil prices rose' },
  ];
  for (const c of table) {
    it(`${c.lead.trim()} … → one event on ${c.value}`, () => {
      const text = HEAD + c.lead + c.story;
      const evs = eventsOf(text, '2024-03-14');
      assert.deepStrictEqual(evs.map((e) => anchorText(text, e)), [c.anchor]);
      const [e] = evs;
      assert.strictEqual(e.date.value, c.value);
      assert.strictEqual(e.summary, c.summary);
      assert.strictEqual(text.slice(e.sentence.start, e.sentence.end).replace(/\.$/, ''), c.story.replace(/\.$/, ''), 'sentence starts after the dash');
    });
  }
  it('never opens a summary with a dash, a comma or the agency', () => {
    const leads = ['LONDON (Reuters) - ', 'TOKYO, May 2 (Reuters) -- ', 'NAIROBI, Kenya (AP) — ', 'Reuters - ', '- ', 'GENEVA, June 3 (AFP) – '];
    for (const lead of leads) {
      const text = `${HEAD}${lead}Talks between the two sides collapsed on Monday, and the envoys left on Tuesday.`;
      const evs = eventsOf(text, '2024-03-14');
      assert.deepStrictEqual(evs.map((e) => e.summary), ['Talks between the two sides collapsed', 'The envoys left'], lead);
    }
  });
  it('still reads the dateline as the publication claim', () => {
    const text = 'Apple shares slide\n\nSAN FRANCISCO, March 14, 2024 (Reuters) - Apple Inc shares fell 4% on Tuesday.';
    assert.strictEqual(readPage(text, { id: 'doc.txt' }).published.date, '2024-03-14');
  });
  it('gives one event for a date written twice in one sentence', () => {
    const text = 'The talks opened on Friday, March 8, and delegates met again on Friday evening.';
    const evs = eventsOf(text, '2024-03-14');
    assert.deepStrictEqual(evs.map((e) => e.date.value), ['2024-03-08', '2024-03-08TEV']);
    const same = 'Officials said on Tuesday that the bridge had reopened on Tuesday.';
    assert.strictEqual(eventsOf(same, '2024-03-14').length, 1);
  });
});

describe('buildEvents: status and summary of hedged and scheduled clauses', () => {
  const PUB = '2024-08-12'; // a Monday
  const table: { text: string; anchor: string; value: string; status: DocEvent['status']; summary: string }[] = [
    { text: 'Greece has been hit by heat waves since June, and temperatures are expected to reach 40 degrees Celsius (104 Fahrenheit) again next week.', anchor: 'next week', value: '2024-W34', status: 'speculative', summary: 'Temperatures are expected to reach 40 degrees Celsius' },
    { text: 'The minister will meet union leaders on Thursday.', anchor: 'Thursday', value: '2024-08-15', status: 'future', summary: 'The minister will meet union leaders' },
    { text: 'The vote is scheduled to take place on Friday.', anchor: 'Friday', value: '2024-08-16', status: 'future', summary: 'The vote is scheduled to take place' },
    { text: 'The company plans to announce results on Wednesday.', anchor: 'Wednesday', value: '2024-08-14', status: 'speculative', summary: 'The company plans to announce results' },
    { text: 'The central bank cut rates last Tuesday.', anchor: 'last Tuesday', value: '2024-08-06', status: 'reported', summary: 'The central bank cut rates' },
    { text: 'The storm, which killed at least 12 people, made landfall late Sunday near the port city.', anchor: 'late Sunday', value: '2024-08-11', status: 'reported', summary: 'The storm made landfall near the port city' },
    { text: 'The central bank, which had raised rates five times since 2022, held them steady on Wednesday.', anchor: 'Wednesday', value: '2024-08-07', status: 'reported', summary: 'The central bank held them steady' },
    { text: 'Vladivostok, a port city on the Pacific, was also the site of his first summit with Kim in 2019.', anchor: '2019', value: '2019', status: 'reported', summary: 'Vladivostok was also the site of his first summit with Kim' },
    // The attribution's date frames the news when the sentence dates the news itself.
    { text: "China's exports rose 3 percent in July, customs data showed on Friday.", anchor: 'July', value: '2024-07', status: 'reported', summary: "China's exports rose 3 percent" },
    { text: 'The Kremlin said last week that Putin was ready to meet Trump.', anchor: 'last week', value: '2024-W32', status: 'reported', summary: 'The Kremlin said Putin was ready to meet Trump' },
    { text: 'Shares in the lender rose 6% in early trading, and have climbed about 18% over the past three months.', anchor: 'the past three months', value: '2024-05-12/2024-08-12', status: 'ongoing', summary: 'Shares in the lender have climbed about 18%' },
    // A relative clause takes the noun phrase it follows as its subject.
    { text: 'Delegates flew home from the climate summit in Baku, which ended on Saturday.', anchor: 'Saturday', value: '2024-08-10', status: 'reported', summary: 'Baku ended' },
    { text: 'The talks will be held in the port city of Split, which hosted a similar meeting in 2019 and is now seen as neutral ground.', anchor: '2019', value: '2019', status: 'reported', summary: 'The port city of Split hosted a similar meeting' },
    { text: 'The minister met the envoy, who arrived in the capital on Sunday.', anchor: 'Sunday', value: '2024-08-11', status: 'reported', summary: 'The envoy arrived in the capital' },
    // A comma inside the subject is not a clause boundary.
    { text: 'The Cupertino, California-based company said it would hold its developers conference in June.', anchor: 'June', value: '2025-06', status: 'speculative', summary: 'The Cupertino, California-based company said it would hold its developers conference' },
    { text: 'Separately, the regulator fined the bank 2 million euros in 2021.', anchor: '2021', value: '2021', status: 'reported', summary: 'The regulator fined the bank 2 million euros' },
  ];
  for (const c of table) {
    it(`${c.text.slice(0, 60)}… → ${c.value} ${c.status}`, () => {
      const e = eventsOf(c.text, PUB).find((x) => anchorText(c.text, x) === c.anchor);
      assert.ok(e, `an event anchored on "${c.anchor}"`);
      assert.strictEqual(e.date.value, c.value);
      assert.strictEqual(e.status, c.status);
      assert.strictEqual(e.summary, c.summary);
    });
  }
});

describe('buildEvents: dates that frame another date make no event of their own', () => {
  const PUB = '2024-10-24';
  const table: [string, string[]][] = [
    ['Typhoon Man-yi tore through the north on Sunday, killing 34 people, officials said Monday.', ['Sunday']],
    ['Nordbank reported a 23% rise in third-quarter net profit on Thursday.', ['Thursday']],
    ['The central bank cut its deposit rate last Thursday, its third cut this year.', ['last Thursday']],
    ['Net profit reached 812 million euros, up from 660 million euros a year earlier.', []],
    ['Sales rose to 4 billion euros in September, compared with 3.2 billion in 2023.', ['September']],
    ["Saturday's parade was centered on paramilitary units, unlike the other parades this year.", ["Saturday", 'this year']],
    ['State media said Saturday that the parade was a success.', ['Saturday']],
    ['The regulator fined the firm in 2017, and a spokeswoman for the EU executive said on Monday that an appeal was due.', ['2017']],
  ];
  for (const [text, anchors] of table) {
    it(`${text.slice(0, 60)}… → ${anchors.join(', ') || 'no event'}`, () => {
      assert.deepStrictEqual(eventsOf(text, PUB).map((e) => anchorText(text, e)), anchors);
    });
  }
});

describe('buildEvents: stretches that end or start at the article', () => {
  const table: { text: string; range: [string, string]; status: DocEvent['status']; summary: string }[] = [
    { text: 'Prices have climbed over the past two weeks.', range: ['2024-02-29', '2024-03-14'], status: 'ongoing', summary: 'Prices have climbed' },
    { text: 'Sales fell 5 percent in the last three months.', range: ['2023-12-14', '2024-03-14'], status: 'reported', summary: 'Sales fell 5 percent' },
    { text: 'Officials will announce a decision in the coming days.', range: ['2024-03-14', '2024-03-21'], status: 'future', summary: 'Officials will announce a decision' },
    { text: 'Fighting has intensified in recent weeks.', range: ['2024-02-15', '2024-03-14'], status: 'reported', summary: 'Fighting has intensified' },
    { text: 'The firm will hire 200 people over the next six months.', range: ['2024-03-14', '2024-09-14'], status: 'future', summary: 'The firm will hire 200 people' },
  ];
  for (const c of table) {
    it(`${c.text} → ${c.range.join('..')} ${c.status}`, () => {
      const [e, ...rest] = eventsOf(c.text, '2024-03-14');
      assert.strictEqual(rest.length, 0);
      assert.deepStrictEqual([e.date.earliest, e.date.latest, e.date.precision], [...c.range, 'range']);
      assert.strictEqual(e.status, c.status);
      assert.strictEqual(e.summary, c.summary);
    });
  }
  it('makes no event of a bare length of time', () => {
    assert.deepStrictEqual(eventsOf('The trial lasted two weeks.', '2024-03-14'), []);
  });
});
