// The web extension (dist/web/extension.js, from the same .vsix) in the browser's web-worker
// extension host: `npm test` starts a second workbench whose user setting remote.extensionKind puts
// Dossier there. The scenario checks it really runs there (Running Extensions says "web worker"),
// then that the analysis (web workers) fills both trees and a hover card answers.
import * as assert from 'assert';
import type { Workbench } from '../workbench';

export const name = 'web-worker extension host: the web build activates, fills the trees, answers a hover';
export const hosts = ['web'];
export const timeoutMs = 240_000;

export async function run(wb: Workbench): Promise<void> {
  const { page } = wb;
  await wb.openDossierView();
  await wb.treeItem(/^Kim Jong Un hosts Chinese and Russian guests/).waitFor({ timeout: 180_000 });
  await wb.treeItem(/^Russian and Chinese delegations/).waitFor();
  await wb.treeItem(/^Kim Jong Un$/).waitFor();
  assert.match(await wb.treeItem(/^Kim Jong Un$/).innerText(), /\d+ mentions? · 2 docs/);
  await wb.screenshot('web-host-explorer');

  const text = await wb.hoverText('000_1e9a57ab4d96aa23.txt', 'Putin', { expect: /mentions? in \d+ documents?/ });
  assert.match(text, /Putin/);
  assert.match(text, /\d+ mentions? in 2 documents/);
  await wb.screenshot('web-host-hover');

  await page.keyboard.press('Escape');
  await wb.runCommand('Developer: Show Running Extensions');
  const entry = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Dossier' }).first();
  await entry.waitFor();
  assert.match(await entry.innerText(), /web worker/i, 'Dossier runs in the web-worker extension host');
}
