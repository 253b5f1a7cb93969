import type { EntityType } from '../model';
import { canonical } from '../entities/aliases';
import { compareStrings as cmp } from '../text/order';

/** What a cluster stats member contributes. */
export interface StatsMember {
  doc: string;
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  role?: string;
  weight: number;
}

/**
 * What a cluster's name, type, aliases and role are computed from, kept up to date as members come
 * and go so that a member joining "United States" costs O(its own names), not O(cluster). Every
 * order-sensitive choice (ties) is made by the smallest member (see `byRef`), exactly as a
 * from-scratch build over members in that order makes it.
 */
export interface Stats {
  types: Map<EntityType, { score: number; min: StatsMember; n: number }>;
  names: Map<string, { weight: number; min: StatsMember; n: number }>;
  forms: Map<string, number>;
  roles: Map<string, number>;
}

export const emptyStats = (): Stats => ({ types: new Map(), names: new Map(), forms: new Map(), roles: new Map() });

/**
 * The order of members: by document, then key (what comparing `${doc}\u0000${key}` strings gives,
 * without keeping such a string per member).
 */
export const byRef = (a: StatsMember, b: StatsMember): number => (a.doc === b.doc ? cmp(a.key, b.key) : cmp(a.doc, b.doc));

export function addStats(s: Stats, m: StatsMember): void {
  const t = s.types.get(m.type);
  const score = m.type === 'other' ? 0.5 : 1;
  if (t) { t.score += score; t.n++; if (byRef(m, t.min) < 0) t.min = m; } else s.types.set(m.type, { score, min: m, n: 1 });
  const nm = s.names.get(m.name);
  if (nm) { nm.weight += m.weight; nm.n++; if (byRef(m, nm.min) < 0) nm.min = m; } else s.names.set(m.name, { weight: m.weight, min: m, n: 1 });
  for (const a of m.aliases) s.forms.set(a, (s.forms.get(a) ?? 0) + m.weight);
  if (m.role) s.roles.set(m.role, (s.roles.get(m.role) ?? 0) + 1);
}

/** Takes a member out of the stats; `rest` are the members left, in order (to find the next smallest). */
export function removeStats(s: Stats, m: StatsMember, rest: readonly StatsMember[]): void {
  const t = s.types.get(m.type)!;
  t.score -= m.type === 'other' ? 0.5 : 1;
  if (--t.n === 0) s.types.delete(m.type);
  else if (t.min === m) t.min = rest.find((x) => x.type === m.type)!;
  const nm = s.names.get(m.name)!;
  nm.weight -= m.weight;
  if (--nm.n === 0) s.names.delete(m.name);
  else if (nm.min === m) nm.min = rest.find((x) => x.name === m.name)!;
  for (const a of m.aliases) {
    const w = (s.forms.get(a) ?? 0) - m.weight;
    if (w <= 0 && !rest.some((x) => x.aliases.includes(a))) s.forms.delete(a); else s.forms.set(a, w);
  }
  if (m.role) {
    const r = (s.roles.get(m.role) ?? 0) - 1;
    if (r <= 0) s.roles.delete(m.role); else s.roles.set(m.role, r);
  }
}

/**
 * The type and name of a cluster: the same choices `majorityType` and `canonical` make over the
 * members in order (ties go to the first member).
 */
export function headOf(stats: Stats): { type: EntityType; name: string } {
  let type: EntityType | undefined;
  let best: { score: number; min: StatsMember } | undefined;
  for (const [t, v] of stats.types) {
    if (!best || v.score > best.score || (v.score === best.score && byRef(v.min, best.min) < 0)) { best = v; type = t; }
  }
  const names = [...stats.names].sort((a, b) => byRef(a[1].min, b[1].min));
  const name = canonical(names.map((n) => n[0]), type!, undefined, names.map((n) => n[1].weight));
  return { type: type!, name };
}

/** The aliases (name first, then by weight as `mostFrequent` orders them) and the commonest role. */
export function tailOf(stats: Stats, name: string): { aliases: string[]; role?: string } {
  const aliases = [name, ...[...stats.forms].filter(([a]) => a !== name).sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([a]) => a)];
  let role: string | undefined;
  let roleN = 0;
  for (const [r, n] of stats.roles) if (n > roleN || (n === roleN && r < role!)) { role = r; roleN = n; }
  return role ? { aliases, role } : { aliases };
}
