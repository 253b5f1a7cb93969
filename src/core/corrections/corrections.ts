import type { Corrections, EntityType } from '../model';

/**
 * User corrections are keyed by corpus entity id (`type:slug`), which is stable across
 * re-analysis, so a rename or merge survives edits to the documents. Applying them is pure:
 * the index asks where an entity id ends up and under which name and type.
 */

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'group', 'other'];

export function emptyCorrections(): Corrections {
  return { version: 1, rename: {}, merge: {}, retype: {}, reject: [] };
}

/** Where an entity id ends up: the id after following merges, or null when it (or its target) is rejected. */
export function resolveEntityId(id: string, c: Corrections, rejected: ReadonlySet<string> = new Set(c.reject)): string | null {
  let cur = id;
  const seen = new Set<string>();
  // Follow merge chains (a → b → c); a cycle stops at the first repeat so it cannot hang.
  while (Object.prototype.hasOwnProperty.call(c.merge, cur) && !seen.has(cur)) {
    if (rejected.has(cur)) return null;
    seen.add(cur);
    cur = c.merge[cur];
  }
  return rejected.has(cur) ? null : cur;
}

/** Corrections that change nothing (the index skips re-deriving entities for them). */
export function isEmptyCorrections(c: Corrections): boolean {
  return !Object.keys(c.rename).length && !Object.keys(c.merge).length && !Object.keys(c.retype).length && !c.reject.length;
}

// ---------------------------------------------------------------------------------------------
// Editing (pure: each returns a new object, ready to be written back atomically)

export function renameEntity(c: Corrections, id: string, name: string): Corrections {
  return { ...c, rename: { ...c.rename, [id]: name } };
}
export function mergeEntity(c: Corrections, from: string, into: string): Corrections {
  if (from === into) return c;
  return { ...c, merge: { ...c.merge, [from]: into } };
}
export function retypeEntity(c: Corrections, id: string, type: EntityType): Corrections {
  return { ...c, retype: { ...c.retype, [id]: type } };
}
export function rejectEntity(c: Corrections, id: string): Corrections {
  return c.reject.includes(id) ? c : { ...c, reject: [...c.reject, id] };
}
/** Removes every correction that mentions the id (an "undo all" for one entity). */
export function clearEntity(c: Corrections, id: string): Corrections {
  const drop = <V>(r: Record<string, V>) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== id));
  return { version: 1, rename: drop(c.rename), merge: drop(c.merge), retype: drop(c.retype), reject: c.reject.filter((r) => r !== id) };
}

// ---------------------------------------------------------------------------------------------
// Validation of a parsed corrections file: never throws, says what is wrong in one line.

export type CorrectionsParse = { ok: true; value: Corrections; warnings: string[] } | { ok: false; error: string };

export function parseCorrections(text: string): CorrectionsParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not valid JSON (${(e as Error).message})` };
  }
  return validateCorrections(json);
}

export function validateCorrections(json: unknown): CorrectionsParse {
  if (!isRecord(json)) return { ok: false, error: 'expected a JSON object with "version": 1' };
  if (json.version !== 1) return { ok: false, error: `unsupported corrections version ${JSON.stringify(json.version)} (expected 1)` };
  const warnings: string[] = [];
  const out = emptyCorrections();
  for (const field of ['rename', 'merge', 'retype'] as const) {
    const v = json[field];
    if (v === undefined) continue;
    if (!isRecord(v)) return { ok: false, error: `"${field}" must be an object of entity id → value` };
    for (const [k, val] of Object.entries(v)) {
      if (typeof val !== 'string' || !val.trim()) { warnings.push(`${field}["${k}"] ignored: expected a non-empty string`); continue; }
      if (field === 'retype' && !ENTITY_TYPES.includes(val as EntityType)) { warnings.push(`retype["${k}"] ignored: unknown type "${val}"`); continue; }
      if (field === 'merge' && val === k) { warnings.push(`merge["${k}"] ignored: merged into itself`); continue; }
      (out[field] as Record<string, string>)[k] = field === 'rename' ? val.trim() : val;
    }
  }
  if (json.reject !== undefined) {
    if (!Array.isArray(json.reject)) return { ok: false, error: '"reject" must be an array of entity ids' };
    for (const r of json.reject) {
      if (typeof r === 'string' && r) { if (!out.reject.includes(r)) out.reject.push(r); } else warnings.push(`reject entry ${JSON.stringify(r)} ignored: expected an entity id`);
    }
  }
  return { ok: true, value: out, warnings };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
