import type { AnalyzeOptions, DocumentAnalysis } from '../../core/model';

/**
 * Messages between the analyzer (extension host) and an analysis worker. Plain structured-clone
 * data so the same protocol serves worker_threads, Web Workers and the in-process fallback.
 */
export interface WorkRequest {
  /** Sequence number chosen by the host; echoed back so replies can be matched. */
  seq: number;
  text: string;
  opts: AnalyzeOptions;
}

export type WorkReply = (
  | {
    seq: number; ok: true; analysis: DocumentAnalysis; ms: number;
    /** The cache entry, serialised here so the host thread never pays for JSON.stringify. */
    entry?: string;
  }
  | { seq: number; ok: false; error: { message: string; stack?: string } }
) & {
  /** Bytes the worker's JS heap holds after the job, where the worker can tell (for memory figures). */
  heap?: number;
};

/** Sent once by a worker when its script (and compromise's lexicon) has loaded. */
export interface WorkerReady {
  ready: true;
}

export function isReady(msg: unknown): msg is WorkerReady {
  return typeof msg === 'object' && msg !== null && (msg as WorkerReady).ready === true;
}
