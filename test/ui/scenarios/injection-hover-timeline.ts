// Issue 6, tier 3: a document whose sentence carries <img onerror>, <script>, a command: link and
// backticks around a name and a date. In the real workbench the hover card on the name shows that
// markup as text (no element, no foreign link), and its "Show in Timeline" link opens the timeline
// webview on the name's events, whose DOM holds no injected element, script or handler, and where
// nothing ran. Screenshots: injection-hover.png, injection-timeline.png.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Frame } from 'playwright-core';
import type { Workbench } from '../workbench';

export const name = 'injection: hover card and timeline show hostile markup as text, run nothing';
export const timeoutMs = 240_000;

const FILE = 'zz-injection-ui.txt';
const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';
const CMD = '[x](command:workbench.action.terminal.new)';
const TEXT = [
  'Injection scenario page',
  '',
  `PYONGYANG (AP) — On 12 September 2023, Zbigniew Quarrington met ${IMG} officials in Pyongyang, ${SCRIPT} state media said ${CMD} and \`rm -rf ~\`.`,
  '',
  'Zbigniew Quarrington will travel to Vladivostok on 14 September 2023, his office said.',
  '',
].join('\n');

/** Runs in every frame created from now on (webviews included): records alerts and CSP violations. */
function spy() {
  const w = window as unknown as { __dossierRan?: string[] };
  if (w.__dossierRan) return;
  const ran: string[] = [];
  w.__dossierRan = ran;
  for (const k of ['alert', 'confirm', 'prompt'] as const) {
    (window as unknown as Record<string, unknown>)[k] = (m: unknown) => { ran.push(`${k}(${String(m)})`); };
  }
  document.addEventListener('securitypolicyviolation', (e) => ran.push(`csp: ${e.violatedDirective} ${e.blockedURI}`), true);
}

export async function run(wb: Workbench): Promise<void> {
  const { page } = wb;
  await page.addInitScript(spy);
  await page.evaluate(spy);
  const file = path.join(wb.workspace, FILE);
  fs.writeFileSync(file, TEXT);
  try {
    await wb.openDossierView();
    await wb.treeItem(/^Injection scenario page/).waitFor({ timeout: 90_000 });

    // ── The hover card ────────────────────────────────────────────────────────────────────────
    const text = await wb.hoverText(FILE, 'Quarrington', { expect: /Show in Timeline/ });
    assert.match(text, /Zbigniew Quarrington/);
    assert.ok(text.includes(IMG), `the <img> is shown as text in the card:\n${text}`);
    assert.ok(text.includes(SCRIPT), 'the <script> is shown as text');
    assert.ok(text.includes(CMD), 'the command link is shown as text, not as a link');
    assert.ok(!/\\[<[(`]/.test(text), 'no visible backslash escapes');
    const hover = page.locator('.monaco-hover:visible').first();
    const dom = await hover.evaluate((el) => ({
      imgs: [...el.querySelectorAll('img')].map((i) => i.getAttribute('src')),
      scripts: el.querySelectorAll('script').length,
      handlers: [...el.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
      links: [...el.querySelectorAll('a')].map((a) => a.getAttribute('data-href') ?? a.getAttribute('href') ?? ''),
    }));
    assert.deepStrictEqual(dom.imgs, [], 'no image in the card');
    assert.strictEqual(dom.scripts, 0);
    assert.deepStrictEqual(dom.handlers, []);
    assert.ok(dom.links.length >= 3, `the card has Dossier's links: ${dom.links.join(', ')}`);
    assert.deepStrictEqual(dom.links.filter((l) => !/^command:dossier\./.test(l)), [], 'every link in the card runs a Dossier command');
    await wb.screenshot('injection-hover');

    // ── The timeline, opened from the card ────────────────────────────────────────────────────
    await hover.locator('a', { hasText: 'Show in Timeline' }).click();
    await page.locator('.tab', { hasText: /Timeline/ }).first().waitFor();
    // The card stays up after its link is clicked and covers the timeline: put it away.
    await page.mouse.move(5, 400);
    await page.keyboard.press('Escape');
    await page.locator('.monaco-hover:visible').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
    const view = wb.webview();
    const event = view.locator('.tl-event', { hasText: /Quarrington|officials|Pyongyang/ }).first();
    await event.waitFor({ timeout: 60_000 });
    await event.hover();
    await view.locator('#tooltip:not([hidden])').waitFor();
    const tip = await view.locator('#tooltip').innerText();
    assert.ok(tip.includes(IMG) || tip.includes(SCRIPT), `the tooltip shows the sentence's markup as text:\n${tip}`);
    const web = await view.locator('html').evaluate((root, img) => {
      const doc = root.ownerDocument;
      const all = [...doc.querySelectorAll('*')];
      return {
        injectedImgs: doc.querySelectorAll('img[onerror], img[src="x"]').length,
        // VS Code injects one inline script of its own (the acquireVsCodeApi shim); anything else is ours or injected.
        scripts: [...doc.querySelectorAll('script')].filter((s) => !(!s.getAttribute('src') && /acquireVsCodeApi/.test(s.textContent ?? '') && !/alert/.test(s.textContent ?? '')))
          .map((s) => ({ src: s.getAttribute('src') ?? '', nonce: !!(s as HTMLScriptElement).nonce })),
        handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}.${a.name}`)),
        links: [...doc.querySelectorAll('a[href], [src^="javascript:"], iframe, object, embed')].map((e) => e.outerHTML.slice(0, 80)),
        literal: doc.body.textContent?.includes(img) || doc.body.innerHTML.includes('&lt;img src=x'),
        csp: doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
      };
    }, IMG);
    assert.strictEqual(web.injectedImgs, 0, 'no injected <img>');
    assert.strictEqual(web.scripts.length, 1, `one script: ${JSON.stringify(web.scripts)}`);
    assert.ok(web.scripts[0].nonce && /timeline\.js/.test(web.scripts[0].src), `only the nonce'd timeline script: ${JSON.stringify(web.scripts)}`);
    assert.deepStrictEqual(web.handlers, [], 'no inline event handler anywhere');
    assert.deepStrictEqual(web.links, [], 'no link, frame or embedded object');
    assert.ok(web.literal, 'the markup is in the page as text');
    assert.match(web.csp, /default-src 'none'/);
    assert.match(web.csp, /script-src 'nonce-[0-9a-f]+'/);
    await wb.screenshot('injection-timeline');

    // Nothing ran, nothing was blocked, in the workbench or in any webview frame.
    const ran: string[] = [];
    for (const f of page.frames()) ran.push(...await f.evaluate(() => (window as unknown as { __dossierRan?: string[] }).__dossierRan ?? []).catch(() => [] as string[]));
    assert.deepStrictEqual(ran, [], 'no alert, confirm, prompt or CSP violation');
    assert.ok(page.frames().some((f: Frame) => f.url().includes('fake.html') || f.name() === 'active-frame' || /webview/.test(f.url())), 'the spy reached the webview frames');
  } finally {
    fs.rmSync(file, { force: true });
  }
}
