// The export commands write what they promise (export v1 JSON, CSV for spreadsheets, TimelineJS),
// and Show All Mentions opens the references peek on an entity's mentions.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension/extension';
import { dossier } from './support';

const folder = () => vscode.workspace.workspaceFolders![0].uri;
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

describe('Dossier exports and mention lists', () => {
  let api: DossierApi;
  const written: vscode.Uri[] = [];
  before(async () => { api = await dossier(); });
  after(async () => {
    for (const u of written) await vscode.workspace.fs.delete(u).then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('exports the corpus as export v1 JSON', async () => {
    const target = vscode.Uri.joinPath(folder(), 'out-test', 'export.json');
    written.push(target);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('dossier.exportJson', target);
    assert.strictEqual(uri?.toString(), target.toString());
    const json = JSON.parse(await read(target));
    assert.strictEqual(json.version, 1);
    assert.deepStrictEqual(json.documents.map((d: { id: string }) => d.id).sort(), api.store.index.documents().map((d) => d.id).sort());
    assert.ok(json.entities.some((e: { name: string; mentions: unknown[] }) => /Kim Jong Un/.test(e.name) && e.mentions.length > 1));
  });

  it('exports entities and mentions as CSV', async () => {
    const target = vscode.Uri.joinPath(folder(), 'out-test', 'entities.csv');
    const mentions = vscode.Uri.joinPath(folder(), 'out-test', 'entities-mentions.csv');
    written.push(target, mentions);
    await vscode.commands.executeCommand('dossier.exportCsv', target);
    const rows = (await read(target)).trim().split(/\r\n/);
    assert.match(rows[0], /^id,name,type/);
    assert.strictEqual(rows.length - 1, api.store.index.entities().length, 'one row per entity');
    const mrows = (await read(mentions)).trim().split(/\r\n/);
    assert.strictEqual(mrows.length - 1, api.store.index.entities().reduce((s, e) => s + e.mentions.length, 0), 'one row per mention');
  });

  it('exports the timeline as TimelineJS JSON', async () => {
    const target = vscode.Uri.joinPath(folder(), 'out-test', 'timeline.json');
    written.push(target);
    await vscode.commands.executeCommand('dossier.exportTimelineJs', target);
    const json = JSON.parse(await read(target));
    assert.ok(Array.isArray(json.events));
    const dated = api.store.index.timeline().filter((e) => e.date.earliest).length;
    assert.ok(json.events.length > 0 || dated === 0, 'the dated events are exported');
    for (const e of json.events) assert.ok(Number.isInteger(e.start_date.year));
  });

  it('shows all mentions of an entity in the references peek', async () => {
    const kim = api.store.index.findEntities('Kim Jong Un', 1)[0];
    await vscode.commands.executeCommand('dossier.showAllMentions', kim.id);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && api.store.docIdOf(editor.document.uri), 'a corpus document is open under the peek');
  });
});
