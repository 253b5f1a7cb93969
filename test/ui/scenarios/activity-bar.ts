// The packaged extension is installed in the workbench and activated, and Dossier's activity-bar
// container opens with rows that only an activated extension's tree provider can produce.
import * as fs from 'fs';
import * as path from 'path';
import type { Workbench } from '../workbench';

export const name = 'Dossier is installed, activates, and its activity-bar view opens';

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8'));

export async function run(wb: Workbench): Promise<void> {
  const { page } = wb;
  await wb.runCommand('Extensions: Show Installed Extensions');
  const entry = page.locator('.part.sidebar .extension-list-item', { hasText: manifest.displayName }).first();
  await entry.waitFor();
  // The Extensions view shows an activation time ("275ms") only for extensions that have activated.
  await entry.locator('.activation-status', { hasText: /\d+\s*ms/ }).waitFor({ timeout: 60_000 });
  await wb.screenshot('extension-installed');

  const containers: { id: string }[] = manifest.contributes?.viewsContainers?.activitybar ?? [];
  if (!containers.some((c) => /dossier/i.test(c.id))) throw new Error('package.json contributes no Dossier activity-bar container');
  const sideBar = await wb.openDossierView();
  // Welcome text can show before activation; tree rows cannot: they come from the extension's provider.
  await sideBar.locator('.pane-body .monaco-list-row').first().waitFor({ timeout: 90_000 });
  await wb.screenshot('dossier-view');
}
