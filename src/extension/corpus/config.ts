import * as vscode from 'vscode';

/** Dossier's settings, read fresh each time (settings can change at any moment). */
export const config = {
  section: 'dossier',
  include(): string { return get('include', '**/*.{txt,md}'); },
  exclude(): string { return get('exclude', '**/{node_modules,.git,.dossier,out,dist,.vscode-test}/**'); },
  maxFileBytes(): number { return Math.max(0, get('maxFileSizeMB', 5)) * 1024 * 1024; },
  hoverEnabled(): boolean { return get('hover.enabled', true); },
  highlightsEnabled(): boolean { return get('highlights.enabled', true); },
  publicationDates(): Record<string, string> {
    const v = get<unknown>('publicationDates', {});
    if (!v || typeof v !== 'object') return {};
    const out: Record<string, string> = {};
    for (const [k, d] of Object.entries(v as Record<string, unknown>)) {
      if (typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)) out[k] = d;
    }
    return out;
  },
};

function get<T>(key: string, fallback: T): T {
  return vscode.workspace.getConfiguration(config.section).get<T>(key, fallback);
}
