/**
 * Which way a time expression points, read from the words around it as a news reader does:
 * "said Saturday" (past), "will meet Friday" (future), "a forum that runs from Sunday" (scheduled
 * present, read as upcoming). The nearest cue before the expression wins, then the nearest after;
 * cues are not looked for across a clause boundary ("briefing Thursday that … could" is past).
 * A plan told in the past ("protesters planned a rally on Saturday", "was due to arrive Thursday")
 * is 'planned': the planning is past, the thing planned may still be ahead, so the nearest day wins.
 */
export type Tense = 'past' | 'future' | 'present' | 'planned' | 'none';

export interface TenseCue {
  tense: Tense;
  /** The word that decided, for the reasoning string. */
  cue: string;
}

// "next" and "coming" are not here: "next to the embassy" is no future; "next week" is its own rule.
const FUTURE = new Set(['will', "'ll", 'shall', "won't", 'wo', 'upcoming', 'tomorrow', 'forthcoming']);
// "could" is as often past ability ("could not be located Wednesday") as possibility: no cue.
const MODAL_FUTURE = new Set(['would', 'might', 'may', 'should']);
const FUTURE_AFTER_BE = new Set(['expected', 'scheduled', 'set', 'due', 'slated', 'poised', 'likely', 'going', 'planning', 'expecting', 'about']);
const FUTURE_VERBS = new Set(['plans', 'plan', 'intends', 'intend', 'aims', 'aim', 'hopes', 'hope', 'expects', 'expect', 'wants', 'want', 'seeks', 'vows', 'pledges', 'promises', 'threatens', 'prepares', 'prepare']);
const PAST = new Set([
  'was', 'were', 'had', 'did', "didn't", "wasn't", "weren't", "hadn't", 'ago', 'last', 'since', 'earlier', 'previously', 'yesterday',
  'said', 'told', 'held', 'met', 'took', 'sent', 'came', 'went', 'gave', 'made', 'saw', 'began', 'won', 'lost', 'fell', 'rose',
  'left', 'found', 'got', 'put', 'ran', 'spoke', 'wrote', 'broke', 'brought', 'bought', 'caught', 'chose', 'drew', 'drove',
  'fought', 'flew', 'forgot', 'grew', 'heard', 'hit', 'hung', 'kept', 'knew', 'led', 'let', 'meant', 'paid', 'quit', 'read',
  'rode', 'sat', 'said,', 'shot', 'shut', 'sold', 'sought', 'spent', 'stood', 'struck', 'swore', 'taught', 'thought', 'threw',
  'understood', 'wore', 'became', 'beat', 'bit', 'built', 'cut', 'dealt', 'dug', 'fed', 'felt', 'fled', 'forbade', 'froze',
  'hid', 'hurt', 'laid', 'lit', 'overtook', 'sank', 'shook', 'slid', 'split', 'spread', 'sprang', 'stole', 'stuck', 'stung',
  'swept', 'swung', 'tore', 'undertook', 'upheld', 'withdrew', 'woke', 'wound', 'unveiled', 'unveiling',
]);
const PRESENT = new Set([
  'is', 'are', 'am', 'runs', 'run', 'begins', 'begin', 'starts', 'start', 'opens', 'ends', 'meets', 'meet', 'holds', 'takes',
  'arrives', 'visits', 'hosts', 'leaves', 'heads', 'kicks', 'returns', 'continues', 'closes', 'resumes', 'convenes', 'gathers',
  'travels', 'goes', 'comes', 'faces', 'plays', 'launches', 'votes', 'lasts', 'expires', 'expire', 'take', 'resume', 'begin',
  'departs', 'reopens', 'kick', 'convene',
]);

const PLANNED = new Set(['planned', 'planning', 'scheduled', 'rescheduled', 'arranged']);
const TO_VERBS = /^(agreed|decided|voted|planned|pledged|promised|vowed|threatened|offered|proposed|asked|ordered|told|urged|hoped|wanted|expected|scheduled|set|moved|sought|tried|failed|refused|declined|intended|aimed)$/;
const HAVE = new Set(['has', 'have', "hasn't", "haven't", "'s", "'ve"]);
const BE = new Set(['is', 'are', 'am', "'s", "'re", 'be', 'been', 'was', 'were']);
// "-ed" words that are not past-tense verbs.
const NOT_PAST = new Set(['need', 'red', 'bed', 'hundred', 'speed', 'seed', 'feed', 'weed', 'shed', 'breed', 'indeed', 'united', 'based', 'related', 'armed', 'limited', 'advanced', 'supposed', 'detailed', 'alleged', 'proposed', 'unexpected', 'unspecified', 'undisclosed', 'preferred', 'restated', 'combined', 'estimated', 'adjusted', 'embed', 'naked', 'wicked', 'sacred', 'ted', 'ed', 'fed', 'led', 'wed', 'biased']);
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'but', 'while', 'whereas', 'although', 'though', 'where', 'if', 'unless']);

