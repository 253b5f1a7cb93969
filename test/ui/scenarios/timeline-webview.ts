// The timeline webview's own page (dist/webview/timeline.js + timeline.css under the production
// CSP) in chromium, outside the workbench: a stub `acquireVsCodeApi` records what the webview posts,
// and the test posts a hand-written payload (two sources disagreeing on a parade's date, every
// precision and status, a sentence carrying <img onerror>). This pins what the workbench scenario
// (timeline.ts) cannot control: exact shapes, keyboard use, state restore, themes, injection.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Workbench } from '../workbench';
import { timelineHtml } from '../../../src/extension/timeline/html';
import { INJECTION, samplePayload } from '../../unit/timeline/sample-payload';
import type { HostMessage, TimelineViewState, WebviewMessage } from '../../../src/shared/timeline-protocol';

export const name = 'timeline webview: shapes, conflict, filters, keyboard, restore, themes, no injection';

const REPO = path.resolve(__dirname, '../../../..');

/** Theme variables as VS Code sets them on the webview's <html> (a subset of Dark Modern, Light Modern, HC). */
export const THEMES: Record<string, { bodyClass: string; vars: Record<string, string> }> = {
  dark: {
    bodyClass: 'vscode-dark',
    vars: {
      foreground: '#cccccc', 'editor-background': '#1f1f1f', descriptionForeground: '#9d9d9d', focusBorder: '#0078d4',
      'charts-blue': '#3794ff', 'charts-orange': '#d18616', 'charts-green': '#89d185', 'charts-purple': '#b180d7', 'charts-red': '#f14c4c', 'charts-yellow': '#cca700',
      'button-background': '#0078d4', 'button-foreground': '#ffffff', 'button-hoverBackground': '#026ec1', 'button-secondaryBackground': '#313131', 'button-secondaryForeground': '#cccccc',
      'dropdown-background': '#313131', 'dropdown-foreground': '#cccccc', 'dropdown-border': '#3c3c3c', 'panel-border': '#2b2b2b', 'widget-border': '#313131',
      'editorWidget-border': '#454545', 'editorWarning-foreground': '#cca700', 'editorHoverWidget-background': '#202020', 'editorHoverWidget-border': '#454545',
      'sideBar-background': '#181818', 'list-activeSelectionBackground': '#04395e', 'list-activeSelectionForeground': '#ffffff', 'editor-inactiveSelectionBackground': '#3a3d41',
      'font-family': 'system-ui, sans-serif', 'font-size': '13px',
    },
  },
  light: {
    bodyClass: 'vscode-light',
    vars: {
      foreground: '#3b3b3b', 'editor-background': '#ffffff', descriptionForeground: '#717171', focusBorder: '#005fb8',
      'charts-blue': '#1a85ff', 'charts-orange': '#d18616', 'charts-green': '#388a34', 'charts-purple': '#652d90', 'charts-red': '#e51400', 'charts-yellow': '#bf8803',
      'button-background': '#005fb8', 'button-foreground': '#ffffff', 'button-secondaryBackground': '#e5e5e5', 'button-secondaryForeground': '#3b3b3b',
      'dropdown-background': '#ffffff', 'dropdown-foreground': '#3b3b3b', 'dropdown-border': '#cecece', 'panel-border': '#e5e5e5', 'widget-border': '#e5e5e5',
      'editorWidget-border': '#c8c8c8', 'editorWarning-foreground': '#bf8803', 'editorHoverWidget-background': '#f8f8f8', 'editorHoverWidget-border': '#c8c8c8',
      'sideBar-background': '#f8f8f8', 'list-activeSelectionBackground': '#e8e8e8', 'list-activeSelectionForeground': '#000000', 'editor-inactiveSelectionBackground': '#e5ebf1',
      'font-family': 'system-ui, sans-serif', 'font-size': '13px',
    },
  },
  'high-contrast': {
    bodyClass: 'vscode-high-contrast',
    vars: {
      foreground: '#ffffff', 'editor-background': '#000000', descriptionForeground: '#ffffff', focusBorder: '#f38518', contrastBorder: '#6fc3df', contrastActiveBorder: '#f38518',
      'charts-blue': '#3794ff', 'charts-orange': '#d18616', 'charts-green': '#89d185', 'charts-purple': '#b180d7', 'charts-red': '#f14c4c', 'charts-yellow': '#ffff00',
      'button-background': '#000000', 'button-foreground': '#ffffff', 'button-border': '#6fc3df', 'dropdown-background': '#000000', 'dropdown-foreground': '#ffffff', 'dropdown-border': '#6fc3df',
      'panel-border': '#6fc3df', 'widget-border': '#6fc3df', 'editorWidget-border': '#6fc3df', 'editorWarning-foreground': '#ffd370',
      'editorHoverWidget-background': '#0c141f', 'editorHoverWidget-border': '#6fc3df', 'sideBar-background': '#000000',
      'font-family': 'system-ui, sans-serif', 'font-size': '13px',
    },
  },
};

