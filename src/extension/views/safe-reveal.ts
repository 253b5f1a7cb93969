import * as vscode from 'vscode';

/**
 * The workbench's answer when a reveal reaches its tree while the rows are being replaced: the
 * extension host waits for the refreshes it sent, but not for the tree's own re-render (its first
 * load when the view becomes visible, or a repaint that lands between the lookup and the reveal).
 */
const REPAINT_RACE = /node not found/i;
/** Waits between attempts: the repaint of a few thousand rows takes a few hundred milliseconds. */
const RETRY_MS = [50, 100, 200, 400, 800, 1600];

export type RevealOptions = { select?: boolean; focus?: boolean; expand?: boolean | number };

/**
 * Reveals rows of one tree view so that a concurrent repaint neither loses the reveal nor throws:
 * it waits for Dossier's pending repaint, and retries when the workbench's tree was mid-render.
 * Nodes have stable ids, so the same element still names its row after a refresh. A newer reveal
 * in the same view supersedes an older one still waiting (following the cursor must not replay
 * stale positions).
 */
export class SafeRevealer<T> {
  private latest = 0;

  constructor(private readonly view: vscode.TreeView<T>, private readonly settled: () => Promise<void>) {}

  async reveal(element: T, options?: RevealOptions): Promise<void> {
    const mine = ++this.latest;
    for (let attempt = 0; ; attempt++) {
      await this.settled();
      if (mine !== this.latest) return;
      try {
        await this.view.reveal(element, options);
        return;
      } catch (err) {
        if (!REPAINT_RACE.test(String(err)) || attempt >= RETRY_MS.length) throw err;
      }
      await new Promise((r) => setTimeout(r, RETRY_MS[attempt]));
    }
  }
}

/** The tree view as handed out (API, tests): the same object, but its `reveal` is the safe one. */
export function withSafeReveal<T>(view: vscode.TreeView<T>, revealer: SafeRevealer<T>): vscode.TreeView<T> {
  const reveal = (element: T, options?: RevealOptions) => revealer.reveal(element, options);
  return new Proxy(view, { get: (target, prop) => (prop === 'reveal' ? reveal : Reflect.get(target, prop)) });
}
