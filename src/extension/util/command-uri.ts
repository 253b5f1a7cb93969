import * as vscode from 'vscode';

/** A `command:` link for a MarkdownString; the only way Dossier builds one (see HOVER_COMMANDS). */
export function commandUri(command: string, ...args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** A Markdown link to a command; `label` must already be escaped. */
export function commandLink(label: string, command: string, args: unknown[], tooltip?: string): string {
  const title = tooltip ? ` "${tooltip.replace(/["\\]/g, '')}"` : '';
  return `[${label}](${commandUri(command, ...args)}${title})`;
}

/** A MarkdownString that trusts only the listed (Dossier) commands and renders no HTML. */
export function trustedMarkdown(enabledCommands: readonly string[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: [...enabledCommands] };
  md.supportHtml = false;
  return md;
}
