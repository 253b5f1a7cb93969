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
 * Runs compromise once per document, over the given sentences only (joined by their original
 * spacing, or a line break where the page had one, so paragraphs stay apart and page furniture
 * between them is never tagged), and returns their words in text order. Offsets come from
 * compromise's terms (pre + text + post is lossless), never from match offsets, which include
 * leading punctuation.
 */
export function tokenize(text: string, sentences: Sentence[]): Tok[] {
  const out: Tok[] = [];
  if (!sentences.length) return out;
  // The analysed text: each sentence at a known offset of `synth`.
  const segs: { synth: number; orig: number; len: number; sent: number }[] = [];
  let synth = '';
  sentences.forEach((s, i) => {
    if (i > 0) {
      const gap = text.slice(sentences[i - 1].end, s.start);
      synth += s.start >= sentences[i - 1].end && /^[ \t]{1,3}$/.test(gap) ? gap : '\n';
    }
    segs.push({ synth: synth.length, orig: s.start, len: s.end - s.start, sent: i });
    // HTML tags (a scraped page saved as .txt), Markdown link targets and URLs become spaces of the
    // same length: compromise would glue "Putin</h1>" or "Reuters](https://…" into one word and a
    // mention would carry markup. Offsets are unchanged.
    synth += text.slice(s.start, s.end).replace(/<\/?[a-z][^<>\n]*>|\]\(\S*|\bhttps?:\/\/\S+/gi, (m) => (m[0] === ']' ? ']' : ' ').padEnd(m.length));
  });
  let terms: { pre: string; text: string; post: string; tags: Set<string> }[][];
  try {
    terms = (nlp(synth) as unknown as { document: { pre: string; text: string; post: string; tags: Set<string> }[][] }).document;
  } catch {
    return out; // a library failure loses this document's entities, never the document
  }
  let cursor = 0;
  let seg = 0;
  let prevGap = '\n';
  for (const sent of terms) {
    for (const t of sent) {
      let at = cursor + t.pre.length;
      if (synth.slice(at, at + t.text.length) !== t.text) {
        const k = synth.indexOf(t.text, cursor);
        if (k < 0) continue;
        at = k;
      }
      const gapBefore = prevGap + synth.slice(cursor, at);
      cursor = at + t.text.length;
      if (synth.startsWith(t.post, cursor)) cursor += t.post.length;
      prevGap = t.post;
      let word = t.text;
      let pos = at;
      // Punctuation compromise left attached to the word (quotes, brackets) stays outside the span.
      const lead = /^[^\p{L}\p{N}]+/u.exec(word);
      if (lead) { word = word.slice(lead[0].length); pos += lead[0].length; }
      let poss = false;
      const trim = () => { const tr = /[^\p{L}\p{N}.]+$/u.exec(word); if (tr) word = word.slice(0, -tr[0].length); };
      trim();
      while (POSSESSIVE.test(word) && word.length > 2) { word = word.slice(0, -2); poss = true; trim(); }
      if (!word) continue;
      while (seg + 1 < segs.length && pos >= segs[seg + 1].synth) seg++;
      const sg = segs[seg];
      if (pos < sg.synth || pos + word.length > sg.synth + sg.len) continue;
      const start = sg.orig + (pos - sg.synth);
      const s = sg.sent;
      // compromise keeps "U.S.-China" as one term: split hyphenated capitalised parts.
      const parts = /^\p{Lu}[^-]*(-\p{Lu}[^-]*)+$/u.test(word) && word.includes('.') ? word.split('-') : [word];
      let at2 = start;
      parts.forEach((part, pi) => {
        const letters = part.replace(/[^\p{L}]/gu, '');
        const prev = out[out.length - 1];
        out.push({
          start: at2, end: at2 + part.length, text: part, norm: part.toLowerCase().replace(/\./g, ''), tags: parts.length > 1 ? new Set(['Hyphenated']) : t.tags,
          cap: UPPER.test(part) || /^\p{Lu}?\d/u.test(part) && /\p{Lu}/u.test(part),
          upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
          poss: poss && pi === parts.length - 1, sent: s,
          // A dash opens a clause ("(Reuters) - Apple…"); a hyphen inside a compound does not ("Worker-Peasant").
          initial: pi === 0 && (!prev || prev.sent !== s || /["“‘(:\u2014\u2013\n]|(^|\s)[-']\s*$/.test(gapBefore) && /\s/.test(gapBefore)
            || /[.!?]["”’)]?\s+$/.test(gapBefore) && !isAbbrev(prev)),
          capsLine: false,
        });
        at2 += part.length + 1;
      });
    }
  }
  // A sentence whose letters are mostly capitals is a headline or dateline line.
  const capsLine = new Map<number, boolean>();
  for (const tok of out) {
    let c = capsLine.get(tok.sent);
    if (c === undefined) {
      const body = text.slice(sentences[tok.sent].start, sentences[tok.sent].end).replace(/[^\p{L}]/gu, '');
      const upper = body.replace(/[^\p{Lu}]/gu, '').length;
      capsLine.set(tok.sent, (c = body.length >= 12 && upper / body.length > 0.8));
    }
    tok.capsLine = c;
  }
  return out;
}

/** "Mr." or "W." end with a period that does not end the sentence. */
function isAbbrev(t: Tok): boolean {
  return t.text.length === 1 || t.tags.has('Honorific') || t.tags.has('Abbreviation') || /^(mr|mrs|ms|dr|st|jr|sr|gen|col|lt|sen|rep|gov|prof|rev|no|vs)$/.test(t.norm);
}
