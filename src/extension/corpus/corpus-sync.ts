import * as vscode from 'vscode';
import { KeyedDebouncer, debounce } from '../util/debounce';
import { config } from './config';
import { CORRECTIONS_PATH } from './corrections-file';
import { filterCorpusFiles } from './corpus-files';
import type { CorpusStore } from './corpus-store';

/** Bursts of file events (a git checkout, an unzip) are handled together after this pause. */
const WATCH_DEBOUNCE_MS = 300;
/** Typing pauses this long before the open document is re-analysed. */
const EDIT_DEBOUNCE_MS = 400;
/** A scan that finishes sooner than this shows no notification at all. */
const PROGRESS_DELAY_MS = 800;

/**
 * Keeps the store in step with the workspace: the first scan (with a cancellable progress
 * notification when it takes a while), one debounced watcher per folder that re-analyses only
 * the files that changed, unsaved edits of open corpus documents, and settings changes.
 */
export function activate(context: vscode.ExtensionContext, store: CorpusStore): void {
  const watchers = new WatcherSet(store);
  const edits = new KeyedDebouncer<string>(EDIT_DEBOUNCE_MS, (key) => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (doc && store.docIdOf(doc.uri) !== undefined) void store.refreshFile(doc.uri, doc.getText());
  });
  let dates = config.publicationDates();
  const rescan = debounce(() => { watchers.reset(); void scanWithProgress(store); }, WATCH_DEBOUNCE_MS);

  context.subscriptions.push(
    watchers,
    edits,
    rescan,
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length && store.docIdOf(e.document.uri) !== undefined) edits.trigger(e.document.uri.toString());
    }),
    // Closing a document with unsaved edits reverts to what is on disk.
    vscode.workspace.onDidCloseTextDocument((doc) => {
      const id = store.docIdOf(doc.uri);
      if (id !== undefined && doc.isDirty) void store.refreshFile(doc.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('dossier.include') || e.affectsConfiguration('dossier.exclude') || e.affectsConfiguration('dossier.maxFileSizeMB')) {
        store.log.info('Corpus settings changed: rescanning');
        rescan();
      }
      if (e.affectsConfiguration('dossier.publicationDates')) {
        const before = dates;
        dates = config.publicationDates();
        void store.applyPublicationDates(before, dates);
      }
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => rescan()),
  );

  watchers.reset();
  // Not awaited: activation returns at once; the views show "Reading documents…" meanwhile.
  void scanWithProgress(store);
}

export async function scanWithProgress(store: CorpusStore): Promise<void> {
  const cts = new vscode.CancellationTokenSource();
  const scan = store.scan(cts.token);
  const timer = setTimeout(() => {
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Dossier: reading documents'), cancellable: true },
      async (progress, token) => {
        token.onCancellationRequested(() => cts.cancel());
        let last = 0;
        const sub = store.onDidProgress(({ done, total }) => {
          const pct = total ? (done / total) * 100 : 0;
          progress.report({ message: vscode.l10n.t('{0} of {1}', done, total), increment: pct - last });
          last = pct;
        });
        try { await scan; } finally { sub.dispose(); }
      },
    );
  }, PROGRESS_DELAY_MS);
  try {
    await scan;
  } finally {
    clearTimeout(timer);
    cts.dispose();
  }
}

/** One watcher per workspace folder for the include glob, plus one for the corrections file. */
class WatcherSet implements vscode.Disposable {
  private disposables: vscode.Disposable[] = [];
  private readonly events = new Map<string, { uri: vscode.Uri; kind: 'create' | 'change' | 'delete' }>();
  private readonly process = debounce(() => void this.drain(), WATCH_DEBOUNCE_MS);

  constructor(private readonly store: CorpusStore) {}

