import * as vscode from 'vscode';

/**
 * A document's id is its path relative to the corpus root with '/' separators (the model's
 * `AnalyzeOptions.id`), which is also the key of the `dossier.publicationDates` setting.
 * With several workspace folders the folder's name comes first, as VS Code's own relative paths do.
 */
export function docIdFor(uri: vscode.Uri): string | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return undefined;
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : folder.uri.path + '/';
  if (!uri.path.startsWith(base)) return undefined;
  const rel = uri.path.slice(base.length);
  return (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? `${folder.name}/${rel}` : rel;
}
