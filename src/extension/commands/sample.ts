import * as vscode from 'vscode';
import type { CorpusStore } from '../corpus/corpus-store';
import { Cmd } from './ids';

/**
 * Opens the sample corpus shipped with the extension (seeds/). It is copied to the extension's
 * global storage first, so the user can edit and annotate it without touching the installation.
 */
export function activate(context: vscode.ExtensionContext, store: CorpusStore): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Cmd.openSample, async () => {
      const source = vscode.Uri.joinPath(context.extensionUri, 'seeds');
      const target = vscode.Uri.joinPath(context.globalStorageUri, 'sample-corpus');
      try {
        await vscode.workspace.fs.createDirectory(target);
        for (const [name, type] of await vscode.workspace.fs.readDirectory(source)) {
          if (type !== vscode.FileType.File) continue;
          const to = vscode.Uri.joinPath(target, name);
          const exists = await vscode.workspace.fs.stat(to).then(() => true, () => false);
          // Never overwrite: the user may have edited the copy.
          if (!exists) await vscode.workspace.fs.copy(vscode.Uri.joinPath(source, name), to);
        }
      } catch (err) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Dossier could not prepare the sample: {0}', err instanceof Error ? err.message : String(err)));
        return;
      }
      store.log.info(`Opening the sample corpus at ${target.toString(true)}`);
      await vscode.commands.executeCommand('vscode.openFolder', target, { forceNewWindow: false });
    }),
  );
}
