import type { DocEntity, DocumentAnalysis, Mention, Span } from '../model';

/**
 * Enforces the model's invariants on one analysis (see model.ts): every mention and timex slices
 * to its text, every span lies inside the document, indices point at what exists. Violations are
 * dropped, never shown at a wrong place, and each kind is reported once in `warnings` (they are
 * engine bugs worth fixing, not user errors). Returns a new object; the input is not modified.
 */
export function checkInvariants(text: string, a: DocumentAnalysis): DocumentAnalysis {
  const len = text.length;
  const warnings = [...a.warnings];
  const inside = (s: Span | null | undefined): boolean =>
    !!s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= len;
  const dropped = (what: string, n: number) => { if (n) warnings.push(`dropped ${n} ${what} that did not match the text (engine bug)`); };

  const regions = a.regions.filter(inside);
  dropped('region(s)', a.regions.length - regions.length);
  const body = inside(a.body) ? a.body : { start: 0, end: len };
  const titleSpan = a.titleSpan && inside(a.titleSpan) ? a.titleSpan : null;
  const sentences = a.sentences.filter(inside);
  dropped('sentence(s)', a.sentences.length - sentences.length);
  // Sentence indices are referenced by mentions and timexes: renumbering would break them, so
  // keep `index` as given and only check that references resolve.
  const sentenceIds = new Set(sentences.map((s) => s.index));

  const keepMention = (m: Mention) => inside(m) && text.slice(m.start, m.end) === m.text && m.text.length > 0;
  const newIndex = new Array<number>(a.mentions.length).fill(-1);
  const mentions: Mention[] = [];
  a.mentions.forEach((m, i) => {
    if (keepMention(m)) { newIndex[i] = mentions.length; mentions.push(m); }
  });
  dropped('mention(s)', a.mentions.length - mentions.length);
  const entities: DocEntity[] = [];
  for (const e of a.entities) {
    const ms = e.mentions.map((i) => (Number.isInteger(i) && i >= 0 && i < newIndex.length ? newIndex[i] : -1)).filter((i) => i >= 0);
    if (ms.length) entities.push(ms.length === e.mentions.length && ms.every((x, k) => x === e.mentions[k]) ? e : { ...e, mentions: ms });
  }
  const keys = new Set(entities.map((e) => e.key));

  const timexes = a.timexes.filter((t) => inside(t) && text.slice(t.start, t.end) === t.text && t.text.length > 0);
  dropped('time expression(s)', a.timexes.length - timexes.length);

  const seenEvent = new Set<string>();
  const events = [];
  let badEvents = 0;
  for (const ev of a.events) {
    if (!inside(ev.sentence) || (ev.anchor !== null && !inside(ev.anchor)) || seenEvent.has(ev.id)) { badEvents++; continue; }
    seenEvent.add(ev.id);
    events.push(ev.entities.every((k) => keys.has(k)) ? ev : { ...ev, entities: ev.entities.filter((k) => keys.has(k)) });
  }
  dropped('event(s)', badEvents);
  const danglingSentences = mentions.filter((m) => !sentenceIds.has(m.sentence)).length + timexes.filter((t) => !sentenceIds.has(t.sentence)).length;
  if (danglingSentences) warnings.push(`${danglingSentences} mention(s)/time expression(s) refer to a missing sentence (engine bug)`);

  const published = a.published.span && !inside(a.published.span) ? { ...a.published, span: undefined } : a.published;
  return { ...a, regions, body, titleSpan, sentences, mentions, entities, timexes, events, published, warnings };
}
