import type { DocumentAnalysis } from '../../core/model';

export interface AnalysisRequest {
  id: string;
  text: string;
  publishedOverride?: string;
  /** 'interactive' (the document being edited or hovered) goes ahead of a background scan. */
  priority?: 'interactive' | 'background';
}

/**
 * Runs the engine off the extension host's main thread (worker threads in Node, a web worker in
 * the browser) and remembers results in a persistent cache keyed by content hash and engine version.
 * The extension layer depends on this interface only.
 */
export interface Analyzer {
  /** Resolves with the analysis, from the cache when the text is unchanged. Rejects with a
   *  readable Error when the engine fails; rejects with a CancelledError when `signal` aborts. */
  analyze(req: AnalysisRequest, signal?: AbortSignal): Promise<DocumentAnalysis>;
  /** Cached analyses for a quick first paint at activation (no NLP). */
  cached(): Promise<DocumentAnalysis[]>;
  dispose(): void;
}
