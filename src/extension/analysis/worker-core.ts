import { analyzeDocument } from '../../core/analyze';
import { encodeEntry } from './cache-entry';
import type { WorkReply, WorkRequest } from './protocol';

/**
 * What every worker does with a request: run the pure per-document pipeline and turn a throw into a
 * reply, so one bad document never takes the worker (and the documents queued behind it) down.
 */
export function handleRequest(req: WorkRequest): WorkReply {
  const t0 = Date.now();
  try {
    const analysis = analyzeDocument(req.text, req.opts);
    const entry = encodeEntry(analysis, analysis.contentHash, req.opts.publishedOverride ?? null);
    return { seq: req.seq, ok: true, analysis, ms: Date.now() - t0, entry };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    return { seq: req.seq, ok: false, error: { message: err.message, stack: err.stack } };
  }
}
