import * as assert from 'assert';
import { readPage } from '../../../src/core/page/read-page';
import type { Region } from '../../../src/core/model';

const kindAt = (text: string, regions: Region[], needle: string): string => {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `fixture lacks ${needle}`);
  return regions.find((r) => at >= r.start && at < r.end)?.kind ?? 'none';
};

const LEAD = 'North Korea held a paramilitary parade on Friday, state media said, as leader Kim Jong Un looked on.';

describe('readPage: publication date and agency from datelines', () => {
  const cases: { name: string; text: string; date: string | null; source: string; agency: string | null }[] = [
    { name: 'AP lead dateline, metadata date', text: `Parade in Pyongyang\nDate:2023-09-09 10:12:41\nSEOUL, South Korea (AP) — ${LEAD}\nMore text follows here.`, date: '2023-09-09', source: 'metadata', agency: 'AP' },
    { name: 'AFP footer with day-first date', text: `Parade in Pyongyang\n\n${LEAD}\n\n25/08/2023 09:19:23 - Seoul (AFP) - © 2023 AFP`, date: '2023-08-25', source: 'dateline', agency: 'AFP' },
    { name: 'Reuters dateline with year', text: `Markets fall\nWASHINGTON, March 3, 2024 (Reuters) - ${LEAD}`, date: '2024-03-03', source: 'dateline', agency: 'Reuters' },
    { name: 'Reuters dateline without date', text: `Markets fall\nWASHINGTON (Reuters) - ${LEAD}`, date: null, source: 'none', agency: 'Reuters' },
    { name: 'Yonhap year-less dateline placed by metadata year', text: `N. Korea parade\nPublished: 2023-09-10\nSEOUL, Sept. 9 (Yonhap) -- ${LEAD}`, date: '2023-09-09', source: 'dateline', agency: 'Yonhap' },
    { name: 'Xinhua dateline', text: `Talks open\nBEIJING, Jan. 5, 2024 (Xinhua) -- ${LEAD}`, date: '2024-01-05', source: 'dateline', agency: 'Xinhua' },
    { name: 'byline with agency and date', text: `Markets fall\nBy Jane Doe, Reuters; March 3, 2024\n${LEAD}`, date: '2024-03-03', source: 'dateline', agency: 'Reuters' },
    { name: 'plain article without any date', text: LEAD, date: null, source: 'none', agency: null },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const p = readPage(c.text, { id: 'a.txt' });
      assert.strictEqual(p.published.date, c.date);
      assert.strictEqual(p.published.source, c.source);
      assert.strictEqual(p.agency, c.agency);
    });
  }

  it('lets a user override win and keeps the page claims as conflicts', () => {
    const text = `Parade\nDate:2025-04-12 10:12:41\nSEOUL, South Korea (AP) — ${LEAD}\nMore.`;
    const p = readPage(text, { id: 'a.txt', publishedOverride: '2023-09-09' });
    assert.strictEqual(p.published.date, '2023-09-09');
    assert.strictEqual(p.published.source, 'override');
    assert.deepStrictEqual(p.published.conflicts.map((c) => [c.date, c.source]), [['2025-04-12', 'metadata']]);
  });

  it('prefers the agency dateline to a re-publisher metadata date and reports the conflict', () => {
    const text = `Parade\nDate:2025-04-12 10:12:41\n\n${LEAD}\n\n09/09/2023 09:19:23 - Seoul (AFP) - © 2023 AFP`;
    const p = readPage(text, { id: 'a.txt' });
    assert.strictEqual(p.published.date, '2023-09-09');
    assert.deepStrictEqual(p.published.conflicts.map((c) => c.date), ['2025-04-12']);
    assert.strictEqual(text.slice(p.published.span!.start, p.published.span!.end), '09/09/2023 09:19:23 - Seoul (AFP) - © 2023 AFP');
  });
});

