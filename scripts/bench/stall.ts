import { readFileSync } from 'node:fs';
import { performance as perf } from 'node:perf_hooks';

export interface Stalls {
  /** Longest gap between timer ticks during which this thread was on a CPU: the time it was busy. */
  busy: number;
  /** Longest gap between timer ticks, minus the tick: includes time the OS gave the core to others. */
  wall: number;
  /** How `busy` was measured: this thread's CPU clock (Linux), or the event loop's active time. */
  method: 'thread-cpu' | 'event-loop';
}

/** CPU milliseconds of the calling process's main thread, from /proc (Linux; 10 ms resolution). */
function mainThreadCpuMs(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10; // utime + stime, in USER_HZ ticks of 10 ms
  } catch {
    return undefined;
  }
}

/**
 * Watches the main thread with a 10 ms timer. A gap between ticks is either this thread being busy
 * (what freezes an editor) or the thread waiting for a core that other processes hold (a shared
 * machine). The thread's own CPU clock over the gap tells them apart; where it cannot be read, the
 * event loop's active time over the gap stands in (which counts waiting for a core as busy).
 */
export function watchStalls(tickMs = 10): { stop(): Stalls } {
  const useCpu = mainThreadCpuMs() !== undefined;
  let last = perf.now();
  let lastCpu = mainThreadCpuMs() ?? 0;
  let elu = perf.eventLoopUtilization();
  let busy = 0;
  let wall = 0;
  const sample = () => {
    const now = perf.now();
    const gap = now - last - tickMs;
    let used: number;
    if (useCpu) {
      const cpu = mainThreadCpuMs()!;
      used = cpu - lastCpu;
      lastCpu = cpu;
    } else {
      used = perf.eventLoopUtilization(elu).active;
      elu = perf.eventLoopUtilization();
    }
    wall = Math.max(wall, gap);
    busy = Math.max(busy, Math.min(gap, used));
    last = now;
  };
  const timer = setInterval(sample, tickMs);
  return {
    stop() {
      clearInterval(timer);
      sample(); // a block still running when the watch ends never let the timer fire
      return { busy: Math.max(0, busy), wall: Math.max(0, wall), method: useCpu ? 'thread-cpu' : 'event-loop' };
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
