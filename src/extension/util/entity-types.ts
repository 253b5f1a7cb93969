import * as vscode from 'vscode';
import type { EntityType } from '../../core/model';

/** How each entity type looks everywhere in the editor (trees, outline, hovers, highlights). */
interface TypeLook {
  label: string;
  plural: string;
  codicon: string;
  /** Contributed colour ids (package.json `colors`): theme-aware, user-overridable. */
  color: string;
  symbol: vscode.SymbolKind;
}

export const TYPE_ORDER: readonly EntityType[] = ['person', 'organization', 'place', 'group', 'other'];

/** Built on first use, not at module load, so the labels come from the active l10n bundle. */
let looks: Record<EntityType, TypeLook> | undefined;

function allLooks(): Record<EntityType, TypeLook> {
  return looks ??= {
    person: { label: vscode.l10n.t('Person'), plural: vscode.l10n.t('People'), codicon: 'person', color: 'dossier.personForeground', symbol: vscode.SymbolKind.Object },
    organization: { label: vscode.l10n.t('Organization'), plural: vscode.l10n.t('Organizations'), codicon: 'organization', color: 'dossier.organizationForeground', symbol: vscode.SymbolKind.Module },
    place: { label: vscode.l10n.t('Place'), plural: vscode.l10n.t('Places'), codicon: 'location', color: 'dossier.placeForeground', symbol: vscode.SymbolKind.Package },
    group: { label: vscode.l10n.t('Group'), plural: vscode.l10n.t('Groups'), codicon: 'symbol-misc', color: 'dossier.groupForeground', symbol: vscode.SymbolKind.Enum },
    other: { label: vscode.l10n.t('Other'), plural: vscode.l10n.t('Other'), codicon: 'symbol-constant', color: 'dossier.otherForeground', symbol: vscode.SymbolKind.Constant },
  };
}

export function typeLook(type: EntityType): TypeLook {
  const all = allLooks();
  return all[type] ?? all.other;
}

export function typeIcon(type: EntityType): vscode.ThemeIcon {
  const look = typeLook(type);
  return new vscode.ThemeIcon(look.codicon, new vscode.ThemeColor(look.color));
}
