import type { DocumentAnalysis } from '../model';

/**
 * JSONL is the map output of `dossier analyze --jsonl`: one DocumentAnalysis per line. Merging is
 * "union by document id" into a CorpusIndex, so it is associative: merge(merge(a, b), c) equals
 * merge(a, merge(b, c)) and equals one run over all documents.
 */
export type LineParse = { ok: true; doc: DocumentAnalysis } | { ok: false; error: string } | { ok: true; doc: undefined };

/** Parses and sanity-checks one line; blank lines are skipped (doc undefined). Never throws. */
export function parseDocumentLine(line: string): LineParse {
  if (!line.trim()) return { ok: true, doc: undefined };
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    return { ok: false, error: `not JSON (${(e as Error).message})` };
  }
  const d = v as Partial<DocumentAnalysis>;
  if (typeof v !== 'object' || v === null || typeof d.id !== 'string' || !d.id) return { ok: false, error: 'not an analysed document (no "id")' };
  for (const k of ['mentions', 'entities', 'timexes', 'events', 'sentences', 'regions', 'warnings'] as const) {
    if (!Array.isArray(d[k])) return { ok: false, error: `document "${d.id}" has no "${k}" array` };
  }
  if (typeof d.published !== 'object' || d.published === null) return { ok: false, error: `document "${d.id}" has no "published"` };
  if (typeof d.body !== 'object' || d.body === null) return { ok: false, error: `document "${d.id}" has no "body"` };
  return { ok: true, doc: d as DocumentAnalysis };
}

/**
 * Merges several streams of documents (already parsed) into one list keyed by id.
 * When two streams carry the same document, the later stream wins (deterministic for a fixed
 * argument order; shards of a partitioned corpus never overlap).
 */
export function mergeDocumentStreams(streams: Iterable<Iterable<DocumentAnalysis>>): DocumentAnalysis[] {
  const byId = new Map<string, DocumentAnalysis>();
  for (const s of streams) for (const d of s) byId.set(d.id, d);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
