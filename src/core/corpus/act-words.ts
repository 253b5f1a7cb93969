/** Words that say nothing about which act happened (reporting verbs, time words, function words). */
const STOP = new Set(`the a an and or but of in on at to for from by with as into onto over under about after before
during since until than then that this these those there their they them his her its our your was were is are be been being
has have had will would could should may might must can shall not no also just only more most other some such very
said says say saying told tells tell reported reports report according announced statement news agency media state official
officials spokesman spokeswoman spokesperson added noted week weeks month months year years day days today yesterday tomorrow
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october
november december morning evening night time times last next first second earlier later ago while which who whom whose what
when where why how all any each both many much several new one two three four five six seven eight nine ten dozen expected
likely plans planned`.split(/\s+/));

const STEM_LEN = 6;

/** Content-word stems of a summary: a crude prefix stemmer ("delegates" ~ "delegations"). */
export function actWords(summary: string): Set<string> {
  return new Set(rankedActWords(summary).keys());
}

/** Act-word stems with the length of their longest source word (longer words are more specific). */
export function rankedActWords(summary: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const raw of summary.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 4 || STOP.has(raw) || /^\d+$/.test(raw)) continue;
    const stem = raw.slice(0, STEM_LEN);
    out.set(stem, Math.max(out.get(stem) ?? 0, raw.length));
  }
  return out;
}

const DAY = 86_400_000;

/** Days since the epoch of a YYYY-MM-DD date, or undefined. */
export function dayNum(d: string | undefined): number | undefined {
  if (!d) return undefined;
  const t = Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
  return Number.isFinite(t) ? Math.round(t / DAY) : undefined;
}
