import nlp from 'compromise';
import { analyzeDocument } from '../../src/core/analyze';
import { createNodeAnalyzer } from '../../src/extension/analysis/create-node';
import type { DossierAnalyzer } from '../../src/extension/analysis/caching-analyzer';
import { MemoryStore } from '../../src/extension/analysis/store';
import { editedText, type BenchDoc } from './corpus';
import { percentile } from './stall';

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
}

/** What a bare compromise user would run to get the same three entity lists. */
function rawCompromise(text: string): number {
  const doc = nlp(text);
  return doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
}

/**
 * The engine's cost against compromise's on the same texts (one thread each, interleaved per document
 * so machine noise hits both alike), then the worker speed-up: the same documents through a pool of
 * one worker and of `workers` workers, workers warmed up first so start-up is not counted.
 */
export async function runBaseline(docs: BenchDoc[], workerScript: string, workers: number, speedupDocs: number): Promise<BaselineResult> {
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
  const single = await startPool(workerScript, 1, sample);
  const multi = workers > 1 ? await startPool(workerScript, workers, sample) : single;
  for (let r = 0; r < rounds; r++) {
    const part = sample.slice(r * per, (r + 1) * per).map((d) => ({ ...d, id: `${d.id}#${r}` }));
    let c = process.cpuUsage();
    one += await timeAll(single, part);
    cpuOne += cpuMs(process.cpuUsage(c));
    c = process.cpuUsage();
    many += workers > 1 ? await timeAll(multi, part.map((d) => ({ ...d, id: `${d.id}@` }))) : 0;
    cpuMany += cpuMs(process.cpuUsage(c));
  }
  if (workers <= 1) many = one;
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
  };
}

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

/** A pool whose workers have all loaded and analysed a document (start-up is not what is measured). */
async function startPool(workerScript: string, workers: number, docs: BenchDoc[]): Promise<DossierAnalyzer> {
  const a = createNodeAnalyzer({ workerScript, store: new MemoryStore(), workers, idleMs: 0 });
  await Promise.all(Array.from({ length: workers }, (_, i) => a.analyze({ id: `warmup-${i}`, text: `${docs[i % docs.length].text}\n${i}` })));
  return a;
}

async function timeAll(a: DossierAnalyzer, docs: BenchDoc[]): Promise<number> {
  const t = performance.now();
  await Promise.all(docs.map((d) => a.analyze({ id: d.id, text: d.text })));
  return performance.now() - t;
}