describe('readPage: regions', () => {
  const scraped = [
    'Current:Home > WorldTalks collapse in Geneva as envoys walk out -Example News',
    'Talks collapse in Geneva as envoys walk out',
    'View',
    'Date:2024-03-04 08:00:00',
    'GENEVA (AP) — Envoys walked out of talks in Geneva on Monday, officials said.',
    'The talks had been expected to last a week.',
    'veryGood! (5233)',
    'Related',
    '- Celebrity files for divorce after 15 months',
    '- Stocks hit a record high: what to know',
    'Ranking',
    '- Five things to watch this week',
    'Recommendation',
    'Balloon intercepted over Utah by NORAD',
    'NEXT NEWS',
  ].join('\n');
  const p = readPage(scraped, { id: 'a.txt' });
  const table: [string, string][] = [
    ['Current:Home', 'boilerplate'],
    ['Talks collapse in Geneva as envoys walk out\nView', 'title'],
    ['View', 'boilerplate'],
    ['Date:2024', 'metadata'],
    ['GENEVA (AP)', 'body'],
    ['The talks had been expected', 'body'],
    ['veryGood!', 'boilerplate'],
    ['Related', 'boilerplate'],
    ['- Celebrity files', 'boilerplate'],
    ['Five things', 'boilerplate'],
    ['Balloon intercepted', 'boilerplate'],
    ['NEXT NEWS', 'boilerplate'],
  ];
  for (const [needle, kind] of table) it(`"${needle.split('\n')[0]}" is ${kind}`, () => assert.strictEqual(kindAt(scraped, p.regions, needle), kind));

  it('reads the title under the breadcrumb it is glued to', () => {
    assert.strictEqual(p.title, 'Talks collapse in Geneva as envoys walk out');
    assert.strictEqual(scraped.slice(p.titleSpan!.start, p.titleSpan!.end), p.title);
  });
  it('spans the body from the dateline to the last article paragraph', () => {
    assert.strictEqual(scraped.slice(p.body.start, p.body.end), 'GENEVA (AP) — Envoys walked out of talks in Geneva on Monday, officials said.\nThe talks had been expected to last a week.');
  });

  it('marks a repeated title and an earlier teaser copy of the lead as duplicates', () => {
    const lead = 'North Korea held a paramilitary parade on Friday to mark 75 years of North Korean rule, KCNA reported';
    const text = `Delegations at a parade\n\n${lead}\n\nDelegations at a parade\n\n${lead}. .\n\nThe event was a parade of paramilitary forces.`;
    const q = readPage(text, { id: 'a.txt' });
    const kinds = q.regions.map((r) => [r.kind, text.slice(r.start, r.end).slice(0, 20)]);
    assert.deepStrictEqual(kinds.map((k) => k[0]), ['title', 'duplicate', 'duplicate', 'body']);
    assert.ok(text.slice(q.body.start).startsWith(lead));
  });

  it('reads a plain article with a headline as title + body and one without as body only', () => {
    const withTitle = 'Floods hit the north\n\nHeavy rain flooded towns in the north on Tuesday, officials said.\nRescuers were at work.';
    const a = readPage(withTitle, { id: 'x/floods.txt' });
    assert.deepStrictEqual(a.regions.map((r) => r.kind), ['title', 'body']);
    const plain = 'Heavy rain flooded towns in the north on Tuesday, officials said.\nRescuers were at work.';
    const b = readPage(plain, { id: 'x/floods.txt' });
    assert.deepStrictEqual(b.regions.map((r) => r.kind), ['body']);
    assert.strictEqual(b.title, 'floods');
    assert.strictEqual(b.titleSpan, null);
  });

  it('does not take a wire dateline line or a lead sentence for a headline', () => {
    for (const text of ['\n\nHAVANA (AP ) --\n\nElian Gonzalez\'s father said in a letter published Wednesday that he wants diplomats to visit.\n',
      '\nReuters Holdings PLC said Michael Reupke resigned as general manager, a move it termed an "amicable separation."\n\nMr. Reupke had been general manager.\n']) {
      assert.strictEqual(readPage(text, { id: 'a' }).titleSpan, null);
    }
  });

  it('handles CRLF line ends and keeps offsets exact', () => {
    const text = 'Talks collapse\r\n\r\nGENEVA (AP) — Envoys walked out on Monday.\r\nRelated\r\n- Other story\r\n';
    const q = readPage(text, { id: 'a' });
    assert.strictEqual(q.title, 'Talks collapse');
    assert.strictEqual(text.slice(q.body.start, q.body.end), 'GENEVA (AP) — Envoys walked out on Monday.');
    for (const r of q.regions) assert.ok(!/^\s|\s$/.test(text.slice(r.start, r.end)));
  });

  it('gives empty and whitespace-only text an empty body and no regions', () => {
    for (const text of ['', '   \n\n  ']) {
      const q = readPage(text, { id: 'empty.txt' });
      assert.deepStrictEqual(q.regions, []);
      assert.strictEqual(q.body.start, q.body.end);
      assert.strictEqual(q.published.date, null);
    }
  });
});

describe('readPage: wire formats and lists', () => {
  it('reads a wire place-and-date line as the dateline', () => {
    const text = 'EU rejects German call to boycott British lamb .\nBRUSSELS 1996-08-22\nThe European Commission said on Thursday it disagreed with German advice.';
    const p = readPage(text, { id: 'a' });
    assert.strictEqual(p.published.date, '1996-08-22');
    assert.strictEqual(p.published.source, 'dateline');
    assert.deepStrictEqual(p.regions.map((r) => r.kind), ['body']);
  });
  it('ends a headline list at the first paragraph of prose, however short', () => {
    const text = 'Storm hits coast\n\nThe storm made landfall on Monday.\n\nRelated\n\n- Other storm story\n\nRescuers said on Tuesday that 12 people were missing.';
    const p = readPage(text, { id: 'a' });
    assert.strictEqual(kindAt(text, p.regions, 'Other storm story'), 'boilerplate');
    assert.strictEqual(kindAt(text, p.regions, 'Rescuers said'), 'body');
  });
});
