// The timeline in the real workbench on the seeds: the parade told by both sources is flagged as a
// conflict, clicking an event selects its sentence in an editor beside the timeline, and a document
// whose sentences carry markup shows it as text with no element injected into the webview.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { FrameLocator } from 'playwright-core';
import { type Workbench, positionAt } from '../workbench';

export const name = 'timeline: parade conflict, click selects the sentence, markup stays text';
export const timeoutMs = 180_000;

const INJECTION = '<img src=x onerror=alert(1)>';
const INJECTED_FILE = 'zz-timeline-injection.txt';

/** An article whose dated sentences carry markup (written into the test workspace, removed after). */
const INJECTED_TEXT = [
  `Injection test ${INJECTION} report`,
  '',
  `PYONGYANG (AP) — On 12 September 2023, officials said ${INJECTION} ministers met Kim Jong Un in Pyongyang to discuss the parade.`,
  'Vladimir Putin will host Kim Jong Un in Vladivostok on 13 September 2023, state media said <script>alert(2)</script>.',
  '',
].join('\n');

async function openTimeline(wb: Workbench): Promise<FrameLocator> {
  // The palette lists Dossier's commands once the extension's contributions are loaded: the
  // activity-bar container appearing says they are.
  await wb.openDossierView();
  await wb.runCommand('Dossier: Show Timeline');
  await wb.page.locator('.tab', { hasText: /Timeline/ }).first().waitFor();
  const view = wb.webview();
  await view.locator('.tl-event').first().waitFor({ timeout: 60_000 });
  return view;
}

export async function run(wb: Workbench): Promise<void> {
  const { page } = wb;
  let view = await openTimeline(wb);

  // The parade: both sources tell it, on different dates; the group says so in words.
  const conflict = view.locator('.tl-group.conflict').first();
  await conflict.waitFor();
  const label = (await conflict.innerText()).trim();
  assert.doesNotMatch(await page.locator('.tab', { hasText: /Timeline/ }).first().innerText(), /Timeline: /, 'no filter yet');
  assert.match(label, /Sources disagree: .+ \(.+\) vs .+ \(.+\)/, `conflict label: ${label}`);
  const flagged = view.locator('.tl-event.conflict');
  const flaggedLabels = await flagged.locator('.tl-label').allInnerTexts();
  assert.ok(flaggedLabels.length >= 2, 'at least two conflicting events are marked');
  assert.ok(flaggedLabels.some((l) => /parade/i.test(l)), `a flagged event is the parade: ${flaggedLabels.join(' | ')}`);
  await wb.screenshot('timeline');

  // Hover shows the sentence; click opens it selected in the editor.
  const parade = flagged.filter({ hasText: /parade/i }).first();
  await parade.hover();
  const tip = view.locator('#tooltip:not([hidden])');
  await tip.waitFor();
  const tipText = await view.locator('#tooltip .tl-tip-sentence').innerText();
  await wb.screenshot('timeline-tooltip');
  await parade.click();
  // The document opens in the other editor group, whose active tab is not the timeline.
  const active = page.locator('.tab.active').filter({ hasNotText: /Timeline/ });
  await active.first().waitFor();
  const tabName = (await active.first().locator('.label-name').innerText()).trim();
  // The tab may show the name without its extension.
  const fileName = fs.readdirSync(wb.workspace).find((f) => f === tabName || f.startsWith(`${tabName}.`));
  assert.ok(fileName, `the active tab "${tabName}" is a workspace document`);
  const content = fs.readFileSync(path.join(wb.workspace, fileName), 'utf8');
  // The tooltip shows the sentence with its whitespace collapsed; find it in the file.
  const pattern = new RegExp(tipText.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  const m = pattern.exec(content);
  assert.ok(m, `the tooltip's sentence occurs in ${fileName}`);
  const end = positionAt(content, m.index + m[0].length);
  await wb.screenshot('timeline-click-event');
  // The click left focus in the timeline; activating the document's tab (which keeps its selection)
  // lets the status bar report it: the cursor at the sentence's end, its length selected.
  await active.first().click();
  const status = page.locator('.statusbar-item', { hasText: /Ln \d+, Col \d+/ }).first();
  await page.waitForFunction(({ line, column, n }) => [...document.querySelectorAll('.statusbar-item')]
    .some((e) => e.textContent?.includes(`Ln ${line}, Col ${column} (${n} selected)`)), { line: end.line, column: end.column, n: m[0].length }, { timeout: 15_000 })
    .catch(async () => assert.fail(`status bar says "${await status.innerText()}", expected Ln ${end.line}, Col ${end.column} (${m[0].length} selected)`));
  await page.locator('.monaco-editor .selected-text').first().waitFor();

  // Markup in a document stays text: no element, no handler, nothing run.
  const file = path.join(wb.workspace, INJECTED_FILE);
  fs.writeFileSync(file, INJECTED_TEXT);
  try {
    view = wb.webview();
    // The watcher picks the file up, the engine analyses it, the timeline receives it.
    const injected = view.locator(`#filter-doc option[value="${INJECTED_FILE}"]`);
    await injected.waitFor({ state: 'attached', timeout: 60_000 });
    if (await view.locator('#clear-filters').isVisible()) await view.locator('#clear-filters').click();
    await view.locator('#filter-doc').selectOption(INJECTED_FILE);
    const ev = view.locator('.tl-event').first();
    await ev.waitFor({ timeout: 30_000 });
    await ev.hover();
    await view.locator('#tooltip:not([hidden])').waitFor();
    const tipText = await view.locator('#tooltip').innerText();
    assert.ok(tipText.includes(INJECTION) || tipText.includes('<script>alert(2)</script>'), `the tooltip shows the markup as text: ${tipText}`);
    const dom = await view.locator('body').evaluate((body) => ({
      imgs: body.querySelectorAll('img').length,
      // VS Code injects its own script into the frame: count only scripts carrying document text.
      scripts: [...body.ownerDocument.querySelectorAll('script')].filter((x) => /alert/.test(x.textContent ?? '')).length,
      handlers: [...body.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
    }));
    assert.deepStrictEqual(dom, { imgs: 0, scripts: 0, handlers: [] }, 'no injected element or handler in the webview');
    await wb.screenshot('timeline-injection');
    await view.locator('#filter-doc').selectOption('');
  } finally {
    fs.rmSync(file, { force: true });
  }
}
