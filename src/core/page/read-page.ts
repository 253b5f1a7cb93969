import type { AnalyzeOptions, DocumentAnalysis } from '../model';

/** What reading the page as a person would yields: where the article is and when it was published. */
export type PageInfo = Pick<DocumentAnalysis, 'title' | 'titleSpan' | 'published' | 'agency' | 'body' | 'regions'>;

/** Finds title, publication date, agency, body and boilerplate regions. (stub: whole text is body) */
export function readPage(text: string, opts: AnalyzeOptions): PageInfo {
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
