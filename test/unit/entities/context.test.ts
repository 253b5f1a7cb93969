import * as assert from 'node:assert/strict';
import type { EntityType } from '../../../src/core/model';
import { itTypes, run, type TypeCase } from './run-extract';

const cases: TypeCase[] = [
  ['a firm named with "shares" after it',
    'Vantorix shares fell 8 percent on Monday after the chipmaker cut its forecast.', [['Vantorix', 'organization']]],
  ['a firm after "shares of" and "a stake in"',
    'Investors sold shares of Qelmara and bought a stake in Dunwick.', [['Qelmara', 'organization'], ['Dunwick', 'organization']]],
  ['"analysts at" names a bank even when it looks like a person',
    'Analysts at Morgan Stanley expect the central bank to cut rates twice this year.', [['Morgan Stanley', 'organization']]],
  ['"said in a statement" after an unknown name',
    'Brontell said in a statement that the recall covered 40,000 cars.', [['Brontell', 'organization']]],
  ['a known city before "shares" stays a place (a market)',
    'Tokyo shares closed higher on Friday as exporters rallied.', [['Tokyo', 'place']]],
  ['officials in a capital stay in a place',
    'Iraqi officials in Baghdad denied the report.', [['Baghdad', 'place']]],
  ['county clubs in cricket copy are organizations; the venue is a place',
    'Kelsworth beat Ashdown by an innings and 39 runs on Friday to go top of the county championship.\n'
    + 'Ashdown, who won the toss, were bowled out for 112 in their second innings at Kelsworth.\n'
    + 'The win takes Kelsworth to 210 points, eight ahead of their title rivals.',
    [['Ashdown', 'organization']]],
  ['a city club that beats another in a soccer report; a dateline city stays a place',
    'MADRID 2024-03-02\nValencia beat Sevilla 2-1 in the league on Saturday, with the winning goal scored in the 78th minute.\n'
    + 'The defeat left Sevilla five points behind the leaders after 26 matches of the season.',
    [['Valencia', 'organization'], ['Sevilla', 'organization'], ['MADRID', 'place']]],
  ['a plural verb after a lone unknown name marks a club',
    'Zorvat are unbeaten in six league games this season after a 3-0 win on Sunday.\n'
    + 'The coach said the players had scored three goals in the first half of the match.',
    [['Zorvat', 'organization']]],
  ['national sides keep the country name as a place',
    'Japan beat Syria 2-1 in their opening match of the tournament, with both goals scored after halftime.\n'
    + 'Syria must now win their last two group games to reach the quarterfinals.',
    [['Japan', 'place'], ['Syria', 'place']]],
  ['a city in a sports report where something happens stays a place',
    'The final will be played in Lisbon on May 30, the league said after the semifinal draw.\n'
    + 'Both clubs scored twice in the first leg and the coach praised his players after the match.',
    [['Lisbon', 'place']]],
  ['a city in business copy is not a club',
    'Valencia will host the trade fair next year, the organisers said.', [['Valencia', 'place']]],
  ['standings and fixture lines in capitals name clubs',
    'BASEBALL - STANDINGS AFTER SUNDAY GAMES.\nW L PCT GB\nPORTLAND 74 59 .556 -\nHARTFORD 70 63 .526 4\nSCHEDULE\nHartford v Portland\n'
    + 'The league said both teams won their games on Sunday after the pitcher left in the ninth inning.',
    [['PORTLAND', 'organization'], ['HARTFORD', 'organization'], ['Hartford', 'organization'], ['Portland', 'organization']]],
  ['a club stays a club where the sentence gives no cue',
    'Brakmoor beat Tallowby 3-1 on Saturday to stay top of the league.\n'
    + 'Brakmoor scored twice in the first half and their goalkeeper saved a penalty after the break.\nBrakmoor now face the champions next week.',
    [['Brakmoor', 'organization']]],
  ['a county the tagger knows as a name is a club after "v" and before a plural verb',
    'Essex beat Surrey by six wickets on Friday in the county championship this season, with two points for the draw.\n'
    + 'Warwick were bowled out for 140 in their second innings after the tea interval.\nThe next match is Essex v Warwick at Chelmsford.',
    [['Warwick', 'organization']]],
  ['a standings line makes every name a club', 'Swindon 4 2 1 1 5 4 7\nBradford 4 2 0 2 4 3 6\nLincoln 4 1 2 1 5 5 5', [['Bradford', 'organization'], ['Lincoln', 'organization']]],
  ['a sign-off desk is an organization', '-- Anna Reyes, Lisbon Newsroom +351 21 000 0000', [['Lisbon Newsroom', 'organization'], ['Anna Reyes', 'person']]],
  ['a bracketed name after an athlete is their country or town', '3. Tomas Velikov (Vratsa) 20.37', [['Tomas Velikov', 'person'], ['Vratsa', 'place']]],
  ['"the towns of X and Y" are places', 'Smoke reached the mountain towns of Kelvardi and Ostrezno on Monday.', [['Kelvardi', 'place'], ['Ostrezno', 'place']]],
  ['a guessed name listed with known places is a place', 'Talks were held in Zagreb, Belgrade and Drenvacko last week.', [['Drenvacko', 'place']]],
  ['scorecard initials are people', 'Bowling: K. Marsden 10-1-42-3, T. Oyelaran 8-0-51-1.', [['K. Marsden', 'person'], ['T. Oyelaran', 'person']]],
];

