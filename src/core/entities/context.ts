import type { Tok } from './tokens';
import { PLACE_QUALIFIERS, type Candidate } from './recognize';
import { CAPITALS, COUNTRY_BY_NAME, REGIONS, normKey } from './gazetteer';
import { PLACE_FIRST, PLACE_HEADS } from './lexicon';

/**
 * Second look at typed names with the whole document in view, where the words around a name say
 * more than the name itself: a city that beats another city 2-1 is a club, a word followed by
 * "shares" or preceded by "analysts at" is a firm. Linear in the number of words.
 */

/** Words of sports copy (lower case). */
const SPORT_WORDS = new Set(`match matches game games goal goals scored scorer scorers beat beats drew draw lost win wins won victory defeat
defeated season league championship innings wicket wickets runs coach striker midfielder goalkeeper halftime half-time quarterfinal
quarter-final semifinal semi-final final tournament seed seeded points inning homer pitcher standings club clubs squad player players
minute minutes penalty penalties referee playoff playoffs qualifier qualifying fixture fixtures batting bowling try tries rugby soccer
cricket tennis baseball basketball hockey football golf cycling athletics`.split(/\s+/));

/** A team beats, draws with, plays, hosts… another (before or after the name). */
const TEAM_VERB_AFTER = /^(v|vs|beat|beats|drew|draw|draws|lost|lose|loses|won|win|wins|defeated|thrashed|crushed|edged|routed|blanked|trounced|downed|outplayed|overcame|held|hosted|host|hosts|play|plays|played|lead|leads|led|trail|trails|trailed|rallied|clinched|finished|reached|moved|stayed|remain|remained|are|were|have|had|will|would|must|can|could|need|needs|face|faces|faced|took|take|kept|keep|scored|dismissed|declared|made|make|got|went)$/;
const TEAM_WORD_BEFORE = /^(beat|beats|beating|defeated|defeating|against|v|vs|versus|over|to|with|and|for|from|joined|join|joins|joining|signed|sign|leaves|left|leaving|play|plays|played|playing|face|faces|facing|hosts|host|hosted|visit|visiting|rivals|champions|leaders|side|club|team|ex|former|coaches|coached|manages|managed|captained)$/;
/** Locative words: after these a place is where something happens. */
const LOCATIVE = /^(in|at|near|outside|inside|around|across|into|toward|towards|through|throughout|via)$/;

/** After the name: the firm's shares, spokesman, results. */
const ORG_AFTER = /^(shares|share|stock|stocks|shareholders|stockholders|spokesman|spokeswoman|spokesperson|chairman|chairwoman|chief|executive|executives|officials|management|unit|units|subsidiary|subsidiaries|division|plant|plants|factory|profit|profits|earnings|revenue|revenues|sales|stake|bid|board|directors|employees|workers|staff|headquarters|group|inc|corp|ltd|plc|said\s+in\s+a\s+statement)$/;
/** Before the name: "shares of", "analysts at", "a stake in", "spokesman for", "chief executive of". */
const ORG_BEFORE_2 = /^(?:(?:shares|stake|stakes|holding) (?:of|in)|(?:analyst|analysts|economist|economists|strategist|strategists|trader|traders|dealer|dealers|banker|bankers) (?:at|with)|(?:spokesman|spokeswoman|spokesperson) for|(?:executive|chairman|chairwoman) of)$/;

const isCountryOrRegion = (c: Candidate, key: string) => !!c.country || REGIONS.has(key);

/**
 * A kind of organization written just before its name, as an apposition: "news agency Tanjug",
 * "mineral water firm Multico", "serie A club Atalanta", "the daily Zycie Warszawy".
 */
