// The Dossier views in the real extension host, on the copy of seeds/: what the Documents and
// Entities trees contain, how they sort and filter, and that their rows open what they name.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension/extension';
import type { Node } from '../../src/extension/views/nodes';
import { dossier, waitFor } from './support';

const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');

describe('Dossier views', () => {
  let api: DossierApi;
  before(async () => { api = await dossier(); });
  afterEach(async () => {
    await vscode.commands.executeCommand('dossier.entities.clearFilter');
    await vscode.commands.executeCommand('dossier.entities.sortByMentions');
  });

  it('lists every seed document with its title and publication date', () => {
    const tree = api.views.documents;
    const docs = tree.getChildren();
    assert.strictEqual(docs.length, 2, 'two documents in seeds/');
    for (const node of docs) {
      const item = tree.getTreeItem(node);
      assert.ok(label(item).length > 10, `a real title, got "${label(item)}"`);
      assert.notStrictEqual(label(item), (node as { doc: string }).doc, 'the title, not the file name');
      const date = api.store.index.document((node as { doc: string }).doc)!.published.date;
      assert.strictEqual(item.description, date ?? 'no date');
      // A document without a usable date is flagged.
      const warning = (item.iconPath as vscode.ThemeIcon).id === 'warning';
      assert.strictEqual(warning, !date || api.store.index.document((node as { doc: string }).doc)!.published.conflicts.length > 0);
    }
  });

  it('groups a document\'s entities by type with counts, down to mentions on their line', () => {
    const tree = api.views.documents;
    const doc = tree.getChildren()[0];
    const groups = tree.getChildren(doc).filter((n) => n.kind === 'docType');
    assert.ok(groups.length >= 2, 'at least people and places');
    const people = groups.find((g) => g.kind === 'docType' && g.type === 'person')!;
    assert.ok(people, 'a People group');
    const entities = tree.getChildren(people);
    assert.strictEqual(tree.getTreeItem(people).description, String(entities.length), 'the group shows its entity count');
    const kim = entities.find((n) => /Kim Jong Un/.test(label(tree.getTreeItem(n))));
    assert.ok(kim, 'Kim Jong Un among the people of the AP article');
    const mentions = tree.getChildren(kim);
    assert.ok(mentions.length >= 1);
    for (const m of mentions) {
      const item = tree.getTreeItem(m);
      const tl = item.label as vscode.TreeItemLabel;
      const [a, b] = tl.highlights![0];
      // The label is the line around the mention, and the highlight marks exactly the mention.
      assert.match(tl.label.slice(a, b), /Kim|Jong|Un/);
      assert.ok(tl.label.length > b - a, 'context around the name');
      assert.strictEqual(item.command?.command, 'dossier.openLocation');
    }
  });

  it('lists boilerplate regions collapsed under the document', () => {
    const tree = api.views.documents;
    const withRegions = tree.getChildren().map((d) => tree.getChildren(d).find((n) => n.kind === 'regions')).find(Boolean);
    assert.ok(withRegions, 'the scraped AP page has page furniture');
    assert.strictEqual(tree.getTreeItem(withRegions).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.ok(tree.getChildren(withRegions).length >= 1);
  });

  it('shows corpus entities by type, most mentioned first, with "N mentions · M docs"', () => {
    const tree = api.views.entities;
    const types = tree.getChildren();
    const people = types.find((t) => t.kind === 'type' && t.type === 'person');
    assert.ok(people);
    const rows = tree.getChildren(people).map((n) => ({ n, item: tree.getTreeItem(n) }));
    assert.ok(rows.length >= 3);
    const counts = rows.map(({ item }) => {
      const m = /^(\d+) mentions? · (\d+) docs?$/.exec(String(item.description));
      assert.ok(m, `description "${item.description}"`);
      return +m[1];
    });
    assert.deepStrictEqual(counts, [...counts].sort((a, b) => b - a), 'sorted by mention count');
    const kim = rows.find(({ item }) => /Kim Jong Un/.test(label(item)));
    assert.ok(kim, 'Kim Jong Un in the Entities view');
    assert.match(String(kim.item.description), /· 2 docs$/, 'Kim Jong Un appears in both articles');
    // Expanding goes entity → documents → mentions.
    const docs = tree.getChildren(kim.n);
    assert.strictEqual(docs.length, 2);
    const mentionCount = docs.reduce((s, d) => s + tree.getChildren(d).length, 0);
    assert.strictEqual(`${mentionCount}`, /^(\d+)/.exec(String(kim.item.description))![1]);
  });

  it('toggles sorting by name and back', async () => {
    const tree = api.views.entities;
    await vscode.commands.executeCommand('dossier.entities.sortByName');
    const people = tree.getChildren().find((t) => t.kind === 'type' && t.type === 'person')!;
    const names = tree.getChildren(people).map((n) => label(tree.getTreeItem(n)));
    assert.deepStrictEqual(names, [...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
    await vscode.commands.executeCommand('dossier.entities.sortByMentions');
    assert.strictEqual(tree.sort, 'mentions');
  });

  it('filters entities by text, ignoring case', async () => {
    const tree = api.views.entities;
    await vscode.commands.executeCommand('dossier.entities.filter', 'putin');
    const all: Node[] = tree.getChildren().flatMap((t) => tree.getChildren(t));
    assert.ok(all.length >= 1, 'Putin matches');
    for (const n of all) {
      const e = api.store.index.entity((n as { entity: string }).entity)!;
      assert.ok([e.name, ...e.aliases].some((a) => /putin/i.test(a)), `${e.name} should not pass the filter`);
    }
    await vscode.commands.executeCommand('dossier.entities.clearFilter');
    assert.ok(tree.getChildren().flatMap((t) => tree.getChildren(t)).length > all.length);
  });

  it('opens a mention with exactly the mention selected', async () => {
    const kim = api.store.index.findEntities('Kim Jong Un', 1)[0];
    const m = kim.mentions[kim.mentions.length - 1];
    await vscode.commands.executeCommand('dossier.openLocation', m.doc, m.start, m.end);
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(api.store.docIdOf(editor.document.uri), m.doc);
    assert.strictEqual(editor.document.getText(editor.selection), m.text);
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), m.start);
  });

  it('goes to an entity\'s first mention when the entity is clicked', async () => {
    const tree = api.views.entities;
    const people = tree.getChildren().find((t) => t.kind === 'type' && t.type === 'person')!;
    const first = tree.getChildren(people)[0];
    const item = tree.getTreeItem(first);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const e = api.store.index.entity((first as { entity: string }).entity)!;
    const editor = vscode.window.activeTextEditor!;
    assert.strictEqual(api.store.docIdOf(editor.document.uri), e.mentions[0].doc);
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), e.mentions[0].start);
  });

  it('opens the timeline filtered on an entity, and follows the entity selected in the tree', async () => {
    const kim = api.store.index.findEntities('Kim Jong Un', 1)[0];
    await vscode.commands.executeCommand('dossier.showInTimeline', kim.id);
    const handle = api.timeline.current();
    assert.ok(handle, 'a timeline panel is open');
    await handle.whenReady();
    await waitFor(() => handle.currentFilter()?.entity === kim.id, `the timeline filters on ${kim.id}`);
    const putin = api.store.index.findEntities('Putin', 1)[0];
    await vscode.commands.executeCommand('dossier.revealEntity', putin.id);
    await waitFor(() => handle.currentFilter()?.entity === putin.id, 'selecting Putin in the tree filters the timeline on him');
    handle.panel.dispose();
  });
});

