// Issue 6, tier 2: bad input inside the real extension host. Files are created in the test
// workspace at test time (small ones only) and removed afterwards. What a user would notice:
// no crash or unhandled rejection, skipped files named in the Dossier log with one summary,
// positions that match the editor's after a BOM, emoji, CR or UTF-16, hovers that show hostile
// markup literally and trust only Dossier's commands, vanished files leaving quietly, edits
// arriving mid-analysis ending on the latest text, and no byte of a user's file changed.
import * as assert from 'assert';
import { createHash } from 'crypto';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension/extension';
import { loadBadCorpus, type BadCorpusModule } from '../unit/robustness/bad-corpus';
import { dossier, waitFor } from './support';

const DIR = 'zz-robustness';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function hoverParts(hovers: vscode.Hover[]): vscode.MarkdownString[] {
  return hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c && 'isTrusted' in c);
}

const utf16 = (s: string, le: boolean) => {
  const b = new Uint8Array(2 + s.length * 2);
  b.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    b[2 + i * 2 + (le ? 0 : 1)] = c & 0xff;
    b[2 + i * 2 + (le ? 1 : 0)] = c >> 8;
  }
  return b;
};
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('bad input in the extension host (issue 6)', function () {
  this.timeout(180_000);
  let api: DossierApi;
  let corpus: BadCorpusModule;
  let folder: vscode.Uri;
  const problems: string[] = [];
  const onRejection = (reason: unknown) => { problems.push(`unhandledRejection: ${reason instanceof Error ? reason.stack : String(reason)}`); };
  const onException = (err: Error) => { problems.push(`uncaughtException: ${err.stack}`); };
  const warnings: string[] = [];
  const errors: string[] = [];
  const summaries: (readonly string[])[] = [];
  const restore: (() => void)[] = [];
  /** Every file this suite writes, with the bytes it wrote: none may change unless the test edits it. */
  const written = new Map<string, Uint8Array>();

  const uri = (name: string) => vscode.Uri.joinPath(folder, DIR, name);
  const idOf = (name: string) => `${DIR}/${name}`;
  async function write(name: string, bytes: Uint8Array) {
    await vscode.workspace.fs.writeFile(uri(name), bytes);
    written.set(name, bytes);
  }

  before(async () => {
    api = await dossier();
    corpus = await loadBadCorpus();
    folder = vscode.workspace.workspaceFolders![0].uri;
    process.on('unhandledRejection', onRejection);
    process.on('uncaughtException', onException);
    // Listen to what the store says in the Dossier output channel and in its summary notification.
    const log = api.store.log;
    const { warn, error } = log;
    log.warn = (msg: string, ...rest: unknown[]) => { warnings.push(msg); warn.call(log, msg, ...rest); };
    log.error = (msg: string | Error, ...rest: unknown[]) => { errors.push(String(msg)); error.call(log, msg, ...rest); };
    const report = api.store.reportSkipped.bind(api.store);
    api.store.reportSkipped = (lines: readonly string[]) => { if (lines.length) summaries.push(lines); report(lines); };
    restore.push(() => { log.warn = warn; log.error = error; api.store.reportSkipped = report; });
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder, DIR));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // File by file, then the folder: cleaning up must not depend on the behaviour under test.
    for (const [name] of await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(folder, DIR)).then(undefined, () => [] as [string, vscode.FileType][])) {
      await vscode.workspace.fs.delete(uri(name), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, DIR), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await waitFor(() => !api.store.index.documents().some((d) => d.id.startsWith(`${DIR}/`)), 'the suite\'s files leave the corpus').catch(() => undefined);
    for (const r of restore) r();
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  });

  it('skips binary files with a one-line reason each in the Dossier log and one summary notification', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await Promise.all([
      write('image.txt', png),
      write('nul.txt', Uint8Array.from([...utf8('Vladimir Putin'), 0, 0, 1, ...utf8(' met Kim')])),
      write('zip.md', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0])),
      write('plain.txt', utf8(corpus.ARTICLE)),
    ]);
    await waitFor(() => api.store.docIdOf(uri('plain.txt')) !== undefined, 'the good file is analysed');
    await waitFor(() => summaries.flat().filter((l) => l.includes(DIR)).length >= 3, 'three skipped files reported');
    await api.store.whenIdle();
    const expected = [
      `Skipped ${idOf('image.txt')}: binary (PNG image)`,
      `Skipped ${idOf('nul.txt')}: binary (contains NUL bytes)`,
      `Skipped ${idOf('zip.md')}: binary (ZIP archive)`,
    ];
    for (const line of expected) {
      assert.strictEqual(warnings.filter((w) => w === line).length, 1, `"${line}" once in the log, got:\n${warnings.join('\n')}`);
      assert.ok(!line.includes('\n'));
    }
    const mine = summaries.filter((s) => s.some((l) => l.includes(DIR)));
    assert.strictEqual(mine.length, 1, `one summary notification for the batch, got ${JSON.stringify(mine)}`);
    for (const name of ['image.txt', 'nul.txt', 'zip.md']) assert.strictEqual(api.store.docIdOf(uri(name)), undefined, `${name} is not in the corpus`);
  });

  const encoded: [string, () => Uint8Array, string][] = [
    ['utf8-bom.txt', () => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(corpus.ARTICLE)]), 'UTF-8 with BOM'],
    ['utf16le.txt', () => utf16(corpus.ARTICLE, true), 'UTF-16 LE'],
    ['utf16be.txt', () => utf16(corpus.ARTICLE, false), 'UTF-16 BE'],
    ['crlf.txt', () => utf8(corpus.ARTICLE.replace(/\n/g, '\r\n')), 'CRLF'],
    ['cr.txt', () => utf8(corpus.ARTICLE.replace(/\n/g, '\r')), 'lone CR'],
    ['mixed-eol.txt', () => utf8('Title line\r\nKim Jong Un met Vladimir Putin on Friday.\rPutin left.\n\nLiu Guozhong stayed in Pyongyang.\r\n'), 'mixed CRLF, CR and LF'],
    ['emoji.txt', () => utf8(`🇰🇵😀👍🏽 e\u0301\u0301 Kim Jong Un met 👨‍👩‍👧 Vladimir Putin in Vladivostok on Wednesday.\n\n𝒜 Liu Guozhong 🙂 attended a parade.\n`), 'emoji and combining marks'],
    ['rtl.txt', () => utf8('רה"מ נתניהו met Vladimir Putin in ירושלים on Friday. قال الرئيس Kim Jong Un في بيونغ يانغ.\u200f\n'), 'right-to-left'],
  ];
  for (const [name, bytes, what] of encoded) {
    it(`reads ${what} exactly as the editor shows it: same text, every mention at the editor's position`, async () => {
      await write(name, bytes());
      await waitFor(() => api.store.docIdOf(uri(name)) !== undefined, `${name} is analysed`);
      await api.store.whenIdle();
      const id = api.store.docIdOf(uri(name))!;
      // Read before the editor opens it: this is the text the scan decoded from bytes.
      const scanned = api.store.textOf(id)!;
      const document = await vscode.workspace.openTextDocument(uri(name));
      assert.strictEqual(JSON.stringify(scanned), JSON.stringify(document.getText()), 'Dossier decoded the bytes to the editor\'s text');
      assert.strictEqual(api.store.currentDocId(document), id, 'the analysis is usable in the editor without an edit');
      const a = api.store.index.document(id)!;
      assert.ok(a.mentions.length >= 2, `mentions found in ${name}`);
      for (const m of a.mentions) {
        const range = new vscode.Range(document.positionAt(m.start), document.positionAt(m.end));
        assert.strictEqual(document.getText(range), m.text, `${name}: mention ${m.text} at ${m.start}`);
      }
      // A hover on a name answers with that name's card.
      const kim = a.mentions.find((m) => /Kim|Putin|Liu/.test(m.text))!;
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(kim.start + 1));
      const md = hoverParts(hovers).map((h) => h.value).join('\n');
      const range = hovers.find((h) => h.range)?.range;
      assert.ok(range && document.getText(range) === kim.text, `the hover covers "${kim.text}", got "${range && document.getText(range)}"`);
      assert.ok(md.includes(kim.text.split(' ')[0]), md);
    });
  }

  it('shows hostile markup in a hover literally; links run only Dossier commands', async () => {
    const { img, script, commandLink } = corpus.INJECTIONS;
    const text = 'Hostile page\n\n'
      + `Zbigniew Quarrington met ${img} officials in Moscow on Friday, ${script} state media said ${commandLink} and \`rm -rf ~\` [Reuters](https://example.com) $(zap).\n`;
    await write('injection.txt', utf8(text));
    await waitFor(() => api.store.docIdOf(uri('injection.txt')) !== undefined, 'analysed');
    const document = await vscode.workspace.openTextDocument(uri('injection.txt'));
    await waitFor(() => api.store.currentDocId(document) !== undefined, 'analysis matches the editor');
    const offset = text.indexOf('Quarrington');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
    const parts = hoverParts(hovers);
    assert.ok(parts.length > 0, 'a hover card');
    const md = parts.map((p) => p.value).join('\n');
    assert.match(md, /Zbigniew Quarrington/);
    // The sentence is quoted, escaped: HTML as entities, Markdown punctuation backslashed.
    assert.ok(md.includes('&lt;img src=x onerror=alert\\(1\\)&gt;'), `the <img> shown as text:\n${md}`);
    assert.ok(md.includes('&lt;script&gt;alert\\(1\\)&lt;/script&gt;'), 'the <script> shown as text');
    assert.ok(md.includes('\\[x\\]\\(command\\:workbench\\.action'), 'the command link shown as text');
    assert.ok(md.includes('\\`rm \\-rf \\~\\`'), 'backticks escaped');
    assert.ok(md.includes('\\$\\(zap\\)'), 'no icon from the document');
    assert.ok(!/<img|<script/i.test(md), 'no raw tag');
    const links = [...md.matchAll(/\]\((\w+):([^)\s"]*)/g)].map((m) => `${m[1]}:${m[2].split('?')[0]}`);
    assert.ok(links.length > 0, 'the card has its own command links');
    assert.deepStrictEqual(links.filter((l) => !/^command:dossier\./.test(l)), [], 'every link runs a Dossier command');
    for (const p of parts) {
      assert.notStrictEqual(p.supportHtml, true, 'no HTML rendering');
      const trusted = p.isTrusted;
      if (typeof trusted === 'object') assert.deepStrictEqual(trusted.enabledCommands.filter((c) => !c.startsWith('dossier.')), [], 'only Dossier commands trusted');
      else assert.notStrictEqual(trusted, true, 'never trusted for every command');
    }
  });

  it('a file deleted right after it is created, or while it is being analysed, leaves no trace and no error', async () => {
    const errorsBefore = errors.length;
    // Deleted within a few milliseconds of being written.
    await write('flash.txt', utf8(corpus.ARTICLE));
    await vscode.workspace.fs.delete(uri('flash.txt'));
    written.delete('flash.txt');
    // Deleted once the watcher has handed it to the analyzer (a long article takes a while).
    await write('vanishing.txt', utf8(corpus.bigArticle(150_000)));
    await sleep(450);
    await vscode.workspace.fs.delete(uri('vanishing.txt'));
    written.delete('vanishing.txt');
    await sleep(1500);
    await api.store.whenIdle();
    for (const name of ['flash.txt', 'vanishing.txt']) {
      assert.strictEqual(api.store.docIdOf(uri(name)), undefined, `${name} is not in the corpus`);
      assert.ok(!api.store.index.documents().some((d) => d.id === idOf(name)), `${name} is not indexed`);
      assert.ok(!api.views.documents.getChildren().some((n) => n.kind === 'doc' && n.doc === idOf(name)), `${name} is not in the Documents view`);
    }
    assert.deepStrictEqual(errors.slice(errorsBefore), [], 'nothing logged as an error');
  });

  it('edits arriving while a document is analysed end on the latest text, positions exact', async () => {
    await write('edited.txt', utf8(`😀 ${corpus.ARTICLE}`));
    await waitFor(() => api.store.docIdOf(uri('edited.txt')) !== undefined, 'analysed');
    const document = await vscode.workspace.openTextDocument(uri('edited.txt'));
    const editor = await vscode.window.showTextDocument(document);
    for (let i = 0; i < 8; i++) {
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), i % 2 ? '🎉 Zoë ' : 'Angela Merkel met Emmanuel Macron on Monday. '));
      await sleep(i % 3 === 0 ? 450 : 60); // some edits land mid-analysis, some after the debounce
    }
    await waitFor(() => api.store.currentDocId(document) !== undefined, 'the last edit is analysed', 60_000);
    const id = api.store.currentDocId(document)!;
    assert.strictEqual(api.store.textOf(id), document.getText());
    const a = api.store.index.document(id)!;
    for (const m of a.mentions) assert.strictEqual(document.getText(new vscode.Range(document.positionAt(m.start), document.positionAt(m.end))), m.text);
    assert.ok(a.mentions.some((m) => /Merkel|Macron/.test(m.text)), `the inserted names are found: ${a.mentions.map((m) => m.text).join(', ')}`);
    // The test edited this file (and the web workbench auto-saves): it is not part of the next check.
    written.delete('edited.txt');
    await vscode.commands.executeCommand('workbench.action.files.save');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('a deleted folder of articles leaves the corpus and the views, without an error', async () => {
    const errorsBefore = errors.length;
    await vscode.workspace.fs.createDirectory(uri('sub/deeper'));
    await write('sub/one.txt', utf8(corpus.ARTICLE));
    await write('sub/deeper/two.md', utf8(`😀 ${corpus.ARTICLE}`));
    await waitFor(() => api.store.docIdOf(uri('sub/one.txt')) !== undefined && api.store.docIdOf(uri('sub/deeper/two.md')) !== undefined, 'both analysed');
    await vscode.workspace.fs.delete(uri('sub'), { recursive: true, useTrash: false });
    written.delete('sub/one.txt');
    written.delete('sub/deeper/two.md');
    await waitFor(() => !api.store.index.documents().some((d) => d.id.startsWith(idOf('sub/'))), 'the folder\'s documents leave the index', 15_000);
    assert.ok(!api.views.documents.getChildren().some((n) => n.kind === 'doc' && n.doc.startsWith(idOf('sub/'))), 'and the Documents view');
    assert.strictEqual(api.store.docIdOf(uri('sub/one.txt')), undefined);
    assert.deepStrictEqual(errors.slice(errorsBefore), [], 'nothing logged as an error');
  });

  it('never writes to a user\'s file: every file the suite created is byte-identical after all the analysis', async () => {
    await api.store.whenIdle();
    const changed: string[] = [];
    for (const [name, bytes] of written) {
      const now = await vscode.workspace.fs.readFile(uri(name));
      const h = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
      if (h(now) !== h(bytes)) changed.push(name);
    }
    assert.deepStrictEqual(changed, []);
    assert.ok(written.size >= 10);
  });

  it('raised no unhandled rejection or uncaught exception in the extension host', () => {
    assert.deepStrictEqual(problems, []);
  });
});
