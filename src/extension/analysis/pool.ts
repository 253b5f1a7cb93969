import type { AnalyzeOptions, DocumentAnalysis } from '../../core/model';
import { CancelledError } from './errors';
import { isReady, type WorkReply, type WorkRequest } from './protocol';

/** What the pool needs from a worker, whatever runs it (worker_threads, Web Worker, in-process). */
export interface WorkerHandle {
  post(req: WorkRequest): void;
  terminate(): void;
}

/** Callbacks a handle reports to; `crashed` fires at most once per handle. */
export interface WorkerEvents {
  message(msg: unknown): void;
  crashed(reason: string): void;
}

export type WorkerFactory = (events: WorkerEvents) => WorkerHandle;

export interface PoolOptions {
  size: number;
  factory: WorkerFactory;
  /** A document still running after this long is abandoned and its worker replaced (runaway input). */
  timeoutMs?: number;
  /** Idle workers are stopped after this long to give their memory back; 0 keeps them. */
  idleMs?: number;
  /** After this many crashes in a row with no success in between, queued work is failed, not retried. */
  maxConsecutiveCrashes?: number;
  log?: (msg: string) => void;
}

export interface PoolStats {
  workers: number;
  running: number;
  queued: number;
  completed: number;
  failed: number;
  crashes: number;
}

/** A finished analysis, with its cache entry when the worker serialised one. */
export interface WorkResult {
  analysis: DocumentAnalysis;
  entry?: string;
}

interface Job {
  seq: number;
  text: string;
  opts: AnalyzeOptions;
  resolve(r: WorkResult): void;
  reject(e: Error): void;
  /** Set once the caller has been answered (abort, timeout, crash) so a late reply is dropped. */
  settled: boolean;
  detach(): void;
}

interface Slot {
  handle: WorkerHandle;
  job: Job | null;
  ready: boolean;
  onReady: (() => void)[];
  timer?: ReturnType<typeof setTimeout>;
  idle?: ReturnType<typeof setTimeout>;
  /** The worker's JS heap after its last job, bytes (0 until it reports one). */
  heap: number;
}

const unref = (t: ReturnType<typeof setTimeout>) => (t as { unref?: () => void }).unref?.();

/**
 * A fixed-size pool that analyses one document per worker at a time, FIFO with a front lane for
 * interactive work (the document being edited jumps the scan queue). Workers start lazily on the
 * first request, so activation costs nothing, and stop again when idle.
 */
export class WorkerPool {
  private readonly queue: Job[] = [];
  private readonly slots: Slot[] = [];
  private seq = 0;
  private consecutiveCrashes = 0;
  private disposed = false;
  private readonly counts = { completed: 0, failed: 0, crashes: 0 };
  private heapPeak = 0;

  constructor(private readonly o: PoolOptions) {}

