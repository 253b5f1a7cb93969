import * as assert from 'assert';
import { splitSentences } from '../../../src/core/text/sentences';
import type { Region } from '../../../src/core/model';

const body = (text: string): Region[] => [{ kind: 'body', start: 0, end: text.length, label: 'Body' }];
const split = (text: string, regions: Region[] = body(text)) => splitSentences(text, regions).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  const table: [string, string[]][] = [
    ['Mr. Kim met Dr. Lee in Seoul. They talked.', ['Mr. Kim met Dr. Lee in Seoul.', 'They talked.']],
    ['The U.S. Navy said so. The ship left.', ['The U.S. Navy said so.', 'The ship left.']],
    ['He flew to the U.S. The trip was long.', ['He flew to the U.S.', 'The trip was long.']],
    ['George W. Bush spoke on Jan. 5 in Washington. He left.', ['George W. Bush spoke on Jan. 5 in Washington.', 'He left.']],
    ['It rose 3.5 percent. Analysts were surprised.', ['It rose 3.5 percent.', 'Analysts were surprised.']],
    ['"We will win," he said. "No doubt."', ['"We will win," he said.', '"No doubt."']],
    ['He said: "It is over." Then he left.', ['He said: "It is over."', 'Then he left.']],
    ['"Is it over?" she asked. Nobody answered.', ['"Is it over?" she asked.', 'Nobody answered.']],
    ['The meeting starts at 10 a.m. Sunday in Paris.', ['The meeting starts at 10 a.m. Sunday in Paris.']],
    ['The talks ended at 3 p.m. The envoys left.', ['The talks ended at 3 p.m.', 'The envoys left.']],
    ['KCNA reported it. .\n\nThe next paragraph.', ['KCNA reported it. .', 'The next paragraph.']],
    ['First line without a stop\nSecond line', ['First line without a stop', 'Second line']],
    ['- Bullet one\n- Bullet two', ['- Bullet one', '- Bullet two']],
    ['Line one.\r\nLine two.\r\n', ['Line one.', 'Line two.']],
    ['Wait... what happened? Nobody knows!', ['Wait... what happened?', 'Nobody knows!']],
    ['', []],
  ];
  for (const [text, want] of table) it(JSON.stringify(text).slice(0, 60), () => assert.deepStrictEqual(split(text), want));

  it('joins hard-wrapped newswire lines into sentences but not paragraphs', () => {
    const text = 'The company said its third-quarter profit rose sharply\nbecause of strong demand for its products in Asia and\nEurope, analysts said on Tuesday.\n\nShares rose.';
    assert.deepStrictEqual(split(text), [
      'The company said its third-quarter profit rose sharply\nbecause of strong demand for its products in Asia and\nEurope, analysts said on Tuesday.',
      'Shares rose.',
    ]);
  });

  it('never crosses a region and skips boilerplate', () => {
    const text = 'Title here\nBody one. Body two.\nRelated\n- Junk headline.';
    const regions: Region[] = [
      { kind: 'title', start: 0, end: 10, label: 'Title' },
      { kind: 'body', start: 11, end: 30, label: 'Body' },
      { kind: 'boilerplate', start: 31, end: text.length, label: 'Related' },
    ];
    const s = splitSentences(text, regions);
    assert.deepStrictEqual(s.map((x) => text.slice(x.start, x.end)), ['Title here', 'Body one.', 'Body two.']);
    assert.deepStrictEqual(s.map((x) => x.index), [0, 1, 2]);
  });
});

describe('splitSentences: abbreviations that can end a sentence', () => {
  it('splits after a final "no." but not after "No. 1"', () => {
    const text = 'He ranked No. 1 in the poll. The answer was no. Talks ended.';
    assert.deepStrictEqual(splitSentences(text, [{ kind: 'body', start: 0, end: text.length, label: 'Body' }]).map((s) => text.slice(s.start, s.end)),
      ['He ranked No. 1 in the poll.', 'The answer was no.', 'Talks ended.']);
  });
});
