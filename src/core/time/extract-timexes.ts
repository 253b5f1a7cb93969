import type { PublicationInfo, Sentence, Timex } from '../model';

/** Finds time expressions and resolves them against the publication date, tense-aware. (stub) */
export function extractTimexes(_text: string, _sentences: Sentence[], _published: PublicationInfo): Timex[] {
  return [];
}
