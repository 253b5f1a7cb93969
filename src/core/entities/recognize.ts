import nlp from 'compromise';
import type { EntityType, Span } from '../model';
import type { Tok } from './tokens';
import { retypeByContext } from './context';
import { isEnglishWord } from './dictionary';
import { CAPITALS, COUNTRY_BY_NAME, DEMONYMS, REGIONS, normKey } from './gazetteer';
import {
  DETERMINERS, HONORIFICS, MONTHS_DAYS, NAME_PARTICLES, NON_ENTITY_ACRONYMS, OF_HEADS, ORG_HEADS, ORG_NAMES, ORG_PHRASES,
  EVENT_HEADS, OTHER_NAMES, PLACE_FIRST, PLACE_HEADS, ROLE_NOUNS, SPAN_HONORIFICS, TITLES,
} from './lexicon';

/** A recognised name before alias clustering. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  sent: number;
  /** Typed by evidence (lexicon, gazetteer, name heads) rather than guessed from context. */
  strong: boolean;
  role?: string;
  /** Country code for gazetteer places and nationality groups: every name of one country shares it. */
  country?: string;
  /** The words of the name (honorific excluded), for alias keys. */
  words: string[];
  honorific?: boolean;
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'Address'];
const ORG_TAGS = ['Organization', 'SportsTeam', 'Company'];
const COMMON_TAGS = ['Verb', 'Adjective', 'Adverb', 'Pronoun', 'Preposition', 'Conjunction', 'Determiner', 'QuestionWord', 'Value', 'Date', 'Month', 'WeekDay', 'Negative', 'Copula', 'Modal', 'Auxiliary'];

const NAME_LEXICON_TAGS = /Name|Person|Place|Country|City|Region|Organization|Honorific/;
let lexicon: Record<string, string> | undefined;
/** An ordinary English word in compromise's lexicon ("cold", "war"), not a name. */
function isDictionaryWord(w: string): boolean {
  lexicon ??= (nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon;
  const tag = lexicon[w];
  if (tag) return !NAME_LEXICON_TAGS.test(tag);
  return isEnglishWord(w);
}

const has = (t: Tok, tags: string[]): boolean => tags.some((x) => t.tags.has(x));
const isEntityTagged = (t: Tok): boolean => has(t, PERSON_TAGS) || has(t, PLACE_TAGS) || has(t, ORG_TAGS) || t.tags.has('Demonym');
const isAcronym = (t: Tok): boolean => /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]{1,6}$/u.test(t.text);

/** Would this word be capitalised anyway at the start of a sentence? */
function isCommonWord(t: Tok): boolean {
  if (MONTHS_DAYS.has(t.norm) || DETERMINERS.has(t.norm)) return true;
  if (has(t, PERSON_TAGS) || has(t, ORG_TAGS) || t.tags.has('Demonym') || t.tags.has('Country') || t.tags.has('City')) return false;
  if (COUNTRY_BY_NAME.has(t.norm) || CAPITALS.has(t.norm) || DEMONYMS.has(t.norm)) return false;
  if (t.upper && t.text.length <= 6) return false;
  if (/^\p{Lu}$/u.test(t.text) && t.norm !== 'a' && t.norm !== 'i') return false; // an initial: "K. Marsden"
  if (has(t, COMMON_TAGS) || t.tags.has('Plural')) return true;
  // A capitalised word the dictionary does not know ("Xi", "Tesla") is a name even first in a sentence.
  return isDictionaryWord(t.norm) || (t.tags.has('Noun') && !t.tags.has('ProperNoun') && isDictionaryWord(t.norm.replace(/s$/, '')));
}

/** Can this word be part of a name here? */
function nameLike(t: Tok): boolean {
  if (t.capsLine) {
    // In a headline written in capitals only lexicon knowledge tells names from words.
    if (NON_ENTITY_ACRONYMS.has(t.norm)) return false;
    return isEntityTagged(t) || COUNTRY_BY_NAME.has(t.norm) || CAPITALS.has(t.norm) || DEMONYMS.has(t.norm) || ORG_NAMES.has(t.norm);
  }
  if (!t.cap) return false;
  if (MONTHS_DAYS.has(t.norm) && !t.tags.has('Person')) return false;
  if (t.initial && !t.poss && isCommonWord(t)) return false;
  return true;
}

/** "Jan Ullrich", "Theresa May": a month or day word that is part of a person's name. */
function monthAsName(text: string, toks: Tok[], i: number, cur: Tok[]): boolean {
  const t = toks[i];
  if (!t.cap || t.capsLine || !MONTHS_DAYS.has(t.norm)) return false;
  const prev = cur[cur.length - 1], next = toks[i + 1];
  if (prev && prev.tags.has('FirstName') && joinable(text, prev, t)) return true;
  return !!next && next.cap && !MONTHS_DAYS.has(next.norm) && (has(next, PERSON_TAGS) || !isDictionaryWord(next.norm) && !has(next, PLACE_TAGS) && !has(next, ORG_TAGS))
    && joinable(text, t, next) && /^\p{Lu}\p{Ll}+$/u.test(next.text) && /^(jan|mar|may|june|april|august|sat|sun)$/.test(t.norm);
}

