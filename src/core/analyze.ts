import { ENGINE_VERSION, type AnalyzeOptions, type DocumentAnalysis, type Sentence } from './model';
import { readPage, type PageInfo } from './page/read-page';
import { capLength, splitSentences } from './text/sentences';
import { hashText } from './text/hash';
import { extractEntities, type EntityResult } from './entities/extract-entities';
import { extractTimexes } from './time/extract-timexes';
import { buildEvents } from './events/build-events';
import { checkInvariants } from './corpus/check-invariants';

export { checkInvariants };

/**
 * The per-document pipeline: page → sentences → entities and time → events.
 * Pure and deterministic: the same text and options give the same analysis, so results can be
 * cached by content hash and computed in any worker.
 *
 * Never loses a document: each stage runs guarded, and a stage that throws leaves a warning and
 * an empty (or plain) result for that stage while the others go on. The result is then checked
 * against the model's invariants (every span slices to its text, everything inside the document);
 * whatever violates them is dropped with a warning rather than shown at a wrong position.
 */
export function analyzeDocument(text: string, opts: AnalyzeOptions): DocumentAnalysis {
  const warnings: string[] = [];
  const guard = <T>(stage: string, run: () => T, fallback: () => T): T => {
    try {
      return run();
    } catch (e) {
      warnings.push(`${stage} failed (${errorLine(e)}); ${stage === 'page reading' ? 'the whole text is treated as the body' : 'continuing without it'}`);
      return fallback();
    }
  };
  const page: PageInfo = guard('page reading', () => readPage(text, opts), () => plainPage(text, opts));
  const sentences: Sentence[] = guard('sentence splitting', () => splitSentences(text, page.regions), () => lineSentences(text, page));
  const ents: EntityResult = guard('entity extraction', () => extractEntities(text, sentences, page), () => ({ mentions: [], entities: [] }));
  const timexes = guard('date extraction', () => extractTimexes(text, sentences, page.published, warnings), () => []);
  const events = guard('event building', () => buildEvents({ docId: opts.id, text, sentences, timexes, mentions: ents.mentions, entities: ents.entities, published: page.published.date }), () => []);
  const analysis: DocumentAnalysis = {
    id: opts.id,
    engineVersion: ENGINE_VERSION,
    contentHash: hashText(text),
    length: text.length,
    ...page,
    sentences,
    mentions: ents.mentions,
    entities: ents.entities,
    timexes,
    events,
    warnings,
  };
  return checkInvariants(text, analysis);
}

function errorLine(e: unknown): string {
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return msg.split('\n')[0].slice(0, 200);
}

/** The page as one body with only the override date: what a failed page reader leaves. */
function plainPage(text: string, opts: AnalyzeOptions): PageInfo {
  return {
    title: opts.id,
    titleSpan: null,
    published: opts.publishedOverride
      ? { date: opts.publishedOverride, source: 'override', conflicts: [] }
      : { date: null, source: 'none', conflicts: [] },
    agency: null,
    body: { start: 0, end: text.length },
    regions: [{ kind: 'body', start: 0, end: text.length, label: 'Body' }],
  };
}

/** One sentence per non-blank line of the analysable regions: the fallback sentence splitter. */
function lineSentences(text: string, page: PageInfo): Sentence[] {
  const out: Sentence[] = [];
  for (const r of page.regions) {
    if (r.kind !== 'title' && r.kind !== 'body') continue;
    const re = /[^\r\n]+/g;
    re.lastIndex = Math.max(0, r.start);
    for (let m = re.exec(text); m && m.index < r.end; m = re.exec(text)) {
      const end = Math.min(r.end, m.index + m[0].length);
      if (!text.slice(m.index, end).trim()) continue;
      for (const piece of capLength(text, { start: m.index, end })) out.push({ index: out.length, start: piece.start, end: piece.end });
    }
  }
  return out;
}
