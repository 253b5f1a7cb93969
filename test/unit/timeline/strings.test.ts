import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import {
  DEFAULT_TIMELINE_STRINGS, fillPlaceholders, mergeStrings, type TimelineStrings,
} from '../../../src/shared/timeline-protocol';
import { eventCount, eventDescription, sourceButtonLabel, statusLabel, statusLegendText } from '../../../media/timeline/text';
import { samplePayload } from './sample-payload';

const ROOT = path.resolve(__dirname, '../../../..');
const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');
const keys = Object.keys(DEFAULT_TIMELINE_STRINGS) as (keyof TimelineStrings)[];

/** A translation where every text is marked, so a text the webview made up itself stands out. */
const marked = Object.fromEntries(keys.map((k) => [k, `‹${k}›${DEFAULT_TIMELINE_STRINGS[k].match(/\{\d\}/g)?.join('|') ?? ''}`])) as TimelineStrings;

describe('timeline strings', () => {
  it('fills numbered placeholders once, leaving unknown ones and never re-reading inserted text', () => {
    assert.equal(fillPlaceholders('{0} of {1} events', 2, 10), '2 of 10 events');
    assert.equal(fillPlaceholders('{1} before {0} {2}', 'a', 'b'), 'b before a {2}');
    assert.equal(fillPlaceholders('{0}: {1}', '{1} $& $1', 'x'), '{1} $& $1: x', 'document text is inserted verbatim');
  });

  it('takes the string values of known keys from the host and keeps English for the rest', () => {
    const s = mergeStrings({ fitAll: 'Tout afficher', clearFilters: 42, evil: 'x', loading: 'x'.repeat(5000) });
    assert.equal(s.fitAll, 'Tout afficher');
    assert.equal(s.clearFilters, 'Clear filters');
    assert.equal(s.loading, DEFAULT_TIMELINE_STRINGS.loading, 'an oversized text is refused');
    assert.equal('evil' in s, false);
    assert.deepEqual(mergeStrings(undefined), DEFAULT_TIMELINE_STRINGS, 'an older host sending no strings gives English');
  });

  it('the host localises exactly the default English, one literal vscode.l10n.t call per key', () => {
    const src = read('src/extension/timeline/strings.ts');
    const calls = [...src.matchAll(/^\s*(\w+): vscode\.l10n\.t\((?:\{ message: )?'((?:[^'\\]|\\.)*)'/gm)];
    assert.deepEqual(Object.fromEntries(calls.map((m) => [m[1], m[2].replace(/\\'/g, "'")])), DEFAULT_TIMELINE_STRINGS);
  });

  it('leaves no English text in the webview sources: every default lives only in the protocol', () => {
    const dir = path.join(ROOT, 'media/timeline');
    // The string literals of each file (comments may quote the English for the reader).
    const literals = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
      .match(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|"(?:[^"\\\n]|\\.)*"/g) ?? []] as const);
    for (const text of Object.values(DEFAULT_TIMELINE_STRINGS)) {
      const piece = text.split(/\{\d\}/).map((p) => p.trim()).sort((a, b) => b.length - a.length)[0];
      // "{0}: {1}" is punctuation; a lone lower-case word ("events") may be a class or id.
      if (!/[A-Za-z]{3}/.test(piece) || /^[a-z]+$/.test(piece)) continue;
      const word = new RegExp(`(?<![\\w-])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`);
      for (const [f, lits] of literals) {
        assert.equal(lits.find((l) => word.test(l)), undefined, `${f} spells out "${piece}" instead of using the host's string`);
      }
    }
  });

  describe('the webview composes texts only from the strings it received', () => {
    const [ap] = samplePayload.docs;
    const conflicted = samplePayload.events.find((e) => e.conflict)!;

    it('status names and legend', () => {
      assert.equal(statusLabel(marked, 'ongoing'), '‹statusOngoing›');
      assert.equal(statusLegendText(marked, 'future'), '‹statusLegendItem›{0}|{1}'.replace('{0}', '‹statusFuture›').replace('{1}', '‹helpFuture›'));
      assert.equal(statusLegendText(DEFAULT_TIMELINE_STRINGS, 'speculative'), 'Speculative: dashed: may happen, speculation');
    });

    it('the count, with a form for a total of one', () => {
      assert.equal(eventCount(marked, 2, 10), '‹eventCount›2|10');
      assert.equal(eventCount(marked, 1, 1), '‹eventCountOne›1|1');
      assert.equal(eventCount(DEFAULT_TIMELINE_STRINGS, 0, 1), '0 of 1 events', 'English unchanged');
    });

    it('source buttons with and without a publication date', () => {
      assert.equal(sourceButtonLabel(marked, ap), `‹sourceButtonPublished›AP|${ap.title}|2023-09-09`);
      assert.equal(sourceButtonLabel(marked, { ...ap, published: null }), `‹sourceButton›AP|${ap.title}`);
      assert.equal(sourceButtonLabel(DEFAULT_TIMELINE_STRINGS, ap), `Source AP: ${ap.title}, published 2023-09-09. Click to show only this source.`);
    });

    it('event descriptions, with the group label from the host or its own fallback', () => {
      const group = samplePayload.groups.find((g) => g.id === conflicted.group);
      const d = eventDescription(marked, conflicted, ap, group);
      assert.match(d, /^‹eventDescription›‹statusReported›\|[^|]+\|AP\|/);
      assert.ok(d.endsWith(`. ${group!.label}`));
      assert.ok(eventDescription(marked, conflicted, ap, undefined).endsWith('. ‹conflictUnknown›'));
    });
  });
});
