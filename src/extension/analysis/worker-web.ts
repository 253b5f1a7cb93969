// Entry of dist/web/worker.js: a classic Web Worker (the web extension host loads it through a blob
// that calls importScripts, so it must be an IIFE bundle, not a module).
import { handleRequest } from './worker-core';
import type { WorkRequest } from './protocol';

const scope = self as unknown as {
  onmessage: ((ev: { data: WorkRequest }) => void) | null;
  postMessage(msg: unknown): void;
};
scope.onmessage = (ev) => scope.postMessage(handleRequest(ev.data));
scope.postMessage({ ready: true });
