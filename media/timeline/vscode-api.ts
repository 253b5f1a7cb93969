/** The VS Code webview API, typed with the timeline protocol. */
import type { TimelineViewState, WebviewMessage } from '../../src/shared/timeline-protocol';

export interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: TimelineViewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** May be called once per page; the result is kept here. */
let api: VsCodeApi | undefined;
export function vscodeApi(): VsCodeApi {
  api ??= acquireVsCodeApi();
  return api;
}
