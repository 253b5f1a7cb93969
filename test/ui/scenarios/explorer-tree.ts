// The Dossier side bar filled in from the seeds: documents with their dates, a document expanded
// to its people and one person's mentions, and the corpus-wide Entities view.
import * as assert from 'assert';
import type { Locator, Page } from 'playwright-core';
import type { Workbench } from '../workbench';

export const name = 'Dossier explorer: documents, entity types, mentions and the Entities view';
export const timeoutMs = 150_000;

/** One view pane of the side bar (Documents or Entities), so rows of the other pane never match. */
function pane(page: Page, title: string): Locator {
  return page.locator('.part.sidebar .pane').filter({ has: page.locator('.pane-header', { hasText: title }) });
}

function row(p: Locator, label: RegExp): Locator {
  return p.locator('.monaco-list-row').filter({ has: p.page().locator('.label-name', { hasText: label }) }).first();
}

async function expand(r: Locator): Promise<void> {
  await r.waitFor();
  if ((await r.getAttribute('aria-expanded')) === 'false') await r.locator('.monaco-tl-twistie').click();
  await r.page().waitForFunction((el) => el?.getAttribute('aria-expanded') === 'true', await r.elementHandle());
}

export async function run(wb: Workbench): Promise<void> {
  const { page } = wb;
  await wb.openDossierView();
  const docs = pane(page, 'Documents');
  const entities = pane(page, 'Entities');
  // The AP article's title (read from the page, not the file name) appears once analysed.
  const article = row(docs, /^Kim Jong Un hosts Chinese and Russian guests/);
  await article.waitFor({ timeout: 90_000 });
  await row(docs, /^Russian and Chinese delegations/).waitFor();
  assert.match(await article.innerText(), /\d{4}-\d{2}-\d{2}|no date/, 'the publication date as description');
  await expand(article);
  const people = row(docs, /^People$/);
  await expand(people);
  const kim = row(docs, /^Kim Jong Un$/);
  await kim.waitFor();
  assert.match(await kim.innerText(), /mentions? here/);
  await expand(kim);
  // Mention rows show the line around the name.
  const mention = docs.locator('.monaco-list-row', { hasText: /line \d+/ }).first();
  await mention.waitFor();
  assert.match(await mention.innerText(), /Kim/);

  // The Entities view lists people with "N mentions · M docs".
  await row(entities, /^People$/).waitFor();
  assert.match(await row(entities, /^Kim Jong Un$/).innerText(), /\d+ mentions? · 2 docs/);
  await row(entities, /Putin/).waitFor();
  await wb.screenshot('explorer');

  // Clicking a mention opens the article with the name selected.
  await mention.click();
  await page.locator('.tab.active', { hasText: '000_' }).waitFor();
  await page.locator('.monaco-editor .selected-text').first().waitFor();
  await wb.screenshot('explorer-mention-opened');

  // Leave the side bar as found: scenarios share the page, and a long expanded document would
  // push other documents out of the (virtualised) list.
  await article.locator('.monaco-tl-twistie').click();
  await page.waitForFunction((el) => el?.getAttribute('aria-expanded') === 'false', await article.elementHandle());
}
