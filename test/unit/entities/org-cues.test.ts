import * as assert from 'node:assert/strict';
import type { EntityType } from '../../../src/core/model';
import { run } from './run-extract';

/** [title, article (one sentence a line), expected [mention text, type] — every mention with that text must have it]. */
type Case = [title: string, text: string, expected: [string, EntityType][]];

/** A few lines of match report, so that the document reads as sports copy. */
const SPORT = '\nThe coach praised his players after the 2-1 win in the match, and the league said the season would resume after the final.';

const cases: Case[] = [
  ['a kind of organization written before the name ("news agency Tanjor")',
    'The flights resumed on Monday, the state news agency Tanjor reported.', [['Tanjor', 'organization']]],
  ['"firm", "daily" and "distributor" before unknown names',
    'Its publisher, the bottling firm Welcorp, joined the distributor Haskette in the bid, the daily Gazeta Brenska said.',
    [['Welcorp', 'organization'], ['Haskette', 'organization'], ['Gazeta Brenska', 'organization']]],
  ['a newspaper named before "newspaper"',
    'But Le Courant newspaper, quoting witnesses, said the blast killed seven people.', [['Le Courant', 'organization']]],
  ['a role noun before a full name still marks a person',
    '"There will be buying and selling pressure," said broker Tamsin Oduya.', [['Tamsin Oduya', 'person']]],
  ['what a player belongs to is a club ("Castrelo defender")',
    'The match was marred by the sending-off of Castrelo defender Franck Lemieux in the second half.' + SPORT,
    [['Castrelo', 'organization'], ['Franck Lemieux', 'person']]],
  ['a name owning a player in sports copy is a club',
    'Brenford\'s Gary Breslin was selected ahead of Phil Babcock in defence for the qualifier.' + SPORT,
    [['Brenford', 'organization'], ['Gary Breslin', 'person']]],
  ['a lone name with a score after it, opening its part of a scoreboard line, is a club',
    'Harwick : Glenmorgan 259 and 207 ( A. Dalby 69 ) , Durnley 114 .' + SPORT,
    [['Glenmorgan', 'organization'], ['Durnley', 'organization'], ['Dalby', 'person']]],
  ['a bowler after "b" keeps being a person',
    'M. Slatter c Tillek b Dharmavan 13' + SPORT, [['Dharmavan', 'person']]],
  ['a known place joined to an ordinary word is a firm ("Air France", "Statistics Canada")',
    'About 100 Air France workers marched, and Statistics Canada said the deficit narrowed.', [['Air France', 'organization'], ['Statistics Canada', 'organization']]],
  ['qualified place names stay places ("New Mexico", "Upper Egypt")',
    'The storm moved from New Mexico to Texas while floods hit Upper Egypt.', [['New Mexico', 'place'], ['Upper Egypt', 'place']]],
  ['a given name that is also a country, before a word, stays a person',
    'Georgia Brown said the plan would go ahead.', [['Georgia Brown', 'person']]],
  ['a results row: after the rider and his country comes the team',
    'Results of the third stage on Saturday :\n1. Olaf Ludvik ( Germany ) Telekar 4 hours 48 mins 2 seconds\n2. Giovanni Lombari ( Italy ) Poltano 5 seconds behind',
    [['Telekar', 'organization'], ['Poltano', 'organization'], ['Olaf Ludvik', 'person'], ['Germany', 'place']]],
  ['a relay row keeps every runner a person',
    '1. Donovan Bailey ( Canada ) , Michael Johnson ( U.S. ) , Falk Balzer ( Germany ) 38.87 seconds',
    [['Falk Balzer', 'person'], ['Michael Johnson', 'person']]],
  ['a squad list names the club in brackets after each player, the country stays a place',
    'Goalkeepers - Marco Pascoli ( Cagliari ) , Pascal Zuber ( Wettingen ) , Tomas Hajek ( Czech Republic ) .' + SPORT,
    [['Cagliari', 'organization'], ['Wettingen', 'organization'], ['Czech Republic', 'place'], ['Marco Pascoli', 'person']]],
  ['a firm named in the story is found in the headline in capitals',
    'TARVEX H1 PROFIT RISES BELOW TARGET .\nBUCHAREST 2024-08-30\nThe engineering firm Tarvex said on Friday that its net profit rose 12 percent.',
    [['TARVEX', 'organization'], ['Tarvex', 'organization']]],
  ['a club named with its town in sports copy ("Brannvik Bergen"), a coach\'s name stays a person',
    'Brannvik Bergen opened their title defence with a 1-0 win, said Australian coach Geoff Marlow, who coaches Porto.' + SPORT,
    [['Brannvik Bergen', 'organization'], ['Geoff Marlow', 'person'], ['Porto', 'organization']]],
  ['a bank with its "of" complement opens a sentence',
    'Bank of New Zealand said on Thursday it was cutting its fixed home lending rates.', [['Bank of New Zealand', 'organization']]],
  ['a dateline town in capitals is a place, short as an acronym ("BONN 2024-08-30", "WIGAN , England")',
    'Minister appeals for peace .\nBONN 2024-08-30\nThe government urged both sides to return to talks.\nWIGAN , England 2024-08-31\nThe club said the match would go ahead.',
    [['BONN', 'place'], ['WIGAN', 'place']]],
  ['a results line with each team\'s country in brackets: teams are clubs, the countries stay places',
    'Result of the third place play-off on Saturday :\nAlbara ( Germany ) 75 Crvena ( Yugoslavia ) 70',
    [['Albara', 'organization'], ['Crvena', 'organization'], ['Germany', 'place'], ['Yugoslavia', 'place']]],
  ['a postponed fixture: the names before "v" are clubs',
    'Postponed : Dunmarkie v Clydemouth .' + SPORT, [['Dunmarkie', 'organization'], ['Clydemouth', 'organization']]],
];

describe('entities: organizations from the words around them', () => {
  for (const [title, text, expected] of cases) {
    it(title, () => {
      const res = run(text);
      for (const [name, type] of expected) {
        const ms = res.mentions.filter((m) => m.text === name);
        assert.ok(ms.length, `${name} found (got ${res.mentions.map((m) => `${m.text}:${m.type}`).join(', ')})`);
        for (const m of ms) assert.equal(m.type, type, `type of ${name}`);
      }
    });
  }
});
