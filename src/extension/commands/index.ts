import * as vscode from 'vscode';
import type { CorpusStore } from '../corpus/corpus-store';
import { scanWithProgress } from '../corpus/corpus-sync';
import * as corrections from './corrections';
import * as exporting from './export';
import { Cmd } from './ids';
import * as navigation from './navigation';
import * as publicationDate from './publication-date';
import * as sample from './sample';

/** Every command that is not owned by a view or editor feature. */
export function activate(context: vscode.ExtensionContext, store: CorpusStore): void {
  for (const feature of [navigation, corrections, publicationDate, exporting, sample]) feature.activate(context, store);
  context.subscriptions.push(
    vscode.commands.registerCommand(Cmd.refresh, () => scanWithProgress(store)),
    vscode.commands.registerCommand(Cmd.showLog, () => store.log.show()),
  );
}
