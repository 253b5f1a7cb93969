// Entry of dist/worker.js: a worker_threads worker that analyses one document per message.
import { parentPort } from 'node:worker_threads';
import { handleRequest } from './worker-core';
import type { WorkRequest } from './protocol';

if (!parentPort) throw new Error('dist/worker.js must run as a worker thread');
const port = parentPort;
port.on('message', (req: WorkRequest) => port.postMessage(handleRequest(req)));
port.postMessage({ ready: true });
