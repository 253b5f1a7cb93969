import * as assert from 'node:assert/strict';
import type { EntityType, Region, Sentence } from '../../../src/core/model';
import { extractEntities, type EntityResult } from '../../../src/core/entities/extract-entities';
import type { PageInfo } from '../../../src/core/page/read-page';

/** Analyses `text` as one body region, one sentence per line. */
export function run(text: string, regions?: Region[]): EntityResult {
  const rs: Region[] = regions ?? [{ kind: 'body', start: 0, end: text.length, label: 'Body' }];
  const sentences: Sentence[] = [];
  for (const r of rs) {
    if (r.kind !== 'body' && r.kind !== 'title') continue;
    const re = /[^\n]+/g;
    re.lastIndex = r.start;
    for (let m = re.exec(text); m && m.index < r.end; m = re.exec(text)) sentences.push({ index: sentences.length, start: m.index, end: m.index + m[0].length });
  }
  const page: PageInfo = { title: '', titleSpan: null, published: { date: null, source: 'none', conflicts: [] }, agency: null, body: { start: 0, end: text.length }, regions: rs };
  const res = extractEntities(text, sentences, page);
  assertInvariants(text, res);
  return res;
}

/** Holds for every output: spans are exact, flat, trimmed; entities point at their mentions. */
export function assertInvariants(text: string, res: EntityResult): void {
  let lastEnd = -1;
  for (const m of res.mentions) {
    assert.equal(text.slice(m.start, m.end), m.text, `span of ${JSON.stringify(m.text)}`);
    assert.ok(m.start >= lastEnd, `mentions overlap at ${m.start}`);
    assert.match(m.text, /^[\p{L}\p{N}]/u, `leading punctuation in ${JSON.stringify(m.text)}`);
    assert.match(m.text, /[\p{L}\p{N}.]$/u, `trailing punctuation in ${JSON.stringify(m.text)}`);
    assert.doesNotMatch(m.text, /['’]s$/, `possessive in ${JSON.stringify(m.text)}`);
    lastEnd = m.end;
  }
  const seen = new Set<number>();
  for (const e of res.entities) {
    assert.equal(e.aliases[0], e.name, 'canonical first');
    for (const i of e.mentions) { assert.ok(!seen.has(i)); seen.add(i); assert.equal(res.mentions[i].type, e.type); }
  }
  assert.equal(seen.size, res.mentions.length, 'every mention in one entity');
}


/** [title, article (one sentence a line), expected [mention text, type] — every mention with that text must have it]. */
export type TypeCase = [title: string, text: string, expected: [string, EntityType][]];

/** One mocha test per case: each expected name is found, and every mention of it has the type. */
export function itTypes(cases: TypeCase[]): void {
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
}
