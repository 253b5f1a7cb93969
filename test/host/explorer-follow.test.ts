// "Follow the editor": with the Entities view open, the cursor on a name in an article reveals
// and selects that entity's row, and moving to another name moves the selection with it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { DossierApi } from '../../src/extension/extension';
import type { Node } from '../../src/extension/views/nodes';
import { dossier, waitFor } from './support';

const selectedEntity = (view: vscode.TreeView<Node>) => {
  const node = view.selection[0];
  return node?.kind === 'entity' ? node.entity : undefined;
};

describe('Dossier follows the cursor', () => {
  let api: DossierApi;
  before(async () => { api = await dossier(); });

  it('reveals and selects the entity under the cursor in the Entities tree, and follows it to the next name', async () => {
    // Any document with two distinct entities; a mention of each (the row of the less mentioned
    // one may sit far down its type group, or under another type).
    const doc = api.store.index.documents().find((d) => api.store.index.entitiesOf(d.id).length >= 2);
    assert.ok(doc, 'a document with two entities');
    const ents = api.store.index.entitiesOf(doc.id).map((x) => x.entity);
    const first = ents[0];
    const second = ents[ents.length - 1];
    const mentionIn = (id: string) => api.store.index.entity(id)!.mentions.find((m) => m.doc === doc.id)!;

    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('dossier.entities.focus');
    const view = api.views.entitiesView;
    await waitFor(() => view.visible, 'the Entities view to be visible');
    const editor = await vscode.window.showTextDocument(api.store.uriOf(doc.id)!, { preserveFocus: false });

    for (const target of [first, second]) {
      const m = mentionIn(target.id);
      const at = editor.document.positionAt(m.start + 1);
      editor.selection = new vscode.Selection(at, at);
      await waitFor(() => selectedEntity(view) === target.id, `the Entities tree to select ${target.name} (selected: ${selectedEntity(view) ?? 'nothing'})`, 10_000);
      assert.strictEqual(view.selection.length, 1);
      assert.ok(view.visible, 'the Entities view stays open');
      // The editor keeps the focus: following is passive.
      assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
    }
  });
});
