import * as assert from 'assert';
import { buildEvents } from '../../../src/core/events/build-events';
import { extractTimexes } from '../../../src/core/time/extract-timexes';
import { readPage } from '../../../src/core/page/read-page';
import { splitSentences } from '../../../src/core/text/sentences';
import type { DocEntity, DocEvent, Mention } from '../../../src/core/model';

function eventsOf(text: string, published: string | null, mentions: Mention[] = [], entities: DocEntity[] = []): DocEvent[] {
  const page = readPage(text, { id: 'doc.txt', publishedOverride: published ?? undefined });
  const sentences = splitSentences(text, page.regions);
  const timexes = extractTimexes(text, sentences, page.published);
  const events = buildEvents({ docId: 'doc.txt', text, sentences, timexes, mentions, entities, published });
  for (const e of events) {
    assert.ok(e.anchor && e.anchor.start >= e.sentence.start && e.anchor.end <= e.sentence.end, 'anchor inside its sentence');
    // The event sentence may start after a lead dateline inside the first sentence.
    assert.strictEqual(e.id, `doc.txt#${sentences.findIndex((s) => s.start <= e.sentence.start && e.sentence.end <= s.end)}:${e.anchor!.start}`);
  }
  return events;
}
const anchorText = (text: string, e: DocEvent) => text.slice(e.anchor!.start, e.anchor!.end);

describe('buildEvents: dates and status', () => {
  const SAT = '2023-09-09';
  const table: { text: string; anchor: string; value: string; status: DocEvent['status']; range?: [string, string] }[] = [
    { text: 'North Korea held a paramilitary parade on Friday.', anchor: 'Friday', value: '2023-09-08', status: 'reported' },
    { text: 'According to some U.S. reports, it could happen as early as next week.', anchor: 'next week', value: '2023-W37', status: 'speculative', range: ['2023-09-11', '2023-09-17'] },
    { text: 'Putin is expected to attend a forum that runs from Sunday to Wednesday in Vladivostok.', anchor: 'Sunday to Wednesday', value: '2023-09-10/2023-09-13', status: 'future', range: ['2023-09-10', '2023-09-13'] },
    { text: 'Since November, Kim has been bringing his daughter to military events.', anchor: 'November', value: '2022-11', status: 'ongoing' },
    { text: 'The minister will visit Beijing on Tuesday.', anchor: 'Tuesday', value: '2023-09-12', status: 'future' },
    { text: 'The central bank plans to raise rates in December.', anchor: 'December', value: '2023-12', status: 'speculative' },
    { text: 'Analysts say the two leaders may meet in October.', anchor: 'October', value: '2023-10', status: 'speculative' },
    { text: 'Kim would likely travel by armored train next month.', anchor: 'next month', value: '2023-10', status: 'speculative' },
    { text: 'State media said Saturday that the parade was a success.', anchor: 'Saturday', value: '2023-09-09', status: 'reported' },
  ];
  for (const c of table) {
    it(`${c.text} → ${c.value} (${c.status})`, () => {
      const [e, ...rest] = eventsOf(c.text, SAT);
      assert.strictEqual(rest.length, 0, 'one event');
      assert.strictEqual(anchorText(c.text, e), c.anchor);
      assert.strictEqual(e.date.value, c.value);
      assert.strictEqual(e.status, c.status);
      if (c.range) assert.deepStrictEqual([e.date.earliest, e.date.latest], c.range);
    });
  }
});

describe('buildEvents: status of coordinated predicates', () => {
  it('keeps a reported date reported when a later predicate is hedged', () => {
    const text = 'Vladivostok was the site of his first summit with Kim in 2019 and is now seen as a possible venue.';
    const e = eventsOf(text, '2023-09-09').find((x) => anchorText(text, x) === '2019')!;
    assert.strictEqual(e.status, 'reported');
  });
});

describe('buildEvents: "since" as a state and as a record', () => {
  const table: [string, string, DocEvent['status']][] = [
    ['Kim has been bringing his daughter to events since November.', 'November', 'ongoing'],
    ['Interest rates have risen since 2019.', '2019', 'ongoing'],
    ['It was the first such personnel rotation since 2019.', '2019', 'reported'],
  ];
  for (const [text, anchor, status] of table) {
    it(`${text} → ${status}`, () => {
      const e = eventsOf(text, '2023-09-09').find((x) => anchorText(text, x) === anchor)!;
      assert.strictEqual(e.status, status);
    });
  }
  it('makes no event of a record measured against a year', () => {
    assert.deepStrictEqual(eventsOf('Unemployment hit the highest level since 2009.', '2023-09-09'), []);
  });
});

