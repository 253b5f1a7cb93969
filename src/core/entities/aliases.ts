import type { DocEntity, EntityType, Mention } from '../model';
import { AGENCIES } from './lexicon';
import { initials, isAcronymName, nameKey, slug, stripHonorific } from './names';
import { COUNTRY_BY_NAME, normKey } from './gazetteer';

/** What clustering needs to know about a mention beyond the model's fields. */
export interface MentionInfo {
  /** Country code from the gazetteer (all names of one country share it). */
  country?: string;
  /** Typed by evidence rather than guessed from context. */
  strong: boolean;
}

const GENERIC_ORG_WORDS = /^(party|council|agency|university|ministry|bank|committee|commission|times|post|news|army|navy|group|association|institute|foundation|federation|union|league|club|department|office|bureau|court|parliament|congress|senate|assembly|police|service|fund|company|board|authority|school|college|academy|hospital|church|cabinet|command|forces|front|movement|alliance|government|administration)$/i;

/**
 * Clusters a document's mentions into entities: identical names, honorific forms ("Mr. Kim"),
 * lone surnames or given names of a unique full name ("Kim" → "Kim Jong Un", "Xi" → "Xi Jinping"),
 * every name of one country ("U.S.", "US", "United States"), acronyms and their expansions
 * ("KCNA" ↔ "Korean Central News Agency"), an organization's shorter tail ("Red Guards").
 * A lone name shared by two full names in the document stays apart. Mutates mention types where
 * a guessed type meets evidence (a lone "Kim" guessed as a place becomes the person).
 */
