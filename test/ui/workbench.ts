/**
 * UI tier driver: the real VS Code workbench (code-server) in Debian's chromium, with Dossier
 * installed from the packaged .vsix. `npm test` runs every module in test/ui/scenarios/.
 *
 * ── Scenario API ─────────────────────────────────────────────────────────────────────────────────
 * A scenario is a file test/ui/scenarios/<what-it-shows>.ts exporting:
 *
 *     export const name = 'hover on a person shows their card';
 *     export async function run(wb: Workbench): Promise<void> { ... }   // throw (assert) to fail
 *     export const timeoutMs = 120_000;                                 // optional, default 120 s
 *     export const hosts = ['web'];      // optional: run in the web-worker host run (default ['node'])
 *
 * All scenarios share one browser page (a workbench load costs ~10 s on 2 cores); between them the
 * runner presses Escape and closes all editors, so start from that state and do not rely on order.
 * The workspace is a fresh copy of seeds/ (`wb.workspace` is its path on disk).
 *
 * Helpers on `wb` (each waits for what it does to show, up to 30 s, then throws):
 *   openDossierView()            click Dossier's activity-bar icon; resolves with the side bar Locator
 *   treeItem(label)              Locator of a visible tree row (string = exact label, or a RegExp)
 *   expandTreeItem(label)        expand that row (twistie, so the item's own command does not run)
 *   openFile(path, {line, column}?)  Quick Open a workspace file, optionally at a 1-based position
 *   hoverText(path, text, {occurrence?, expect?})  mouse-hover the n-th occurrence of `text` in that
 *                                file; resolves with the hover's text (waits for `expect` if given)
 *   runCommand(title)            run a command from the palette by its title, e.g. 'Dossier: Refresh'
 *   webview()                    FrameLocator of the visible webview's content (two iframes deep)
 *   screenshot(name)             save test-results/screenshots/<name>.png (also used for the README)
 *   page                         the playwright-core Page, for anything else
 *
 * Assert with node:assert; prefer waiting on a Locator to sleeping.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { FrameLocator, Locator, Page } from 'playwright-core';

export interface Scenario {
  name: string;
  run(wb: Workbench): Promise<void>;
  timeoutMs?: number;
  /** Extension hosts whose run includes it: 'node' (default) and/or 'web' (the web-worker host run). */
  hosts?: ('node' | 'web')[];
}

export interface HoverOptions {
  /** Which occurrence of the text in the file to hover, 1-based (default 1). */
  occurrence?: number;
  /** Wait until the hover contains this (default: any settled content). */
  expect?: string | RegExp;
}

const REPO = path.resolve(__dirname, '../../..');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The activity-bar title Dossier contributes (from the manifest, so a rename does not break the tests). */
export function dossierContainerTitle(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const containers: { id: string; title: string }[] = manifest.contributes?.viewsContainers?.activitybar ?? [];
  return manifestString(containers.find((c) => /dossier/i.test(c.id))?.title ?? 'Dossier');
}

/** A manifest string as the English workbench shows it: `%key%` is looked up in package.nls.json. */
export function manifestString(value: string): string {
  const key = /^%(.+)%$/.exec(value)?.[1];
  if (!key) return value;
  const nls = JSON.parse(fs.readFileSync(path.join(REPO, 'package.nls.json'), 'utf8')) as Record<string, string>;
  return nls[key] ?? value;
}

