import { availableParallelism, cpus } from 'node:os';
import { AnalysisCache } from './analysis-cache';
import { CachingAnalyzer, type DossierAnalyzer } from './caching-analyzer';
import { nodeWorkerFactory } from './node-worker';
import { WorkerPool } from './pool';
import type { BlobStore } from './store';

export interface NodeAnalyzerOptions {
  /** Path of dist/worker.js. */
  workerScript: string;
  store: BlobStore;
  workers?: number;
  log?: (msg: string) => void;
  timeoutMs?: number;
  idleMs?: number;
}

/**
 * Workers to use by default. Analysis is CPU-bound and the host thread mostly waits while workers run,
 * so on two cores both go to workers (measured: see docs/scaling.md); above that one core stays free
 * for the editor, and past four the memory of another compromise instance buys little.
 */
export function defaultWorkerCount(cores = (availableParallelism?.() ?? cpus().length)): number {
  if (cores <= 2) return Math.max(1, cores);
  return Math.min(4, cores - 1);
}

export function createNodeAnalyzer(o: NodeAnalyzerOptions): DossierAnalyzer {
  const size = Math.max(1, o.workers ?? defaultWorkerCount());
  const log = o.log ?? (() => undefined);
  const pool = new WorkerPool({ size, factory: nodeWorkerFactory(o.workerScript), log, timeoutMs: o.timeoutMs, idleMs: o.idleMs });
  log(`analysis: up to ${size} worker thread${size === 1 ? '' : 's'}`);
  return new CachingAnalyzer(pool, new AnalysisCache(o.store, log), `${size} worker thread${size === 1 ? '' : 's'}`);
}
