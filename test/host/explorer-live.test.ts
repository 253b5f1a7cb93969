// Live updates and bad input in the real extension host: unsaved edits re-analyse the open
// document (offsets follow the editor), binary and oversize files are listed as not read, and
// files created, changed and deleted on disk reach the views through the watcher.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension/extension';
import { dossier, waitFor } from './support';

const folder = () => vscode.workspace.workspaceFolders![0].uri;
const write = (name: string, bytes: Uint8Array | string) =>
  vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder(), name), typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);

describe('Dossier live updates and bad input', () => {
  let api: DossierApi;
  before(async () => { api = await dossier(); });
  afterEach(async () => { await vscode.commands.executeCommand('workbench.action.closeAllEditors'); });

  it('re-analyses unsaved edits so mentions follow the text in the editor', async () => {
    const doc = api.store.index.documents()[0];
    const document = await vscode.workspace.openTextDocument(api.store.uriOf(doc.id)!);
    const editor = await vscode.window.showTextDocument(document);
    const bodyStart = document.positionAt(doc.body.start);
    const insert = 'Angela Merkel visited Vladimir Putin in Berlin. ';
    await editor.edit((b) => b.insert(bodyStart, insert));
    try {
      assert.strictEqual(api.store.currentDocId(document), undefined, 'stale offsets are not served while the edit is analysed');
      await waitFor(() => api.store.currentDocId(document) !== undefined, 'the edit is analysed');
      const text = document.getText();
      for (const { mentions } of api.store.index.entitiesOf(doc.id)) {
        for (const m of mentions) assert.strictEqual(text.slice(m.start, m.end), m.text, 'offsets match the editor text');
      }
      const at = text.indexOf('Merkel');
      const hit = api.store.index.entityAt(doc.id, at + 1);
      assert.ok(hit && /Merkel/.test(hit.entity.name), 'the new name is an entity before the file is saved');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(at + 1));
      assert.ok(hovers.some((h) => h.contents.some((c) => (typeof c === 'string' ? c : c.value).includes('Merkel'))));
    } finally {
      // Undo by editing back and saving: whether or not something saved the edit meanwhile
      // (auto save), the file ends as it was for the tests that follow.
      const start = document.getText().indexOf(insert);
      if (start >= 0) await editor.edit((b) => b.delete(new vscode.Range(document.positionAt(start), document.positionAt(start + insert.length))));
      await document.save();
    }
    await waitFor(() => api.store.currentDocId(document) !== undefined && !api.store.index.findEntities('Merkel', 1).length,
      `the revert is analysed (dirty ${document.isDirty}, editor has Merkel ${document.getText().includes('Merkel')}, current ${api.store.currentDocId(document)}, index has Merkel ${api.store.index.findEntities('Merkel', 1).length})`);
  });

  it('skips binary and oversize files with a reason, and reads them once they are fixed', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await write('zz-image.txt', png);
    await write('zz-nul.md', new Uint8Array([0x48, 0x69, 0, 0, 0x21]));
    await vscode.workspace.getConfiguration('dossier').update('maxFileSizeMB', 0.01, vscode.ConfigurationTarget.Workspace);
    await write('zz-big.txt', 'Vladimir Putin spoke. '.repeat(1000));
    try {
      await waitFor(() => ['zz-image.txt', 'zz-nul.md', 'zz-big.txt'].every((id) => api.store.skipped().some((s) => s.id === id)), 'all three skipped');
      const reasons = Object.fromEntries(api.store.skipped().map((s) => [s.id, s.reason]));
      assert.match(reasons['zz-image.txt'], /binary/i);
      assert.match(reasons['zz-nul.md'], /binary/i);
      assert.match(reasons['zz-big.txt'], /too large/i);
      for (const id of ['zz-image.txt', 'zz-nul.md', 'zz-big.txt']) assert.strictEqual(api.store.index.document(id), undefined);
      // The Documents view lists them apart, with the reason.
      const tree = api.views.documents;
      const notRead = tree.getChildren().find((n) => n.kind === 'skipped');
      assert.ok(notRead, 'a "Not read" group');
      const rows = tree.getChildren(notRead).map((n) => tree.getTreeItem(n));
      assert.ok(rows.some((r) => r.label === 'zz-big.txt' && /too large/.test(String(r.description))));
    } finally {
      await vscode.workspace.getConfiguration('dossier').update('maxFileSizeMB', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => !!api.store.index.document('zz-big.txt'), 'the big file is read once the limit is back');
    for (const f of ['zz-image.txt', 'zz-nul.md', 'zz-big.txt']) await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), f));
    await waitFor(() => !api.store.skipped().length && !api.store.index.document('zz-big.txt'), 'deleted files leave the views');
    assert.ok(!api.views.documents.getChildren().some((n) => n.kind === 'skipped'));
  });

  it('follows files changed on disk, decoding UTF-16 and CRLF the way the editor does', async () => {
    const text = '\ufeffBreaking news\r\n\r\nOn Friday, Vladimir Putin met Kim Jong Un in Vladivostok.\r\n';
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) { le[2 * i] = text.charCodeAt(i) & 0xff; le[2 * i + 1] = text.charCodeAt(i) >> 8; }
    await write('zz-utf16.txt', le);
    const uri = vscode.Uri.joinPath(folder(), 'zz-utf16.txt');
    try {
      await waitFor(() => !!api.store.index.document('zz-utf16.txt'), 'the UTF-16 file is read');
      const document = await vscode.workspace.openTextDocument(uri);
      assert.ok(api.store.currentDocId(document), 'the analysed text is exactly what the editor shows');
      const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, document.positionAt(document.getText().indexOf('Putin') + 1));
      assert.ok(refs.some((r) => r.uri.toString() === uri.toString() && document.getText(r.range).includes('Putin')));
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      // Changed on disk: the watcher re-reads it.
      await write('zz-utf16.txt', 'Breaking news\n\nAngela Merkel met Emmanuel Macron in Paris.\n');
      await waitFor(() => api.store.index.findEntities('Macron', 1).length > 0, 'the change is picked up');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await waitFor(() => !api.store.index.document('zz-utf16.txt'), 'the deleted file leaves the corpus');
  });
});