const ORG_KIND_BEFORE = /^(newspaper|newspapers|daily|weekly|paper|magazine|tabloid|agency|firm|company|group|club|team|operator|maker|manufacturer|producer|airline|bank|insurer|brokerage|distributor|retailer|chain|publisher|conglomerate|subsidiary|supplier|lender|exporter|importer|refiner|miner|brewer|utility|automaker|carmaker|broadcaster|bourse|consortium|concern|outfit|giant)$/;
/** The same kinds written after the name: "Le Matin newspaper said", "Britain's Sun newspaper". */
const ORG_KIND_AFTER = /^(newspaper|newspapers|daily|weekly|magazine|tabloid|agency)$/;
/** A player or official of a club, written after the club's name: "Chelsea defender Franck Leboeuf". */
const CLUB_MEMBER_AFTER = /^(defender|player|players|striker|midfielder|captain|skipper|forward|playmaker|keeper|goalkeeper|coach|manager|boss|batsman|bowler|all-rounder|spinner|seamer|opener|wicketkeeper|scrum-half|fly-half|winger|centre-back|full-back|pitcher|outfielder|infielder|quarterback|teammate|team-mate|fans|supporters|chairman)$/;

export function isSportsDocument(toks: Tok[]): boolean {
  let words = 0, scores = 0, fixtures = 0;
  const seen = new Set<string>();
  for (const [i, t] of toks.entries()) {
    if (/^\d{1,3}-\d{1,3}$/.test(t.text)) scores++;
    // A fixture list ("Swansea v Lincoln, Crewe v Watford") names its sport nowhere.
    else if ((t.text === 'v' || t.text === 'vs') && toks[i - 1]?.cap && toks[i + 1]?.cap) fixtures++;
    else if (!t.cap && SPORT_WORDS.has(t.norm)) { words++; seen.add(t.norm); }
  }
  return seen.size >= 4 && (scores >= 1 || words >= 8) || seen.size >= 2 && scores >= 3 || fixtures >= 3;
}

/** Is toks[i0..i1] a name ending in a known town whose other words are no part of a place's name? */
function cityClubIn(toks: Tok[], i0: number, i1: number): boolean {
  if (i1 <= i0 || i1 - i0 > 3) return false;
  const last = toks[i1];
  if (!(CAPITALS.has(last.norm) || last.tags.has('City')) || COUNTRY_BY_NAME.has(normKey(toks.slice(i0, i1 + 1).map((t) => t.text).join(' ')))) return false;
  for (let k = i0; k < i1; k++) {
    const t = toks[k];
    if (!/^\p{Lu}\p{Ll}+$|^\p{Lu}{2,4}$/u.test(t.text) || /Name|Person|Honorific/.test([...t.tags].join(' ')) || PLACE_QUALIFIERS.test(t.norm) || PLACE_HEADS.has(t.norm) || PLACE_FIRST.has(t.norm) || t.tags.has('City') || t.tags.has('Country') || CAPITALS.has(t.norm) || t.norm === 'of') return false;
  }
  return true;
}

