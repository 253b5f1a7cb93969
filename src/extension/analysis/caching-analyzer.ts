import type { DocumentAnalysis } from '../../core/model';
import { hashText } from '../../core/text/hash';
import type { AnalysisRequest, Analyzer } from './analyzer';
import { AnalysisCache } from './analysis-cache';
import { CancelledError } from './errors';
import type { WorkerPool } from './pool';

export interface AnalyzerStats {
  /** How the engine runs: "2 worker threads", "1 web worker", "in-process". */
  mode: string;
  /** Requests answered from the cache / by running the engine. */
  cacheHits: number;
  analysed: number;
  failed: number;
  workers: number;
  queued: number;
  crashes: number;
  /** Largest sum of the workers' JS heaps seen so far, MB (0 where workers do not report it). */
  workerHeapPeakMb: number;
}

/** The Analyzer plus what tests, the bench and housekeeping use. */
export interface DossierAnalyzer extends Analyzer {
  /** Drops a deleted document's cache entry. */
  forget(id: string): void;
  /** Starts a worker ahead of need (e.g. when the user starts typing) so edits skip the start-up. */
  warmUp(): Promise<void>;
  /** Waits until the cache writes scheduled so far are on disk. */
  flush(): Promise<void>;
  stats(): AnalyzerStats;
}

/** Cache in front of a worker pool: unchanged text never reaches the engine again. */
export class CachingAnalyzer implements DossierAnalyzer {
  private hits = 0;
  private analysed = 0;

  constructor(
    private readonly pool: WorkerPool,
    private readonly cache: AnalysisCache,
    private readonly mode: string,
  ) {}

  async analyze(req: AnalysisRequest, signal?: AbortSignal): Promise<DocumentAnalysis> {
    if (signal?.aborted) throw new CancelledError(`Analysis of ${req.id} cancelled`);
    const hash = hashText(req.text);
    const override = req.publishedOverride ?? null;
    const hit = await this.cache.get(req.id, hash, override);
    if (hit) {
      this.hits++;
      return hit;
    }
    const opts = req.publishedOverride ? { id: req.id, publishedOverride: req.publishedOverride } : { id: req.id };
    const { analysis, entry } = await this.pool.run(req.text, opts, signal, req.priority === 'interactive');
    this.analysed++;
    // The worker's entry is keyed by the hash it computed; use it only when both agree.
    this.cache.put(analysis, hash, override, analysis.contentHash === hash ? entry : undefined);
    return analysis;
  }

  cached(): Promise<DocumentAnalysis[]> {
    return this.cache.loadAll();
  }

  forget(id: string): void {
    this.cache.forget(id);
  }

  flush(): Promise<void> {
    return this.cache.flush();
  }

  warmUp(): Promise<void> {
    return this.pool.warmUp();
  }

  stats(): AnalyzerStats {
    const p = this.pool.stats();
    return {
      mode: this.mode, cacheHits: this.hits, analysed: this.analysed, failed: p.failed, workers: p.workers, queued: p.queued,
      crashes: p.crashes, workerHeapPeakMb: this.pool.workerHeapPeakMb(),
    };
  }

  dispose(): void {
    this.pool.dispose();
    void this.cache.flush();
  }
}