describe('buildEvents: what is and is not an event', () => {
  it('makes one event per dated anchor in a sentence', () => {
    const text = "Saturday's parade was centered on paramilitary units, unlike the other parades this year.";
    assert.deepStrictEqual(eventsOf(text, '2023-09-09').map((e) => e.date.value), ['2023-09-09', '2023']);
  });
  it('skips ages, durations, ordinals and vague references', () => {
    const text = 'The 75th anniversary drew people between the ages of 17 and 60, some 10 years old, who had waited for years and will come back soon.';
    assert.deepStrictEqual(eventsOf(text, '2023-09-09'), []);
  });
  it('skips a dateline and copyright line', () => {
    const text = 'Parade in Pyongyang\n\nNorth Korea held a parade on Friday.\n\n09/09/2023 09:19:23 - Seoul (AFP) - © 2023 AFP';
    assert.deepStrictEqual(eventsOf(text, null).map((e) => e.date.value), ['2023-09-08']);
  });
  it('dates nothing relative when the publication date is unknown', () => {
    assert.deepStrictEqual(eventsOf('Officials met on Friday to discuss the budget.', null), []);
    assert.deepStrictEqual(eventsOf('The treaty was signed on Sept. 8, 2023, in Paris.', null).map((e) => e.date.value), ['2023-09-08']);
  });
  it('dates "a day before the parade" by the parade named earlier', () => {
    const text = 'In July, Kim invited delegations to a huge military parade in Pyongyang. A day before the parade, Kim took Shoigu on a tour of an arms exhibition.';
    const evs = eventsOf(text, '2023-09-09');
    const e = evs.find((x) => anchorText(text, x) === 'A day before')!;
    assert.strictEqual(e.date.value, '2023-07');
    assert.match(e.summary, /^Kim took Shoigu on a tour/);
  });
  it('shifts a day-precise antecedent by the stated amount', () => {
    const text = 'The summit opened on Sept. 4, 2023, in Jakarta. Two days after the summit, the ministers met again.';
    const e = eventsOf(text, '2023-09-09').find((x) => anchorText(text, x) === 'Two days after')!;
    assert.strictEqual(e.date.value, '2023-09-06');
  });
  it('dates "on the anniversary" by the dated mention of the anniversary', () => {
    const text = 'Putin sent Kim a message celebrating the anniversary, KCNA reported on Saturday. Xi congratulated Kim in a call on the anniversary.';
    const evs = eventsOf(text, '2023-09-09');
    assert.deepStrictEqual(evs.map((e) => [anchorText(text, e), e.date.value]), [['Saturday', '2023-09-09'], ['the anniversary', '2023-09-09']]);
  });
  it('dates the founding from "to mark 75 years since"', () => {
    const text = 'North Korea held a parade on Friday to mark 75 years since the establishment of its rule.';
    assert.deepStrictEqual(eventsOf(text, '2023-09-09').map((e) => e.date.value), ['2023-09-08', '1948']);
  });
});

describe('buildEvents: summaries and entities', () => {
  const table: [string, string][] = [
    ['North Korea held a paramilitary parade on Friday.', 'North Korea held a paramilitary parade'],
    ['In July, Kim invited delegations to a parade.', 'Kim invited delegations to a parade'],
    ['SEOUL, South Korea (AP) — North Korea invited Chinese delegates to a parade, state media said Saturday.', 'North Korea invited Chinese delegates to a parade, state media said'],
    ['Airlines say bookings have not recovered since the Aug. 7 hotel fire in Lagos, which left 30 dead.', 'The hotel fire in Lagos'],
    ["Saturday's parade was centered on paramilitary units.", 'The parade was centered on paramilitary units'],
    ['The merger, which had long been rumoured, is part of a plan to cut costs by February.', 'The merger is part of a plan to cut costs'],
  ];
  for (const [text, summary] of table) it(`summarises “${text.slice(0, 40)}…”`, () => assert.strictEqual(eventsOf(text, '2023-09-09')[0].summary, summary));

  it('lists the entities mentioned in the sentence, once each', () => {
    const text = 'Kim met Putin on Friday. Kim left.';
    const mentions: Mention[] = [
      { start: 0, end: 3, text: 'Kim', type: 'person', sentence: 0 },
      { start: 8, end: 13, text: 'Putin', type: 'person', sentence: 0 },
      { start: 25, end: 28, text: 'Kim', type: 'person', sentence: 1 },
    ];
    const entities: DocEntity[] = [
      { key: 'person:kim', name: 'Kim', type: 'person', aliases: ['Kim'], mentions: [0, 2] },
      { key: 'person:putin', name: 'Putin', type: 'person', aliases: ['Putin'], mentions: [1] },
    ];
    assert.deepStrictEqual(eventsOf(text, '2023-09-09', mentions, entities)[0].entities, ['person:kim', 'person:putin']);
  });
});
