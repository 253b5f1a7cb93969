// The timeline in the real extension host and workbench: the command opens a `dossier.timeline`
// webview whose page loads under its CSP and asks for data, the data is the corpus's events in
// chronological order with their verbatim sentences, the page's messages are validated, and
// choosing an event selects its sentence in an editor.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CorpusEvent } from '../../src/core/model';
import type { TimelineHandle } from '../../src/extension/timeline';

const REPO = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;

interface StoreLike {
  ready: Promise<void>;
  whenIdle(): Promise<void>;
  index: { timeline(): CorpusEvent[] };
  uriOf(doc: string): vscode.Uri | undefined;
}

function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let t: NodeJS.Timeout;
  return Promise.race([p, new Promise<T>((_, reject) => { t = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms); })])
    .finally(() => clearTimeout(t));
}

async function until(cond: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('timeline webview', () => {
  let store: StoreLike;
  let handle: TimelineHandle;

  before(async function () {
    this.timeout(120_000);
    const ext = vscode.extensions.getExtension<{ store: StoreLike }>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    store = (await ext.activate()).store;
    await store.ready;
    await store.whenIdle();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('dossier.showTimeline opens a dossier.timeline panel whose page loads and asks for data', async function () {
    this.timeout(60_000);
    handle = await vscode.commands.executeCommand<TimelineHandle>('dossier.showTimeline');
    assert.ok(handle?.panel, 'the command resolves with the panel');
    assert.strictEqual(handle.panel.viewType, 'dossier.timeline');
    // The tab model follows the workbench asynchronously.
    const timelineTab = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('dossier.timeline'));
    await until(() => !!timelineTab(), 10_000, 'a timeline tab').catch(() => {
      const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => `${t.label} ${(t.input as { viewType?: string })?.viewType}`);
      assert.fail(`no timeline tab among: ${tabs.join(', ')}`);
    });
    // `ready` comes from the page's script: it ran under the nonce CSP inside the real workbench.
    await within(handle.whenReady(), 45_000, 'the webview\'s ready message');
    // A second call reveals the same panel instead of opening another.
    const again = await vscode.commands.executeCommand<TimelineHandle>('dossier.showTimeline');
    assert.strictEqual(again.panel, handle.panel);
  });

  it('sends the corpus events in chronological order, each with its sentence from the document', async () => {
    const payload = handle.lastPayload();
    assert.ok(payload, 'a payload was sent');
    const expected = store.index.timeline();
    assert.ok(expected.length > 0, 'the seeds yield dated events');
    assert.deepStrictEqual(payload.events.map((e) => e.id), expected.map((e) => e.id));
    const day = (e: { date: { earliest?: string } }) => e.date.earliest ?? '9999';
    const dated = payload.events.filter((e) => e.date.earliest);
    for (let i = 1; i < dated.length; i++) assert.ok(day(dated[i - 1]) <= day(dated[i]), `${dated[i - 1].id} before ${dated[i].id}`);
    assert.ok(payload.docs.length >= 2, 'both seed documents are listed as sources');
    for (const e of expected.slice(0, 10)) {
      const doc = await vscode.workspace.openTextDocument(store.uriOf(e.doc)!);
      const sentence = doc.getText().slice(e.sentence.start, e.sentence.end).replace(/\s+/g, ' ').trim();
      assert.strictEqual(payload.events.find((x) => x.id === e.id)!.sentence, sentence);
    }
  });

  it('drops messages from the page that are not in the protocol', async () => {
    const before = handle.dropped;
    const bad: unknown[] = [
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: 'reveal', eventId: 42, focusEditor: false },
      { type: 'reveal', eventId: 'x', focusEditor: false, extra: '<img src=x onerror=alert(1)>' },
      'ready',
      null,
    ];
    for (const m of bad) assert.strictEqual(await handle.receive(m), false, `accepted ${JSON.stringify(m)}`);
    assert.strictEqual(handle.dropped, before + bad.length);
  });

  it('choosing an event opens its document with the sentence selected', async function () {
    this.timeout(30_000);
    const e = store.index.timeline()[0];
    assert.ok(await handle.receive({ type: 'reveal', eventId: e.id, focusEditor: true }));
    await until(() => vscode.window.activeTextEditor?.document.uri.toString() === store.uriOf(e.doc)!.toString(), 10_000, 'the editor');
    const editor = vscode.window.activeTextEditor!;
    const doc = editor.document;
    assert.strictEqual(doc.offsetAt(editor.selection.start), e.sentence.start);
    assert.strictEqual(doc.offsetAt(editor.selection.end), e.sentence.end);
    assert.notStrictEqual(editor.viewColumn, handle.panel.viewColumn, 'the editor opens beside the timeline');
  });

  it('an entity passed to the command filters the page (round trip through the webview)', async function () {
    this.timeout(30_000);
    const e = store.index.timeline().find((x) => x.entities.length);
    if (!e) this.skip();
    await vscode.commands.executeCommand('dossier.showTimeline', { entity: e!.entities[0] });
    // The page applies the filter and reports it back with a validated filterChanged message.
    await until(() => handle.currentFilter()?.entity === e!.entities[0], 15_000, 'the page to apply the filter');
    assert.match(handle.panel.title, /^Timeline: /);
  });
});