interface Word {
  w: string;
  start: number;
  end: number;
}

function words(s: string): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|['’](?:ll|s|re|ve)\b|[;:“”"—–()]/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push({ w: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
  return out;
}

function classify(ws: Word[], i: number): Tense {
  const w = ws[i].w, prev = ws[i - 1]?.w ?? '', next = ws[i + 1]?.w ?? '';
  if (FUTURE.has(w)) return 'future';
  if (MODAL_FUTURE.has(w)) return next === 'have' ? 'past' : 'future';
  if (FUTURE_AFTER_BE.has(w) && (BE.has(prev) || next === 'to')) {
    // "was expected to", "had been due to", "were planning to": an expectation or plan told in
    // the past, about a time on either side of the article.
    if (prev === 'was' || prev === 'were' || (prev === 'been' && /^(had|hadn't)$/.test(ws[i - 2]?.w ?? ''))) return 'planned';
    return w === 'going' && next !== 'to' ? 'present' : 'future';
  }
  if (/^(scheduled|planned|set)$/.test(w) && HAVE.has(prev)) return 'future';
  // "planned a demonstration on Saturday", "scheduled a news conference for Thursday".
  if (PLANNED.has(w) && !BE.has(prev)) return 'planned';
  if (FUTURE_VERBS.has(w) && next === 'to') return 'future';
  // "markets expect another cut in December": a present expectation points ahead without "to".
  if (/^(?:expect|expects|anticipate|anticipates|predict|predicts|forecast|forecasts|foresee|foresees)$/.test(w) && !/^(?:the|a|an|its|their|his|her|our|this|that)$/.test(prev)) return 'future';
  if (HAVE.has(w) && (next === 'been' || /ed$/.test(next) || PAST.has(next) || next === 'not' || next === 'already')) {
    // "has decided to admit them in March": the date belongs to the admitting.
    return TO_VERBS.test(next) && ws[i + 2]?.w === 'to' ? 'none' : 'past';
  }
  // "would be paid", "is held": a participle after a form of "be"; the auxiliary decides.
  if (PAST.has(w) && !BE.has(prev)) return next === 'to' && TO_VERBS.test(w) ? 'none' : 'past';
  if (PRESENT.has(w)) {
    // "will take", "could begin": the auxiliary decides; "expected to take": keep looking.
    if (FUTURE.has(prev) || MODAL_FUTURE.has(prev)) return 'future';
    if (prev === 'to') return 'none';
    return 'present';
  }
  if (/^\p{L}{3,}ed$/u.test(w) && !NOT_PAST.has(w) && !BE.has(prev) && (!/eed$/.test(w) || /^(agreed|freed|guaranteed|decreed|disagreed)$/.test(w))) {
    // "agreed to buy it in February": the time belongs to the buying, not the agreeing.
    return next === 'to' && TO_VERBS.test(w) ? 'none' : 'past';
  }
  return 'none';
}

/** Reads the tense governing the expression at [start, end) of `sentence` (offsets within it). */
// The words of the last sentence asked about: a sentence with many dates is tokenised once.
let cache: { s: string; ws: Word[] } = { s: '', ws: [] };

export function tenseAround(sentence: string, start: number, end: number): TenseCue {
  if (cache.s !== sentence) cache = { s: sentence, ws: words(sentence) };
  const ws = cache.ws;
  // Words are in text order: find the window by binary search, so a sentence with many dates
  // (a 100,000-character line) costs O(dates · log words), not O(dates · words).
  let lo = 0, hi = ws.length;
  while (lo < hi) { const m = (lo + hi) >> 1; if (ws[m].end <= start) lo = m + 1; else hi = m; }
  let firstAfter = lo;
  while (firstAfter < ws.length && ws[firstAfter].start < end) firstAfter++;
  for (let k = lo - 1, n = 0; k >= 0 && n < 14; k--, n++) {
    const w = ws[k].w;
    if (/^[;:“”"—–()]$/.test(w)) break;
    const t = classify(ws, k);
    if (t !== 'none') return { tense: t, cue: w };
    if (CLAUSE_WORDS.has(w)) break;
  }
  for (let k = firstAfter; k < ws.length && k < firstAfter + 12; k++) {
    const w = ws[k].w;
    if (/^[;:“”"—–()]$/.test(w) || CLAUSE_WORDS.has(w)) break;
    const t = classify(ws, k);
    if (t !== 'none') return { tense: t, cue: w };
  }
  return { tense: 'none', cue: '' };
}