/** Retypes candidates in place. `at` maps a word's start offset to its index in `toks`. */
export function retypeByContext(text: string, toks: Tok[], cands: Candidate[], at: Map<number, number>): void {
  const sports = isSportsDocument(toks);
  const cityClub = (i0: number, i1: number) => cityClubIn(toks, i0, i1);
  const teams = new Set<string>();
  const firms = new Set<string>();
  const i1s = new Map<Candidate, number>();
  /** A place named as where something is: after "in"/"at", a dateline, "X-based", a venue label, "(Country)", "Lord's, London". */
  const whereNotWho = (c: Candidate, i0: number, i1: number): boolean => {
    const prev = toks[i0 - 1]?.sent === c.sent ? toks[i0 - 1] : undefined;
    const next = toks[i1 + 1]?.sent === c.sent ? toks[i1 + 1] : undefined;
    const after = text.slice(toks[i1].end, toks[i1].end + 14);
    if (prev && (LOCATIVE.test(prev.norm) || prev.norm === 'of')) return true;
    if (/^[ \t]*,?[ \t]*\d{4}-\d\d-\d\d/.test(after)) return true; // dateline
    if (next && /^,/.test(after) && next.cap && toks[i0].initial) return true; // "WIGAN, England" dateline
    if (prev && prev.cap && /^,[ \t]*$/.test(text.slice(prev.end, c.start))) return true; // "Arlington, Texas", "Lord's, London"
    if (/^-/.test(text.slice(c.end, c.end + 1))) return true;
    if (/^:/.test(after) && toks[i0].initial) return true; // "Leicester: Leicestershire beat…" venue
    if (/\($/.test(text.slice(Math.max(0, c.start - 1), c.start))) return true; // "(Yugoslavia)"
    return false;
  };
  const personWords = new Set<string>();
  for (const c of cands) if (c.type === 'person' && c.words.length > 1) for (const w of c.words) personWords.add(w.toLowerCase());
  /** Could this name be a club rather than what it was typed as? Not a country, a titled person or a full name the tagger knows. */
  const clubable = (c: Candidate, key: string, i0: number): boolean => {
    if (c.type === 'organization' || c.type === 'group' || isCountryOrRegion(c, key) || c.role) return false;
    if (c.type === 'place') return true;
    if (c.words.length === 1) return !personWords.has(key);
    return !toks[i0].tags.has('FirstName') && !toks[i0].tags.has('Honorific') && !/^\p{Lu}\.?$/u.test(c.words[0]);
  };
  for (const [ci, c] of cands.entries()) {
    const i0 = at.get(c.start);
    if (i0 === undefined) continue;
    let i1 = i0;
    while (i1 + 1 < toks.length && toks[i1 + 1].end <= c.end) i1++;
    const prev = toks[i0 - 1]?.sent === c.sent ? toks[i0 - 1] : undefined;
    const next = toks[i1 + 1]?.sent === c.sent ? toks[i1 + 1] : undefined;
    const prev2 = prev && toks[i0 - 2]?.sent === c.sent ? toks[i0 - 2] : undefined;
    const key = normKey(text.slice(c.start, c.end));
    const gapAfter = next ? text.slice(toks[i1].end, next.start) : '';
    const possessive = toks[i1].poss;
    i1s.set(c, i1);

    // "Cupertino, California-based": the words before "-based" name places.
    if (/^-based\b/.test(text.slice(c.end, c.end + 7)) && !(c.type === 'organization' && c.strong) && c.type !== 'group') {
      Object.assign(c, { type: 'place', strong: true });
      const before = cands[ci - 1];
      if (before && before.sent === c.sent && /^,[ \t]*$/.test(text.slice(before.end, c.start)) && !(before.type === 'organization' && before.strong) && before.type !== 'group') Object.assign(before, { type: 'place', strong: true });
      continue;
    }
    // A name that owns something, capitalised mid-sentence though the word is common ("Alphabet's
    // appeal"): a firm, unless the document knows it as a person.
    if (c.type === 'other' && possessive && c.words.length === 1 && !toks[i0].initial && !toks[i0].capsLine) {
      Object.assign(c, { type: 'organization' });
      continue;
    }
    // A firm named with a cue around it. Known places need the cue before them ("Tokyo shares" is
    // a market), and a two-word "person" only a strong one ("analysts at Morgan Stanley").
    if (c.type !== 'organization' && c.type !== 'group' && !isCountryOrRegion(c, key) && !(c.type === 'person' && c.role)) {
      const after = next && (/^[ \t]+$/.test(gapAfter) || possessive) ? next.norm : '';
      const before = prev && prev2 && ORG_BEFORE_2.test(`${prev2.norm} ${prev.norm}`);
      const cuedAfter = after && ORG_AFTER.test(after) || after === 'said' && /^ said in a statement\b/.test(text.slice(toks[i1].end, toks[i1].end + 24));
      const placeKnown = c.type === 'place' && c.strong;
      // "Ericsson said its order…": a lone name speaking of "its" results is a firm, even one the
      // tagger knows as a surname, unless a full person name here contains it.
      const saidIts = /^(said|says|reported|posted|expects|expected)$/.test(after) && /^[ \t]+its\b/.test(text.slice(next!.end, next!.end + 6))
        && c.words.length === 1 && !personWords.has(key) && !placeKnown;
      if (saidIts) {
        Object.assign(c, { type: 'organization', strong: true });
        firms.add(key);
        continue;
      }
      if (before && (!placeKnown || /^(shares|stake|stakes|holding) /.test(`${prev2!.norm} `)) || cuedAfter && !placeKnown && !(c.type === 'person' && (c.words.length > 1 || c.strong && !/^(shares|stock|stocks|shareholders|inc|corp|ltd|plc)$/.test(after)))) {
        Object.assign(c, { type: 'organization', strong: true });
        firms.add(key);
        continue;
      }
    }

    // "news agency Tanjug", "Le Matin newspaper": the kind of organization is written beside the name.
    if (c.type !== 'organization' && c.type !== 'group' && !isCountryOrRegion(c, key) && !c.role && !(c.type === 'place' && c.strong)
      && !(c.type === 'person' && c.words.length > 1 && toks[i0].tags.has('FirstName'))) {
      const kindBefore = prev && !prev.cap && /^[ \t]+$/.test(text.slice(prev.end, c.start)) && ORG_KIND_BEFORE.test(prev.norm);
      const kindAfter = next && !next.cap && /^[ \t]+$/.test(gapAfter) && ORG_KIND_AFTER.test(next.norm);
      if (kindBefore || kindAfter) {
        Object.assign(c, { type: 'organization', strong: true });
        firms.add(key);
        continue;
      }
    }

    if (!sports) continue;
    // "Chelsea defender Franck Leboeuf", "Everton's Duncan Ferguson": what a player belongs to is a club.
    if (clubable(c, key, i0)) {
      const member = next && !next.cap && (/^[ \t]+$/.test(gapAfter) || possessive) && CLUB_MEMBER_AFTER.test(next.norm);
      const after = possessive && next && next.cap ? cands[ci + 1] : undefined;
      const ownsPlayer = !!after && after.start === next!.start && after.type === 'person' && after.words.length > 1;
      // "Glamorgan 259 and 207", "Kent 108-3": a lone name with a score after it.
      // Only where a club opens its part of the line; a bowler after "b" or an initial is a player.
      const scored = c.type !== 'other' && c.words.length === 1 && /^\p{Lu}[\p{L}'-]+$/u.test(c.words[0]) && next && /^[ \t]+$/.test(gapAfter) && /^\d{1,3}(?:-\d{1,3})?$/.test(next.text)
        && /(?:^|[\n:,;/][ \t]*|\b(?:and|v|vs)[ \t]+)$/.test(text.slice(Math.max(0, c.start - 8), c.start));
      if (member || ownsPlayer || scored) {
        Object.assign(c, { type: 'organization', strong: true });
        teams.add(key);
        continue;
      }
    }
    // Sports copy: a club is named by its town ("Leicestershire beat Somerset"), a nickname ("the
    // Orioles") or an unknown word; national sides keep the country's name and stay places.
    if (c.type === 'place' && !isCountryOrRegion(c, key)) {
      // "Ajax Amsterdam", "Red Star Belgrade", "Brann Bergen": a club's name followed by its town.
      if (cityClub(i0, i1) && !(prev && LOCATIVE.test(prev.norm))) {
        Object.assign(c, { type: 'organization', strong: true });
        teams.add(key);
        continue;
      }
      if (whereNotWho(c, i0, i1)) continue;
      const teamish = next && (TEAM_VERB_AFTER.test(next.norm) || /^\d/.test(next.text) || possessive) || prev && TEAM_WORD_BEFORE.test(prev.norm) || !prev && !next;
      if (teamish) { Object.assign(c, { type: 'organization', strong: true }); teams.add(key); }
      continue;
    }
    // A name the tagger knows as a person's ("Kent") is a club only where no person could be: a
    // plural verb, or "v"/"against" before it.
    if (c.type === 'person' && c.strong && !c.role && c.words.length === 1 && !personWords.has(key)
      && (next && /^(are|were|have|v|vs)$/.test(next.norm) || prev && /^(v|vs|against)$/.test(prev.norm))) {
      Object.assign(c, { type: 'organization', strong: true });
      teams.add(key);
      continue;
    }
    if ((c.type === 'person' || c.type === 'other') && !c.strong && c.words.length === 1 && !personWords.has(key)) {
      // People never take a plural verb ("Rotor are well placed"); a lone unknown word after
      // "against" or "joined" is a club.
      const teamish = next && c.words.length === 1 && /^(are|were|have|v|vs|beat|beats|defeated|drew|thrashed|blanked|rallied|routed|trounced|edged)$/.test(next.norm) || prev && /^(beat|beating|against|v|vs|joined|signed|champions|leaders|rivals)$/.test(prev.norm)
        || prev?.norm === 'the' && /s$/.test(key) && !/ss$/.test(key);
      if (teamish) { Object.assign(c, { type: 'organization', strong: true }); teams.add(key); }
    }
  }
  // "Ato Boldon (Trinidad)": a name in brackets right after a person's is where they come from.
  // "Barentsburg and Pyramiden", "Breisach, Kehl and Freiburg": a guessed name listed with known
  // places (or firms) is one too.
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k], before = cands[k - 1];
    if (!before || before.sent !== c.sent) continue;
    const bracketed = before.type === 'person' && /^[ \t]*\([ \t]*$/.test(text.slice(before.end, c.start)) && /^[ \t]*\)/.test(text.slice(c.end, c.end + 3));
    // In a squad list ("Marco Pascolo (Cagliari)") a bracket after a player names the club unless it names a country.
    if (bracketed && sports && c.type !== 'group' && !isCountryOrRegion(c, normKey(text.slice(c.start, c.end))) && !(c.type === 'person' && c.strong && c.words.length > 1)) {
      Object.assign(c, { type: 'organization', strong: true });
      continue;
    }
    if (bracketed && c.type === 'person' && !c.strong) Object.assign(c, { type: 'place', strong: false });
    // A results row: "3. Michael Schumacher (Germany) Ferrari 1:51.778": after the rider's country comes the team.
    const b2 = cands[k - 2];
    if (b2 && b2.sent === c.sent && b2.type === 'person' && before.country && c.type !== 'group' && !c.country && !isCountryOrRegion(c, normKey(text.slice(c.start, c.end)))
      && /^[ \t]*\([ \t]*$/.test(text.slice(b2.end, before.start)) && /^[ \t]*\)[ \t]*,?[ \t]*$/.test(text.slice(before.end, c.start))
      && !/^\s*\(/.test(text.slice(c.end, c.end + 3)) && !toks[at.get(c.start) ?? 0].tags.has('FirstName') && !(c.type === 'person' && c.words.length > 1 && c.strong)) {
      Object.assign(c, { type: 'organization', strong: true });
    }
  }
  for (let k = 0; k < cands.length;) {
    let e = k;
    while (e + 1 < cands.length && cands[e + 1].sent === cands[k].sent && /^(?:,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)$/.test(text.slice(cands[e].end, cands[e + 1].start))) e++;
    // "the mining towns of Barentsburg and Pyramiden", "the village of Adames".
    const i0 = at.get(cands[k].start);
    if (i0 !== undefined && i0 >= 2 && toks[i0 - 1].norm === 'of' && toks[i0 - 1].sent === cands[k].sent
      && /^(town|towns|village|villages|city|cities|region|regions|province|provinces|district|districts|suburb|suburbs|island|islands|port|municipality)$/.test(toks[i0 - 2].norm)) {
      for (const x of cands.slice(k, e + 1)) if (!x.strong && x.type !== 'group') x.type = 'place';
    }
    if (e > k) {
      const list = cands.slice(k, e + 1);
      for (const type of ['place', 'organization'] as const) {
        if (list.filter((x) => x.type === type && x.strong).length * 2 < list.length) continue;
        for (const x of list) if (!x.strong && (x.type === 'person' || x.type === 'other' || x.type === 'place' || x.type === 'organization')) x.type = type;
      }
    }
    k = e + 1;
  }
  // A club is a club all through the report ("Kent beat Essex … Kent made up for lost time"),
  // whatever the tagger guessed where the sentence gave no cue.
  // Likewise a firm the words around it named once ("Comelf said in a statement … Comelf exported"):
  // the tagger's guess of a person elsewhere had no cue either way, unless the name is part of a
  // full person name here or carries a title.
  for (const k of firms) if (!personWords.has(k)) teams.add(k);
  if (teams.size) {
    for (const c of cands) {
      if (c.type === 'organization' || c.type === 'group' || c.country || c.role || !teams.has(normKey(text.slice(c.start, c.end)))) continue;
      const i0 = at.get(c.start);
      if (i0 === undefined || c.type === 'place' && whereNotWho(c, i0, i1s.get(c) ?? i0)) continue;
      Object.assign(c, { type: 'organization', strong: true });
    }
  }
}
