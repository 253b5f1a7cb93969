import * as vscode from 'vscode';
import { entitiesCsv, mentionsCsv } from '../../core/export/csv';
import { toTimelineJs } from '../../core/export/timelinejs';
import type { CorpusStore } from '../corpus/corpus-store';
import { Cmd } from './ids';

type Format = 'json' | 'csv' | 'timelinejs';

/** `name` is a function so that it is read from the l10n bundle when used, not at module load. */
const FORMATS: Record<Format, { name: () => string; file: string; filters: Record<string, string[]> }> = {
  json: { name: () => vscode.l10n.t('Dossier export (JSON, v1)'), file: 'dossier-export.json', filters: { JSON: ['json'] } },
  csv: { name: () => vscode.l10n.t('Entities and mentions (CSV)'), file: 'dossier-entities.csv', filters: { CSV: ['csv'] } },
  timelinejs: { name: () => 'TimelineJS', file: 'dossier-timelinejs.json', filters: { JSON: ['json'] } },
};

/**
 * Export commands: the corpus as export v1 JSON, CSV (entities, plus mentions next to it) and
 * TimelineJS JSON. Each takes an optional target Uri (tests, tasks); otherwise asks where to save.
 */
export function activate(context: vscode.ExtensionContext, store: CorpusStore): void {
  const run = (format: Format) => async (target?: unknown): Promise<vscode.Uri | undefined> => {
    await store.whenIdle();
    if (!store.index.documents().length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Dossier: there is nothing to export yet (no analysed documents).'));
      return undefined;
    }
    const spec = FORMATS[format];
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri = target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({
      title: vscode.l10n.t('Export {0}', spec.name()), filters: spec.filters, defaultUri: folder && vscode.Uri.joinPath(folder, spec.file),
    });
    if (!uri) return undefined;
    const files = render(format, store, uri);
    try {
      for (const [u, text] of files) await vscode.workspace.fs.writeFile(u, new TextEncoder().encode(text));
    } catch (err) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Dossier could not write {0}: {1}', uri.path.split('/').pop() ?? '', err instanceof Error ? err.message : String(err)));
      return undefined;
    }
    store.log.info(`Exported ${spec.name()} to ${files.map(([u]) => vscode.workspace.asRelativePath(u)).join(', ')}`);
    if (!(target instanceof vscode.Uri)) {
      const open = vscode.l10n.t('Open');
      void vscode.window.showInformationMessage(vscode.l10n.t('Dossier: exported {0}.', spec.name()), open).then((pick) => {
        if (pick === open) void vscode.window.showTextDocument(uri);
      });
    }
    return uri;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(Cmd.exportJson, run('json')),
    vscode.commands.registerCommand(Cmd.exportCsv, run('csv')),
    vscode.commands.registerCommand(Cmd.exportTimelineJs, run('timelinejs')),
  );
}

function render(format: Format, store: CorpusStore, uri: vscode.Uri): [vscode.Uri, string][] {
  const index = store.index;
  switch (format) {
    case 'json':
      return [[uri, JSON.stringify(index.toExport(), null, 2) + '\n']];
    case 'csv': {
      const mentions = uri.with({ path: uri.path.replace(/(\.csv)?$/i, '-mentions.csv') });
      return [[uri, entitiesCsv(index.entities())], [mentions, mentionsCsv(index.entities())]];
    }
    case 'timelinejs': {
      const name = vscode.workspace.name ?? 'Dossier';
      return [[uri, JSON.stringify(toTimelineJs(index.timeline(), { title: name, entityName: (id) => index.entity(id)?.name }), null, 2) + '\n']];
    }
  }
}