describe('entities: context retypes names (firms, clubs)', () => {
  it('"VISITORS AT HOSTS" schedule lines: the visitors are a club, the home ground a place', () => {
    const res = run('BASEBALL - SATURDAY SCHEDULE.\nAUSTIN AT DENVER\nThe pitcher and the team scored in the game after the league standings were fixed, with a 4-2 win.');
    assert.equal(res.mentions.find((m) => m.text === 'AUSTIN')?.type, 'organization');
    assert.equal(res.mentions.find((m) => m.text === 'DENVER')?.type, 'place');
  });
  itTypes(cases);
});

/** [sentence, expected [text, type, role?], absent texts]. */
type Row = [text: string, expected: [string, EntityType, string?][], absent?: string[]];
const rows: Row[] = [
  ['Civil Protection Minister Vassilis Kikilias told state television the fire was contained.', [['Vassilis Kikilias', 'person', 'Civil Protection Minister']], ['Civil Protection', 'Protection']],
  ['The rescue was led by Digital Affairs Minister Maria Ostrova, officials said.', [['Maria Ostrova', 'person', 'Digital Affairs Minister']]],
  ['Apple Chief Executive Tim Cook met suppliers in Shenzhen.', [['Apple', 'organization'], ['Tim Cook', 'person']]],
  ['The Cupertino, California-based company said it would hire 2,000 engineers.', [['Cupertino', 'place'], ['California', 'place']]],
  ['Trading opened late at the Minneapolis-based bank.', [['Minneapolis', 'place']]],
  ["Meanwhile Alphabet's appeal will be heard next month.", [['Alphabet', 'organization']]],
  ['Temperatures will reach 41 degrees Celsius (106 Fahrenheit) on Tuesday.', [], ['Celsius', 'Fahrenheit']],
  ['Judges at the court in The Hague ruled on Monday.', [['The Hague', 'place']]],
  ['Janet Yellen will travel to Beijing.\nYellen last visited China in July.', [['Yellen', 'person'], ['Janet Yellen', 'person']]],
  ['Tension has been rising in the region since the vote.', [], ['Tension']],
];

describe('entities: titles, places before "-based", units, names opening a sentence', () => {
  for (const [text, expected, absent] of rows) {
    it(text.length > 70 ? text.slice(0, 67) + '...' : text, () => {
      const res = run(text);
      for (const [name, type, role] of expected) {
        const m = res.mentions.find((x) => x.text === name);
        assert.ok(m, `${name} found (got ${res.mentions.map((x) => `${x.text}:${x.type}`).join(', ')})`);
        assert.equal(m.type, type, `type of ${name}`);
        if (role) assert.equal(m.role, role, `role of ${name}`);
      }
      for (const a of absent ?? []) assert.ok(!res.mentions.some((x) => x.text === a), `${a} must not be a mention`);
    });
  }
});
