import type { EntityType } from '../model';
import { COUNTRY_BY_NAME, DEMONYMS, normKey } from './gazetteer';
import { HONORIFICS, NAME_PARTICLES, SPAN_HONORIFICS } from './lexicon';

/**
 * Name keys shared by within-document clustering and the cross-document linker, so that "same
 * entity" means the same thing in both.
 */

/** URL-safe slug used in entity ids and keys. */
export function slug(s: string): string {
  return normKey(s).replace(/'/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'x';
}

const CORP_SUFFIX = /\s(inc|corp|corporation|co|ltd|llc|plc|group|holdings|sa|sas|ag|se|nv|gmbh|spa|ab|asa|bv|kk|pty|pte|bhd|srl)$/;

/** The name without honorific, lower-cased; for persons also without middle initials. */
export function nameKey(type: EntityType, name: string): string {
  let k = normKey(name);
  const first = k.split(' ')[0];
  if (HONORIFICS.has(first) && k.includes(' ')) k = k.slice(first.length + 1);
  if (type === 'person') {
    const w = k.split(' ').filter((x, i, a) => x.length > 1 || a.length === 1 || i === a.length - 1);
    // "Al-Maliki" is the surname of "Nouri al-Maliki", not a two-word name.
    while (w.length > 1 && NAME_PARTICLES.has(w[0])) w.shift();
    k = w.join(' ');
  }
  if (type === 'organization') { k = k.replace(/^the /, ''); for (let prev = ''; prev !== k;) { prev = k; k = k.replace(CORP_SUFFIX, ''); } }
  if (type === 'group') k = k.replace(/s$/, '');
  return k;
}

/** Drops a leading social honorific: "Mr. Kim" → "Kim". */
export function stripHonorific(name: string): string {
  const m = /^(\p{L}+)\.?\s+(?=\S)/u.exec(name);
  return m && SPAN_HONORIFICS.has(m[1].toLowerCase()) ? name.slice(m[0].length) : name;
}

/** "Korean Central News Agency" → "kcna"; "Agence France-Presse" → "afp". Null for one word. */
export function initials(name: string): string | null {
  const words = name.split(/[\s\u2010-]+/).filter((w) => /^\p{Lu}/u.test(w));
  // "European Aeronautic Defence and Space Co." is EADS: a corporate suffix has no letter in it.
  while (words.length > 2 && CORP_SUFFIX.test(' ' + normKey(words[words.length - 1]))) words.pop();
  if (words.length < 2) return null;
  return words.map((w) => w[0]).join('').toLowerCase();
}

export function isAcronymName(name: string): boolean {
  return /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]{1,6}$/u.test(name);
}

/** Country code for a place or group name known to the gazetteer. */
export function countryOf(type: EntityType, name: string): string | undefined {
  if (type === 'place') return COUNTRY_BY_NAME.get(normKey(name))?.id;
  if (type === 'group') return DEMONYMS.get(normKey(name)) || undefined;
  return undefined;
}

/**
 * Keys an entity is known by across documents.
 * - `strong`: any shared strong key links two entities (full names, country codes, acronyms).
 * - `weak`: a lone surname or first name ("Kim", "Xi"); it joins the one entity whose full name
 *   has that word, and stays apart when the corpus knows two such people.
 * - `parts`: for full person names, the words a lone name may refer to (surname, given name).
 */
export interface LinkKeys {
  strong: string[];
  weak?: string;
  parts: string[];
}

export function linkKeys(type: EntityType, name: string, aliases: string[]): LinkKeys {
  const strong = new Set<string>();
  const parts: string[] = [];
  let weak: string | undefined;
  const forms = [name, ...aliases];
  if (type === 'person') {
    const full = forms.map((f) => nameKey(type, f)).filter((k) => k.includes(' '));
    if (full.length) {
      for (const k of full) strong.add(`person:${k}`);
      const words = nameKey(type, name).split(' ');
      parts.push(words[words.length - 1], words[0]);
    } else {
      weak = nameKey(type, name);
    }
  } else if (type === 'other' && !name.includes(' ') && !isAcronymName(name)) {
    weak = nameKey(type, name);
  } else if (type === 'organization' && forms.every((f) => !isAcronymName(f) && !nameKey(type, f).includes(' '))) {
    // A firm named by one word ("Lehman") joins the one organization whose name starts with it.
    weak = nameKey(type, name);
  } else {
    for (const f of new Set(forms)) {
      const c = countryOf(type, f);
      if (c) strong.add(`${type}:cc:${c}`);
      const nk = nameKey(type, f);
      strong.add(`${type}:${nk}`);
      if (type === 'organization') {
        const acr = isAcronymName(f) ? normKey(f).replace(/ /g, '') : initials(f);
        if (acr) strong.add(`organization:acr:${acr}`);
        const w = nk.split(' ');
        if (w.length > 1 && !/^(the|of|national|international|european|american|united|new|first|general|world|central|federal|state|royal|bank|university)$/.test(w[0])) parts.push(w[0]);
      }
    }
  }
  return { strong: [...strong], weak, parts: [...new Set(parts)] };
}
