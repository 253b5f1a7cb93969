// Corrections and publication-date overrides: stored in the workspace, applied on top of the
// analysis, and still there after the store forgets everything and re-reads the folder.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension/extension';
import { dossier, waitFor } from './support';

const folder = () => vscode.workspace.workspaceFolders![0].uri;
const correctionsUri = () => vscode.Uri.joinPath(folder(), '.dossier', 'corrections.json');
const readJson = async (uri: vscode.Uri) => JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));

describe('Dossier corrections and overrides', () => {
  let api: DossierApi;
  before(async () => { api = await dossier(); });
  after(async () => {
    await vscode.commands.executeCommand('dossier.resetCorrections', true);
  });

  it('renames an entity, writes .dossier/corrections.json, and keeps the name across a reload', async () => {
    const kim = api.store.index.findEntities('Kim Jong Un', 1)[0];
    assert.ok(kim);
    await vscode.commands.executeCommand('dossier.renameEntity', kim.id, 'Kim Jong-un (leader)');
    assert.strictEqual(api.store.index.entity(kim.id)?.name, 'Kim Jong-un (leader)');
    const onDisk = await readJson(correctionsUri());
    assert.strictEqual(onDisk.version, 1);
    assert.strictEqual(onDisk.rename[kim.id], 'Kim Jong-un (leader)');
    // No temp file left behind by the atomic write.
    const names = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(folder(), '.dossier'))).map(([n]) => n);
    assert.deepStrictEqual(names.filter((n) => n.includes('.tmp')), []);

    await api.store.reload();
    await api.store.whenIdle();
    const again = api.store.index.entity(kim.id);
    assert.strictEqual(again?.name, 'Kim Jong-un (leader)', 'the rename survives a reload of the store');
    // The trees repaint at most every 500 ms while changes arrive: the last repaint may still be due.
    const tree = api.views.entities;
    const people = () => tree.getChildren().find((t) => t.kind === 'type' && t.type === 'person')!;
    await waitFor(() => tree.getChildren(people()).some((n) => tree.getTreeItem(n).label === 'Kim Jong-un (leader)'), 'the tree to show the new name', 5_000);
  });

  it('changes an entity\'s type, and hides an entity marked as not one', async () => {
    const people = api.store.index.entities().filter((e) => e.type === 'person');
    const target = people[people.length - 1];
    await vscode.commands.executeCommand('dossier.changeEntityType', target.id, 'organization');
    const moved = api.store.index.entities().find((e) => e.mentions.some((m) => m.doc === target.mentions[0].doc && m.start === target.mentions[0].start));
    assert.strictEqual(moved?.type, 'organization');
    await vscode.commands.executeCommand('dossier.rejectEntity', moved!.id);
    assert.ok(!api.store.index.entities().some((e) => e.mentions.some((m) => m.doc === target.mentions[0].doc && m.start === target.mentions[0].start)), 'rejected entity gone');
    const onDisk = await readJson(correctionsUri());
    assert.ok(onDisk.reject.length >= 1);
  });

  it('merges one entity into another', async () => {
    const [a, b] = api.store.index.entities().filter((e) => e.type === 'place');
    assert.ok(a && b, 'two places');
    const before = a.mentions.length + b.mentions.length;
    await vscode.commands.executeCommand('dossier.mergeEntity', b.id, a.id);
    const merged = api.store.index.entity(a.id)!;
    assert.strictEqual(merged.mentions.length, before);
    assert.ok(!api.store.index.entities().some((e) => e.id === b.id), 'the merged entity is no longer listed');
    assert.ok([undefined, a.id].includes(api.store.index.entity(b.id)?.id), 'its id leads to the target, if anywhere');
  });

  it('keeps a corrupt corrections file aside instead of overwriting it', async () => {
    await vscode.commands.executeCommand('dossier.resetCorrections', true);
    const garbage = '{ "version": 1, "rename": { oops';
    await vscode.workspace.fs.writeFile(correctionsUri(), new TextEncoder().encode(garbage));
    await api.store.loadCorrections();
    const dir = vscode.Uri.joinPath(folder(), '.dossier');
    const kept = (await vscode.workspace.fs.readDirectory(dir)).map(([n]) => n).filter((n) => n.startsWith('corrections.json.corrupt-'));
    assert.strictEqual(kept.length, 1, 'the corrupt file is kept under a new name');
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, kept[0]))), garbage, 'byte for byte');
    assert.deepStrictEqual(api.store.corrections.rename, {}, 'and Dossier carries on with no corrections');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(dir, kept[0]));
  });

  it('re-resolves dates against a publication date override', async () => {
    const doc = api.store.index.documents().find((d) => d.timexes.some((t) => t.earliest && /relative|publication/i.test(t.reasoning)));
    assert.ok(doc, 'a document with a relative date');
    const before = doc.timexes.filter((t) => t.earliest).map((t) => t.earliest);
    await vscode.commands.executeCommand('dossier.setPublicationDate', doc.id, '2001-02-03');
    const after = api.store.index.document(doc.id)!;
    assert.strictEqual(after.published.date, '2001-02-03');
    assert.strictEqual(after.published.source, 'override');
    assert.deepStrictEqual(vscode.workspace.getConfiguration('dossier').get('publicationDates'), { [doc.id]: '2001-02-03' });
    const now = after.timexes.filter((t) => t.earliest).map((t) => t.earliest);
    assert.notDeepStrictEqual(now, before, 'relative dates moved with the publication date');
    assert.ok(now.some((d) => d!.startsWith('2001-0')), `a date near 2001-02-03 among ${now.join(', ')}`);

    await vscode.commands.executeCommand('dossier.setPublicationDate', doc.id, null);
    assert.notStrictEqual(api.store.index.document(doc.id)!.published.source, 'override');
  });
});
