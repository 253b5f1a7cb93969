// Entry of dist/worker.js: a worker_threads worker that analyses one document per message.
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { handleRequest } from './worker-core';
import type { WorkRequest } from './protocol';

if (!parentPort) throw new Error('dist/worker.js must run as a worker thread');
const port = parentPort;
port.on('message', (req: WorkRequest) => {
  const reply = handleRequest(req);
  reply.heap = getHeapStatistics().total_heap_size;
  port.postMessage(reply);
});
port.postMessage({ ready: true });
