import type * as vscode from 'vscode';

/** Calls `fn` once, `ms` after the last call; `dispose` drops a pending call. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): ((...args: A) => void) & vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => { timer = undefined; fn(...args); }, ms);
  };
  return Object.assign(debounced, { dispose: () => { if (timer) clearTimeout(timer); timer = undefined; } });
}

/** Debounces per key (one timer per URI), so an edit to one file never delays another. */
export class KeyedDebouncer<K> implements vscode.Disposable {
  private readonly timers = new Map<K, ReturnType<typeof setTimeout>>();
  constructor(private readonly ms: number, private readonly fn: (key: K) => void) {}
  trigger(key: K): void {
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.set(key, setTimeout(() => { this.timers.delete(key); this.fn(key); }, this.ms));
  }
  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
