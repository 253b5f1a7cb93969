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

const LOOKS: Record<EntityType, TypeLook> = {
  person: { label: 'Person', plural: 'People', codicon: 'person', color: 'dossier.personForeground', symbol: vscode.SymbolKind.Object },
  organization: { label: 'Organization', plural: 'Organizations', codicon: 'organization', color: 'dossier.organizationForeground', symbol: vscode.SymbolKind.Module },
  place: { label: 'Place', plural: 'Places', codicon: 'location', color: 'dossier.placeForeground', symbol: vscode.SymbolKind.Package },
  group: { label: 'Group', plural: 'Groups', codicon: 'symbol-misc', color: 'dossier.groupForeground', symbol: vscode.SymbolKind.Enum },
  other: { label: 'Other', plural: 'Other', codicon: 'symbol-constant', color: 'dossier.otherForeground', symbol: vscode.SymbolKind.Constant },
};

export function typeLook(type: EntityType): TypeLook {
  return LOOKS[type] ?? LOOKS.other;
}

export function typeIcon(type: EntityType): vscode.ThemeIcon {
  const look = typeLook(type);
  return new vscode.ThemeIcon(look.codicon, new vscode.ThemeColor(look.color));
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
