/**
 * Measures how long the main thread is unable to run a timer: the longest gap between 10 ms ticks,
 * minus the 10 ms. What the user feels as a frozen editor is exactly this.
 */
export function watchStalls(tickMs = 10): { stop(): number } {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - tickMs);
    last = now;
  }, tickMs);
  return {
    stop() {
      clearInterval(timer);
      // A block that is still running when the watch ends never lets the timer fire: count it too.
      return Math.max(0, worst, performance.now() - last - tickMs);
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
