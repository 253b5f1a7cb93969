import type { EventStatus, ResolvedDate, Sentence, Span } from '../model';
import { clauseAt, clauses } from './clauses';

// Hedges: what the sentence presents as possible, expected or planned, not as a reported fact.
const SPECULATIVE = /\b(?:expected|expects?|expecting|could|would|might|may|likely|unlikely|possible|possibly|potential(?:ly)?|plans?|planned|planning|intends?|intended|hopes?|hoped|considering|consider|speculated?|rumou?red|reportedly\s+(?:plans|considering)|proposed|aims?\s+to|seeks?\s+to|wants?\s+to|set\s+to\s+consider)\b/i;
const FUTURE = /\b(?:will|shall|'ll|won't|is\s+(?:set|scheduled|due|slated)\s+to|are\s+(?:set|scheduled|due|slated)\s+to|upcoming|next|to\s+be\s+held|is\s+to|are\s+to)\b/i;
const ONGOING = /\b(?:has\s+been|have\s+been|had\s+been)\s+\p{L}+ing\b|\b(?:continues?|continuing|ongoing|still|remains?)\b/iu;

/**
 * Status from the clause that holds the anchor and the clause it governs: hedged → speculative;
 * "since …" or a continuing verb → ongoing; future tense or a date after publication → future;
 * else reported.
 */
export function statusOf(text: string, s: Sentence, anchor: Span & { date: ResolvedDate }, published: string | null): EventStatus {
  const cs = clauses(text, s);
  const i = clauseAt(cs, anchor.start);
  // The anchor's own clause plus its neighbour when the anchor clause is only the date ("In July, …").
  let window = cs[i]?.text ?? '';
  // A second predicate coordinated after the anchor ("… in 2019 and is now seen as a possible
  // venue") has its own modality.
  const anchorInWindow = Math.max(0, anchor.end - (cs[i]?.start ?? 0));
  const tail = window.slice(anchorInWindow).search(/\s(?:and|but|or)\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|now)\b/i);
  if (tail >= 0) window = window.slice(0, anchorInWindow + tail);
  const bare = window.replace(text.slice(anchor.start, anchor.end), '').replace(/\b(?:in|on|at|since|by|from|to|until)\b/gi, '').trim();
  if (bare.split(/\s+/).filter(Boolean).length < 3 && cs[i + 1]) window += ' ' + cs[i + 1].text;
  const before = text.slice(Math.max(s.start, anchor.start - 20), anchor.start);
  // "the first such rotation since 2019", "the highest level since 1990": 2019 is when the
  // previous one happened, a reported fact, not a state running since then.
  const clauseBefore = text.slice(cs[i]?.start ?? s.start, anchor.start);
  const sinceRecord = /\bsince\s+$/i.test(before) && /\b(?:first|only|highest|lowest|biggest|largest|worst|best|strongest|weakest|deadliest|most|least)\b|\bthe\s+\p{L}{3,}est\b/iu.test(clauseBefore);
  if (!sinceRecord && (anchor.date.open === 'after' || /\bsince\s+$/i.test(before) || ONGOING.test(window))) return 'ongoing';
  if (SPECULATIVE.test(window)) return 'speculative';
  if (FUTURE.test(window)) return 'future';
  if (published && anchor.date.earliest && anchor.date.earliest > published) return 'future';
  return 'reported';
}
