import type { Sentence, Span } from '../model';
import { clauseAt, clauses, type Clause } from './clauses';

const REPORTING = /^(?:[\p{L}’'.-]+\s+){0,7}(?:said|says|reported|reports|told|announced|added|stated|confirmed|noted|showed|shows|indicated|estimated)$/iu;
const LEAD_DATELINE = /^[\p{Lu}][\p{L} .,'’-]{0,60}\(\s*[\p{L} -]{1,30}\s*\)\s*[—–_-]+\s*/u;
const OPENER = /^(?:which|that|who|whom|where|while|as|and|but|so|then|whereas|although|though|because)\s+/i;
// A predicate whose subject sits in an earlier clause: "The storm, which killed 12, made landfall …".
const STARTS_WITH_VERB = /^(?:(?:also|then|later|still|now|again|quickly|recently|previously|already)\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|say|says|said|(?!(?:united|based|related|armed|limited|advanced|alleged|proposed|detailed|estimated|combined)\b)\p{L}{3,}(?<!e)ed|\p{L}{3,}ied|\p{L}{3,}eed(?<!need|speed|seed|feed|breed|indeed)|held|made|took|sent|came|went|gave|met|began|won|lost|fell|rose|left|led|hit|struck|fled|sold|bought|spent|built|drew|grew|saw|told|found|kept|broke|brought|caught|fought|flew|ran|shot|stood|swept|threw|wrote|became|cut|put|set|quit|paid|spoke|won't|did)\b/iu;
/** A subject: no finite verb in it (looser than VERB, which takes every -s word for one). */
const FINITE = new RegExp(`\\b(?:${STARTS_WITH_VERB.source.replace(/^\^\(\?:\(\?:[^)]*\)\\s\+\)\?\(\?:/, '').replace(/\)\\b$/, '')}|does|do|says)\\b`, 'iu');
// A finite verb, roughly: an auxiliary, a past form or a common news verb.
const VERB = /\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|should|did|does|do|said|says|say|told|held|met|took|sent|came|went|gave|made|began|won|lost|fell|rose|left|led|hit|killed|\p{L}{3,}ed|\p{L}{3,}s)\b/iu;
const MAX_WORDS = 14;

/**
 * A short summary: the clause around the anchor's verb, without the date itself, the dateline or
 * a bare attribution ("state media said Saturday" summarises the clause it attributes). A date used
 * as a modifier ("the Aug. 7 hotel fire in Lagos") summarises as the noun phrase it dates.
 */
export function summarize(text: string, s: Sentence, anchor: Span): string {
  const np = datedNounPhrase(text, s, anchor);
  if (np) return finish(np);
  const cs = clauses(text, s);
  if (!cs.length) return '';
  const i = clauseAt(cs, anchor.start);
  // "… in 2019 and is now seen as a possible venue": a second predicate after the date has its own
  // news; the summary ends before it.
  const tail = /\s(?:and|but)\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|now)\b/i.exec(text.slice(anchor.end, cs[i].end));
  if (tail) cs[i] = { ...cs[i], end: anchor.end + tail.index, text: text.slice(cs[i].start, anchor.end + tail.index) };
  const strip = (k: number) => (k >= 0 && k < cs.length ? stripDate(text, cs[k], anchor) : '');
  let core = strip(i);
  // "… in the eastern city of Vladivostok, which was also the site of …", "… the Munich Security
  // Conference, which closed on Sunday": the relative clause's subject is the noun phrase it follows.
  const relativeTo = i > 0 && /^(?:which|who)\s/i.test(cs[i].text) && !REPORTING.test(core) ? antecedent(cs[i - 1].text) : null;
  const leading = /^\s*(?:(?:in|on|at|since|by|from|during|until|as early as)\s+)?$/i.test(text.slice(cs[i].start, Math.max(cs[i].start, anchor.start)));
  if (relativeTo) {
    // The clause stands on its own once its subject is back.
  } else if (leading && words(core) < 3 && i + 1 < cs.length) {
    // "In July, Kim invited …" / "A day before the parade, Kim took …": the date opens the sentence.
    core = strip(i + 1);
    for (let k = i + 2; words(core) < 3 && k < cs.length; k++) core = `${core} ${strip(k)}`.trim();
  } else if (REPORTING.test(core) && i > 0) {
    core = `${strip(i - 1)}, ${core}`;
  } else if (REPORTING.test(core) && i + 1 < cs.length) {
    // "The Kremlin said last week that Putin was ready …": what was said is the news.
    core = `${core} ${strip(i + 1).replace(/^that\s+/i, '')}`;
  } else if (words(core) < 3 || (!VERB.test(core) && i > 0)) {
    // A fragment ("just minutes apart") reads with the clause before it.
    core = [strip(i - 1), core].filter(Boolean).join(' ');
    if (words(core) < 3) core = [core, strip(i + 1)].filter(Boolean).join(' ');
  }
  core = tidy(core.replace(LEAD_DATELINE, '').replace(OPENER, ''));
  if (relativeTo) {
    core = `${relativeTo} ${core}`;
  } else if (i === 1 && cs[0].start === s.start && isNameFragment(cs[0].text) && /^\p{Lu}/u.test(core) && !/^(?:the|a|an|he|she|it|they|we|i|this|that|these|those|his|her|its|their|our|but|and|yet|so)\b/i.test(core)) {
    // "The Cupertino, California-based company said …", "North Korea, China and Russia held …":
    // the comma was inside the subject.
    core = `${cs[0].text}, ${core}`;
  } else if (STARTS_WITH_VERB.test(core) && i > 0) {
    // "The merger, which had been rumoured, is part of …", "The storm, which killed 12, made
    // landfall …": give the verb its subject back, from the sentence's first verbless clause.
    const k = cs.slice(0, i).findIndex((c) => !OPENER.test(c.text) && !/^(?:in|on|at|after|before|during|with|for|from|by|as|when|despite|amid|under|since)\b/i.test(c.text));
    // The whole clause when it is verbless ("The storm, which …"), else the words before its verb
    // ("Shares in the lender rose 6%, … and have climbed 18%").
    const first = k >= 0 ? cs[k].text.replace(LEAD_DATELINE, '') : '';
    const v = FINITE.exec(first);
    const subject = v ? first.slice(0, v.index).trim() : first;
    if (subject && words(subject) <= 10) core = `${subject} ${core}`;
  }
  return finish(core);
}

/** The noun phrase ending a clause: after its last preposition (other than "of"), or its last article. */
function antecedent(clause: string): string | null {
  // Not a possessive pronoun's phrase ("its third anniversary"): read alone it loses its owner.
  const m = /^.*\b(?:in|at|on|to|from|for|with|by|near|into|outside|inside|across|towards?|against|via)\s+((?:the|a|an)\s+[^,;]+|\p{Lu}[^,;]*)$/su.exec(clause)
    ?? /^.*\b((?:[Tt]he|[Aa]n?)\s+[^,;]+)$/su.exec(clause);
  const np = m?.[1].trim();
  if (!np || words(np) > 8 || FINITE.test(np)) return null;
  return np.charAt(0).toUpperCase() + np.slice(1);
}

/** "The Cupertino", "North Korea": a short verbless name opening the sentence before a comma. */
function isNameFragment(c: string): boolean {
  const ws = c.split(/\s+/);
  if (ws.length > 3 || FINITE.test(c) || /^(?:in|on|at|after|before|during|with|for|from|by|as|when|despite|amid|under|since|however|meanwhile|separately|still|also|earlier|later|instead|yet|moreover|but|and|so|then|now|today|yesterday)\b/i.test(c)) return false;
  // Every word after an optional article is capitalised, and it is not an -ly adverb ("Separately").
  return ws.every((w, k) => (k === 0 && /^(?:the|a|an)$/i.test(w)) || /^\p{Lu}/u.test(w)) && !/ly$/i.test(ws[ws.length - 1]);
}

/**
 * Asides do not belong in a one-line summary ("40 degrees Celsius (104 Fahrenheit)"), nor an
 * adverb left dangling once the date is gone ("… again next week" → "… again").
 */
function tidy(core: string): string {
  return core
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/[\s,]+(?:again|as well|too|then|so far|yet)$/i, '')
    .replace(/\s+([,.;])/g, '$1')
    .trim();
}

/** "officials said Monday": the anchor's clause is only an attribution. */
export function isAttribution(text: string, s: Sentence, anchor: Span): boolean {
  const cs = clauses(text, s);
  if (!cs.length) return false;
  const i = clauseAt(cs, anchor.start);
  return REPORTING.test(stripDate(text, cs[i], anchor));
}

function finish(core: string): string {
  // Whatever a clause cut left in front ("- ", ", ", "— "), a summary opens with a word.
  const w = core.replace(/^[\s\-–—_:;,.]+/, '').split(/\s+/).filter(Boolean);
  const out = w.length > MAX_WORDS ? w.slice(0, MAX_WORDS).join(' ') + '…' : w.join(' ');
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** "the Aug. 7 hotel fire in Lagos", "the 2019 election": the noun phrase the date modifies. */
function datedNounPhrase(text: string, s: Sentence, anchor: Span): string | null {
  const before = text.slice(Math.max(s.start, anchor.start - 8), anchor.start);
  if (!/\bthe\s*["“]?$/i.test(before)) return null;
  const after = text.slice(anchor.end, s.end);
  const m = /^["”]?\s+((?:[\p{L}][\p{L}'’-]*)(?:\s+[\p{L}][\p{L}'’-]*){0,7})/u.exec(after);
  if (!m) return null;
  // Stop before a verb or a relative clause: the phrase is the thing dated.
  const ws = m[1].split(/\s+/);
  const out: string[] = [];
  for (const w of ws) {
    if (/^(?:which|that|who|was|were|is|are|has|have|had|will|would|marked|drew|ended|began|to|and|but|as|said|says)$/i.test(w)) break;
    out.push(w);
  }
  while (out.length && /^(?:in|the|of|at|a|an|on|for|from|with|by)$/i.test(out[out.length - 1])) out.pop();
  if (!out.length) return null;
  // "in the July-September period", "the 2023 season": a time noun, not a happening.
  if (/^(?:period|quarter|year|month|week|season|session|time|half|term|window|stretch|span|phase)$/i.test(out[0])) return null;
  return `The ${out.join(' ')}`;
}

function stripDate(text: string, c: Clause, anchor: Span): string {
  if (anchor.end <= c.start || anchor.start >= c.end) return c.text;
  const a = Math.max(anchor.start, c.start) - c.start, b = Math.min(anchor.end, c.end) - c.start;
  let left = c.text.slice(0, a), right = c.text.slice(b);
  // Drop the preposition that introduced the date.
  // "founded late last year", "made landfall early Sunday": the modifier goes with the date.
  left = left.replace(/\b(?:early|late|mid|earlier|later|the)\s*$/i, '');
  left = left.replace(/\b(?:on|in|at|since|from|during|by|as early as|as late as|until|within|of|over)\s*$/i, '');
  // "in the July-September period": the time noun goes with its date.
  right = right.replace(/^\s*(?:period|quarter|half|window|stretch|span|timeframe|time frame)\b/i, '');
  // "Saturday’s parade was …" reads "The parade was …".
  if (/^['’]s\b/.test(right)) {
    right = right.replace(/^['’]s\b/, '');
    if (!left.trim()) left = 'the';
  }
  return `${left} ${right}`.replace(/\s+/g, ' ').replace(/\s+([,.;])/g, '$1').trim();
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
