import * as vscode from 'vscode';
import type { EntityType } from '../../core/model';
import { Cmd, Ctx } from '../commands/ids';
import { config } from '../corpus/config';
import type { CorpusStore } from '../corpus/corpus-store';
import { debounce } from '../util/debounce';
import { TYPE_ORDER } from '../util/entity-types';

/**
 * Mentions coloured by type in every visible corpus editor. Colours are contributed theme colours
 * (`dossier.<type>Background` / `Border`), so themes and users can restyle them; the setting
 * `dossier.highlights.enabled` and a command switch them off.
 */
export function activate(context: vscode.ExtensionContext, store: CorpusStore): void {
  const types = new Map<EntityType, vscode.TextEditorDecorationType>(TYPE_ORDER.map((t) => [t, vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`dossier.${t}Background`),
    border: '1px solid',
    borderColor: new vscode.ThemeColor(`dossier.${t}Border`),
    borderRadius: '3px',
    overviewRulerColor: new vscode.ThemeColor(`dossier.${t}Border`),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  })]));

  const paint = (editor: vscode.TextEditor) => {
    const docId = config.highlightsEnabled() ? store.currentDocId(editor.document) : undefined;
    const ranges = new Map<EntityType, vscode.Range[]>(TYPE_ORDER.map((t) => [t, []]));
    if (docId !== undefined) {
      for (const { entity, mentions } of store.index.entitiesOf(docId)) {
        const list = ranges.get(entity.type) ?? ranges.get('other')!;
        for (const m of mentions) list.push(new vscode.Range(editor.document.positionAt(m.start), editor.document.positionAt(m.end)));
      }
    }
    // While an edit awaits re-analysis, keep the old decorations: the editor moves them with the edit.
    if (docId === undefined && store.docIdOf(editor.document.uri) !== undefined && config.highlightsEnabled()) return;
    for (const [t, deco] of types) editor.setDecorations(deco, ranges.get(t)!);
  };
  const paintAll = debounce(() => vscode.window.visibleTextEditors.forEach(paint), 50);
  const setKey = () => void vscode.commands.executeCommand('setContext', Ctx.highlights, config.highlightsEnabled());
  setKey();

  context.subscriptions.push(
    ...types.values(),
    paintAll,
    store.onDidChange(() => paintAll()),
    vscode.window.onDidChangeVisibleTextEditors(() => paintAll()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('dossier.highlights.enabled')) { setKey(); paintAll(); }
    }),
    vscode.commands.registerCommand(Cmd.toggleHighlights, async () => {
      const cfg = vscode.workspace.getConfiguration('dossier');
      const inspect = cfg.inspect<boolean>('highlights.enabled');
      // Flip the value where the user set it; else globally, like editor toggles do.
      const target = inspect?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder
        : inspect?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await cfg.update('highlights.enabled', !config.highlightsEnabled(), target);
    }),
  );
  paintAll();
}
