import * as vscode from 'vscode';
import { createAnalyzer } from './analysis';
import * as commands from './commands';
import * as backgroundGrouping from './corpus/background-grouping';
import { CorpusStore } from './corpus/corpus-store';
import * as corpusSync from './corpus/corpus-sync';
import * as editor from './editor';
import { registerTimeline, type TimelineApi } from './timeline';
import * as views from './views';

/** What `activate` returns: used by the extension-host tests (and by other extensions, if ever). */
export interface DossierApi {
  store: CorpusStore;
  views: views.ViewsApi;
  timeline: TimelineApi;
}

/**
 * The composition root: builds the store and hands it to each feature module. Activation does
 * no NLP: the first scan starts in the background and analysis runs in workers.
 */
export function activate(context: vscode.ExtensionContext): DossierApi {
  const log = vscode.window.createOutputChannel('Dossier', { log: true });
  context.subscriptions.push(log);
  try {
    const web = !!process.env.DOSSIER_WEB;
    const analyzer = createAnalyzer({
      workerScript: vscode.Uri.joinPath(context.extensionUri, 'dist', ...(web ? ['web', 'worker.js'] : ['worker.js'])),
      storage: context.storageUri,
      log: (m) => log.info(m),
    });
    const store = new CorpusStore(analyzer, log);
    context.subscriptions.push(analyzer, store);
    const viewsApi = views.activate(context, store);
    editor.activate(context, store);
    commands.activate(context, store);
    const timeline = registerTimeline(context, store, { onDidSelectEntity: viewsApi.onDidSelectEntity });
    corpusSync.activate(context, store);
    backgroundGrouping.activate(context, store);
    log.info(`Dossier activated in ${vscode.env.appName} (${web ? 'web worker' : 'Node'} extension host, ${vscode.env.uiKind === vscode.UIKind.Web ? 'browser' : 'desktop'} UI)`);
    return { store, views: viewsApi, timeline };
  } catch (err) {
    // VS Code does not tell the user when an extension fails to activate; say it ourselves.
    const msg = err instanceof Error ? err.message : String(err);
    log.error(`Activation failed: ${msg}`);
    const showLog = vscode.l10n.t('Show Log');
    void vscode.window.showErrorMessage(vscode.l10n.t('Dossier failed to start: {0}', msg), showLog).then((p) => { if (p === showLog) log.show(); });
    throw err;
  }
}

export function deactivate(): void {}
