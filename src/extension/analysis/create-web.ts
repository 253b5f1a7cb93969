import { AnalysisCache } from './analysis-cache';
import { CachingAnalyzer, type DossierAnalyzer } from './caching-analyzer';
import { WorkerPool } from './pool';
import type { BlobStore } from './store';
import { webFactoryWithFallback } from './web-worker';

export interface WebAnalyzerOptions {
  /** URL of dist/web/worker.js. */
  workerUrl: string;
  store: BlobStore;
  workers?: number;
  log?: (msg: string) => void;
  timeoutMs?: number;
  idleMs?: number;
}

export function createWebAnalyzer(o: WebAnalyzerOptions): DossierAnalyzer {
  const log = o.log ?? (() => undefined);
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  const size = Math.max(1, o.workers ?? Math.min(2, cores));
  const pool = new WorkerPool({ size, factory: webFactoryWithFallback(o.workerUrl, log), log, timeoutMs: o.timeoutMs, idleMs: o.idleMs });
  log(`analysis: up to ${size} web worker${size === 1 ? '' : 's'}`);
  return new CachingAnalyzer(pool, new AnalysisCache(o.store, log), `${size} web worker${size === 1 ? '' : 's'}`);
}