export function clusterMentions(mentions: Mention[], info: MentionInfo[]): DocEntity[] {
  const n = mentions.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => { const x = find(a), y = find(b); if (x !== y) parent[Math.max(x, y)] = Math.min(x, y); };
  const nameOf = (i: number) => stripHonorific(mentions[i].text);

  // 1. One name, one type: guessed types give way to the evidence elsewhere in the document.
  const byName = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    if (m.type === 'group') return;
    const k = nameKey('organization', nameOf(i)); // "Airbus SAS" and "Airbus" are one name
    (byName.get(k) ?? byName.set(k, []).get(k)!).push(i);
  });
  for (const idx of byName.values()) {
    const votes = new Map<EntityType, number>();
    for (const i of idx) if (info[i].strong) votes.set(mentions[i].type, (votes.get(mentions[i].type) ?? 0) + 1);
    const best = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (best) for (const i of idx) if (!info[i].strong) mentions[i].type = best;
    if (!best && idx.length > 1) {
      // Only guesses: the document's most frequent guess wins, organizations before people on ties
      // (a firm is named bare more often than a person without a full name).
      const guess = new Map<EntityType, number>();
      for (const i of idx) guess.set(mentions[i].type, (guess.get(mentions[i].type) ?? 0) + (mentions[i].type === 'organization' ? 1.5 : 1));
      const g = [...guess].sort((a, b) => b[1] - a[1])[0][0];
      for (const i of idx) mentions[i].type = g;
    }
  }

  // A guessed lone word that is part of a full person name here is that person ("took Shoigu").
  const personParts = new Set<string>();
  mentions.forEach((m, i) => {
    if (m.type !== 'person') return;
    const w = nameKey('person', nameOf(i)).split(' ');
    if (w.length > 1) { personParts.add(w[0]); personParts.add(w[w.length - 1]); }
  });
  mentions.forEach((m, i) => {
    if (!info[i].strong && m.type !== 'group' && personParts.has(nameKey('person', nameOf(i)))) m.type = 'person';
  });

  // A guessed lone word that starts an organization's name here is that organization ("Lehman").
  const orgFirst = new Map<string, Set<string>>();
  mentions.forEach((m, i) => {
    if (m.type !== 'organization') return;
    const w = nameKey('organization', nameOf(i)).split(' ');
    if (w.length > 1) (orgFirst.get(w[0]) ?? orgFirst.set(w[0], new Set()).get(w[0])!).add(w.join(' '));
  });
  mentions.forEach((m, i) => {
    const k = normKey(nameOf(i));
    if (!info[i].strong && m.type !== 'group' && !k.includes(' ') && orgFirst.get(k)?.size === 1 && !personParts.has(k)) m.type = 'organization';
  });

  // Full person names (two or more words) by each of their first and last words.
  const fullByPart = new Map<string, Set<string>>();
  const fullIdx = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (m.type !== 'person') return;
    const k = nameKey('person', nameOf(i));
    const w = k.split(' ');
    if (w.length < 2) return;
    if (fullIdx.has(k)) union(fullIdx.get(k)!, i); else fullIdx.set(k, i);
    for (const part of [`l:${w[w.length - 1]}`, `f:${w[0]}`]) (fullByPart.get(part) ?? fullByPart.set(part, new Set()).get(part)!).add(k);
  });
  // "Vladimir Putin" / "Vladimir V. Putin" / "Vladimir Vladimirovich Putin": same first and last word.
  const byFirstLast = new Map<string, string[]>();
  for (const k of fullIdx.keys()) { const w = k.split(' '); const fl = `${w[0]} ${w[w.length - 1]}`; (byFirstLast.get(fl) ?? byFirstLast.set(fl, []).get(fl)!).push(k); }
  for (const ks of byFirstLast.values()) for (const k of ks.slice(1)) union(fullIdx.get(ks[0])!, fullIdx.get(k)!);

  const keyIdx = new Map<string, number>();
  const acronyms = new Map<string, number>();
  const orgNames: number[] = [];
  mentions.forEach((m, i) => {
    const name = nameOf(i);
    let k: string;
    if (m.type === 'person') {
      k = nameKey('person', name);
      if (!k.includes(' ')) {
        // A lone word: the unique full name ending (else starting) with it.
        const last = fullByPart.get(`l:${k}`), first = fullByPart.get(`f:${k}`);
        const cands = last?.size ? last : first;
        const uniq = cands && cands.size === 1 && !(last?.size && first?.size && ![...first].every((x) => last.has(x))) ? [...cands][0] : null;
        if (uniq) { union(fullIdx.get(uniq)!, i); return; }
        // An unresolved lone word is also a lone-word entity of its own ("Kim", ambiguous).
      } else return;
      k = `person:${k}`;
    } else if (m.type === 'place' && info[i].country) k = `place:cc:${info[i].country}`;
    else if (m.type === 'group') k = `group:${info[i].country || nameKey('group', name)}`;
    else k = `${m.type}:${nameKey(m.type, name)}`;
    if (keyIdx.has(k)) union(keyIdx.get(k)!, i); else keyIdx.set(k, i);
    if (m.type === 'organization') {
      if (isAcronymName(name)) acronyms.set(normKey(name).replace(/ /g, ''), i);
      else orgNames.push(i);
    }
  });

  // Organizations: acronym ↔ expansion; a distinctive tail ("Red Guards" of "Worker-Peasant Red Guards").
  for (const i of orgNames) {
    const name = nameOf(i);
    const acr = initials(name);
    if (acr && acronyms.has(acr)) union(acronyms.get(acr)!, i);
    for (const [a, j] of acronyms) if (AGENCIES[a.toUpperCase()] && normKey(AGENCIES[a.toUpperCase()]) === normKey(name)) union(j, i);
  }
  const orgKeys = orgNames.map((i) => ({ i, w: nameKey('organization', nameOf(i)).split(' ') }));
  for (const a of orgKeys) {
    if (a.w.length !== 1 || info[a.i].strong) continue;
    const longer = orgKeys.filter((b) => b.w.length > 1 && b.w[0] === a.w[0]);
    if (new Set(longer.map((b) => find(b.i))).size === 1) union(longer[0].i, a.i);
  }
  // A lone generic head ("the Commission") is the document's one organization ending with it.
  mentions.forEach((m, i) => {
    if (info[i].strong || m.type === 'organization' || m.type === 'group' || !GENERIC_ORG_WORDS.test(nameOf(i))) return;
    const w = normKey(nameOf(i));
    if (orgKeys.some((b) => b.w.length > 1 && b.w[b.w.length - 1] === w)) { m.type = 'organization'; orgKeys.push({ i, w: [w] }); }
  });
  for (const a of orgKeys) {
    if (a.w.length === 1 && GENERIC_ORG_WORDS.test(a.w[0]) && info[a.i].strong) continue;
    const longer = orgKeys.filter((b) => b.w.length > a.w.length && b.w.slice(b.w.length - a.w.length).join(' ') === a.w.join(' '));
    const roots = new Set(longer.map((b) => find(b.i)));
    if (roots.size === 1) union(longer[0].i, a.i);
  }

  // "the North" → the document's one place named "North …".
  mentions.forEach((m, i) => {
    if (m.type !== 'place' || info[i].strong || m.text.includes(' ')) return;
    const w = m.text.toLowerCase();
    const roots = new Set<number>();
    mentions.forEach((o, j) => { if (o.type === 'place' && j !== i && o.text.toLowerCase().startsWith(w + ' ')) roots.add(find(j)); });
    if (roots.size === 1) union([...roots][0], i);
  });

  // Build entities in order of first mention.
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) { const r = find(i); (groups.get(r) ?? groups.set(r, []).get(r)!).push(i); }
  const entities: DocEntity[] = [];
  const usedKeys = new Set<string>();
  for (const idx of groups.values()) {
    const type = majorityType(idx.map((i) => mentions[i].type));
    for (const i of idx) mentions[i].type = type;
    const name = canonical(idx.map(nameOf), type, info[idx[0]].country);
    let key = `${type}:${slug(name)}`;
    for (let s = 2; usedKeys.has(key); s++) key = `${type}:${slug(name)}-${s}`;
    usedKeys.add(key);
    const forms = new Map<string, number>();
    for (const i of idx) forms.set(mentions[i].text, (forms.get(mentions[i].text) ?? 0) + 1);
    const aliases = [name, ...[...forms.keys()].filter((f) => f !== name)];
    const roles = idx.map((i) => mentions[i].role).filter((r): r is string => !!r);
    entities.push({ key, name, type, aliases, ...(roles.length ? { role: mostFrequent(roles) } : {}), mentions: idx });
  }
  return entities;
}