/** 1-based line and column (UTF-16 code units, as VS Code counts) of `offset` in `text`. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (const m of text.slice(0, offset).matchAll(/\r\n|\r|\n/g)) {
    line++;
    lineStart = m.index! + m[0].length;
  }
  return { line, column: offset - lineStart + 1 };
}

export class Workbench {
  private constructor(readonly page: Page, readonly workspace: string, readonly screenshotDir: string) {}

  /** Opens the workbench on `folder` and waits until it has restored (views, editors, extensions). */
  static async open(page: Page, serverUrl: string, folder: string, screenshotDir: string): Promise<Workbench> {
    fs.mkdirSync(screenshotDir, { recursive: true });
    page.setDefaultTimeout(30_000);
    await page.goto(`${new URL(serverUrl).origin}/?folder=${encodeURIComponent(path.resolve(folder))}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    // window.driver exists because code-server runs with enable-smoke-test-driver.
    await page.waitForFunction(() => 'driver' in window, null, { timeout: 60_000 });
    await page.evaluate(() => (window as unknown as { driver: { whenWorkbenchRestored(): Promise<void> } }).driver.whenWorkbenchRestored());
    return new Workbench(page, folder, screenshotDir);
  }

  async openDossierView(): Promise<Locator> {
    const title = dossierContainerTitle();
    const icon = this.page.locator(`.activitybar .action-item [aria-label^="${title}"]`).first();
    await icon.waitFor();
    const sideBar = this.page.locator('.part.sidebar');
    const heading = sideBar.locator('.composite.title', { hasText: new RegExp(escapeRegExp(title), 'i') });
    // Clicking the icon of the container already shown would hide the side bar.
    if (!(await heading.isVisible())) await icon.click();
    await heading.waitFor();
    return sideBar;
  }

  treeItem(label: string | RegExp): Locator {
    const name = typeof label === 'string' ? new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) : label;
    return this.page.locator('.part.sidebar .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: name }) })
      .first();
  }

  async expandTreeItem(label: string | RegExp): Promise<Locator> {
    const row = this.treeItem(label);
    await row.waitFor();
    const state = await row.getAttribute('aria-expanded');
    if (state === null) throw new Error(`tree item ${label} cannot be expanded (it has no children)`);
    // A refresh of the tree can re-render the row under the click and swallow it: retry the click
    // (the gesture), never the check.
    for (let attempt = 0; (await row.getAttribute('aria-expanded')) !== 'true'; attempt++) {
      if (attempt === 3) throw new Error(`tree item ${label} did not expand after ${attempt} clicks`);
      await row.locator('.monaco-tl-twistie').click();
      await this.page.waitForFunction((el) => el?.getAttribute('aria-expanded') === 'true', await row.elementHandle(), { timeout: 10_000 })
        .catch(() => undefined);
    }
    return row;
  }

  async openFile(file: string, at?: { line: number; column: number }): Promise<void> {
    // Quick Open filters asynchronously: Enter can pick a row of the list shown before the filter
    // applied (a recently opened file, or this file without the position). So the state is checked
    // (active tab, cursor position in the status bar) and only the gesture is retried.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.quickOpen(file, at);
        return;
      } catch (err) {
        if (attempt === 3) throw err;
        await this.page.keyboard.press('Escape');
      }
    }
  }

  private async quickOpen(file: string, at?: { line: number; column: number }): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    // An absolute path: Quick Open checks it on disk, while a relative name goes through the file
    // search, whose index may not hold a file the scenario has just written.
    const target = path.resolve(this.workspace, file);
    await input.fill(at ? `${target}:${at.line}:${at.column}` : target);
    // The row for the typed path: the first row, naming this file (the picker has applied the filter).
    await this.page.locator('.quick-input-list .monaco-list-row[data-index="0"]', { hasText: path.basename(file) }).waitFor({ timeout: 15_000 });
    await this.page.keyboard.press('Enter');
    await this.page.locator('.tab.active', { hasText: path.basename(file) }).waitFor({ timeout: 15_000 });
    if (at) {
      await this.page.waitForFunction(({ line, column }) => [...document.querySelectorAll('.statusbar-item')]
        .some((e) => new RegExp(`^\\s*Ln ${line}, Col ${column}\\b`).test(e.textContent ?? '')), at, { timeout: 10_000 });
    }
  }

  async hoverText(file: string, text: string, options: HoverOptions = {}): Promise<string> {
    const content = fs.readFileSync(path.join(this.workspace, file), 'utf8');
    let offset = -1;
    for (let n = 0; n < (options.occurrence ?? 1); n++) {
      offset = content.indexOf(text, offset + 1);
      if (offset < 0) throw new Error(`"${text}" occurs fewer than ${options.occurrence ?? 1} time(s) in ${file}`);
    }
    await this.openFile(file, positionAt(content, offset));
    // The cursor now sits at the start of the text: hover the mouse just right of it, inside the word.
    const cursor = this.page.locator('.monaco-editor.focused .cursors-layer .cursor').first();
    await cursor.waitFor();
    const box = await cursor.boundingBox();
    if (!box) throw new Error('no editor cursor on screen');
    const hover = this.page.locator('.monaco-hover:visible', options.expect ? { hasText: options.expect } : {}).first();
    await this.page.mouse.move(box.x + 200, box.y + 200);
    await this.page.mouse.move(box.x + 4, box.y + box.height / 2, { steps: 4 });
    try {
      await hover.waitFor({ timeout: 8_000 });
    } catch {
      // Mouse hovers race the editor's layout after a reveal; the keyboard command shows the same hover.
      await this.page.keyboard.press('Control+K');
      await this.page.keyboard.press('Control+I');
      await hover.waitFor();
    }
    // Providers answer asynchronously: wait until the text stops changing.
    let last = '';
    for (let i = 0; i < 20; i++) {
      const now = await hover.innerText();
      if (now === last && !/^\s*Loading/.test(now)) return now;
      last = now;
      await this.page.waitForTimeout(150);
    }
    return last;
  }

  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    const row = this.page.locator('.quick-input-list .monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(title)}\\s*$`) }) })
      .first();
    await row.waitFor();
    await row.click();
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  webview(): FrameLocator {
    // <iframe class="webview ready"> hosts the webview page; the extension's HTML is in #active-frame.
    return this.page.frameLocator('iframe.webview.ready:visible').first().frameLocator('#active-frame');
  }

  async screenshot(name: string): Promise<string> {
    const file = path.join(this.screenshotDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
    fs.mkdirSync(this.screenshotDir, { recursive: true });   // another npm test may have cleared test-results/
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Puts the workbench back in a neutral state between scenarios. */
  async reset(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Escape');
    await this.runCommand('View: Close All Editors');
  }
}
