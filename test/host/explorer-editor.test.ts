// Dossier's editor features through VS Code's own command API (the same path Shift+F12, F12,
// the Outline, Ctrl+T and the mouse hover take), on the copy of seeds/.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension/extension';
import { escapeMarkdown } from '../../src/extension/util/markdown';
import { formatDate } from '../../src/shared/dates';
import { dossier, waitFor } from './support';

/**
 * Opens the corpus document with the n-th occurrence of `text` that Dossier reads as a mention
 * (the page furniture around an article repeats names that are deliberately not analysed), and
 * returns a position inside it.
 */
async function at(api: DossierApi, text: string, occurrence = 1) {
  let seen = 0;
  for (const d of api.store.index.documents()) {
    const document = await vscode.workspace.openTextDocument(api.store.uriOf(d.id)!);
    const content = document.getText();
    for (let offset = content.indexOf(text); offset >= 0; offset = content.indexOf(text, offset + 1)) {
      if (!api.store.index.entityAt(d.id, offset + 1)) continue;
      if (++seen === occurrence) return { document, docId: d.id, offset, position: document.positionAt(offset + 1) };
    }
  }
  throw new Error(`no ${occurrence}. mention "${text}" in the corpus`);
}

function hoverMarkdown(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n---\n');
}

describe('Dossier in the editor', () => {
  let api: DossierApi;
  before(async () => { api = await dossier(); });

  it('shows a hover card on "Putin" with his name, type and mention count', async () => {
    const { document, position } = await at(api, 'Putin');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const md = hoverMarkdown(hovers);
    const putin = api.store.index.entityAt(api.store.docIdOf(document.uri)!, document.offsetAt(position))!.entity;
    assert.match(md, /Putin/);
    assert.match(md, /Person/);
    assert.ok(md.includes(`${putin.mentions.length} mention`), `mention count ${putin.mentions.length} in:\n${md}`);
    assert.match(md, /in \d+ documents?/);
    // Command links: only Dossier's own.
    const commands = [...md.matchAll(/\]\(command:([\w.-]+)/g)].map((m) => m[1]);
    assert.ok(commands.includes('dossier.showAllMentions') && commands.includes('dossier.revealEntity') && commands.includes('dossier.showInTimeline'));
    assert.deepStrictEqual(commands.filter((c) => !c.startsWith('dossier.')), []);
  });

  it('escapes every piece of document text in the hover card', async () => {
    const { document, position, docId } = await at(api, 'Putin');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const md = hoverMarkdown(hovers);
    const e = api.store.index.entityAt(docId, document.offsetAt(position))!.entity;
    const first = e.mentions[0];
    const s = api.store.index.document(first.doc)!.sentences[first.sentence];
    const sentence = api.store.textOf(first.doc)!.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
    // The first mention's sentence is shown (a quote), but only in escaped form: its punctuation is
    // backslash-escaped, so no raw run of it with markdown syntax can reach the renderer.
    assert.ok(/[.,()'"’-]/.test(sentence), 'the sentence has punctuation to escape');
    const words = sentence.split(/\s+/).slice(0, 3).join(' ');
    assert.ok(md.includes(words.replace(/[\\`*_{}[\]()#+\-.!|~:$"']/g, '\\$&')), `escaped sentence start "${words}" in:\n${md}`);
    assert.ok(!md.includes(sentence), 'the raw sentence never appears unescaped');
  });

  it('shows injected markup literally, and never as a link or HTML', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const uri = vscode.Uri.joinPath(folder, 'zz-injection.txt');
    const text = 'Hostile page\n\nVladimir Putin met <img src=x onerror=alert(1)> officials and '
      + '[click](command:workbench.action.terminal.new) `code` $(zap) in Moscow on Friday. Vladimir Putin <script>alert(2)</script> smiled.\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      await waitFor(() => api.store.docIdOf(uri) !== undefined, 'the watcher picks up the new file');
      const document = await vscode.workspace.openTextDocument(uri);
      await waitFor(() => api.store.currentDocId(document) !== undefined, 'analysed');
      const offset = text.indexOf('Putin') + 1;
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(offset));
      const md = hoverMarkdown(hovers);
      assert.match(md, /Putin/);
      assert.ok(!/<img|<script/i.test(md), 'no raw HTML tag');
      assert.ok(!md.includes('](command:workbench'), 'no link to a foreign command');
      assert.ok(!/(^|[^\\])\$\(zap\)/.test(md), 'no theme icon from the document');
      const commands = [...md.matchAll(/\]\(command:([\w.-]+)/g)].map((m) => m[1]);
      assert.deepStrictEqual(commands.filter((c) => !c.startsWith('dossier.')), []);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
    }
    // A vanished file leaves the views quietly.
    await waitFor(() => api.store.docIdOf(uri) === undefined, 'the deleted file leaves the corpus');
    assert.ok(!api.views.documents.getChildren().some((n) => n.kind === 'doc' && n.doc === 'zz-injection.txt'));
  });

  it('finds references to "Kim Jong Un" in both documents', async () => {
    const { document, position } = await at(api, 'Kim Jong Un');
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
    const docs = new Set(refs.map((r) => api.store.docIdOf(r.uri)));
    assert.strictEqual(docs.size, 2, `references span both documents, got ${[...docs].join(', ')}`);
    // Every reference points at a mention of him, exactly.
    for (const r of refs) {
      const d = await vscode.workspace.openTextDocument(r.uri);
      assert.match(d.getText(r.range), /Kim|Jong|Un|leader/i, `reference text "${d.getText(r.range)}"`);
    }
    const entity = api.store.index.entityAt(api.store.docIdOf(document.uri)!, document.offsetAt(position))!.entity;
    assert.strictEqual(refs.length, entity.mentions.length);
  });

  it('goes to the definition: the first mention with the fullest name', async () => {
    const { document, position } = await at(api, 'Kim', 3);
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, position);
    assert.strictEqual(defs.length, 1);
    const def = defs[0] as vscode.Location;
    const d = await vscode.workspace.openTextDocument(def.uri);
    const entity = api.store.index.entityAt(api.store.docIdOf(document.uri)!, document.offsetAt(position))!.entity;
    assert.strictEqual(d.getText(def.range), entity.name);
  });

  it('highlights the other mentions of the same entity in the document', async () => {
    const { document, position, docId } = await at(api, 'Kim Jong Un');
    const hl = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, position);
    const entity = api.store.index.entityAt(docId, document.offsetAt(position))!.entity;
    assert.strictEqual(hl.length, entity.mentions.filter((m) => m.doc === docId).length);
    assert.ok(hl.length >= 2);
  });

  it('lists the document\'s entities by type in the Outline', async () => {
    const { document, docId } = await at(api, 'Putin');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const people = symbols.find((s) => s.name === 'People');
    assert.ok(people, `a People group among ${symbols.map((s) => s.name).join(', ')}`);
    assert.ok(people.children.some((c) => /Putin/.test(c.name)));
    const all = symbols.flatMap((s) => s.children);
    assert.strictEqual(all.length, api.store.index.entitiesOf(docId).length, 'one symbol per entity of the document');
    for (const c of all) assert.ok(c.range.contains(c.selectionRange));
  });

  it('finds entities with Go to Symbol in Workspace', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Putin');
    const putin = symbols.find((s) => /Putin/.test(s.name));
    assert.ok(putin, `Putin among ${symbols.map((s) => s.name).join(', ')}`);
    assert.match(putin.containerName, /Person/);
    const d = await vscode.workspace.openTextDocument(putin.location.uri);
    assert.match(d.getText(putin.location.range), /Putin/);
  });

  it('shows a date hover with the resolved date and the reasoning', async () => {
    const plain = (id: string, t: { earliest?: string; reasoning: string; start: number }) => !!t.earliest && !!t.reasoning && !api.store.index.entityAt(id, t.start);
    const doc = api.store.index.documents().find((d) => d.timexes.some((t) => plain(d.id, t)));
    assert.ok(doc, 'some resolved time expression in the seeds');
    const t = doc.timexes.find((x) => plain(doc.id, x))!;
    const uri = api.store.uriOf(doc.id)!;
    const document = await vscode.workspace.openTextDocument(uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(t.start));
    const md = hoverMarkdown(hovers);
    assert.ok(md.includes(t.earliest!), `resolved date ${t.earliest} in:\n${md}`);
    assert.ok(md.includes(escapeMarkdown(formatDate(t))), `the date as a reader says it ("${formatDate(t)}") in:\n${md}`);
    assert.ok(md.includes(t.reasoning.slice(0, 10).replace(/[\\`*_{}[\]()#+\-.!|~:$"']/g, '\\$&')), 'the reasoning');
  });
});

