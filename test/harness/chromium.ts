// Debian's chromium driven by playwright-core, with the flags that keep it quiet on a machine whose
// network reaches only the package registries (no Google look-ups, no component updates).
import { chromium, type BrowserContext } from 'playwright-core';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(viewport = { width: 1400, height: 900 }): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  const profile = fs.mkdtempSync(path.join(process.env.DOSSIER_RUN_DIR || os.tmpdir(), 'chromium-'));
  // Debian's chromium writes ~/.config/chromium and ~/.cache/dconf whatever --user-data-dir says.
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(profile, 'xdg-config'), XDG_CACHE_HOME: path.join(profile, 'xdg-cache') };
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    env: env as Record<string, string>,
    viewport,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      try { await context.close(); } finally { fs.rmSync(profile, { recursive: true, force: true }); }
    },
  };
}
