import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument } from '../../../src/core/analyze';
import type { EventStatus } from '../../../src/core/model';

/**
 * Three wire stories written for these tests (Reuters business, AP disaster, AFP diplomacy), read
 * end to end: publication date from the page, every event's date and status, and a summary that
 * opens with the words of the sentence's main clause (never a dateline, a subordinator or a bare verb).
 */
// Compiled to out/test/unit/events; the .txt files stay in the source tree.
const FIXTURES = path.resolve(__dirname, '../../../../test/unit/events/fixtures');

type Row = [anchor: string, value: string, status: EventStatus, summaryStart: string];
const STORIES: { file: string; published: string; source: string; agency: string; events: Row[] }[] = [
  {
    file: 'reuters-business.txt', published: '2024-10-24', source: 'dateline', agency: 'Reuters',
    events: [
    ["Thursday", '2024-10-24', 'reported', "Nordbank AG reported a"],
    // "their biggest one-day gain since March 2022": a record, not a happening in March 2022.
    ["the past three months", '2024-07-24/2024-10-24', 'ongoing', "Shares in Germany's third-largest"],
    ["July-September", '2024-07-01/2024-09-30', 'reported', "Net profit reached 812"],
    ["next month", '2024-11', 'speculative', "The buyback would start"],
    ["the first quarter of 2025", '2025-Q1', 'speculative', "The buyback would start"],
    ["last Thursday", '2024-10-17', 'reported', "The European Central Bank"],
    ["December", '2024-12', 'speculative', "Markets expect another reduction"],
    ["next year", '2025', 'speculative', "Lower rates could squeeze"],
    ["2023", '2023', 'reported', "The bank cut 1,200"],
    ["Nov. 20", '2024-11-20', 'speculative', "Nordbank is expected to"],
    ["Tuesday", '2024-10-29', 'future', "Rival Hansa Bank will"],
    ["earlier this month", '2024-10', 'reported', "Commerzbank reported its loan"],
    ["the second quarter", '2024-Q2', 'reported', "Germany's economy shrank 0.1%"],
    ["this year", '2024', 'speculative', "The government expects no"],
    ],
  },
  {
    file: 'ap-disaster.txt', published: '2024-11-18', source: 'metadata', agency: 'AP',
    events: [
    ["Sunday", '2024-11-17', 'reported', "Typhoon Man-yi tore through"],
    ["late Saturday", '2024-11-16', 'reported', "The typhoon made landfall"],
    ["early Monday", '2024-11-18', 'reported', "It weakened as it"],
    ["Sunday afternoon", '2024-11-17TAF', 'reported', "A landslide buried at"],
    ["Saturday", '2024-11-16', 'ongoing', "Soldiers and police have"],
    ["late October", '2024-10', 'reported', "Tropical Storm Trami killed"],
    ["Monday", '2024-11-18', 'reported', "President Ferdinand Marcos Jr."],
    ["Wednesday", '2024-11-20', 'future', "He is scheduled to"],
    ["Monday", '2024-11-18', 'reported', "Schools and government offices"],
    ["next week", '2024-W48', 'speculative', "Classes are expected to"],
    ["Thursday", '2024-11-21', 'speculative', "Another low-pressure area could"],
    ["2013", '2013', 'reported', "Typhoon Haiyan left more"],
    ],
  },
  {
    file: 'afp-diplomacy.txt', published: '2025-02-16', source: 'dateline', agency: 'AFP',
    events: [
    ["Monday", '2025-02-17', 'future', "European leaders will meet"],
    ["Sunday", '2025-02-16', 'reported', "The Munich Security Conference closed"],
    ["Friday", '2025-02-14', 'reported', "US Vice President JD"],
    ["Friday", '2025-02-14', 'reported', "Ukrainian President Volodymyr Zelensky"],
    ["coming days", '2025-02-16/2025-02-23', 'speculative', "US and Russian officials"],
    ["Tuesday", '2025-02-18', 'future', "Secretary of State Marco"],
    ["last week", '2025-W06', 'reported', "The Kremlin said President"],
    ["Wednesday", '2025-02-12', 'reported', "The two leaders spoke"],
    ["2022", '2022', 'reported', "The two leaders spoke"],
    ["last Wednesday", '2025-02-12', 'reported', "European foreign ministers had"],
    ["January", '2025-01', 'ongoing', "Several EU governments have"],
    ["next month", '2025-03', 'speculative', "The European Commission plans"],
    ["February 2022", '2022-02', 'reported', "Russia launched its full-scale"],
    ["February 24", '2025-02-24', 'future', "The war is now"],
    ["Saturday", '2025-02-15', 'reported', "Europe must not be"],
    ],
  },
];

const NOT_A_START = /^(?:which|that|who|whom|where|while|as|and|but|so|then|although|because|is|are|was|were|has|have|had|will|would|could|said|says)\b|^(?:\(|\p{Lu}{2,},|-|—)/u;

describe('events of whole wire stories', () => {
  for (const story of STORIES) {
    describe(story.file, () => {
      const text = fs.readFileSync(path.join(FIXTURES, story.file), 'utf8');
      const a = analyzeDocument(text, { id: story.file });
      it(`reads the publication date ${story.published} from the ${story.source} and the agency ${story.agency}`, () => {
        assert.deepStrictEqual([a.published.date, a.published.source, a.agency], [story.published, story.source, story.agency]);
      });
      it('keeps every time expression and event span on its text', () => {
        for (const t of a.timexes) assert.strictEqual(text.slice(t.start, t.end), t.text);
        for (const e of a.events) assert.ok(e.anchor && e.sentence.start <= e.anchor.start && e.anchor.end <= e.sentence.end);
      });
      it('gives each sentence at most one event per date', () => {
        const seen = new Set(a.events.map((e) => `${e.sentence.start}|${e.date.value}`));
        assert.strictEqual(seen.size, a.events.length);
      });
      it('finds exactly the dated events, in order', () => {
        assert.deepStrictEqual(a.events.map((e) => text.slice(e.anchor!.start, e.anchor!.end)), story.events.map((r) => r[0]));
      });
      story.events.forEach(([anchor, value, status, start], k) => {
        it(`"${anchor}" → ${value} ${status}: “${start} …”`, () => {
          const e = a.events[k];
          assert.ok(e, 'event present');
          assert.strictEqual(text.slice(e.anchor!.start, e.anchor!.end), anchor);
          assert.strictEqual(e.date.value, value);
          assert.strictEqual(e.status, status);
          assert.ok(e.summary.startsWith(start), `summary “${e.summary}”`);
          assert.doesNotMatch(e.summary, NOT_A_START);
          const first = e.summary.split(/\s+/)[0].replace(/^["“]/, '');
          assert.ok(text.slice(e.sentence.start, e.sentence.end).toLowerCase().includes(first.toLowerCase()), `“${first}” is a word of the sentence`);
        });
      });
    });
  }
});