/** A sentence-initial word that opens a known multi-word name ("South Korean media said"). */
function startsKnownName(text: string, toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (!t.cap || !t.initial || t.capsLine) return false;
  // A title opening the sentence ("Prime Minister Fumio Kishida said").
  const n1 = toks[i + 1], n2 = toks[i + 2];
  if (TITLES.has(t.norm) && n1 && joinable(text, t, n1) && (n1.cap || n1.norm === 'of' && OF_HEADS.has(t.norm) && n2?.cap)) return true;
  // "Bank of New Zealand said…": an organization's head with its "of" complement.
  if (ORG_HEADS.has(t.norm) && OF_HEADS.has(t.norm) && n1?.norm === 'of' && n2?.cap && !n2.initial && joinable(text, t, n1) && joinable(text, n1, n2)) return true;
  // Common words qualifying a title ("Civil Protection Minister Vassilis Kikilias said").
  for (let n = 1; n <= 2 && i + n + 1 < toks.length; n++) {
    const ts = toks.slice(i, i + n + 2);
    if (ts.every((x, k) => x.cap && (k === 0 || joinable(text, ts[k - 1], x))) && TITLES.has(ts[n].norm) && !ts.slice(0, n).some((x) => TITLES.has(x.norm))
      && !MONTHS_DAYS.has(t.norm) && !DETERMINERS.has(t.norm) && !has(t, ['Verb', 'Pronoun', 'Preposition', 'Conjunction'])) return true;
  }
  for (let n = 2; n <= 3 && i + n - 1 < toks.length; n++) {
    const ts = toks.slice(i, i + n);
    if (ts.some((x, k) => k > 0 && !joinable(text, ts[k - 1], x))) return false;
    const k = normKey(text.slice(ts[0].start, ts[n - 1].end));
    if (COUNTRY_BY_NAME.has(k) || DEMONYMS.has(k) || REGIONS.has(k) || CAPITALS.has(k)) return true;
  }
  return false;
}