  run(text: string, opts: AnalyzeOptions, signal?: AbortSignal, urgent = false): Promise<WorkResult> {
    if (this.disposed) return Promise.reject(new CancelledError('The analyzer has been disposed'));
    if (signal?.aborted) return Promise.reject(new CancelledError());
    return new Promise<WorkResult>((resolve, reject) => {
      const onAbort = () => this.abort(job);
      const job: Job = {
        seq: ++this.seq, text, opts, settled: false,
        resolve: (a) => { job.settled = true; job.detach(); resolve(a); },
        reject: (e) => { job.settled = true; job.detach(); reject(e); },
        detach: () => signal?.removeEventListener('abort', onAbort),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      if (urgent) this.queue.unshift(job); else this.queue.push(job);
      this.pump();
    });
  }

  /**
   * Starts one worker ahead of need (it loads the NLP lexicon, which takes a moment) so that the
   * next edit is answered at analysis speed. Resolves when that worker is ready.
   */
  warmUp(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    const slot = this.slots[0] ?? this.spawn();
    if (!slot || slot.ready) return Promise.resolve();
    if (!slot.job) this.scheduleIdle(slot);
    return new Promise((resolve) => slot.onReady.push(resolve));
  }

  stats(): PoolStats {
    return {
      workers: this.slots.length,
      running: this.slots.filter((s) => s.job).length,
      queued: this.queue.length,
      ...this.counts,
    };
  }

  /** Largest sum of the workers' JS heaps seen after a job, MB (0 where workers do not report it). */
  workerHeapPeakMb(): number {
    return this.heapPeak / 1048576;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.reject(new CancelledError('The analyzer has been disposed'));
    for (const slot of this.slots.splice(0)) {
      if (slot.job && !slot.job.settled) slot.job.reject(new CancelledError('The analyzer has been disposed'));
      this.stop(slot);
    }
  }

  private abort(job: Job): void {
    if (job.settled) return;
    const i = this.queue.indexOf(job);
    if (i >= 0) this.queue.splice(i, 1);
    // A running job is answered now; its worker finishes the document and the reply is dropped.
    job.reject(new CancelledError(`Analysis of ${job.opts.id} cancelled`));
  }

  private pump(): void {
    if (this.disposed) return;
    for (const slot of this.slots) if (!slot.job) this.assign(slot);
    while (this.queue.length > 0 && this.slots.length < this.o.size) {
      const slot = this.spawn();
      if (!slot) return;
      this.assign(slot);
    }
  }

  private spawn(): Slot | undefined {
    const slot: Slot = { handle: undefined as unknown as WorkerHandle, job: null, ready: false, onReady: [], heap: 0 };
    let dead = false;
    const events: WorkerEvents = {
      message: (msg) => { if (!dead) this.onMessage(slot, msg); },
      crashed: (reason) => { if (!dead) { dead = true; this.onCrash(slot, reason); } },
    };
    try {
      slot.handle = this.o.factory(events);
    } catch (e) {
      this.failAll(`Dossier could not start an analysis worker: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
    if (dead) return undefined; // the factory reported a crash synchronously
    this.slots.push(slot);
    return slot;
  }

  private assign(slot: Slot): void {
    if (slot.idle) { clearTimeout(slot.idle); slot.idle = undefined; }
    const job = this.queue.shift();
    if (!job) { this.scheduleIdle(slot); return; }
    slot.job = job;
    const timeoutMs = this.o.timeoutMs ?? 120_000;
    if (timeoutMs > 0) {
      slot.timer = setTimeout(() => this.onTimeout(slot, job, timeoutMs), timeoutMs);
      unref(slot.timer);
    }
    slot.handle.post({ seq: job.seq, text: job.text, opts: job.opts });
  }

  private onMessage(slot: Slot, msg: unknown): void {
    if (isReady(msg)) {
      slot.ready = true;
      for (const f of slot.onReady.splice(0)) f();
      return;
    }
    const reply = msg as WorkReply;
    if (typeof reply.heap === 'number') {
      slot.heap = reply.heap;
      this.heapPeak = Math.max(this.heapPeak, this.slots.reduce((s, w) => s + w.heap, 0));
    }
    const job = slot.job;
    if (!job || job.seq !== reply.seq) return; // a reply to a job abandoned after a timeout
    this.release(slot);
    this.consecutiveCrashes = 0;
    if (reply.ok) {
      this.counts.completed++;
      if (!job.settled) job.resolve({ analysis: reply.analysis, entry: reply.entry });
    } else {
      this.counts.failed++;
      if (!job.settled) job.reject(new Error(`Dossier could not analyse ${job.opts.id}: ${reply.error.message}`));
    }
    this.assign(slot);
  }

  private onCrash(slot: Slot, reason: string): void {
    this.counts.crashes++;
    this.consecutiveCrashes++;
    const job = slot.job;
    this.release(slot);
    this.remove(slot);
    this.o.log?.(`analysis worker stopped (${reason})${job ? ` while analysing ${job.opts.id}` : ''}; restarting`);
    if (job && !job.settled) {
      job.reject(new Error(`The analysis worker stopped while analysing ${job.opts.id} (${reason}). It has been restarted; the other documents go on.`));
    }
    const max = this.o.maxConsecutiveCrashes ?? 5;
    if (this.consecutiveCrashes >= max) {
      this.failAll(`Dossier's analysis worker failed ${this.consecutiveCrashes} times in a row (last: ${reason}); analysis stopped.`);
      this.consecutiveCrashes = 0;
      return;
    }
    this.pump();
  }

  private onTimeout(slot: Slot, job: Job, ms: number): void {
    if (slot.job !== job) return;
    this.counts.failed++;
    this.release(slot);
    this.remove(slot);
    this.stop(slot);
    this.o.log?.(`analysis of ${job.opts.id} took over ${ms} ms; worker replaced`);
    if (!job.settled) job.reject(new Error(`Dossier gave up analysing ${job.opts.id} after ${Math.round(ms / 1000)} s.`));
    this.pump();
  }

  private failAll(message: string): void {
    this.o.log?.(message);
    for (const job of this.queue.splice(0)) job.reject(new Error(message));
  }

  private release(slot: Slot): void {
    if (slot.timer) { clearTimeout(slot.timer); slot.timer = undefined; }
    slot.job = null;
  }

  private remove(slot: Slot): void {
    for (const f of slot.onReady.splice(0)) f(); // nobody waits forever on a worker that is gone
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    if (slot.idle) { clearTimeout(slot.idle); slot.idle = undefined; }
  }

  private stop(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    if (slot.idle) clearTimeout(slot.idle);
    try { slot.handle.terminate(); } catch { /* already gone */ }
  }

  private scheduleIdle(slot: Slot): void {
    const idleMs = this.o.idleMs ?? 60_000;
    if (idleMs <= 0 || slot.idle) return;
    slot.idle = setTimeout(() => {
      slot.idle = undefined;
      if (slot.job) return;
      this.remove(slot);
      this.stop(slot);
    }, idleMs);
    unref(slot.idle);
  }
}
