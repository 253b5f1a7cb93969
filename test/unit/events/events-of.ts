import { buildEvents } from '../../../src/core/events/build-events';
import { extractTimexes } from '../../../src/core/time/extract-timexes';
import { readPage } from '../../../src/core/page/read-page';
import { splitSentences } from '../../../src/core/text/sentences';
import type { DocEvent } from '../../../src/core/model';

/** The events stage on its own inputs (no entities), for one text published on `published`. */
export function eventsOf(text: string, published: string): DocEvent[] {
  const page = readPage(text, { id: 'doc.txt', publishedOverride: published });
  const sentences = splitSentences(text, page.regions);
  const timexes = extractTimexes(text, sentences, page.published);
  return buildEvents({ docId: 'doc.txt', text, sentences, timexes, mentions: [], entities: [], published });
}

export const anchorText = (text: string, e: DocEvent) => text.slice(e.anchor!.start, e.anchor!.end);
