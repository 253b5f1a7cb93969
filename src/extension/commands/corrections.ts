import * as vscode from 'vscode';
import {
  ENTITY_TYPES, clearEntity, emptyCorrections, mergeEntity, rejectEntity, renameEntity, retypeEntity,
} from '../../core/corrections/corrections';
import type { Corrections, Entity, EntityType } from '../../core/model';
import type { CorpusStore } from '../corpus/corpus-store';
import { typeLook } from '../util/entity-types';
import { plural } from '../util/entity-types';
import { entityFromArg } from './entity-arg';
import { entityIdOf } from '../views/nodes';
import { Cmd } from './ids';

/**
 * The user's corrections to the analysis: rename, merge, change type, reject. Each is stored in
 * `.dossier/corrections.json` (see CorrectionsFile) and applied by the index on top of every
 * re-analysis. Every command takes its answer as an argument too, for tests and keybindings.
 */
export function activate(context: vscode.ExtensionContext, store: CorpusStore): void {
  const apply = async (what: string, change: (c: Corrections) => Corrections, undo?: (c: Corrections) => Corrections) => {
    try {
      await store.updateCorrections(change);
      store.log.info(`Correction: ${what}`);
      if (undo) {
        void vscode.window.showInformationMessage(`Dossier: ${what}.`, 'Undo').then(async (pick) => {
          if (pick) await store.updateCorrections(undo);
        });
      }
    } catch (err) {
      store.log.error(`Could not save corrections: ${err instanceof Error ? err.message : String(err)}`);
      void vscode.window.showErrorMessage(`Dossier could not save the correction (${err instanceof Error ? err.message : String(err)}).`);
    }
  };
  const need = (arg: unknown): Entity | undefined => {
    const e = entityFromArg(store, arg);
    if (!e) void vscode.window.showInformationMessage('Dossier: put the cursor on a name, or pick an entity in the Dossier view.');
    return e;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(Cmd.renameEntity, async (arg?: unknown, newName?: unknown) => {
      const e = need(arg);
      if (!e) return;
      const name = typeof newName === 'string' ? newName : await vscode.window.showInputBox({
        title: `Rename ${e.name}`, value: e.name, prompt: 'The name Dossier shows for this entity everywhere',
        validateInput: (v) => (v.trim() ? undefined : 'A name cannot be empty'),
      });
      if (!name?.trim() || name.trim() === e.name) return;
      await apply(`renamed "${e.name}" to "${name.trim()}"`, (c) => renameEntity(c, e.id, name.trim()));
    }),
    vscode.commands.registerCommand(Cmd.mergeEntity, async (arg?: unknown, target?: unknown) => {
      const e = need(arg);
      if (!e) return;
      let into = entityIdOf(target);
      if (!into) {
        const others = store.index.entities().filter((x) => x.id !== e.id)
          .sort((a, b) => Number(b.type === e.type) - Number(a.type === e.type) || b.mentions.length - a.mentions.length);
        const pick = await vscode.window.showQuickPick(others.map((x) => ({
          label: x.name, description: `${typeLook(x.type).label} · ${plural(x.mentions.length, 'mention')}`, id: x.id,
        })), { title: `Merge ${e.name} into…`, matchOnDescription: true, placeHolder: 'The entity that absorbs this one' });
        into = pick?.id;
      }
      const dest = into && store.index.entity(into);
      if (!dest || dest.id === e.id) return;
      await apply(`merged "${e.name}" into "${dest.name}"`, (c) => mergeEntity(c, e.id, dest.id), (c) => clearEntity(c, e.id));
    }),
    vscode.commands.registerCommand(Cmd.changeEntityType, async (arg?: unknown, newType?: unknown) => {
      const e = need(arg);
      if (!e) return;
      let type = ENTITY_TYPES.includes(newType as EntityType) ? newType as EntityType : undefined;
      if (!type) {
        const pick = await vscode.window.showQuickPick(ENTITY_TYPES.map((t) => ({
          label: `$(${typeLook(t).codicon}) ${typeLook(t).label}`, type: t, picked: t === e.type, description: t === e.type ? 'current' : undefined,
        })), { title: `Change type of ${e.name}` });
        type = pick?.type;
      }
      if (!type || type === e.type) return;
      const noun = typeLook(type).label.toLowerCase();
      await apply(`"${e.name}" is now ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`, (c) => retypeEntity(c, e.id, type));
    }),
    vscode.commands.registerCommand(Cmd.rejectEntity, async (arg?: unknown) => {
      const e = need(arg);
      if (!e) return;
      await apply(`"${e.name}" is not an entity`, (c) => rejectEntity(c, e.id), (c) => ({ ...c, reject: c.reject.filter((r) => r !== e.id) }));
    }),
    vscode.commands.registerCommand(Cmd.copyEntityName, async (arg?: unknown) => {
      const e = need(arg);
      if (e) await vscode.env.clipboard.writeText(e.name);
    }),
    vscode.commands.registerCommand(Cmd.resetCorrections, async (confirm?: unknown) => {
      if (confirm !== true) {
        const ok = await vscode.window.showWarningMessage('Remove all of Dossier\'s corrections (renames, merges, types, rejections) in this workspace?', { modal: true }, 'Remove All');
        if (!ok) return;
      }
      await apply('removed all corrections', () => emptyCorrections());
    }),
  );
}
