import { ENGINE_VERSION, type AnalyzeOptions, type DocumentAnalysis } from './model';
import { readPage } from './page/read-page';
import { splitSentences } from './text/sentences';
import { hashText } from './text/hash';
import { extractEntities } from './entities/extract-entities';
import { extractTimexes } from './time/extract-timexes';
import { buildEvents } from './events/build-events';

/**
 * The per-document pipeline: page → sentences → entities and time → events.
 * Pure and deterministic: the same text and options give the same analysis, so results can be
 * cached by content hash and computed in any worker.
 */
export function analyzeDocument(text: string, opts: AnalyzeOptions): DocumentAnalysis {
  const page = readPage(text, opts);
  const sentences = splitSentences(text, page.regions);
  const { mentions, entities } = extractEntities(text, sentences, page);
  const timexes = extractTimexes(text, sentences, page.published);
  const events = buildEvents({ docId: opts.id, text, sentences, timexes, mentions, entities });
  return {
    id: opts.id,
    engineVersion: ENGINE_VERSION,
    contentHash: hashText(text),
    length: text.length,
    ...page,
    sentences,
    mentions,
    entities,
    timexes,
    events,
    warnings: [],
  };
}
