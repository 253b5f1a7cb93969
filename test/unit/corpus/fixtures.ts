import { ENGINE_VERSION, type DocEntity, type DocEvent, type DocumentAnalysis, type EntityType, type Mention, type Timex } from '../../../src/core/model';

/**
 * Hand-built DocumentAnalysis fixtures: the index is tested on what it is given, independent of
 * how good the NLP is. Sentences end at ". "; every listed name is found at each occurrence.
 */
export interface FixtureEntity { name: string; type: EntityType; aliases?: string[]; role?: string }
export interface FixtureEvent { sentence: number; summary: string; date: string; latest?: string; anchor?: string; status?: DocEvent['status']; who: string[] }
export interface FixtureTimex { text: string; value: string; earliest?: string; latest?: string }

export const slug = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');
export const keyOf = (e: FixtureEntity) => `${e.type}:${slug(e.name)}`;

export function sentencesOf(text: string): { index: number; start: number; end: number }[] {
  const out: { index: number; start: number; end: number }[] = [];
  const re = /[^.!?\n]+[.!?]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ index: out.length, start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

export function makeDoc(id: string, text: string, ents: FixtureEntity[], opts: { events?: FixtureEvent[]; timexes?: FixtureTimex[]; published?: string } = {}): DocumentAnalysis {
  const sentences = sentencesOf(text);
  const sentenceAt = (off: number) => sentences.find((s) => off >= s.start && off < s.end)?.index ?? 0;
  const mentions: Mention[] = [];
  const entities: DocEntity[] = [];
  const taken: [number, number][] = [];
  // Longest surface forms first so "Kim Jong Un" is not also found as "Kim".
  const forms = ents.flatMap((e) => [e.name, ...(e.aliases ?? [])].map((f) => ({ e, f }))).sort((a, b) => b.f.length - a.f.length);
  const byKey = new Map<string, number[]>();
  for (const { e, f } of forms) {
    for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) {
      const end = i + f.length;
      if (taken.some(([s, t]) => i < t && end > s)) continue;
      if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      taken.push([i, end]);
      mentions.push({ start: i, end, text: f, type: e.type, sentence: sentenceAt(i), ...(e.role ? { role: e.role } : {}) });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  mentions.forEach((m, i) => {
    const e = ents.find((x) => x.type === m.type && (x.name === m.text || x.aliases?.includes(m.text)))!;
    const k = keyOf(e);
    byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  for (const e of ents) {
    const ms = byKey.get(keyOf(e));
    if (ms) entities.push({ key: keyOf(e), name: e.name, type: e.type, aliases: [e.name, ...(e.aliases ?? [])], mentions: ms, ...(e.role ? { role: e.role } : {}) });
  }
  const timexes: Timex[] = (opts.timexes ?? []).map((t) => {
    const start = text.indexOf(t.text);
    if (start < 0) throw new Error(`fixture: timex "${t.text}" not in text`);
    return { start, end: start + t.text.length, text: t.text, type: 'DATE', value: t.value, earliest: t.earliest ?? t.value, latest: t.latest ?? t.earliest ?? t.value,
      precision: 'day', sentence: sentenceAt(start), reasoning: 'fixture' };
  });
  const events: DocEvent[] = (opts.events ?? []).map((ev) => {
    const s = sentences[ev.sentence];
    const a = ev.anchor ? text.indexOf(ev.anchor, s.start) : -1;
    return {
      id: `${id}#${ev.sentence}:${a}`,
      summary: ev.summary,
      status: ev.status ?? 'reported',
      sentence: { start: s.start, end: s.end },
      anchor: a >= 0 ? { start: a, end: a + ev.anchor!.length } : null,
      date: { value: ev.date, earliest: ev.date, latest: ev.latest ?? ev.date, precision: 'day' },
      entities: ev.who.map((w) => keyOf(ents.find((e) => e.name === w)!)),
    };
  });
  return {
    id, engineVersion: ENGINE_VERSION, contentHash: `h-${id}-${text.length}`, length: text.length,
    title: id, titleSpan: null,
    published: { date: opts.published ?? null, source: opts.published ? 'override' : 'none', conflicts: [] },
    agency: null, body: { start: 0, end: text.length }, regions: [{ kind: 'body', start: 0, end: text.length, label: 'Body' }],
    sentences, mentions, entities, timexes, events, warnings: [],
  };
}

const KIM: FixtureEntity = { name: 'Kim Jong Un', type: 'person', aliases: ['Kim'] };
const PUTIN: FixtureEntity = { name: 'Vladimir Putin', type: 'person', aliases: ['Putin'] };
const NK: FixtureEntity = { name: 'North Korea', type: 'place' };
const RUSSIA: FixtureEntity = { name: 'Russia', type: 'place' };
const KCNA: FixtureEntity = { name: 'KCNA', type: 'organization' };
const ZELENSKY: FixtureEntity = { name: 'Volodymyr Zelenskyy', type: 'person', aliases: ['Zelenskyy'] };
const SAO: FixtureEntity = { name: 'São Paulo', type: 'place' };

/** A small corpus that tells one happening twice with different dates (the parade) and more. */
export function smallCorpus(): DocumentAnalysis[] {
  return [
    makeDoc('afp/parade.txt',
      'North Korea held a paramilitary parade on Friday, as Kim Jong Un looked on. KCNA reported that Putin sent a message. Kim later met Russia envoys.',
      [KIM, PUTIN, NK, RUSSIA, KCNA],
      { published: '2023-09-09', timexes: [{ text: 'Friday', value: '2023-09-08' }],
        events: [{ sentence: 0, summary: 'North Korea held a paramilitary parade, Kim Jong Un looked on', date: '2023-09-08', anchor: 'Friday', who: ['North Korea', 'Kim Jong Un'] },
          { sentence: 1, summary: 'Putin sent a message to Kim', date: '2023-09-09', who: ['Vladimir Putin'] }] }),
    makeDoc('ap/parade.txt',
      'North Korea staged a paramilitary parade on Saturday attended by Kim Jong Un. Vladimir Putin is expected in Russia soon.',
      [KIM, PUTIN, NK, RUSSIA],
      { published: '2025-04-12', timexes: [{ text: 'Saturday', value: '2025-04-12' }],
        events: [{ sentence: 0, summary: 'North Korea staged a paramilitary parade attended by Kim Jong Un', date: '2025-04-12', anchor: 'Saturday', who: ['North Korea', 'Kim Jong Un'] }] }),
    makeDoc('other/kyiv.md',
      'Volodymyr Zelenskyy met officials in Kyiv. Zelenskyy flew to São Paulo on Monday for trade talks.',
      [ZELENSKY, SAO],
      { timexes: [{ text: 'Monday', value: '2024-03-04' }],
        events: [{ sentence: 1, summary: 'Zelenskyy flew to São Paulo for trade talks', date: '2024-03-04', anchor: 'Monday', who: ['Volodymyr Zelenskyy', 'São Paulo'] }] }),
  ];
}