export interface Standalone {
  page: Page;
  posted(): Promise<WebviewMessage[]>;
  send(msg: HostMessage): Promise<void>;
  state(): Promise<TimelineViewState | undefined>;
}

/** Opens the webview page under its real CSP with a recording stub of the VS Code API. */
export async function openStandalone(context: BrowserContext, theme: keyof typeof THEMES, savedState?: unknown): Promise<Standalone> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-timeline-'));
  const file = path.join(dir, 'timeline.html');
  const url = (p: string) => `file://${path.join(REPO, p)}`;
  fs.writeFileSync(file, timelineHtml({ cspSource: 'file:', nonce: 'n0nce1234567890', scriptUri: url('dist/webview/timeline.js'), styleUri: url('media/timeline/timeline.css') }));
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 640 });
  const t = THEMES[theme];
  await page.addInitScript(({ vars, bodyClass, saved }) => {
    const w = window as unknown as Record<string, unknown>;
    const posted: unknown[] = [];
    const alerts: unknown[] = [];
    const violations: string[] = [];
    let state: unknown = saved;
    w.__posted = posted;
    w.__alerts = alerts;
    w.__violations = violations;
    w.__state = () => state;
    w.alert = (m: unknown) => { alerts.push(m); };
    w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => posted.push(m), getState: () => state, setState: (s: unknown) => { state = s; } });
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    document.addEventListener('DOMContentLoaded', () => {
      for (const [k, v] of Object.entries(vars)) document.documentElement.style.setProperty(`--vscode-${k}`, v);
      document.body.classList.add(bodyClass);
    });
  }, { vars: t.vars, bodyClass: t.bodyClass, saved: savedState });
  await page.goto(`file://${file}`);
  const posted = () => page.evaluate(() => (window as unknown as { __posted: WebviewMessage[] }).__posted.slice());
  await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'ready'));
  return {
    page,
    posted,
    send: (msg) => page.evaluate((m) => window.postMessage(m, '*'), msg),
    state: () => page.evaluate(() => (window as unknown as { __state(): TimelineViewState | undefined }).__state()),
  };
}

const ev = (p: Page, id: string) => p.locator(`.tl-event[data-event="${id}"]`);

