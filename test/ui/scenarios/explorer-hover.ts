// The hover card on "Putin" in the AP article: who he is, how often and where he is mentioned,
// who appears with him, and Dossier's command links.
import * as assert from 'assert';
import type { Workbench } from '../workbench';

export const name = 'Dossier hover card on "Putin"';
export const timeoutMs = 150_000;

export async function run(wb: Workbench): Promise<void> {
  await wb.openDossierView();
  await wb.treeItem(/^Kim Jong Un hosts Chinese and Russian guests/).waitFor({ timeout: 90_000 });
  const text = await wb.hoverText('000_1e9a57ab4d96aa23.txt', 'Putin', { expect: /mentions? in \d+ documents?/ });
  assert.match(text, /Putin/);
  assert.match(text, /Person/);
  assert.match(text, /\d+ mentions? in \d+ documents?/);
  assert.match(text, /Show All Mentions/);
  assert.match(text, /Show in Timeline/);
  // Escaped text is shown without its escapes.
  assert.ok(!/\\[.,()-]/.test(text), `no visible backslash escapes in:\n${text}`);
  await wb.screenshot('hover-putin');
}
