import * as vscode from 'vscode';
import type { Entity, MentionRef } from '../../core/model';
import type { CorpusStore } from '../corpus/corpus-store';
import { entityIdOf } from '../views/nodes';

/**
 * The entity a command acts on: the one passed (tree node, hover link, id) or, from the palette
 * and the editor's context menu, the one under the cursor.
 */
export function entityFromArg(store: CorpusStore, arg: unknown): Entity | undefined {
  const id = entityIdOf(arg);
  if (id !== undefined) return store.index.entity(id);
  const editor = vscode.window.activeTextEditor;
  const doc = editor && store.currentDocId(editor.document);
  if (doc === undefined) return undefined;
  return store.index.entityAt(doc, editor!.document.offsetAt(editor!.selection.active))?.entity;
}

/** The mention that stands for the entity: the first one written with its fullest name. */
export function definingMention(entity: Entity): MentionRef | undefined {
  return entity.mentions.find((m) => m.text === entity.name) ?? entity.mentions[0];
}
