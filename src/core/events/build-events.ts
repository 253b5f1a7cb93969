import type { DocEntity, DocEvent, Mention, Sentence, Timex } from '../model';

export interface EventInput {
  docId: string;
  text: string;
  sentences: Sentence[];
  timexes: Timex[];
  mentions: Mention[];
  entities: DocEntity[];
}

/** Turns sentences that state something happening at a resolvable time into timeline events. (stub) */
export function buildEvents(_input: EventInput): DocEvent[] {
  return [];
}