/** May the words a and b (adjacent) belong to one name, given the characters between them? */
function joinable(text: string, a: Tok, b: Tok, toks?: Tok[], bIdx?: number): boolean {
  if (a.sent !== b.sent) return false;
  if (a.poss && !/^(children|women|men|workers|veterans|people)$/.test(a.norm)) {
    // "Moody's Investors Service", "McDonald's Corp": a possessive inside an organization's name.
    if (!(toks && bIdx !== undefined && /^['\u2019]s[ \t]+$/.test(text.slice(a.end, b.start)) && endsInOrgHead(text, toks, bIdx))) return false;
    return true;
  }
  const gap = text.slice(a.end, b.start);
  if (/^[ \t\u00a0]+$/.test(gap)) return true;
  if (/^['\u2019]s[ \t]+$/.test(gap)) return /^(people|children|women|men)$/.test(a.norm);
  if (/^\.[ \t]+$/.test(gap)) return a.text.length === 1 || SPAN_HONORIFICS.has(a.norm) || HONORIFICS.has(a.norm) || a.norm === 'st';
  if (gap === '-' || gap === '\u2010') return true;
  return false;
}

/** "Kim-Putin", "U.S.-China": a hyphen between two names that each stand alone. */
function hyphenSplits(a: Tok, b: Tok, next: Tok | undefined, text: string): boolean {
  if (text.slice(a.end, b.start) !== '-') return false;
  const alone = (t: Tok) => has(t, PERSON_TAGS) && (t.tags.has('LastName') || t.tags.has('Person')) || t.tags.has('Country') || COUNTRY_BY_NAME.has(t.norm) || CAPITALS.has(t.norm) || isAcronym(t) && ORG_NAMES.has(t.norm);
  const continues = next && next.sent === b.sent && nameLike(next) && /^[ \t]+$/.test(text.slice(b.end, next.start));
  const givenOnly = (t: Tok) => t.tags.has('FirstName') && !t.tags.has('LastName');
  return alone(a) && alone(b) && !continues && !(givenOnly(a) && givenOnly(b)) && !NAME_PARTICLES.has(a.norm) && !/^(abu|abd|abdul)$/.test(a.norm);
}

/** Do the capitalised words from `i` on (up to four) end with an organization head? */
function endsInOrgHead(text: string, toks: Tok[], i: number): boolean {
  for (let k = i; k < i + 4 && k < toks.length; k++) {
    if (!nameLike(toks[k]) || k > i && !joinable(text, toks[k - 1], toks[k])) return false;
    if (ORG_HEADS.has(toks[k].norm) && (k + 1 >= toks.length || !nameLike(toks[k + 1]) || !joinable(text, toks[k], toks[k + 1]))) return true;
  }
  return false;
}

/** Splits the words into maximal capitalised runs (names with their titles), in text order. */
export function findRuns(text: string, toks: Tok[]): Tok[][] {
  const runs: Tok[][] = [];
  let cur: Tok[] = [];
  const flush = () => { if (cur.length) runs.push(cur); cur = []; };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (nameLike(t) || startsKnownName(text, toks, i) || monthAsName(text, toks, i, cur)) {
      if (cur.length) {
        const prev = cur[cur.length - 1];
        if (!joinable(text, prev, t, toks, i) || cur.length === 1 && hyphenSplits(prev, t, toks[i + 1], text)) flush();
      }
      cur.push(t);
      continue;
    }
    // Connectors inside a name: "Bank of England", "Ludwig van Beethoven", "Johnson & Johnson".
    const prev = cur[cur.length - 1];
    const next = toks[i + 1];
    if (prev && next && nameLike(next) && !t.capsLine && joinable(text, prev, t) && joinable(text, t, next)) {
      if (t.norm === 'of' && OF_HEADS.has(prev.norm) && !next.initial) { cur.push(t); continue; }
      if ((NAME_PARTICLES.has(t.norm) && !t.cap) || t.text === '&') { cur.push(t); continue; }
    }
    // "Securities and Exchange Commission": "and" inside an organization's name.
    if (prev && next && (t.norm === 'and' || t.text === '&') && !t.capsLine && nameLike(next) && joinable(text, prev, t) && joinable(text, t, next)
      && !COUNTRY_BY_NAME.has(prev.norm) && !CAPITALS.has(prev.norm) && !has(prev, PERSON_TAGS) && !/^(co|inc|corp|ltd|plc|llc|ag|se|sa|nv|group|holdings)$/.test(prev.norm) && endsInOrgHead(text, toks, i + 1)) { cur.push(t); continue; }
    // "Nikolaus van der Pas": a run of particles between two capitalised words.
    if (prev && !t.cap && NAME_PARTICLES.has(t.norm) && next && !next.cap && NAME_PARTICLES.has(next.norm) && toks[i + 2] && nameLike(toks[i + 2])
      && joinable(text, prev, t) && joinable(text, t, next) && joinable(text, next, toks[i + 2])) { cur.push(t, next); i++; continue; }
    flush();
  }
  flush();
  return runs;
}

const surface = (text: string, ts: Tok[]) => text.slice(ts[0].start, ts[ts.length - 1].end);

/** Longest prefix of `ts` naming a nationality or country ("Russian", "South Korean", "U.S."). */
function demonymPrefix(text: string, ts: Tok[]): { len: number; country?: string; group: boolean } | null {
  for (let n = Math.min(3, ts.length); n >= 1; n--) {
    const k = normKey(surface(text, ts.slice(0, n)));
    if (DEMONYMS.has(k)) return { len: n, country: DEMONYMS.get(k) || undefined, group: true };
    const c = COUNTRY_BY_NAME.get(k);
    if (c) return { len: n, country: c.id, group: false };
  }
  return null;
}

function mk(text: string, ts: Tok[], type: EntityType, strong: boolean, extra: Partial<Candidate> = {}): Candidate {
  const honorific = SPAN_HONORIFICS.has(ts[0].norm) && ts.length > 1;
  return {
    start: ts[0].start, end: ts[ts.length - 1].end, type, sent: ts[0].sent, strong,
    words: (honorific ? ts.slice(1) : ts).map((t) => t.text).filter((w) => w !== '&'),
    ...(honorific ? { honorific } : {}),
    ...extra,
  };
}

/** Lower-case role nouns written just before the run ("analyst", "leader"). */
function roleBefore(text: string, toks: Tok[], firstIdx: number): string | undefined {
  let k = firstIdx - 1;
  const start = k;
  while (k >= 0 && !toks[k].cap && ROLE_NOUNS.has(toks[k].norm) && toks[k].sent === toks[firstIdx].sent && /^[ \t]+$/.test(text.slice(toks[k].end, toks[k + 1].start))) k--;
  if (k === start) return undefined;
  return text.slice(toks[k + 1].start, toks[start].end);
}

const lowerWordsCache = new WeakMap<Tok[], Set<string>>();
/**
 * Words the document also writes in lower case ("wheat" … "Wheat: 4.50"): capitals on such a
 * word come from its position (line start, table label, headline), not from a name. One pass per
 * document, cached, so the check stays linear.
 */
function lowerWords(toks: Tok[]): Set<string> {
  let set = lowerWordsCache.get(toks);
  if (!set) {
    set = new Set();
    for (const t of toks) if (/^\p{Ll}[\p{Ll}'’-]*$/u.test(t.text)) set.add(t.norm);
    lowerWordsCache.set(toks, set);
  }
  return set;
}

/** Capitalised units of measure: no entity ("40 degrees Celsius"). */
const UNITS = new Set(['celsius', 'centigrade', 'fahrenheit', 'kelvin', 'richter']);
/** Place names that keep their article ("The Hague"). */
const THE_PLACES = new Set(['hague', 'gambia', 'bahamas']);

/** Abstract-noun endings that are rarely surnames ("Attendance", "Modernisation", "Halftime"). */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{4,}(ance|tion|sion|ment|ness|ity|ism|ship|time)$/u;

/** Words that qualify a place inside its own name ("New", "Greater", "Upper"). */
export const PLACE_QUALIFIERS = /^(new|old|great|greater|little|upper|lower|central|north|south|east|west|northern|southern|eastern|western|northeast|northwest|southeast|southwest|mid|inner|outer|high|grand|saint|san|santa|las|los|la|le|el|al|de|del|da|do|des|di)$/;
/**
 * "Air France", "Statistics Canada", "Dynamo Moscow": a known place joined to an ordinary word
 * that is no part of a place's name (no qualifier, no place head) names a firm, body or club.
 */
function placeWithWord(ts: Tok[]): boolean {
  if (ts.length < 2 || ts.length > 4) return false;
  let places = 0;
  for (const [k, t] of ts.entries()) {
    // "Georgia Brown" is a person: a place that is also a given name counts only after the first word.
    if ((COUNTRY_BY_NAME.has(t.norm) || CAPITALS.has(t.norm) || t.tags.has('Country') || t.tags.has('City')) && !(k === 0 && t.tags.has('FirstName'))) { places++; continue; }
    if (t.upper || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || PLACE_QUALIFIERS.test(t.norm) || PLACE_HEADS.has(t.norm) || PLACE_FIRST.has(t.norm) || TITLES.has(t.norm)
      || DEMONYMS.has(t.norm) || has(t, PERSON_TAGS) || has(t, PLACE_TAGS) || MONTHS_DAYS.has(t.norm)
      || !(isDictionaryWord(t.norm) || isDictionaryWord(t.norm.replace(/s$/, '')))) return false;
  }
  return places >= 1 && places < ts.length;
}

/** Classifies one run; may yield several candidates (a nationality before a title, the name). */
export function classifyRun(text: string, toks: Tok[], run: Tok[], firstIdx: number): Candidate[] {
  let ts = run;
  // Leading determiners go ("the Kremlin"); a capitalised "All" mid-sentence is part of a name ("All Nippon Airways").
  // "The Hague", "The Gambia": the article is part of a few place names, in any case.
  const theName = ts.length === 2 && ts[0].norm === 'the' && THE_PLACES.has(ts[1].norm);
  while (!theName && ts.length && DETERMINERS.has(ts[0].norm) && (/^(the|a|an)$/.test(ts[0].norm) || ts[0].initial || !ts[0].cap)) { ts = ts.slice(1); firstIdx++; }
  if (theName) return [mk(text, ts, 'place', true)];
  while (ts.length && (ts[ts.length - 1].norm === 'of' || NAME_PARTICLES.has(ts[ts.length - 1].norm) && !ts[ts.length - 1].cap || ts[ts.length - 1].text === '&')) ts = ts.slice(0, -1);
  if (!ts.length) return [];
  const key = normKey(surface(text, ts));
  if (UNITS.has(key)) return [];
  const last = ts[ts.length - 1];
  const prevTok = toks[firstIdx - 1];
  const nextTok = toks[firstIdx + run.length];

  // 1. Whole-name knowledge.
  if (ORG_PHRASES.has(key)) return [mk(text, ts, 'organization', true)];
  const country = COUNTRY_BY_NAME.get(key);
  if (country) return [mk(text, ts, 'place', true, { country: country.id })];
  if (DEMONYMS.has(key)) return [mk(text, ts, 'group', true, { country: DEMONYMS.get(key) || undefined })];
  if (REGIONS.has(key) || CAPITALS.has(key)) return [mk(text, ts, 'place', true)];
  if (ts.length === 1 && /^(north|south|east|west)$/.test(key) && prevTok?.norm === 'the') return [mk(text, ts, 'place', false)];
  // Events, contests and awards are named like firms or people but are neither: "World Series",
  // "Nobel Peace Prize", "World War Two" (a numeral may follow the head).
  const headAt = ts.length >= 2 && /^(one|two|three|i|ii|iii|iv|\d+)$/.test(last.norm) ? ts.length - 2 : ts.length - 1;
  if (OTHER_NAMES.has(key) || headAt >= 1 && EVENT_HEADS.has(ts[headAt].norm) && !ts[headAt].upper) return [mk(text, ts, 'other', false)];

  // A party or nationality word after a place: "a New York Democrat".
  if (ts.length > 1 && DEMONYMS.has(last.norm) && !DEMONYMS.has(key)) {
    return [...classifyRun(text, toks, ts.slice(0, -1), firstIdx), mk(text, [last], 'group', true, DEMONYMS.get(last.norm) ? { country: DEMONYMS.get(last.norm) } : {})];
  }

  // 2a. A title inside the run splits an organization from the person it qualifies
  //     ("Airbus SE Chief Executive Guillaume Faury", "United Nations Secretary-General Antonio Guterres").
  const realName = (t: Tok) => t.tags.has('FirstName') || t.tags.has('LastName');
  for (let k = 1; k < ts.length - 1; k++) {
    if (!TITLES.has(ts[k].norm) || SPAN_HONORIFICS.has(ts[k].norm) || TITLES.has(ts[k - 1].norm) || ts[k - 1].norm === 'of') continue;
    let e = k;
    while (e < ts.length && (TITLES.has(ts[e].norm) || ts[e].norm === 'of') && !realName(ts[e])) e++;
    const left = ts.slice(0, k);
    if (e >= ts.length || demonymPrefix(text, left)?.len === left.length) break;
    // "Civil Protection Minister Vassilis Kikilias": common words before the title are part of it.
    // Only when the words read as common ones here: an adjective first, or a word the copy also
    // writes in lower case ("the civil protection mechanism"); "Apple Chief Executive" keeps Apple.
    if (left.every((t) => !t.upper && !isEntityTagged(t) && (isDictionaryWord(t.norm) || isDictionaryWord(t.norm.replace(/s$/, ''))) && !ORG_HEADS.has(t.norm) && !ORG_NAMES.has(t.norm))
      && (left[0].tags.has('Adjective') || left.some((t) => lowerWords(toks).has(t.norm)))) {
      const right = classifyRun(text, toks, ts.slice(k), firstIdx + k);
      if (right.length === 1 && right[0].type === 'person' && right[0].role) {
        right[0].role = `${surface(text, left)} ${right[0].role}`;
        return right;
      }
    }
    const leftC = classifyRun(text, toks, left, firstIdx);
    const right = classifyRun(text, toks, ts.slice(k), firstIdx + k);
    if (!right.some((c) => c.type === 'person' && c.role)) break;
    for (const c of right) if (c.role) c.role = `${surface(text, left)} ${c.role}`;
    // What employs a titled person is an organization unless known otherwise ("Airbus SE").
    for (const c of leftC) {
      if (c.type === 'other' || !c.strong && c.type !== 'place' || c.type === 'place' && !c.country && c.words.length === 1 && isDictionaryWord(c.words[0].toLowerCase())) Object.assign(c, { type: 'organization', strong: true });
    }
    return [...leftC, ...right];
  }

  // 2. Titles and nationalities before a person's name: role, outside the span.
  const dem = demonymPrefix(text, ts);
  let p = dem && dem.len < ts.length && TITLES.has(ts[dem.len].norm) ? dem.len : 0;
  const titleStart = p;
  while (p < ts.length && !SPAN_HONORIFICS.has(ts[p].norm) && (TITLES.has(ts[p].norm) || ts[p].norm === 'of' && p > titleStart && p + 1 < ts.length && TITLES.has(ts[p + 1].norm)) && !(realName(ts[p]) && p > titleStart)) p++;
  if (p === ts.length && p > titleStart) {
    // Titles alone ("Vice Premier", "Russian President"): no name, at most the nationality.
    return dem && titleStart > 0 ? [mk(text, ts.slice(0, titleStart), dem.group ? 'group' : 'place', true, dem.country ? { country: dem.country } : {})] : [];
  }
  // The rest must look like a person's name ("President Xi"), not a word ("World Cup").
  const nameAfter = ts.slice(p).some((t) => has(t, PERSON_TAGS) || !isDictionaryWord(t.norm));
  if (p > titleStart && nameAfter && !ORG_HEADS.has(last.norm) && !PLACE_HEADS.has(last.norm)) {
    const out: Candidate[] = [];
    if (dem && titleStart > 0) {
      const dts = ts.slice(0, titleStart);
      out.push(mk(text, dts, dem.group ? 'group' : 'place', true, dem.country ? { country: dem.country } : {}));
    }
    const role = surface(text, ts.slice(0, p));
    const rest = ts.slice(p);
    if (rest.length) {
      const inner = classifyRun(text, toks, rest, firstIdx + p);
      // A title makes the name a person's, whatever the tagger guessed ("Secretary of State Antony Blinken").
      if (inner.length === 1 && !inner[0].country && inner[0].type !== 'organization' && inner[0].type !== 'group') Object.assign(inner[0], { type: 'person', role, strong: true });
      out.push(...inner);
    }
    return out;
  }
  // A lone title ("State media", "President said") is no name.
  if (ts.length === 1 && TITLES.has(ts[0].norm) && !has(ts[0], PERSON_TAGS) && !ORG_NAMES.has(ts[0].norm)) return [];

  // 3. Name heads: "Ewha University", "Red Guards", "Kim Il Sung Square", "Bank of England".
  const ofIdx = ts.findIndex((t) => t.norm === 'of');
  if (ts.length >= 2 && ORG_HEADS.has(last.norm)) return [mk(text, ts, 'organization', true)];
  if (ofIdx > 0 && ORG_HEADS.has(ts[ofIdx - 1].norm)) return [mk(text, ts, 'organization', true)];
  if (ts.length >= 2 && (PLACE_HEADS.has(last.norm) || PLACE_FIRST.has(ts[0].norm) && /^(mount|mt|lake|gulf|cape|port|fort|isle)$/.test(ts[0].norm))) return [mk(text, ts, 'place', true)];
  if (ofIdx > 0 && PLACE_HEADS.has(ts[ofIdx - 1].norm)) return [mk(text, ts, 'place', true)];
  if (ts.length === 1 && ORG_NAMES.has(key)) return [mk(text, ts, 'organization', true)];

  // A dateline: a town in capitals opening its line, then the country or the date ("BONN 1996-08-30",
  // "VAL D'ISERE , France"). Checked before acronyms, which a short town name in capitals resembles.
  if (ts.every((t) => t.upper) && (!prevTok || prevTok.sent !== ts[0].sent) && /^[ \t]*(?:,[ \t]*\p{Lu}|\d{4}-\d\d-\d\d\b)/u.test(text.slice(last.end, last.end + 14))
    && !ORG_NAMES.has(key) && !ts.some((t) => has(t, ORG_TAGS))) return [mk(text, ts, 'place', true)];

  // 4. Acronyms and codes: "KCNA", "AP", "G20"; all-caps words that are not acronyms were typed above.
  if (ts.length === 1 && (isAcronym(ts[0]) || /^\p{Lu}\d{1,2}$/u.test(ts[0].text))) {
    if (NON_ENTITY_ACRONYMS.has(key)) return [];
    if (prevTok && /^\d+$/.test(prevTok.text) && prevTok.end === ts[0].start - 1) return [mk(text, ts, 'other', false)]; // "737 MAX
    const tagged = (has(ts[0], PLACE_TAGS) && !ts[0].tags.has('Acronym')) ? 'place' : has(ts[0], PERSON_TAGS) && !ts[0].tags.has('Acronym') ? 'person' : null;
    if (tagged) return [mk(text, ts, tagged, true)];
    if (/\d/.test(ts[0].text) && !/^G\d{1,2}$/.test(ts[0].text)) return [mk(text, ts, 'other', false)]; // "A380", "F-16", not "G20"
    return [mk(text, ts, 'organization', true)];
  }

  // A lone capitalised word the document also writes in lower case is a common word, unless the
  // lexicon knows it as a name ("Major" the surname is tagged; "Wheat", "Attendance" are not).
  // Only capitals that come from position count: "the Commission" mid-sentence is a name even
  // where the copy also writes "the commission".
  if (ts.length === 1 && !ts[0].upper && (ts[0].initial || !prevTok || prevTok.sent !== ts[0].sent)
    && (lowerWords(toks).has(ts[0].norm) || ABSTRACT_NOUN.test(ts[0].text)) && !isEntityTagged(ts[0])) return [];

  // 5. compromise's lexicon and tagger.
  let per = 0, pla = 0, org = 0;
  for (const t of ts) {
    if (has(t, PERSON_TAGS)) per++;
    if (has(t, PLACE_TAGS)) pla++;
    if (has(t, ORG_TAGS)) org++;
  }
  const role = roleBefore(text, toks, firstIdx);
  if (SPAN_HONORIFICS.has(ts[0].norm) && ts.length > 1) return [mk(text, ts, 'person', true, role ? { role } : {})];
  if (role && per + org + pla === per) return [mk(text, ts, 'person', true, { role })];
  if (org === 0 && placeWithWord(ts)) return [mk(text, ts, 'organization', false)];
  if (org > 0 && org >= per && org >= pla) return [mk(text, ts, 'organization', true)];
  if (per > 0 && per >= pla) return [mk(text, ts, 'person', true, role ? { role } : {})];
  if (pla > 0) return [mk(text, ts, 'place', true)];

  // A dateline opening a line in capitals ("AL-AIN , United Arab Emirates 1996-12-06", "KABUL -").
  if (ts.every((t) => t.upper) && (!prevTok || prevTok.sent !== ts[0].sent) && (!nextTok || nextTok.sent !== ts[0].sent || /^\s*(,|\(|-|\u2014|\u2013|\d)/.test(text.slice(last.end, last.end + 3)))) return [mk(text, ts, 'place', true)];

  // 6. Unknown capitalised words: read the context as a news reader would.
  if (OTHER_NAMES.has(key) || ts.length === 1 && has(ts[0], ['Date', 'Holiday', 'Plural'])) return [mk(text, ts, 'other', false)];
  if (ts.length === 1 && prevTok && /^\d+$/.test(prevTok.text) && prevTok.sent === ts[0].sent && /^[ \t]$/.test(text.slice(prevTok.end, ts[0].start))) return [mk(text, ts, 'other', false)]; // "787 Dreamliner"
  if (nextTok && /^(said|says|told|added|reported|announced)$/.test(nextTok.norm) && ts.length === 1 && pronounCue(toks, firstIdx + run.length) === 'it') return [mk(text, ts, 'organization', false)];
  if (ts.some((t) => /\d/.test(t.text))) return [mk(text, ts, 'other', false)];
  const before = prevTok?.norm === 'the' ? toks[firstIdx - 2] : prevTok;
  // An event named by a nationality ("Australian Open") is neither place nor person.
  if (ts.length > 1 && DEMONYMS.has(ts[0].norm)) return [mk(text, ts, 'other', false)];
  if (before && /^(in|at|from|near|across|outside|inside|into)$/.test(before.norm) && ts.length <= 3 && !ts.some((t) => t.tags.has('FirstName'))) return [mk(text, ts, 'place', false)];
  if (nextTok && /^(said|says|told|added|wrote|argued|explained|noted|according)$/.test(nextTok.norm)) return [mk(text, ts, 'person', false)];
  if (nextTok && /^(shares|stock|stocks|shareholders|investors|executives|board|inc|corp|ltd|plc|subsidiary|unit)$/.test(nextTok.norm)) return [mk(text, ts, 'organization', false)];
  // "Fitch Ratings", "Delta Airlines": a name ending in a plural common noun is a firm, not a person.
  if (ts.length >= 2 && (last.tags.has('Plural') || isDictionaryWord(last.norm.replace(/s$/, '')) && /s$/.test(last.norm)) && !has(last, PERSON_TAGS)) return [mk(text, ts, 'organization', false)];
  if (ts.length >= 2 && ts.length <= 4 && ts.every((t) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text) || /^\p{Lu}\.?$/u.test(t.text) && text[t.end] === '.' || NAME_PARTICLES.has(t.norm)) && ts.some((t) => !isDictionaryWord(t.norm))) return [mk(text, ts, 'person', false)];
  // An unknown single word that is no dictionary word is most often a surname in news copy,
  // unless the pronouns that follow say it is a thing ("Petrobras said its output rose").
  if (ts.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(ts[0].text) && !isDictionaryWord(ts[0].norm)) {
    return [mk(text, ts, pronounCue(toks, firstIdx + run.length) === 'it' ? 'organization' : 'person', false)];
  }
  return [mk(text, ts, 'other', false)];
}

/**
 * A headline in Title Case ("Stocks Fall as Fed Signals More Rate Hikes") capitalises ordinary
 * words, so capitals say nothing there: read it like a line in capitals (lexicon knowledge only).
 * A line dense with names ("Liu Guozhong, Vice Premier of the State Council") is not one: it
 * needs capitalised dictionary words that are neither titles nor name heads.
 */
function markTitleCase(toks: Tok[]): void {
  for (let i = 0; i < toks.length;) {
    let j = i;
    while (j < toks.length && toks[j].sent === toks[i].sent) j++;
    let long = 0, capLong = 0, capWords = 0;
    for (let k = i; k < j; k++) {
      const t = toks[k];
      if (!/\p{L}{4,}/u.test(t.text)) continue;
      long++;
      if (!t.cap) continue;
      capLong++;
      if (k > i && !TITLES.has(t.norm) && !ORG_HEADS.has(t.norm) && !PLACE_HEADS.has(t.norm) && !isEntityTagged(t)
        && (isDictionaryWord(t.norm) || isDictionaryWord(t.norm.replace(/(es|s|ed|ing)$/, '')) || has(t, ['Verb', 'Plural', 'Gerund', 'Adjective']))) capWords++;
    }
    if (long >= 4 && capLong / long >= 0.9 && capWords >= 2) for (let k = i; k < j; k++) toks[k].capsLine = true;
    i = j;
  }
}

/**
 * A word capitalised mid-sentence elsewhere in the document and never written in lower case
 * ("Janet Yellen … Yellen last visited", "Apple Inc … Apple shares slide") is a name where it
 * opens a sentence too, whatever the tagger guessed there (name heads and titles excepted).
 */
function unmarkNameStarts(toks: Tok[]): void {
  const midCaps = new Set<string>();
  for (const t of toks) if (t.cap && !t.initial && !t.capsLine && !t.upper) midCaps.add(t.norm);
  if (!midCaps.size) return;
  const lower = lowerWords(toks);
  for (const t of toks) {
    if (t.initial && !t.capsLine && midCaps.has(t.norm) && !lower.has(t.norm) && !MONTHS_DAYS.has(t.norm) && !DETERMINERS.has(t.norm)
      && !TITLES.has(t.norm) && !ORG_HEADS.has(t.norm) && !PLACE_HEADS.has(t.norm) && !EVENT_HEADS.has(t.norm) && !has(t, COMMON_TAGS.filter((x) => x !== 'Adjective'))) t.initial = false;
  }
}

/** The first personal or neuter pronoun in the next few words of the sentence and the next one. */
function pronounCue(toks: Tok[], from: number): 'he' | 'it' | null {
  const sent = toks[from - 1]?.sent;
  for (let k = from; k < toks.length && k < from + 30 && toks[k].sent <= sent + 1; k++) {
    if (/^(he|she|his|her|him|hers|himself|herself)$/.test(toks[k].norm)) return 'he';
    if (/^(it|its|itself)$/.test(toks[k].norm)) return 'it';
    if (toks[k].cap && !toks[k].initial && k > from + 1) return null; // another name intervenes
  }
  return null;
}

/** Recognises the names in the words of a document, in text order, without overlaps. */
export function recognize(text: string, toks: Tok[], sentences: Span[] = []): Candidate[] {
  const out: Candidate[] = [];
  const index = new Map<Tok, number>();
  toks.forEach((t, i) => index.set(t, i));
  const table = new Map<number, 'result' | 'standing' | 'away' | null>();
  for (const t of toks) {
    if (!table.has(t.sent)) table.set(t.sent, sentences[t.sent] ? tableLine(text.slice(sentences[t.sent].start, sentences[t.sent].end)) : null);
    if (table.get(t.sent)) t.initial = false; // a table line is all names and numbers
  }
  markTitleCase(toks);
  unmarkNameStarts(toks);
  for (const run of findRuns(text, toks)) {
    const cs = classifyRun(text, toks, run, index.get(run[0])!);
    const sent = run[0].sent;
    // In a results or standings line the names are teams: "Leicester 1 Chelsea 2", "Arsenal 4 2 1 1 7 4 7".
    const kind = table.get(sent);
    if (kind === 'away' && out.some((o) => o.sent === sent)) { out.push(...cs); continue; }
    if (kind) for (const c of cs) {
      if (/\([ \t]*$/.test(text.slice(Math.max(0, c.start - 3), c.start)) && /^[ \t]*\)/.test(text.slice(c.end, c.end + 3))) continue; // "Red Star (Yugoslavia)": where the team is from
      if (c.type === 'place' && !c.country || c.type === 'other' || c.type === 'person' && (!c.strong || kind === 'standing' || c.words.length === 1)) Object.assign(c, { type: 'organization', strong: true });
    }
    out.push(...cs);
  }
  const at = new Map<number, number>();
  toks.forEach((t, i) => at.set(t.start, i));
  retypeByContext(text, toks, out, at);
  out.push(...namesInCapitals(text, toks, out, (sent) => !!table.get(sent)));
  return out;
}

/**
 * "ROTOR FANS LOCKED OUT", "COMELF H1 PROFIT RISE": in a line written in capitals only the lexicon
 * tells names from words, so a firm or club the article names in its own text ("Rotor", "Comelf")
 * is found there by its name. Single words only: a longer capitalised phrase may be an event
 * ("HONG KONG OPEN") that merely starts with a known name.
 */
function namesInCapitals(text: string, toks: Tok[], found: Candidate[], isTable: (sent: number) => boolean): Candidate[] {
  const orgs = new Set<string>();
  const byStart = new Map<number, Candidate>();
  for (const c of found) byStart.set(c.start, c);
  const starts = new Set(byStart.keys());
  for (const t of toks) if (!t.capsLine && !t.upper) {
    const c = byStart.get(t.start);
    if (c && c.type === 'organization' && c.words.length === 1) orgs.add(t.norm);
  }
  if (!orgs.size) return [];
  const lower = lowerWords(toks);
  const out: Candidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i], prev = toks[i - 1], next = toks[i + 1];
    if (!t.capsLine || !t.upper || starts.has(t.start) || !orgs.has(t.norm) || lower.has(t.norm) || isDictionaryWord(t.norm) || isTable(t.sent)) continue;
    // Part of a longer capitalised name the lexicon knows nothing of: leave it.
    if (prev && prev.sent === t.sent && starts.has(prev.start) && joinable(text, prev, t) || next && next.sent === t.sent && starts.has(next.start) && joinable(text, t, next)) continue;
    out.push(mk(text, [t], 'organization', false));
  }
  return out;
}

const TEAM = "\\p{Lu}[\\p{L}.'&-]*(?: \\p{Lu}[\\p{L}.'&-]*){0,3}";
// A team may carry its country or town in brackets: "Benetton (Italy) 92 Dinamo (Russia) 81".
const TEAM_FROM = `${TEAM}(?: ?\\([^()\\d]{1,20}\\))?`;
const RESULT = new RegExp(`^\\s*${TEAM_FROM} \\d{1,3} ,? ?${TEAM_FROM} \\d{1,3}\\s*(?:\\(.*\\))?\\s*\\.?\\s*$`, 'u');
// Standings: wins, losses, percentages (".556"), games behind ("5 1/2", "-").
const STANDING = new RegExp(`^\\s*(?:\\d+\\.? )?${TEAM}(?: (?:\\d+(?:-\\d+)?|\\d*\\.\\d+|\\d+\\/\\d+|-)){4,}\\s*$`, 'u');
// A fixture list: "KANSAS CITY AT DETROIT", "Arsenal v Chelsea".
const FIXTURE = new RegExp(`^\\s*${TEAM} (?:v|vs\\.?) ${TEAM}\\s*$`, 'u');
// "KANSAS CITY AT DETROIT": the visitors, then the home ground (a place, as where the game is).
const AWAY_AT = new RegExp(`^\\s*${TEAM} (?:AT|at) ${TEAM}\\s*$`, 'u');
function tableLine(line: string): 'result' | 'standing' | 'away' | null {
  if (line.length > 120) return null;
  return RESULT.test(line) || FIXTURE.test(line) ? 'result' : STANDING.test(line) ? 'standing' : AWAY_AT.test(line) ? 'away' : null;
}
