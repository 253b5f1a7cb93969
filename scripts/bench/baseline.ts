import { stat } from 'node:fs/promises';
import nlp from 'compromise';
import { analyzeDocument } from '../../src/core/analyze';
import { createNodeAnalyzer } from '../../src/extension/analysis/create-node';
import type { DossierAnalyzer } from '../../src/extension/analysis/caching-analyzer';
import { MemoryStore } from '../../src/extension/analysis/store';
import { editedText, type BenchDoc } from './corpus';
import { percentile } from './stall';
import { splitCpu, threadCpu, type ThreadSplit } from './threads';

export interface BaselineResult {
  sampleDocs: number;
  sampleWords: number;
  /** CPU milliseconds on one thread. */
  compromise_ms: number;
  pipeline_ms: number;
  compromise_wall_ms: number;
  pipeline_wall_ms: number;
  speedup: number;
  workers: number;
  parallelism: number;
  cpu_overhead: number;
  /** CPU of analysing one edited document on one thread (median of the bench's 5 edits). */
  edit_analysis_cpu_ms: number;
  speedup_docs: number;
  /** CPU ms by thread kind while the timed documents ran through 1 worker / through `workers` (Linux). */
  threads_one: ThreadSplit;
  threads_many: ThreadSplit;
}

/** What a bare compromise user would run to get the same three entity lists. */
function rawCompromise(text: string): number {
  const doc = nlp(text);
  return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
}

/**
 * The engine's cost against compromise's on the same texts (one thread each, interleaved per document
 * so machine noise hits both alike), then the worker speed-up: the same documents through a pool of
 * one worker and of `workers` workers, each worker warmed up first so start-up and JIT warm-up are not counted.
 */
export async function runBaseline(docs: BenchDoc[], workerScript: string, workers: number, speedupDocs: number, warmupPerWorker = 40): Promise<BaselineResult> {
  // Warm both code paths (lexicon compilation, JIT) on a few documents before timing.
  for (const d of docs.slice(0, 3)) { rawCompromise(d.text); analyzeDocument(d.text, { id: d.id }); }
  // CPU time of this (single-threaded) process, not wall time: the machine is shared, and time spent
  // waiting for a core is not the engine's cost.
  let compromise = 0;
  let pipeline = 0;
  let compromiseWall = 0;
  let pipelineWall = 0;
  for (const d of docs) {
    let c = process.cpuUsage();
    let t = performance.now();
    rawCompromise(d.text);
    compromiseWall += performance.now() - t;
    compromise += cpuMs(process.cpuUsage(c));
    c = process.cpuUsage();
    t = performance.now();
    analyzeDocument(d.text, { id: d.id });
    pipelineWall += performance.now() - t;
    pipeline += cpuMs(process.cpuUsage(c));
  }
  const editCpu = docs.slice(0, 5).map((d) => {
    const c = process.cpuUsage();
    analyzeDocument(editedText(d), { id: d.id });
    return cpuMs(process.cpuUsage(c));
  }).sort((x, y) => x - y);
  // Speed-up is wall time by nature. Rounds alternate between 1 and N workers so that load from other
  // processes drifting during the run hits both sides alike.
  const sample = docs.slice(0, speedupDocs);
  const rounds = 3;
  const per = Math.ceil(sample.length / rounds);
  let one = 0;
  let many = 0;
  let cpuOne = 0;
  let cpuMany = 0;
  const threadsOne: ThreadSplit = { main: 0, workers: 0, background: 0 };
  const threadsMany: ThreadSplit = { main: 0, workers: 0, background: 0 };
  // Threads alive before any worker starts are V8's and libuv's helpers (libuv's start on first use).
  await stat('.');
  const helpers = new Set(threadCpu()?.keys() ?? []);
  // Each worker is its own V8 isolate and compiles compromise and the engine for itself: for its first
  // ~50 documents it runs up to 2× slower while V8's compiler threads take a second core. Warmed on one
  // document only, a lone worker got that core for free and a pair had to share theirs, which measured
  // JIT warm-up rather than throughput; a scan of thousands of documents runs at the warmed-up rate.
  const warmSource = docs.length > speedupDocs ? docs.slice(speedupDocs) : sample;
  const single = await startPool(workerScript, 1, warmSource, warmupPerWorker);
  const multi = workers > 1 ? await startPool(workerScript, workers, warmSource, warmupPerWorker * workers) : single;
  const timed = async (a: DossierAnalyzer, part: BenchDoc[], into: ThreadSplit) => {
    const c = process.cpuUsage();
    const before = threadCpu();
    const wall = await timeAll(a, part);
    const after = threadCpu();
    if (before && after) {
      const s = splitCpu(helpers, before, after);
      into.main += s.main; into.workers += s.workers; into.background += s.background;
    }
    return { wall, cpu: cpuMs(process.cpuUsage(c)) };
  };
  for (let r = 0; r < rounds; r++) {
    const part = sample.slice(r * per, (r + 1) * per).map((d) => ({ ...d, id: `${d.id}#${r}` }));
    const o = await timed(single, part, threadsOne);
    one += o.wall;
    cpuOne += o.cpu;
    if (workers > 1) {
      const m = await timed(multi, part.map((d) => ({ ...d, id: `${d.id}@` })), threadsMany);
      many += m.wall;
      cpuMany += m.cpu;
    }
  }
  if (workers <= 1) { many = one; cpuMany = cpuOne; Object.assign(threadsMany, threadsOne); }
  single.dispose();
  multi.dispose();
  return {
    sampleDocs: docs.length,
    sampleWords: docs.reduce((s, d) => s + d.words, 0),
    compromise_ms: compromise,
    pipeline_ms: pipeline,
    compromise_wall_ms: compromiseWall,
    pipeline_wall_ms: pipelineWall,
    speedup: one / many,
    workers,
    // CPU used per wall second: below `workers` when other processes hold the cores, which caps
    // any measurable speed-up; CPU N/1 is the threads' overhead (messages, GC, a second lexicon).
    parallelism: workers > 1 ? cpuMany / many : cpuOne / one,
    cpu_overhead: workers > 1 ? cpuMany / cpuOne : 1,
    edit_analysis_cpu_ms: percentile(editCpu, 50),
    speedup_docs: sample.length,
    threads_one: threadsOne,
    threads_many: threadsMany,
  };
}

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

/** A pool whose workers have loaded and analysed `count` documents between them (start-up and JIT
 *  warm-up are not what is measured). */
async function startPool(workerScript: string, workers: number, docs: BenchDoc[], count: number): Promise<DossierAnalyzer> {
  const a = createNodeAnalyzer({ workerScript, store: new MemoryStore(), workers, idleMs: 0 });
  await Promise.all(Array.from({ length: Math.max(workers, count) }, (_, i) => a.analyze({ id: `warmup-${i}`, text: `${docs[i % docs.length].text}\n${i}` })));
  return a;
}

async function timeAll(a: DossierAnalyzer, docs: BenchDoc[]): Promise<number> {
  const t = performance.now();
  await Promise.all(docs.map((d) => a.analyze({ id: d.id, text: d.text })));
  return performance.now() - t;
}
