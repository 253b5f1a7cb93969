import { readdirSync, readFileSync } from 'node:fs';

/** CPU milliseconds of each thread of this process, by thread id, from /proc (Linux; 10 ms ticks). */
export function threadCpu(): Map<string, number> | undefined {
  try {
    const out = new Map<string, number>();
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(f[11]) + Number(f[12])) * 10); // utime + stime
    }
    return out;
  } catch {
    return undefined;
  }
}

/** CPU of one stretch of work split by kind of thread. */
export interface ThreadSplit {
  /** The JS main thread (routing replies, the cache, the index). */
  main: number;
  /** Worker threads started after `baseline` was taken (the analysis workers). */
  workers: number;
  /** Threads that existed before: V8's platform threads (concurrent JIT compilation, GC helpers) and libuv. */
  background: number;
}

/**
 * Tells the threads apart without naming them (Node 20 gives workers no OS thread name): the main
 * thread's id is the pid, threads present in `baseline` are V8/libuv helpers, any newer thread is a worker.
 */
export function splitCpu(baseline: ReadonlySet<string>, from: Map<string, number>, to: Map<string, number>): ThreadSplit {
  const s: ThreadSplit = { main: 0, workers: 0, background: 0 };
  for (const [tid, ms] of to) {
    const d = ms - (from.get(tid) ?? 0);
    if (tid === String(process.pid)) s.main += d;
    else if (baseline.has(tid)) s.background += d;
    else s.workers += d;
  }
  return s;
}