export function majorityType(types: EntityType[]): EntityType {
  const c = new Map<EntityType, number>();
  for (const t of types) c.set(t, (c.get(t) ?? 0) + (t === 'other' ? 0.5 : 1));
  return [...c].sort((a, b) => b[1] - a[1])[0][0];
}

export function mostFrequent(xs: string[]): string {
  const c = new Map<string, number>();
  for (const x of xs) c.set(x, (c.get(x) ?? 0) + 1);
  return [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

/** The fullest form: most words, then longest, then most frequent, then alphabetical. */
export function canonical(names: string[], type: EntityType, _country?: string, weights?: number[]): string {
  const freq = new Map<string, number>();
  names.forEach((n, i) => freq.set(n, (freq.get(n) ?? 0) + (weights?.[i] ?? 1)));
  // A country is called by its common name when the text uses it ("North Korea", not the official name).
  if (type === 'place') {
    const common = [...freq.keys()].find((n) => COUNTRY_BY_NAME.get(normKey(n))?.common === n);
    if (common) return common;
  }
  const words = (s: string) => (isAcronymName(s) && !shouting(s, type) ? 0.5 : s.split(/[\s-]+/).length);
  const loud = (s: string) => (shouting(s, type) ? 1 : 0);
  const best = [...freq.keys()].sort((a, b) =>
    (type === 'place' && /^(north|south|east|west)$/i.test(a) ? 1 : 0) - (type === 'place' && /^(north|south|east|west)$/i.test(b) ? 1 : 0)
    || loud(a) - loud(b) || words(b) - words(a) || b.length - a.length || freq.get(b)! - freq.get(a)! || (a < b ? -1 : a > b ? 1 : 0))[0];
  return shouting(best, type) ? titleCase(best) : best;
}

/**
 * A name written in capitals by a headline or dateline ("SAN FRANCISCO", "ATHENS"), not an
 * acronym: never the display form while a mixed-case one exists, and title-cased otherwise.
 * Organizations' short capitals are acronyms ("KCNA", "NATO").
 */
function shouting(s: string, type: EntityType): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toUpperCase() || letters === letters.toLowerCase() || s.includes('.')) return false;
  if (type === 'organization' || type === 'other') return /\s/.test(s.trim()) && s.split(/\s+/).some((w) => w.replace(/[^\p{L}]/gu, '').length > 4);
  return true;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-'\u2019(])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
