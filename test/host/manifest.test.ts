// The manifest as the real workbench reads it: every string VS Code shows comes from
// package.nls.json (a missing key would show up as a raw `%key%`), palette commands carry the
// Dossier category, and commands that need a tree row's or hover link's arguments stay out of the
// Command Palette.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { Cmd } from '../../src/extension/commands/ids';
import { SHOW_MORE_DOCUMENTS } from '../../src/extension/views/documents-tree';
import { SHOW_MORE_ENTITIES } from '../../src/extension/views/entities-tree';

const REPO = path.resolve(__dirname, '../../..');

interface Contributes {
  commands: { command: string; title: string; category?: string; icon?: string }[];
  menus: Record<string, { command: string; when?: string }[]>;
}

/** Every string value under `value`, with where it sits. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${at}.${k}`));
  return [];
}

describe('Dossier manifest in the workbench', () => {
  let contributes: Contributes;
  before(() => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'dossier' && e.packageJSON?.publisher === 'dossier-dev');
    assert.ok(ext, 'Dossier is not loaded');
    contributes = ext.packageJSON.contributes as Contributes;
  });

  it('resolves every %key% of package.json from package.nls.json', () => {
    const raw = strings(contributes).filter(([, s]) => /^%[^%\s]+%$/.test(s));
    assert.deepStrictEqual(raw, [], 'strings the workbench would show as keys');
    const refresh = contributes.commands.find((c) => c.command === Cmd.refresh)!;
    assert.strictEqual(refresh.title, 'Refresh');
    assert.strictEqual(refresh.category, 'Dossier');
  });

  it('gives every command a category, and every view-title command an icon', () => {
    assert.deepStrictEqual(contributes.commands.filter((c) => c.category !== 'Dossier').map((c) => c.command), []);
    const inTitles = new Set(contributes.menus['view/title'].map((m) => m.command));
    assert.deepStrictEqual(contributes.commands.filter((c) => inTitles.has(c.command) && !c.icon).map((c) => c.command), []);
  });

  it('keeps commands that need a row\'s or a link\'s arguments out of the Command Palette', () => {
    const hidden = new Set(contributes.menus.commandPalette.filter((m) => m.when === 'false').map((m) => m.command));
    for (const id of [SHOW_MORE_DOCUMENTS, SHOW_MORE_ENTITIES, Cmd.openLocation, Cmd.goToEntity, 'dossier.timeline.filterEntity']) {
      assert.ok(contributes.commands.some((c) => c.command === id), `${id} is contributed (so the palette entry applies)`);
      assert.ok(hidden.has(id), `${id} is hidden from the palette`);
    }
  });

  it('localises runtime strings with literal vscode.l10n.t messages and {0} placeholders', () => {
    // A message built at run time (template, concatenation, variable) has no stable key: a
    // translation could never match it, and `@vscode/l10n-dev export` cannot extract it.
    const dir = path.join(REPO, 'src/extension');
    const bad: string[] = [];
    let calls = 0;
    for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))) {
      const text = fs.readFileSync(path.join(dir, rel), 'utf8');
      for (const m of text.matchAll(/l10n\.t\(\s*(\{\s*message:\s*)?/g)) {
        calls++;
        const rest = text.slice(m.index + m[0].length);
        const literal = /^'(?:[^'\\]|\\.)*'/.exec(rest);
        if (!literal || /^\s*\+/.test(rest.slice(literal[0].length))) bad.push(`${rel}: ${rest.slice(0, 60)}`);
      }
    }
    assert.ok(calls > 50, `only ${calls} localised strings found`);
    assert.deepStrictEqual(bad, []);
  });
});
