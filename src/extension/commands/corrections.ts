import * as vscode from 'vscode';
import {
  ENTITY_TYPES, clearEntity, emptyCorrections, mergeEntity, rejectEntity, renameEntity, retypeEntity,
} from '../../core/corrections/corrections';
import type { Corrections, Entity, EntityType } from '../../core/model';
import type { CorpusStore } from '../corpus/corpus-store';
import * as count from '../util/counts';
import { typeLook } from '../util/entity-types';
import { entityFromArg } from './entity-arg';
import { entityIdOf } from '../views/nodes';
import { Cmd } from './ids';

/**
 * The user's corrections to the analysis: rename, merge, change type, reject. Each is stored in
 * `.dossier/corrections.json` (see CorrectionsFile) and applied by the index on top of every
 * re-analysis. Every command takes its answer as an argument too, for tests and keybindings.
 */
export function activate(context: vscode.ExtensionContext, store: CorpusStore): void {
  /** `what` is a finished sentence for the notification ("Renamed …"); the log gets it too. */
  const apply = async (what: string, change: (c: Corrections) => Corrections, undo?: (c: Corrections) => Corrections) => {
    try {
      await store.updateCorrections(change);
      store.log.info(`Correction: ${what}`);
      if (undo) {
        const undoLabel = vscode.l10n.t('Undo');
        void vscode.window.showInformationMessage(what, undoLabel).then(async (pick) => {
          if (pick === undoLabel) await store.updateCorrections(undo);
        });
      }
    } catch (err) {
      store.log.error(`Could not save corrections: ${err instanceof Error ? err.message : String(err)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Dossier could not save the correction ({0}).', err instanceof Error ? err.message : String(err)));
    }
  };
  const need = (arg: unknown): Entity | undefined => {
    const e = entityFromArg(store, arg);
    if (!e) void vscode.window.showInformationMessage(vscode.l10n.t('Dossier: put the cursor on a name, or pick an entity in the Dossier view.'));
    return e;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(Cmd.renameEntity, async (arg?: unknown, newName?: unknown) => {
      const e = need(arg);
      if (!e) return;
      const name = typeof newName === 'string' ? newName : await vscode.window.showInputBox({
        title: vscode.l10n.t('Rename {0}', e.name), value: e.name, prompt: vscode.l10n.t('The name Dossier shows for this entity everywhere'),
        validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A name cannot be empty')),
      });
      if (!name?.trim() || name.trim() === e.name) return;
      await apply(vscode.l10n.t('Dossier: renamed "{0}" to "{1}".', e.name, name.trim()), (c) => renameEntity(c, e.id, name.trim()));
    }),
    vscode.commands.registerCommand(Cmd.mergeEntity, async (arg?: unknown, target?: unknown) => {
      const e = need(arg);
      if (!e) return;
      let into = entityIdOf(target);
      if (!into) {
        const others = store.index.entities().filter((x) => x.id !== e.id)
          .sort((a, b) => Number(b.type === e.type) - Number(a.type === e.type) || b.mentions.length - a.mentions.length);
        const pick = await vscode.window.showQuickPick(others.map((x) => ({
          label: x.name, description: `${typeLook(x.type).label} · ${count.mentions(x.mentions.length)}`, id: x.id,
        })), { title: vscode.l10n.t('Merge {0} into…', e.name), matchOnDescription: true, placeHolder: vscode.l10n.t('The entity that absorbs this one') });
        into = pick?.id;
      }
      const dest = into && store.index.entity(into);
      if (!dest || dest.id === e.id) return;
      await apply(vscode.l10n.t('Dossier: merged "{0}" into "{1}".', e.name, dest.name), (c) => mergeEntity(c, e.id, dest.id), (c) => clearEntity(c, e.id));
    }),
    vscode.commands.registerCommand(Cmd.changeEntityType, async (arg?: unknown, newType?: unknown) => {
      const e = need(arg);
      if (!e) return;
      let type = ENTITY_TYPES.includes(newType as EntityType) ? newType as EntityType : undefined;
      if (!type) {
        const pick = await vscode.window.showQuickPick(ENTITY_TYPES.map((t) => ({
          label: `$(${typeLook(t).codicon}) ${typeLook(t).label}`, type: t, picked: t === e.type, description: t === e.type ? vscode.l10n.t('current') : undefined,
        })), { title: vscode.l10n.t('Change type of {0}', e.name) });
        type = pick?.type;
      }
      if (!type || type === e.type) return;
      await apply(vscode.l10n.t('Dossier: "{0}" is now of type {1}.', e.name, typeLook(type).label), (c) => retypeEntity(c, e.id, type));
    }),
    vscode.commands.registerCommand(Cmd.rejectEntity, async (arg?: unknown) => {
      const e = need(arg);
      if (!e) return;
      await apply(vscode.l10n.t('Dossier: "{0}" is not an entity.', e.name), (c) => rejectEntity(c, e.id), (c) => ({ ...c, reject: c.reject.filter((r) => r !== e.id) }));
    }),
    vscode.commands.registerCommand(Cmd.copyEntityName, async (arg?: unknown) => {
      const e = need(arg);
      if (e) await vscode.env.clipboard.writeText(e.name);
    }),
    vscode.commands.registerCommand(Cmd.resetCorrections, async (confirm?: unknown) => {
      if (confirm !== true) {
        const removeAll = vscode.l10n.t('Remove All');
        const ok = await vscode.window.showWarningMessage(vscode.l10n.t('Remove all of Dossier\'s corrections (renames, merges, types, rejections) in this workspace?'), { modal: true }, removeAll);
        if (ok !== removeAll) return;
      }
      await apply(vscode.l10n.t('Dossier: removed all corrections.'), () => emptyCorrections());
    }),
  );
}
