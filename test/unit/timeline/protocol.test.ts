import * as assert from 'node:assert/strict';
import { parsePartialFilter, parseViewState, parseWebviewMessage } from '../../../src/shared/timeline-protocol';

describe('timeline protocol: messages from the webview', () => {
  const accepted: unknown[] = [
    { type: 'ready' },
    { type: 'reveal', eventId: 'a.txt#3:120', focusEditor: false },
    { type: 'filterChanged', filter: { entity: 'person:kim-jong-un', doc: null, statuses: ['reported', 'future'] } },
    { type: 'filterChanged', filter: { entity: null, doc: 'seeds/a.txt', statuses: [] } },
    { type: 'error', message: 'TypeError: x is undefined' },
  ];
  for (const m of accepted) {
    it(`accepts ${JSON.stringify(m)}`, () => {
      const r = parseWebviewMessage(m);
      assert.ok(r.ok, r.ok ? '' : r.reason);
      assert.deepEqual(r.message, m);
    });
  }

  const refused: [unknown, RegExp][] = [
    [null, /not an object/],
    ['ready', /not an object/],
    [[{ type: 'ready' }], /not an object/],
    [{}, /unknown message type/],
    [{ type: 'runCommand', command: 'workbench.action.terminal.new' }, /unknown message type/],
    [{ type: 'ready', extra: 1 }, /unexpected field/],
    [{ type: 'reveal', eventId: 42, focusEditor: false }, /eventId/],
    [{ type: 'reveal', eventId: '', focusEditor: false }, /eventId/],
    [{ type: 'reveal', eventId: 'x'.repeat(5000), focusEditor: false }, /eventId/],
    [{ type: 'reveal', eventId: 'a#1:2' }, /focusEditor/],
    [{ type: 'reveal', eventId: 'a#1:2', focusEditor: 'yes' }, /focusEditor/],
    [{ type: 'filterChanged', filter: { entity: null, doc: null, statuses: ['rumoured'] } }, /statuses/],
    [{ type: 'filterChanged', filter: { entity: null, statuses: [] } }, /doc missing/],
    [{ type: 'filterChanged', filter: { entity: 3, doc: null, statuses: [] } }, /entity/],
    [{ type: 'filterChanged', filter: { entity: null, doc: null, statuses: [], __proto__x: 1 } }, /unexpected/],
    [{ type: 'error', message: { toString: 1 } }, /message/],
  ];
  for (const [m, why] of refused) {
    it(`refuses ${JSON.stringify(m)?.slice(0, 80)}`, () => {
      const r = parseWebviewMessage(m);
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(r.reason, why);
    });
  }

  it('truncates an oversized error message instead of logging megabytes', () => {
    const r = parseWebviewMessage({ type: 'error', message: 'e'.repeat(100000) });
    assert.ok(r.ok && r.message.type === 'error' && r.message.message.length === 4000);
  });
});

describe('timeline protocol: command arguments and saved state', () => {
  it('partial filters keep only what is given', () => {
    assert.deepEqual(parsePartialFilter({ entity: 'person:putin' }), { ok: true, message: { entity: 'person:putin' } });
    assert.equal(parsePartialFilter({ entity: 1 }).ok, false);
    assert.equal(parsePartialFilter({ event: 'x' }).ok, false);
  });

  const states: [string, unknown, object][] = [
    ['garbage gives defaults', 'garbage', { filter: { entity: null, doc: null }, view: null, selected: null }],
    ['an older version gives defaults', { version: 0, selected: 'x' }, { selected: null }],
    ['a good state is kept', { version: 1, filter: { entity: 'e', doc: null, statuses: ['future'] }, view: { start: 1, end: 9 }, selected: 's' },
      { filter: { entity: 'e', doc: null, statuses: ['future'] }, view: { start: 1, end: 9 }, selected: 's' }],
    ['an empty view is dropped', { version: 1, view: { start: 5, end: 5 } }, { view: null }],
    ['a non-numeric view is dropped', { version: 1, view: { start: '1', end: 9 } }, { view: null }],
  ];
  for (const [name, raw, want] of states) {
    it(name, () => {
      const s = parseViewState(raw) as unknown as Record<string, unknown>;
      for (const [k, v] of Object.entries(want)) {
        if (k === 'filter') for (const [fk, fv] of Object.entries(v)) assert.deepEqual((s.filter as Record<string, unknown>)[fk], fv);
        else assert.deepEqual(s[k], v);
      }
    });
  }
});
