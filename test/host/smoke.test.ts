// Activation smoke test: the extension loads from this checkout, activates in a real Node extension
// host, registers what its manifest promises, and sees the throw-away copy of seeds/.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const REPO = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;

interface Contributes {
  commands?: { command: string }[];
  views?: Record<string, { id: string }[]>;
}

describe('activation smoke test', () => {
  let ext: vscode.Extension<unknown>;

  before(async () => {
    const found = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(found, `${EXTENSION_ID} is not loaded`);
    ext = found;
    await ext.activate();
  });

  it('is loaded from this checkout and active', () => {
    // Guards against testing a stale installed copy instead of the code under development.
    assert.strictEqual(fs.realpathSync(ext.extensionPath), fs.realpathSync(REPO));
    assert.strictEqual(ext.isActive, true);
  });

  it('runs in a Node extension host', () => {
    assert.strictEqual(typeof process.versions.node, 'string');
    // code-server runs it server-side (a remote, workspace extension); desktop VS Code locally.
    const expected = vscode.env.remoteName ? vscode.ExtensionKind.Workspace : vscode.ExtensionKind.UI;
    assert.strictEqual(ext.extensionKind, expected);
  });

  it('registers every command its manifest contributes', async function () {
    const declared = ((ext.packageJSON.contributes ?? {}) as Contributes).commands?.map((c) => c.command) ?? [];
    if (declared.length === 0) this.skip();
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(declared.filter((c) => !registered.has(c)), [], 'declared in package.json but not registered');
  });

  it('can show every view its manifest contributes', async function () {
    const views = Object.values(((ext.packageJSON.contributes ?? {}) as Contributes).views ?? {}).flat();
    if (views.length === 0) this.skip();
    for (const v of views) await vscode.commands.executeCommand(`${v.id}.focus`);
  });

  it('opens a throw-away copy of seeds/, never the repository itself', async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1, 'exactly one workspace folder');
    assert.notStrictEqual(path.resolve(folders[0].uri.fsPath), path.join(REPO, 'seeds'));
    const seen = (await vscode.workspace.findFiles('**/*.txt')).map((u) => path.basename(u.fsPath)).sort();
    const seeds = fs.readdirSync(path.join(REPO, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
    assert.deepStrictEqual(seen, seeds);
  });
});
