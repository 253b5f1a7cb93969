import * as vscode from 'vscode';

// stub: replaced by the extension layer (issue #4)
export function activate(_context: vscode.ExtensionContext): void {}
export function deactivate(): void {}