export async function run(wb: Workbench): Promise<void> {
  const context = wb.page.context();
  const shots: string[] = [];
  const s = await openStandalone(context, 'dark');
  const { page } = s;
  try {
    await s.send({ type: 'data', payload: samplePayload });
    await page.locator('.tl-event').first().waitFor();

    // Every dated event is drawn, chronologically, by its precision; the undated one is listed.
    assert.equal(await page.locator('.tl-event').count(), 9);
    const kind = async (id: string) => (await ev(page, id).getAttribute('class'))!;
    assert.match(await kind('afp.txt#2:30'), /kind-point/, 'a day is a point');
    assert.match(await kind('ap.txt#5:0'), /kind-band/, 'a month is a band');
    assert.match(await kind('ap.txt#5:80'), /kind-band/, 'a week is a band');
    assert.match(await kind('ap.txt#6:60'), /kind-bar/, 'a range is a bar');
    assert.match(await kind('ap.txt#12:10'), /kind-bar.*open-after/, '"since November" is open towards the future');
    assert.match(await kind('ap.txt#4:5'), /open-before/, '"ahead of" is open towards the past');
    for (const [id, status] of [['afp.txt#2:30', 'reported'], ['ap.txt#12:10', 'ongoing'], ['ap.txt#6:60', 'future'], ['ap.txt#5:80', 'speculative']]) {
      assert.match(await kind(id), new RegExp(`status-${status}`));
    }
    assert.match(await kind('ap.txt#3:0'), /doc-c0/);
    assert.match(await kind('afp.txt#2:30'), /doc-c1/);
    const xs = await page.locator('.tl-event.kind-point').evaluateAll((els) => els.map((e) => [e.getAttribute('data-event'), e.getBoundingClientRect().left]));
    const x = Object.fromEntries(xs as [string, number][]);
    assert.ok(x['afp.txt#2:30'] < x['ap.txt#3:0'] && x['ap.txt#3:0'] < x['evil.txt#0:3'], 'points in date order left to right');
    assert.match(await page.locator('#undated').innerText(), /Not on the calendar \(1\)[\s\S]*Currently the parade season/);

    // The parade: one group, flagged, with the disagreement spelled out.
    const group = page.locator('.tl-group.conflict');
    assert.equal(await group.count(), 1);
    assert.equal((await group.innerText()).replace(/^!\s*/, '').trim(), 'Sources disagree: 2023-09-08 (AFP) vs 2023-09-09 (AP)');
    assert.equal(await page.locator('.tl-event.conflict .tl-conflict-badge').count(), 2);
    shots.push(await shot(page, wb, 'timeline-webview-dark'));

    // Document text is shown literally and never becomes markup, handlers or script.
    assert.equal(await ev(page, 'evil.txt#0:3').locator('.tl-label').textContent(), `Ministers met ${INJECTION}`);
    await ev(page, 'evil.txt#0:3').hover();
    await page.locator('#tooltip:not([hidden])').waitFor();
    assert.match(await page.locator('#tooltip').textContent() ?? '', /ministers met <img src=x onerror=alert\(1\)> and <script>alert\(2\)<\/script>/);
    const dom = await page.evaluate(() => ({
      imgs: document.querySelectorAll('img').length,
      scripts: document.querySelectorAll('script').length,
      handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
    }));
    assert.deepEqual(dom, { imgs: 0, scripts: 1, handlers: [] }, 'no injected element or handler');
    await page.waitForTimeout(200);
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __alerts: unknown[] }).__alerts), [], 'nothing ran');
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), [], 'the page needs nothing the CSP forbids');
    assert.match(await page.locator('#legend').innerText(), /Evil <img src=x onerror=alert\(1\)>/);

    // Hover shows the sentence.
    await ev(page, 'afp.txt#2:30').hover();
    await page.locator('#tooltip', { hasText: 'North Korea held a paramilitary parade on Friday' }).waitFor();
    assert.match(await page.locator('#tooltip').innerText(), /Sources disagree/);
    shots.push(await shot(page, wb, 'timeline-webview-tooltip'));
    await page.mouse.move(5, 5);

    // Keyboard alone: Tab into the events, arrows move, Enter asks the host to reveal.
    await page.locator('#fit-all').focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.event ?? null);
    assert.equal(await focused(), 'ap.txt#12:10', 'Tab lands on the first event');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await focused(), 'ap.txt#5:0');
    await page.keyboard.press('End');
    assert.equal(await focused(), 'evil.txt#0:3');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await focused(), 'ap.txt#5:80');
    assert.equal(await page.locator('.tl-event:focus').count(), 1, 'a visible focus target');
    assert.equal(await page.locator('.tl-event[tabindex="0"]').count(), 1, 'roving tabindex: one tab stop');
    await page.keyboard.press('Enter');
    assert.deepEqual((await s.posted()).filter((m) => m.type === 'reveal').pop(), { type: 'reveal', eventId: 'ap.txt#5:80', focusEditor: false });
    const label = await ev(page, 'ap.txt#5:80').getAttribute('aria-label');
    assert.match(label!, /^Speculative, week of 11 Sep 2023, AP: Summit could happen as early as next week$/);
    shots.push(await shot(page, wb, 'timeline-webview-keyboard'));

    // Zoom and fit with keys; the view is saved for restore.
    const spanOf = async () => { const st = (await s.state())!; return st.view!.end - st.view!.start; };
    await page.keyboard.press('0');
    assert.equal((await s.state())!.view, null, '0 fits all (and keeps fitting as data changes)');
    await page.keyboard.press('+');
    const once = await spanOf();
    await page.keyboard.press('+');
    assert.ok(Math.abs(await spanOf() - once / 1.5) < 1e-6, '+ zooms in by 1.5');
    await page.keyboard.press('-');
    assert.ok(Math.abs(await spanOf() - once) < 1e-6, '- zooms out');
    const fitted = once * 1.5;
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('0');
    assert.equal((await s.state())!.view, null, '0 fits all again');
    // Mouse: the wheel zooms about the pointer, a drag pans.
    const box = (await page.locator('#events').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(50);
    assert.ok(await spanOf() < fitted, 'wheel zooms in');
    const before = (await s.state())!.view!.start;
    assert.ok(before !== undefined);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 200, box.y + 20, { steps: 5 });
    await page.mouse.up();
    assert.ok((await s.state())!.view!.start < before, 'dragging right shows earlier days');
    await page.locator('#fit-all').click();

    // An entity with no dated event (selected in the tree) is named in the filter box, not shown by id.
    await s.send({ type: 'filter', filter: { entity: 'person:no-dates' }, entityName: 'Ada No-Dates' });
    await page.waitForFunction(() => document.querySelectorAll('.tl-event').length === 0);
    assert.equal(await page.locator('#filter-entity option:checked').textContent(), 'Ada No-Dates (no dated events)');
    await page.locator('#clear-filters').click();
    await page.waitForFunction(() => document.querySelectorAll('.tl-event').length === 9);

    // Filters: entity (as the tree selection sends it), then document and status in the UI.
    await s.send({ type: 'filter', filter: { entity: 'person:vladimir-putin' } });
    await page.waitForFunction(() => document.querySelectorAll('.tl-event').length === 4);
    assert.equal(await page.locator('#filter-entity').inputValue(), 'person:vladimir-putin');
    await page.locator('#status-speculative').uncheck();
    await page.waitForFunction(() => document.querySelectorAll('.tl-event').length === 2);
    assert.equal(await page.locator('#count').textContent(), '2 of 10 events');
    assert.deepEqual((await s.posted()).filter((m) => m.type === 'filterChanged').pop(),
      { type: 'filterChanged', filter: { entity: 'person:vladimir-putin', doc: null, statuses: ['reported', 'ongoing', 'future'] } });
    await page.locator('#clear-filters').click();
    await page.locator('#filter-doc').selectOption('afp.txt');
    await page.waitForFunction(() => document.querySelectorAll('.tl-event').length === 2);

    // The host can focus an event hidden by the filters: they are cleared to show it.
    await s.send({ type: 'focusEvent', eventId: 'ap.txt#6:60' });
    await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.event === 'ap.txt#6:60');
    await page.locator('#filter-entity').selectOption('person:kim-jong-un');

    // Reload with the saved state: filters, zoom and selection come back.
    await page.keyboard.press('+');
    const saved = await s.state();
    const restored = await openStandalone(context, 'light', saved);
    try {
      await restored.send({ type: 'data', payload: samplePayload });
      await restored.page.locator('.tl-event').first().waitFor();
      assert.equal(await restored.page.locator('#filter-entity').inputValue(), 'person:kim-jong-un');
      assert.deepEqual((await restored.state())!.view, saved!.view);
      assert.equal((await restored.state())!.selected, saved!.selected);
      await restored.page.locator('#fit-all').click();
      shots.push(await shot(restored.page, wb, 'timeline-webview-light'));
    } finally {
      await restored.page.close();
    }
    const hc = await openStandalone(context, 'high-contrast');
    try {
      await hc.send({ type: 'data', payload: samplePayload });
      await hc.page.locator('.tl-event').first().waitFor();
      await hc.page.keyboard.press('Tab');
      await hc.page.keyboard.press('Tab');
      shots.push(await shot(hc.page, wb, 'timeline-webview-high-contrast'));
    } finally {
      await hc.page.close();
    }
  } finally {
    await page.close();
  }
}

async function shot(page: Page, wb: Workbench, name: string): Promise<string> {
  const file = path.join(wb.screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