  reset(): void {
    this.disposeWatchers();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, config.include()));
      this.disposables.push(
        w,
        w.onDidCreate((uri) => this.queue(uri, 'create')),
        w.onDidChange((uri) => this.queue(uri, 'change')),
        w.onDidDelete((uri) => this.queue(uri, 'delete')),
      );
      // A deleted, created or moved-in folder can arrive as ONE event for the folder (VS Code
      // drops or coalesces its children's), which the include glob never matches: watch creates
      // and deletes of anything as well; a created folder is searched in drain().
      const any = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'), false, true, false);
      // Creates of names with an extension are files, which the include watcher already reports.
      this.disposables.push(any, any.onDidCreate((uri) => { if (!HAS_EXTENSION.test(uri.path)) this.queue(uri, 'create'); }), any.onDidDelete((uri) => this.queue(uri, 'delete')));
    }
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder) {
      const c = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, CORRECTIONS_PATH));
      const reload = debounce(() => void this.store.onCorrectionsFileChanged(), WATCH_DEBOUNCE_MS);
      this.disposables.push(c, reload, c.onDidCreate(reload), c.onDidChange(reload), c.onDidDelete(reload));
    }
  }

  private queue(uri: vscode.Uri, kind: 'create' | 'change' | 'delete'): void {
    const prev = this.events.get(uri.toString());
    // create+change is still a create; delete+create is a change of a known file.
    const merged = prev?.kind === 'create' && kind === 'change' ? 'create' : prev?.kind === 'delete' && kind === 'create' ? 'change' : kind;
    this.events.set(uri.toString(), { uri, kind: merged });
    this.process();
  }

  private async drain(): Promise<void> {
    const batch = [...this.events.values()];
    this.events.clear();
    const created: vscode.Uri[] = [];
    const changed: vscode.Uri[] = [];
    const goneDirs = new Set<string>();
    for (const e of batch) {
      if (e.kind === 'delete') {
        if (this.store.docIdOf(e.uri) === undefined) goneDirs.add(e.uri.toString());
        // Also forgets a skipped ("Not read") file of that name.
        this.store.removeUri(e.uri);
      } else if (this.store.docIdOf(e.uri) !== undefined) changed.push(e.uri);
      else created.push(e.uri);
    }
    // Documents under a deleted folder leave too (one pass, ancestors looked up in a set).
    if (goneDirs.size) {
      const under = (u: string) => {
        for (let i = u.lastIndexOf('/'); i > 0; i = u.lastIndexOf('/', i - 1)) if (goneDirs.has(u.slice(0, i))) return true;
        return false;
      };
      for (const d of this.store.index.documents()) {
        const uri = this.store.uriOf(d.id);
        if (uri && under(uri.toString())) this.store.removeDoc(d.id);
      }
      for (const f of this.store.skipped()) if (under(f.uri.toString())) this.store.removeUri(f.uri);
    }
    // New files must also pass the exclude setting, which a watcher glob cannot express.
    const added = await filterCorpusFiles(await withFolderContents(created)).catch(() => []);
    // A new file being read already (by a scan) is joined, not read twice; a changed one is
    // re-read, since a read under way may have seen the old content.
    const skipped = (await Promise.all([this.store.refreshMany(changed), this.store.refreshMany(added, { join: true })])).flat();
    if (batch.length) this.store.log.info(`Watcher: ${changed.length} changed, ${added.length} added, ${batch.filter((e) => e.kind === 'delete').length} deleted`);
    this.store.reportSkipped(skipped);
  }

  private disposeWatchers(): void {
    for (const d of this.disposables) d.dispose();
    this.disposables = [];
  }

  dispose(): void {
    this.disposeWatchers();
    this.process.dispose();
  }
}

const HAS_EXTENSION = /\.[^/.]+$/;

/** Replaces each created folder by the corpus files inside it (a folder moved in, or created with
 *  its files at once, may be reported as the folder alone). Names with an extension are taken to
 *  be files without asking the file system, so ordinary file events cost nothing extra. */
async function withFolderContents(created: vscode.Uri[]): Promise<vscode.Uri[]> {
  const out = await Promise.all(created.map(async (uri) => {
    if (HAS_EXTENSION.test(uri.path)) return [uri];
    try {
      const st = await vscode.workspace.fs.stat(uri);
      if (st.type & vscode.FileType.Directory) return vscode.workspace.findFiles(new vscode.RelativePattern(uri, config.include()));
    } catch {
      // Gone again before we looked: nothing to add.
    }
    return [uri];
  }));
  return [...new Map(out.flat().map((u) => [u.toString(), u])).values()];
}
