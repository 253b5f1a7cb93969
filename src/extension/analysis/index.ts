import * as vscode from 'vscode';
import type { DossierAnalyzer } from './caching-analyzer';
import { MemoryStore, type BlobStore } from './store';
import { VscodeFsStore } from './vscode-store';

export type { Analyzer, AnalysisRequest } from './analyzer';
export type { DossierAnalyzer, AnalyzerStats } from './caching-analyzer';
export { CancelledError, isCancelled } from './errors';

export interface AnalyzerOptions {
  /** dist/worker.js (desktop) or dist/web/worker.js (web), e.g. Uri.joinPath(context.extensionUri, 'dist', 'worker.js'). */
  workerScript: vscode.Uri | string;
  /** Folder for the cache, normally context.storageUri; without one results live in memory only. */
  storage?: vscode.Uri;
  log?: (msg: string) => void;
  /** Worker count; defaults to the machine's cores (see defaultWorkerCount). */
  workers?: number;
  /** A document still analysing after this long is given up (default 120 s). */
  timeoutMs?: number;
  /** Idle workers stop after this long (default 60 s; 0 keeps them). */
  idleMs?: number;
}

/** Cache folder inside the storage folder; the engine version lives in each entry, not the path. */
const CACHE_DIR = 'analysis-cache';

/**
 * The Analyzer for this host: worker threads on desktop, web workers in the browser, both behind a
 * persistent cache. Nothing starts until the first request (activation stays free of NLP).
 */
export function createAnalyzer(options: AnalyzerOptions): DossierAnalyzer {
  const log = options.log ?? (() => undefined);
  const common = { workers: options.workers, log, timeoutMs: options.timeoutMs, idleMs: options.idleMs };
  if (process.env.DOSSIER_WEB) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const web: typeof import('./create-web') = require('./create-web');
    const url = typeof options.workerScript === 'string' ? options.workerScript : options.workerScript.toString(true);
    return web.createWebAnalyzer({ ...common, workerUrl: url, store: vscodeStore(options.storage, log) });
  } else {
    // Node-only modules are required here so the web bundle never sees worker_threads or fs.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const node: typeof import('./create-node') = require('./create-node');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { NodeFsStore }: typeof import('./node-store') = require('./node-store');
    const script = typeof options.workerScript === 'string' ? options.workerScript : options.workerScript.fsPath;
    const storage = options.storage;
    const store: BlobStore = storage?.scheme === 'file'
      ? new NodeFsStore(vscode.Uri.joinPath(storage, CACHE_DIR).fsPath)
      : vscodeStore(storage, log);
    return node.createNodeAnalyzer({ ...common, workerScript: script, store });
  }
}

function vscodeStore(storage: vscode.Uri | undefined, log: (m: string) => void): BlobStore {
  if (storage) return new VscodeFsStore(vscode.Uri.joinPath(storage, CACHE_DIR));
  log('analysis cache: no workspace storage (no folder open); results are kept in memory only');
  return new MemoryStore();
}
