// Shared by the extension-host suites: the activated extension's API once its first scan is done,
// and polling for what the views will show after an asynchronous update.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension/extension';

/** Dossier's API after activation, with the workspace scanned and the analyzer idle. */
export async function dossier(): Promise<DossierApi> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'dossier' && e.packageJSON?.publisher === 'dossier-dev');
  assert.ok(ext, 'Dossier is not loaded');
  const api = (await ext.activate()) as DossierApi;
  await api.store.ready;
  await api.store.whenIdle();
  return api;
}

/** Polls until `cond` holds; fails with `what` after `ms`. */
export async function waitFor(cond: () => boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
