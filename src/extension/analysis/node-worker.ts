import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerEvents, WorkerFactory, WorkerHandle } from './pool';

/**
 * worker_threads workers running dist/worker.js. A heap cap turns a runaway document into a
 * readable crash of one worker instead of an out-of-memory extension host.
 */
export function nodeWorkerFactory(script: string, maxHeapMb = 1024): WorkerFactory {
  return (events: WorkerEvents): WorkerHandle => {
    const worker = new Worker(resolve(script), { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb }, name: 'dossier-analysis' });
    let stopping = false;
    let reported = false;
    const crash = (reason: string) => {
      if (stopping || reported) return;
      reported = true;
      events.crashed(reason);
    };
    worker.on('message', (msg) => events.message(msg));
    worker.on('error', (err) => crash(err?.message || String(err)));
    worker.on('messageerror', (err) => crash(`unreadable message: ${err.message}`));
    worker.on('exit', (code) => crash(`exited with code ${code}`));
    return {
      post: (req) => worker.postMessage(req),
      terminate: () => { stopping = true; void worker.terminate(); },
    };
  };
}
