import type { DocEntity, Mention, Sentence } from '../model';
import type { PageInfo } from '../page/read-page';
import { tokenize } from './tokens';
import { recognize } from './recognize';
import { clusterMentions, type MentionInfo } from './aliases';

export interface EntityResult {
  mentions: Mention[];
  entities: DocEntity[];
}

/**
 * Finds people, places, organizations and nationality groups in the given sentences (which lie in
 * the title and body only, so page furniture yields nothing), and clusters their aliases within
 * the document. compromise tags the words once per paragraph; a linear rule layer then builds the
 * name spans (see recognize.ts) and clusters them (see aliases.ts).
 */
export function extractEntities(text: string, sentences: Sentence[], _page: PageInfo): EntityResult {
  if (!sentences.length) return { mentions: [], entities: [] };
  const toks = tokenize(text, sentences);
  const cands = recognize(text, toks, sentences).sort((a, b) => a.start - b.start || b.end - a.end);
  const mentions: Mention[] = [];
  const info: MentionInfo[] = [];
  let lastEnd = -1;
  for (const c of cands) {
    if (c.start < lastEnd || c.end <= c.start) continue; // flat spans: the longest, first name wins
    const m: Mention = { start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type, sentence: sentences[c.sent].index };
    if (c.role) m.role = c.role;
    mentions.push(m);
    info.push({ strong: c.strong, ...(c.country ? { country: c.country } : {}) });
    lastEnd = c.end;
  }
  const entities = clusterMentions(mentions, info);
  return { mentions, entities };
}
