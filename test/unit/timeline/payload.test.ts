import * as assert from 'node:assert/strict';
import type { CorpusEvent, DocumentAnalysis, Entity } from '../../../src/core/model';
import {
  buildPayload, groupLabel, sourceNames, untranslated, type TimelineSource, type Translate,
} from '../../../src/extension/timeline/payload';

function doc(id: string, title: string, agency: string | null, date: string | null): DocumentAnalysis {
  return { id, title, agency, published: { date, source: date ? 'metadata' : 'none', conflicts: [] } } as unknown as DocumentAnalysis;
}

function event(doc: string, start: number, end: number, value: string, more: Partial<CorpusEvent> = {}): CorpusEvent {
  return {
    id: `${doc}#0:${start}`, doc, summary: `summary ${value}`, status: 'reported', sentence: { start, end }, anchor: null,
    date: { value, earliest: value, latest: value, precision: 'day' }, entities: [], ...more,
  };
}

describe('timeline payload', () => {
  it('names sources by agency, disambiguating duplicates', () => {
    const names = sourceNames([
      doc('a.txt', 'Parade in Pyongyang', 'AP', '2023-09-09'),
      doc('b.txt', 'Another', 'AP', '2023-09-10'),
      doc('c.txt', 'Russian and Chinese delegations at a parade in North Korea today', null, null),
      doc('d.txt', 'x', 'AFP', '2023-09-09'),
      doc('dir/e.txt', 'y', 'AFP', '2023-09-09'),
    ]);
    assert.equal(names.get('a.txt'), 'AP · 2023-09-09');
    assert.equal(names.get('b.txt'), 'AP · 2023-09-10');
    assert.equal(names.get('c.txt'), 'Russian and Chinese delegations…');
    assert.equal(names.get('d.txt'), 'AFP · 2023-09-09 · d.txt');
    assert.equal(names.get('dir/e.txt'), 'AFP · 2023-09-09 · e.txt');
  });

  const sources = new Map([['afp.txt', 'AFP'], ['ap.txt', 'AP'], ['r.txt', 'Reuters']]);
  const labels: [string, CorpusEvent[], boolean, string][] = [
    ['a conflict lists each date with its sources', [event('afp.txt', 0, 1, '2023-09-08'), event('ap.txt', 0, 1, '2023-09-09')], true,
      'Sources disagree: 2023-09-08 (AFP) vs 2023-09-09 (AP)'],
    ['sources agreeing on a date share it', [event('afp.txt', 0, 1, '2023-09-08'), event('r.txt', 0, 1, '2023-09-08'), event('ap.txt', 0, 1, '2023-09-09')], true,
      'Sources disagree: 2023-09-08 (AFP, Reuters) vs 2023-09-09 (AP)'],
    ['a group of one source says "source"', [event('afp.txt', 0, 1, '2023-09-08'), event('afp.txt', 5, 6, '2023-09-08')], false,
      'Told by 1 source: AFP'],
    ['an agreeing group says how many tell it', [event('afp.txt', 0, 1, '2023-09-08'), event('ap.txt', 0, 1, '2023-09-08')], false,
      'Told by 2 sources: AFP, AP'],
  ];
  for (const [name, members, conflict, want] of labels) {
    it(name, () => assert.equal(groupLabel(members, sources, conflict, untranslated), want));
  }

  it('builds docs, events with their verbatim sentences, groups and entity counts', () => {
    const texts: Record<string, string> = {
      'afp.txt': 'North Korea held a parade on Friday.\nOther <img src=x onerror=alert(1)> text.',
      'ap.txt': 'The midnight  parade\nwas on Saturday.',
    };
    const kim: Entity = { id: 'person:kim', name: 'Kim Jong Un', type: 'person', aliases: [], mentions: [], docs: [] };
    const evs: CorpusEvent[] = [
      event('afp.txt', 0, 36, '2023-09-08', { anchor: { start: 29, end: 35 }, group: 'g', conflict: true, entities: ['person:kim'] }),
      event('ap.txt', 0, 37, '2023-09-09', { group: 'g', conflict: true, entities: ['person:kim', 'person:ghost'] }),
      event('afp.txt', 37, texts['afp.txt'].length, '2023-09-10', { group: 'lonely' }),
    ];
    const index: TimelineSource = {
      timeline: () => evs,
      documents: () => [doc('afp.txt', 'Parade', 'AFP', '2023-09-09'), doc('ap.txt', 'Parade', 'AP', '2023-09-09')],
      entity: (id) => (id === kim.id ? kim : undefined),
    };
    const p = buildPayload(index, (id) => texts[id], untranslated);
    assert.deepEqual(p.docs.map((d) => [d.id, d.source, d.color]), [['afp.txt', 'AFP', 0], ['ap.txt', 'AP', 1]]);
    assert.deepEqual(p.events.map((e) => e.id), evs.map((e) => e.id), 'keeps the index order');
    assert.equal(p.events[0].sentence, 'North Korea held a parade on Friday.');
    assert.equal(p.events[0].anchorText, 'Friday');
    assert.equal(p.events[1].sentence, 'The midnight parade was on Saturday.', 'whitespace collapsed');
    assert.equal(p.events[2].sentence, 'Other <img src=x onerror=alert(1)> text.', 'document text is passed on verbatim, never interpreted');
    assert.deepEqual(p.groups, [{ id: 'g', events: [evs[0].id, evs[1].id], conflict: true, label: 'Sources disagree: 2023-09-08 (AFP) vs 2023-09-09 (AP)' }]);
    assert.equal(p.events[2].group, undefined, 'a one-member group is no group');
    assert.deepEqual(p.entities, [{ id: 'person:kim', name: 'Kim Jong Un', type: 'person', events: 2 }]);
  });

  it('falls back to the summary when the text is unavailable or the span is out of range', () => {
    const evs = [event('gone.txt', 0, 10, '2023-09-08'), event('short.txt', 0, 999, '2023-09-08')];
    const index: TimelineSource = { timeline: () => evs, documents: () => [], entity: () => undefined };
    const p = buildPayload(index, (id) => (id === 'short.txt' ? 'tiny' : undefined), untranslated);
    assert.deepEqual(p.events.map((e) => e.sentence), ['summary 2023-09-08', 'summary 2023-09-08']);
  });

  describe('labels go through the translate function it is given', () => {
    // A pseudo-locale: every message marked and its words upper-cased, placeholders filled after.
    const seen: string[] = [];
    const pseudo: Translate = (message, ...args) => {
      seen.push(message);
      return untranslated(`«${message.replace(/[a-z]+/g, (w) => w.toUpperCase())}»`, ...args);
    };
    const members = [event('afp.txt', 0, 1, '2023-09-08'), event('r.txt', 0, 1, '2023-09-08'), event('ap.txt', 0, 1, '2023-09-09')];

    it('for a conflict, each date with its sources and the separators', () => {
      assert.equal(groupLabel(members, sources, true, pseudo),
        '«SOURCES DISAGREE: ««2023-09-08 (AFP, Reuters)» VS «2023-09-09 (AP)»»»');
    });
    it('for an agreeing group, one message per plural form', () => {
      assert.equal(groupLabel(members, sources, false, pseudo), '«TOLD BY 3 SOURCES: AFP, Reuters, AP»');
      assert.equal(groupLabel(members.slice(0, 1), sources, false, pseudo), '«TOLD BY 1 SOURCE: AFP»');
    });
    it('in the payload, and no English label is built around it', () => {
      seen.length = 0;
      const index: TimelineSource = {
        timeline: () => members.map((e) => ({ ...e, group: 'g', conflict: true })),
        documents: () => [doc('afp.txt', 'x', 'AFP', null), doc('ap.txt', 'y', 'AP', null), doc('r.txt', 'z', 'Reuters', null)],
        entity: () => undefined,
      };
      const p = buildPayload(index, () => undefined, pseudo);
      assert.match(p.groups[0].label, /^«SOURCES DISAGREE: .*»$/);
      assert.doesNotMatch(p.groups[0].label.replace(/AFP|AP|Reuters/g, ''), /\b[A-Z]?[a-z]{2,}/, 'every word came from a translation');
      assert.deepEqual([...new Set(seen)].sort(), ['Sources disagree: {0}', '{0} ({1})', '{0} vs {1}']);
    });
  });
});
