import * as vscode from 'vscode';
import type { CorpusStore } from './corpus-store';

/** Host time one task may spend grouping before it yields to the editor. */
const TASK_MS = 8;
/** Events per call: small enough that one call stays well inside TASK_MS. */
const CALL = 10;

/**
 * Groups the timeline's events across documents once the corpus has finished loading, in tasks of
 * a few milliseconds. The first grouping of a thousand articles costs seconds of CPU; done in one
 * go it would freeze the extension host the moment the timeline opens. Waiting for the store to be
 * idle keeps that work from competing with a scan or a warm reload.
 */
export function activate(context: vscode.ExtensionContext, store: CorpusStore): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting = false;
  let disposed = false;
  const step = () => {
    timer = undefined;
    if (disposed) return;
    const until = performance.now() + TASK_MS;
    let left: number;
    do left = store.index.groupPending(CALL); while (left > 0 && performance.now() < until);
    if (left > 0) timer = setTimeout(step, 0);
  };
  const schedule = () => {
    if (timer || waiting) return;
    waiting = true;
    void store.whenIdle().then(() => {
      waiting = false;
      if (!timer && !disposed) timer = setTimeout(step, 0);
    });
  };
  context.subscriptions.push(store.onDidChange(schedule), {
    dispose: () => { disposed = true; if (timer) clearTimeout(timer); timer = undefined; },
  });
}
