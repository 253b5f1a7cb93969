import * as vscode from 'vscode';
import type { CorpusStore } from '../corpus/corpus-store';
import { Cmd } from './ids';
import { entityFromArg } from './entity-arg';

/** Opening mentions, entities and their reference lists; the timeline hand-off. */
export function activate(context: vscode.ExtensionContext, store: CorpusStore): void {
  const openLocation = async (doc: unknown, start: unknown, end: unknown) => {
    if (typeof doc !== 'string' || typeof start !== 'number' || typeof end !== 'number') return;
    const uri = store.uriOf(doc);
    if (!uri) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Dossier: {0} is no longer in the corpus.', doc));
      return;
    }
    const editor = await vscode.window.showTextDocument(uri, { preview: true });
    // Offsets are relative to the analysed text; positionAt on the editor's own text is exact
    // when they agree and the store's line index is the fallback while an edit is pending.
    const id = store.currentDocId(editor.document);
    const range = id !== undefined
      ? new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(end))
      : store.range(doc, { start, end });
    if (!range) return;
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(Cmd.openLocation, openLocation),
    vscode.commands.registerCommand(Cmd.goToEntity, async (arg?: unknown, inDoc?: unknown) => {
      const e = entityFromArg(store, arg);
      if (!e) return;
      const m = (typeof inDoc === 'string' && e.mentions.find((x) => x.doc === inDoc)) || e.mentions[0];
      if (m) await openLocation(m.doc, m.start, m.end);
    }),
    vscode.commands.registerCommand(Cmd.showAllMentions, async (arg?: unknown) => {
      const e = entityFromArg(store, arg);
      if (!e || !e.mentions.length) return;
      const locations = e.mentions.map((m) => store.location(m.doc, m)).filter((l): l is vscode.Location => !!l);
      // The peek widget needs an anchor in an open editor: the cursor's, else the first mention.
      const editor = vscode.window.activeTextEditor;
      const anchor = editor && store.docIdOf(editor.document.uri) !== undefined
        ? { uri: editor.document.uri, pos: editor.selection.active }
        : { uri: locations[0].uri, pos: locations[0].range.start };
      if (!editor || editor.document.uri.toString() !== anchor.uri.toString()) await vscode.window.showTextDocument(anchor.uri, { preview: true });
      await vscode.commands.executeCommand('editor.action.showReferences', anchor.uri, anchor.pos, locations);
    }),
    vscode.commands.registerCommand(Cmd.showInTimeline, async (arg?: unknown) => {
      const e = entityFromArg(store, arg);
      const have = await vscode.commands.getCommands(true);
      if (!have.includes(Cmd.showTimeline)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Dossier: the timeline is not available in this build.'));
        return;
      }
      await vscode.commands.executeCommand(Cmd.showTimeline, e ? { entity: e.id } : undefined);
    }),
  );
}
