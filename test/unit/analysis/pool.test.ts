import * as assert from 'node:assert/strict';
import type { DocumentAnalysis } from '../../../src/core/model';
import { WorkerPool, type WorkerEvents, type WorkerHandle } from '../../../src/extension/analysis/pool';
import type { WorkRequest } from '../../../src/extension/analysis/protocol';
import { isCancelled } from '../../../src/extension/analysis/errors';

/** A scripted worker: the test decides when and how each posted request is answered. */
class FakeWorker implements WorkerHandle {
  static all: FakeWorker[] = [];
  readonly posted: WorkRequest[] = [];
  terminated = false;
  constructor(readonly events: WorkerEvents) { FakeWorker.all.push(this); }
  post(req: WorkRequest) { this.posted.push(req); }
  terminate() { this.terminated = true; }
  answer(i = this.posted.length - 1, heap?: number) {
    const r = this.posted[i];
    this.events.message({ seq: r.seq, ok: true, ms: 1, analysis: { id: r.opts.id } as DocumentAnalysis, heap });
  }
  fail(message: string) {
    const r = this.posted[this.posted.length - 1];
    this.events.message({ seq: r.seq, ok: false, error: { message } });
  }
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const pool = (size: number, extra: Partial<ConstructorParameters<typeof WorkerPool>[0]> = {}) =>
  new WorkerPool({ size, factory: (ev) => new FakeWorker(ev), idleMs: 0, ...extra });

describe('analysis worker pool', () => {
  beforeEach(() => { FakeWorker.all = []; });

  it('starts no worker before the first request and at most `size` workers', async () => {
    const p = pool(2);
    assert.equal(FakeWorker.all.length, 0);
    const runs = ['a', 'b', 'c', 'd'].map((id) => p.run('text', { id }));
    assert.equal(FakeWorker.all.length, 2);
    assert.deepEqual(p.stats(), { workers: 2, running: 2, queued: 2, completed: 0, failed: 0, crashes: 0 });
    // Each worker takes the next queued document as soon as it answers.
    FakeWorker.all[0].answer(); FakeWorker.all[1].answer(); FakeWorker.all[0].answer(); FakeWorker.all[1].answer();
    assert.deepEqual((await Promise.all(runs)).map((r) => r.analysis.id), ['a', 'b', 'c', 'd']);
    p.dispose();
  });

  it('puts interactive requests ahead of the scan queue', async () => {
    const p = pool(1);
    const scan = ['s1', 's2', 's3'].map((id) => p.run('t', { id }));
    const edit = p.run('t', { id: 'edited' }, undefined, true);
    const w = FakeWorker.all[0];
    w.answer();
    assert.equal(w.posted[1].opts.id, 'edited');
    w.answer(); w.answer(); w.answer();
    await Promise.all([...scan, edit]);
    p.dispose();
  });

  it('cancels queued work at once and drops the late reply of running work', async () => {
    const p = pool(1);
    const running = new AbortController();
    const queued = new AbortController();
    const a = p.run('t', { id: 'running' }, running.signal);
    const b = p.run('t', { id: 'queued' }, queued.signal);
    const c = p.run('t', { id: 'after' });
    queued.abort();
    running.abort();
    await assert.rejects(a, (e) => isCancelled(e));
    await assert.rejects(b, (e) => isCancelled(e));
    const w = FakeWorker.all[0];
    assert.deepEqual(w.posted.map((r) => r.opts.id), ['running']);
    w.answer(0); // the worker finishes the cancelled document, then gets the next one
    assert.deepEqual(w.posted.map((r) => r.opts.id), ['running', 'after']);
    w.answer();
    assert.equal((await c).analysis.id, 'after');
    p.dispose();
  });

  it('reports the largest heap its workers held together, from what each reported last', async () => {
    const p = pool(2);
    const runs = ['a', 'b', 'c'].map((id) => p.run('t', { id }));
    const [w1, w2] = FakeWorker.all;
    const MB = 1048576;
    w1.answer(0, 100 * MB); // w1 alone: 100
    w2.answer(0, 80 * MB); // both: 180
    w1.answer(1, 50 * MB); // w1 shrank: 130, below the peak
    await Promise.all(runs);
    assert.equal(p.workerHeapPeakMb(), 180);
    p.dispose();
  });

  it('rejects an already aborted request without starting a worker', async () => {
    const p = pool(1);
    await assert.rejects(p.run('t', { id: 'x' }, AbortSignal.abort()), (e) => isCancelled(e));
    assert.equal(FakeWorker.all.length, 0);
  });

  it('turns an engine error into a readable rejection and keeps the worker', async () => {
    const p = pool(1);
    const a = p.run('t', { id: 'bad.txt' });
    const b = p.run('t', { id: 'good.txt' });
    FakeWorker.all[0].fail('compromise threw');
    await assert.rejects(a, /could not analyse bad\.txt: compromise threw/);
    FakeWorker.all[0].answer();
    assert.equal((await b).analysis.id, 'good.txt');
    assert.equal(FakeWorker.all.length, 1);
    p.dispose();
  });

  it('restarts a crashed worker, rejects only its document, and goes on with the queue', async () => {
    const p = pool(1);
    const a = p.run('t', { id: 'kills-worker.txt' });
    const b = p.run('t', { id: 'next.txt' });
    FakeWorker.all[0].events.crashed('exited with code 134');
    await assert.rejects(a, (e: Error) => !isCancelled(e) && /kills-worker\.txt.*exited with code 134/.test(e.message));
    assert.equal(FakeWorker.all.length, 2, 'a replacement worker starts');
    assert.equal(FakeWorker.all[1].posted[0].opts.id, 'next.txt');
    FakeWorker.all[1].answer();
    assert.equal((await b).analysis.id, 'next.txt');
    assert.equal(p.stats().crashes, 1);
    p.dispose();
  });

  it('stops retrying when workers keep crashing, failing the queue with a message', async () => {
    const logs: string[] = [];
    const p = pool(1, { maxConsecutiveCrashes: 3, log: (m) => logs.push(m) });
    const runs = ['a', 'b', 'c', 'd', 'e'].map((id) => p.run('t', { id }).then(() => 'ok', (e: Error) => e.message));
    for (let i = 0; i < 3; i++) FakeWorker.all[i].events.crashed('cannot load script');
    const results = await Promise.all(runs);
    assert.equal(FakeWorker.all.length, 3);
    assert.match(results[4], /failed 3 times in a row/);
    assert.ok(logs.some((l) => /failed 3 times/.test(l)));
  });

  it('gives up on a runaway document after the timeout and replaces its worker', async () => {
    const p = pool(1, { timeoutMs: 20 });
    const a = p.run('t', { id: 'huge.txt' });
    const b = p.run('t', { id: 'small.txt' });
    await assert.rejects(a, /gave up analysing huge\.txt/);
    assert.ok(FakeWorker.all[0].terminated);
    FakeWorker.all[1].answer();
    assert.equal((await b).analysis.id, 'small.txt');
    p.dispose();
  });

  it('stops idle workers and starts them again on demand', async () => {
    const p = pool(1, { idleMs: 5 });
    const a = p.run('t', { id: 'a' });
    FakeWorker.all[0].answer();
    await a;
    await new Promise((r) => setTimeout(r, 20));
    assert.ok(FakeWorker.all[0].terminated);
    assert.equal(p.stats().workers, 0);
    const b = p.run('t', { id: 'b' });
    await tick();
    FakeWorker.all[1].answer();
    assert.equal((await b).analysis.id, 'b');
    p.dispose();
  });

  it('dispose cancels everything and terminates the workers', async () => {
    const p = pool(2);
    const runs = ['a', 'b', 'c'].map((id) => p.run('t', { id }));
    p.dispose();
    for (const r of runs) await assert.rejects(r, (e) => isCancelled(e));
    assert.ok(FakeWorker.all.every((w) => w.terminated));
    await assert.rejects(p.run('t', { id: 'late' }), (e) => isCancelled(e));
  });
});

describe('analysis worker pool warm-up', () => {
  beforeEach(() => { FakeWorker.all = []; });

  it('starts one worker ahead of need and resolves once it has loaded', async () => {
    const p = pool(2);
    let ready = false;
    const w = p.warmUp().then(() => { ready = true; });
    assert.equal(FakeWorker.all.length, 1);
    await tick();
    assert.equal(ready, false, 'not before the worker says it is ready');
    FakeWorker.all[0].events.message({ ready: true });
    await w;
    await p.warmUp(); // already warm: immediate, no second worker
    assert.equal(FakeWorker.all.length, 1);
    const a = p.run('t', { id: 'a' });
    assert.equal(FakeWorker.all[0].posted.length, 1, 'the warm worker takes the first request');
    FakeWorker.all[0].answer();
    await a;
    p.dispose();
  });
});
