import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { getHeapStatistics } from 'node:v8';
import { CorpusIndex } from '../../src/core/corpus/corpus-index';
import type { DocumentAnalysis } from '../../src/core/model';
import { createNodeAnalyzer } from '../../src/extension/analysis/create-node';
import { NodeFsStore } from '../../src/extension/analysis/node-store';
import { editedText, type BenchDoc } from './corpus';
import { rng } from './generate';
import { percentile, watchStalls } from './stall';

export interface ProductResult {
  cold_ms: number;
  /** Time until the index holds every cached analysis (what the views paint first). */
  first_paint_ms: number;
  warm_ms: number;
  warm_hits: number;
  edit_ms: number;
  /** The worker's share of edit_ms (the rest is re-indexing). */
  edit_analysis_ms: number;
  hover_p50_ms: number;
  hover_p99_ms: number;
  /** Longest busy stretch of the main thread during the cold scan; `_wall` includes waiting for a core. */
  max_stall_ms: number;
  max_stall_wall_ms: number;
  /** Cold scan until the last document was analysed and upserted; then the first query (deferred linking). */
  cold_analysis_ms: number;
  worst_upsert_ms: number;
  first_query_ms: number;
  cache_mb: number;
  failed: number;
  /** CPU milliseconds of the whole process (every thread) for the cold scan and the warm reopen:
   *  what the figures would be on an idle machine, which the shared bench machine is not. */
  cold_cpu_ms: number;
  warm_cpu_ms: number;
  /** Warm reopen split: reading + checking the cache, then indexing it, then matching every file. */
  warm_cache_cpu_ms: number;
  warm_index_cpu_ms: number;
  warm_verify_cpu_ms: number;
  /** Main-thread CPU of re-indexing one edited document (median of 5; workers idle meanwhile). */
  edit_index_cpu_ms: number;
  /** Heap of the main thread after the warm reopen (index + cache), MB. */
  heap_mb: number;
  /** Peak RSS attribution: largest JS heap of the main thread (sampled every 50 ms) and largest sum of
   *  the workers' JS heaps (reported by the workers after each document), MB. The rest of RSS is code,
   *  buffers and the allocator. */
  main_heap_peak_mb: number;
  worker_heap_peak_mb: number;
}

const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/**
 * The extension's path, headless: scan a folder into the index through the worker pool and the disk
 * cache (cold), reopen it from the cache (warm), edit one document, then hover around.
 */
