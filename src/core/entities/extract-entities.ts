import type { DocEntity, Mention, Sentence } from '../model';
import type { PageInfo } from '../page/read-page';

export interface EntityResult {
  mentions: Mention[];
  entities: DocEntity[];
}

/** Finds people, places, organizations and groups, and clusters their aliases within the document. (stub) */
export function extractEntities(_text: string, _sentences: Sentence[], _page: PageInfo): EntityResult {
  return { mentions: [], entities: [] };
}
