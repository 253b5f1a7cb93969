import { handleRequest } from './worker-core';
import type { WorkerEvents, WorkerFactory, WorkerHandle } from './pool';
import type { WorkRequest } from './protocol';

/** Web Workers running dist/web/worker.js (the web extension host may create them; it rewrites the URL). */
export function webWorkerFactory(url: string): WorkerFactory {
  return (events: WorkerEvents): WorkerHandle => {
    const worker = new Worker(url, { name: 'dossier-analysis' });
    let reported = false;
    const crash = (reason: string) => { if (!reported) { reported = true; events.crashed(reason); } };
    worker.onmessage = (ev: MessageEvent) => events.message(ev.data);
    worker.onerror = (ev: ErrorEvent) => { ev.preventDefault?.(); crash(ev.message || 'worker script failed'); };
    worker.onmessageerror = () => crash('unreadable message');
    return {
      post: (req) => worker.postMessage(req),
      terminate: () => { reported = true; worker.terminate(); },
    };
  };
}

/**
 * Analysis on the calling thread, one document per macrotask so the host can handle events between
 * documents. Only for hosts that cannot start a worker: a long document still blocks for its duration.
 */
export const inProcessFactory: WorkerFactory = (events: WorkerEvents): WorkerHandle => {
  let stopped = false;
  const pending: ReturnType<typeof setTimeout>[] = [];
  queueMicrotask(() => events.message({ ready: true }));
  return {
    post: (req: WorkRequest) => {
      pending.push(setTimeout(() => { if (!stopped) events.message(handleRequest(req)); }, 0));
    },
    terminate: () => { stopped = true; pending.forEach(clearTimeout); },
  };
};

/**
 * Starts web workers, and falls back to in-process analysis (once, for good, with a log line) when the
 * host cannot run them: no `Worker` global, or the worker dies before it has loaded.
 */
export function webFactoryWithFallback(url: string, log: (m: string) => void): WorkerFactory {
  let fallback = typeof Worker === 'undefined';
  if (fallback) log('this host has no Web Worker support: analysing on the extension host thread, one document at a time');
  const primary = webWorkerFactory(url);
  return (events: WorkerEvents): WorkerHandle => {
    if (fallback) return inProcessFactory(events);
    let inner: WorkerHandle;
    let loaded = false;
    const sent: WorkRequest[] = [];
    const swap = (reason: string) => {
      fallback = true;
      log(`could not start the analysis web worker (${reason}): analysing on the extension host thread instead`);
      inner = inProcessFactory(events);
      for (const r of sent.splice(0)) inner.post(r);
    };
    try {
      inner = primary({
        message: (msg) => { loaded = true; sent.length = 0; events.message(msg); },
        crashed: (reason) => { if (loaded) events.crashed(reason); else swap(reason); },
      });
    } catch (e) {
      swap(e instanceof Error ? e.message : String(e));
    }
    return {
      post: (req) => { if (!loaded && !fallback) sent.push(req); inner.post(req); },
      terminate: () => inner.terminate(),
    };
  };
}
