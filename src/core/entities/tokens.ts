import nlp from 'compromise';
import type { Sentence } from '../model';

/** One word as the rule layer sees it: compromise's term, re-anchored on the document text. */
export interface Tok {
  /** Offsets of the word itself in the document (possessive 's excluded). */
  start: number;
  end: number;
  /** `text.slice(start, end)` */
  text: string;
  /** Lower-case `text` without periods. */
  norm: string;
  tags: Set<string>;
  /** Starts with an upper-case letter (or is a code such as "G20"). */
  cap: boolean;
  /** Two or more letters, all upper-case ("KCNA", "SEOUL"). */
  upper: boolean;
  /** Followed by a possessive 's / ’s (excluded from `end`). */
  poss: boolean;
  /** Index into the document's sentences. */
  sent: number;
  /** First word of its sentence, or after an opening quote, colon or dash: capitalised by position. */
  initial: boolean;
  /** The sentence is written in capitals (headline, dateline): capitalisation says nothing there. */
  capsLine: boolean;
}

const POSSESSIVE = /['\u2019]s$/i;
const UPPER = /^\p{Lu}/u;

/**
 * Runs compromise once per paragraph (a run of sentences with no line break between them) and
 * returns the words of the given sentences in text order. Offsets come from compromise's terms
 * (pre + text + post is lossless), never from match offsets, which include leading punctuation.
 */
export function tokenize(text: string, sentences: Sentence[]): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < sentences.length) {
    let j = i;
    while (j + 1 < sentences.length && sentences[j + 1].start >= sentences[j].end && !/\n/.test(text.slice(sentences[j].end, sentences[j + 1].start)) && sentences[j + 1].end - sentences[i].start < 20000) j++;
    tokenizeChunk(text, sentences, i, j, out);
    i = j + 1;
  }
  return out;
}

function tokenizeChunk(text: string, sentences: Sentence[], first: number, last: number, out: Tok[]): void {
  const base = sentences[first].start;
  // HTML tags (scraped pages saved as .txt) become spaces of the same length: compromise would glue
  // "Putin</h1>" into one word and a mention would carry markup; offsets stay those of `text`.
  const chunk = text.slice(base, sentences[last].end).replace(/<\/?[a-z][^<>\n]*>/gi, (m) => ' '.repeat(m.length));
  if (!chunk.trim()) return;
  let terms: { pre: string; text: string; post: string; tags: Set<string> }[][];
  try {
    terms = (nlp(chunk) as unknown as { document: { pre: string; text: string; post: string; tags: Set<string> }[][] }).document;
  } catch {
    return; // a library failure loses this paragraph's entities, never the document
  }
  let cursor = 0;
  let s = first;
  const capsLine = new Map<number, boolean>();
  const startCount = out.length;
  let prevGap = '\n';
  for (const sent of terms) {
    for (const t of sent) {
      let at = cursor + t.pre.length;
      if (chunk.slice(at, at + t.text.length) !== t.text) {
        const k = chunk.indexOf(t.text, cursor);
        if (k < 0) continue;
        at = k;
      }
      const gapBefore = prevGap + chunk.slice(cursor, at);
      cursor = at + t.text.length;
      const post = t.post;
      if (chunk.startsWith(post, cursor)) cursor += post.length;
      prevGap = post;
      let word = t.text;
      let start = base + at;
      // Punctuation compromise left attached to the word (quotes, brackets) stays outside the span.
      const lead = /^[^\p{L}\p{N}]+/u.exec(word);
      if (lead) { word = word.slice(lead[0].length); start += lead[0].length; }
      let poss = false;
      if (POSSESSIVE.test(word) && word.length > 2) { word = word.slice(0, -2); poss = true; }
      const trail = /[^\p{L}\p{N}.&]+$/u.exec(word);
      if (trail) word = word.slice(0, -trail[0].length);
      if (!word) continue;
      while (s < last && start >= sentences[s].end) s++;
      if (start < sentences[s].start || start + word.length > sentences[s].end) continue;
      // compromise keeps "U.S.-China" as one term: split hyphenated capitalised parts.
      const parts = /^\p{Lu}[^-]*(-\p{Lu}[^-]*)+$/u.test(word) && word.includes('.') ? word.split('-') : [word];
      let at2 = start;
      parts.forEach((part, pi) => {
        const letters = part.replace(/[^\p{L}]/gu, '');
        const tags = parts.length > 1 ? new Set(['Hyphenated']) : t.tags;
        out.push({
          start: at2, end: at2 + part.length, text: part, norm: part.toLowerCase().replace(/\./g, ''), tags,
          cap: UPPER.test(part) || /^\p{Lu}?\d/u.test(part) && /\p{Lu}/u.test(part),
          upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
          poss: poss && pi === parts.length - 1, sent: s,
          initial: pi === 0 && (out.length === startCount || out[out.length - 1].sent !== s || /["“‘(:\u2014\u2013\n]|(^|\s)[-']\s*$/.test(gapBefore)
            || /[.!?]["”’)]?\s+$/.test(gapBefore) && !isAbbrev(out[out.length - 1])),
          capsLine: false,
        });
        at2 += part.length + 1;
      });
    }
  }
  // A sentence whose letters are mostly capitals is a headline or dateline line.
  for (let k = startCount; k < out.length; k++) {
    const sIdx = out[k].sent;
    if (!capsLine.has(sIdx)) {
      const body = text.slice(sentences[sIdx].start, sentences[sIdx].end).replace(/[^\p{L}]/gu, '');
      const upper = body.replace(/[^\p{Lu}]/gu, '').length;
      capsLine.set(sIdx, body.length >= 12 && upper / body.length > 0.8);
    }
    out[k].capsLine = capsLine.get(sIdx)!;
  }
}

/** "Mr." or "W." end with a period that does not end the sentence. */
function isAbbrev(t: Tok): boolean {
  return t.text.length === 1 || t.tags.has('Honorific') || t.tags.has('Abbreviation') || /^(mr|mrs|ms|dr|st|jr|sr|gen|col|lt|sen|rep|gov|prof|rev|no|vs)$/.test(t.norm);
}