export async function runProduct(docs: BenchDoc[], workerScript: string, workers: number, cacheDir: string, log: (m: string) => void): Promise<ProductResult> {
  rmSync(cacheDir, { recursive: true, force: true });
  let mainHeapPeak = 0;
  const heapWatch = setInterval(() => { mainHeapPeak = Math.max(mainHeapPeak, getHeapStatistics().total_heap_size); }, 50);

  // Cold: every document through the workers; the main thread only routes messages and indexes.
  let analyzer = createNodeAnalyzer({ workerScript, store: new NodeFsStore(cacheDir), workers, idleMs: 0 });
  let index = new CorpusIndex();
  const stalls = watchStalls();
  let t = performance.now();
  let c = cpuNow();
  let done = 0;
  let failed = 0;
  let worstUpsert = 0;
  // As in the extension, the views query the index while the scan runs (at most every 500 ms),
  // so linking is paid along the way rather than in one task at the end.
  let lastQuery = performance.now();
  await Promise.all(docs.map(async (d) => {
    try {
      const a = await analyzer.analyze({ id: d.id, text: d.text });
      const t0 = performance.now();
      index.upsert(a);
      worstUpsert = Math.max(worstUpsert, performance.now() - t0);
      if (t0 - lastQuery >= 500) { index.entities(); lastQuery = performance.now(); }
    } catch (e) {
      failed++;
      if (failed <= 3) log(`  analysis failed: ${(e as Error).message}`);
    }
    if (++done % 500 === 0) log(`  cold: ${done}/${docs.length} (${((performance.now() - t) / 1000).toFixed(1)} s, RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB)`);
  }));
  const analysed = performance.now() - t;
  const tq = performance.now();
  index.entities(); // the first query pays any deferred linking, as the first view render would
  const firstQuery = performance.now() - tq;
  const cold = performance.now() - t;
  const coldCpu = cpuNow() - c;
  const maxStall = stalls.stop();
  log(`  cold: ${(cold / 1000).toFixed(1)} s, longest main-thread stall ${maxStall.busy.toFixed(0)} ms busy, ${maxStall.wall.toFixed(0)} ms wall`);
  await analyzer.flush();
  const cacheBytes = await cacheSize(cacheDir);
  let workerHeapPeak = analyzer.stats().workerHeapPeakMb;
  analyzer.dispose();

  // Warm: a new session. First paint from the cache alone, then every file read, hashed and matched.
  analyzer = createNodeAnalyzer({ workerScript, store: new NodeFsStore(cacheDir), workers, idleMs: 0 });
  index = new CorpusIndex();
  t = performance.now();
  c = cpuNow();
  const cached = await analyzer.cached();
  const warmCacheCpu = cpuNow() - c;
  for (const a of cached) index.upsert(a);
  index.entities();
  const firstPaint = performance.now() - t;
  const warmIndexCpu = cpuNow() - c - warmCacheCpu;
  await Promise.all(docs.map(async (d) => {
    const text = await readFile(d.path, 'utf8');
    const a = await analyzer.analyze({ id: d.id, text });
    if (index.document(d.id) !== a) index.upsert(a);
  }));
  index.entities();
  const warm = performance.now() - t;
  const warmCpu = cpuNow() - c;
  const heapMb = process.memoryUsage().heapUsed / 1048576;
  const warmHits = analyzer.stats().cacheHits;
  log(`  warm: ${(warm / 1000).toFixed(2)} s (first paint ${(firstPaint / 1000).toFixed(2)} s)`);

  // The extension warms a worker when the user starts editing; so does the bench.
  await analyzer.warmUp();
  // Edit: a sentence added to a few documents, each re-analysed with the pool idle and re-indexed.
  const edits: number[] = [];
  const editAnalyses: number[] = [];
  const editIndexCpu: number[] = [];
  for (const d of docs.slice(0, Math.min(5, docs.length))) {
    const text = editedText(d);
    const t0 = performance.now();
    const a: DocumentAnalysis = await analyzer.analyze({ id: d.id, text, priority: 'interactive' });
    editAnalyses.push(performance.now() - t0);
    const c0 = cpuNow();
    index.upsert(a);
    index.entityAt(d.id, 0); // the hover that follows pays whatever re-linking the index deferred
    editIndexCpu.push(cpuNow() - c0);
    edits.push(performance.now() - t0);
  }
  edits.sort((x, y) => x - y);
  editAnalyses.sort((x, y) => x - y);
  editIndexCpu.sort((x, y) => x - y);

  // Hover: entity-at-offset plus what a hover card shows, at mention offsets and at random offsets.
  const r = rng(7);
  const times: number[] = [];
  const all = index.documents();
  for (let i = 0; i < 10_000; i++) {
    const doc = all[Math.floor(r() * all.length)];
    const m = doc.mentions.length && r() < 0.7 ? doc.mentions[Math.floor(r() * doc.mentions.length)] : undefined;
    const offset = m ? m.start + Math.floor(r() * (m.end - m.start + 1)) : Math.floor(r() * doc.length);
    const t0 = performance.now();
    const hit = index.entityAt(doc.id, offset);
    if (hit) {
      index.mentionsOf(hit.entity.id);
      index.coMentioned(hit.entity.id, 5);
      index.eventsOfEntity(hit.entity.id);
    } else {
      index.timexAt(doc.id, offset);
    }
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  await analyzer.flush();
  workerHeapPeak = Math.max(workerHeapPeak, analyzer.stats().workerHeapPeakMb);
  analyzer.dispose();
  clearInterval(heapWatch);
  mainHeapPeak = Math.max(mainHeapPeak, getHeapStatistics().total_heap_size);

  return {
    cold_ms: cold,
    first_paint_ms: firstPaint,
    warm_ms: warm,
    warm_hits: warmHits,
    edit_ms: percentile(edits, 50),
    edit_analysis_ms: percentile(editAnalyses, 50),
    hover_p50_ms: percentile(times, 50),
    hover_p99_ms: percentile(times, 99),
    max_stall_ms: maxStall.busy,
    max_stall_wall_ms: maxStall.wall,
    cold_analysis_ms: analysed,
    worst_upsert_ms: worstUpsert,
    first_query_ms: firstQuery,
    cache_mb: cacheBytes / 1048576,
    failed,
    cold_cpu_ms: coldCpu,
    warm_cpu_ms: warmCpu,
    warm_cache_cpu_ms: warmCacheCpu,
    warm_index_cpu_ms: warmIndexCpu,
    warm_verify_cpu_ms: warmCpu - warmCacheCpu - warmIndexCpu,
    edit_index_cpu_ms: percentile(editIndexCpu, 50),
    heap_mb: heapMb,
    main_heap_peak_mb: mainHeapPeak / 1048576,
    worker_heap_peak_mb: workerHeapPeak,
  };
}

async function cacheSize(dir: string): Promise<number> {
  const { readdir, stat } = await import('node:fs/promises');
  let total = 0;
  for (const n of await readdir(dir)) total += (await stat(`${dir}/${n}`)).size;
  return total;
}
