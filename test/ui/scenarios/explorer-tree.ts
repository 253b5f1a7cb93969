// The Dossier side bar filled in from the seeds: documents with their dates, a document expanded
// to its people and one person's mentions, and the corpus-wide Entities view.
import * as assert from 'assert';
import type { Workbench } from '../workbench';

export const name = 'Dossier explorer: documents, entity types, mentions and the Entities view';
export const timeoutMs = 150_000;

export async function run(wb: Workbench): Promise<void> {
  const { page } = wb;
  const sideBar = await wb.openDossierView();
  // The AP article's title (read from the page, not the file name) appears once analysed.
  const doc = /^Kim Jong Un hosts Chinese and Russian guests/;
  await wb.treeItem(doc).waitFor({ timeout: 90_000 });
  await wb.treeItem(/^Russian and Chinese delegations/).waitFor();
  await wb.expandTreeItem(doc);
  await wb.expandTreeItem('People');
  const kim = wb.treeItem('Kim Jong Un');
  await kim.waitFor();
  assert.match(await kim.innerText(), /mentions? here/);
  await wb.expandTreeItem('Kim Jong Un');
  // Mention rows show the line around the name.
  const mentionRow = sideBar.locator('.monaco-list-row', { hasText: /line \d+/ }).first();
  await mentionRow.waitFor();

  // The Entities view (second pane) lists people with "N mentions · M docs".
  const entitiesRows = sideBar.locator('.monaco-list-row', { hasText: /\d+ mentions? · \d+ docs?/ });
  await entitiesRows.first().waitFor();
  assert.ok(await sideBar.locator('.monaco-list-row', { hasText: /Putin/ }).count() >= 1, 'Putin listed');
  await wb.screenshot('explorer');

  // Clicking a mention opens the article with the name selected.
  await mentionRow.click();
  await page.locator('.tab.active', { hasText: '000_' }).waitFor();
  await page.locator('.monaco-editor .selected-text').first().waitFor();
  await wb.screenshot('explorer-mention-opened');
}
