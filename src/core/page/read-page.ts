import type { AnalyzeOptions, DateClaim, DocumentAnalysis, PublicationInfo, Region, RegionKind, Span } from '../model';
import { normalizeForCompare, splitLines, type Line } from '../text/lines';
import { isoDay, parseIsoDay, toDayNumber, ymdToIso, type Ymd } from '../time/calendar';
import { copyrightAgency, readByline, readFooterDateline, readLeadDateline, readMetadataDate, readPlaceDateLine } from './datelines';

/** What reading the page as a person would yields: where the article is and when it was published. */
export type PageInfo = Pick<DocumentAnalysis, 'title' | 'titleSpan' | 'published' | 'agency' | 'body' | 'regions'>;

type Kind = RegionKind | 'blank';
interface Classified extends Line {
  kind: Kind;
  label: string;
}

// Page furniture, matched on whole trimmed lines. Kept deliberately narrow: a false positive hides
// article text from analysis, which is worse than showing a stray "Share" line.
const CHROME = /^(?:view|share|share this|print|email|e-mail|comments?|advertisement|advertising|ad|sponsored|subscribe|sign in|sign up|log in|login|menu|search|listen|listen to this article|save|follow|tweet|copy link|close|back to top|show more|load more|skip to (?:main )?content|toggle navigation|more|top)(?:\s*\(\d[\d,]*\))?$/i;
const RATING = /^[\p{L}][\p{L} ]{0,20}!?\s*\(\d[\d,.]*\)$/u;
const BREADCRUMB = /^(?:current\s*:|you are here\s*:?|home\s*[>»›/|])|^(?:[^>»›]{1,30}\s[>»›]\s){2,}/i;
const LIST_HEADING = /^(?:related|ranking|rankings|recommendation|recommendations|recommended(?: for you| stories| articles)?|next news|previous news|read more|read next|more news|more stories|more from [\p{L} ]{1,40}|most read|most popular|most viewed|most shared|trending(?: now| stories)?|top stories|latest news|latest stories|you may also like|you might also like|see also|popular(?: now| stories)?|editor'?s picks|also read|don'?t miss|related (?:news|articles|stories|coverage|content|topics|links|posts|videos))\s*:?$/iu;
const INLINE_RELATED = /^(?:related|read more|read also|also read|see also|more)\s*:\s*\S/i;
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)|all rights reserved\.?$/i;
const BULLET = /^(?:[-•*·▪►]|\d{1,2}[.)])\s+/;
/** A dateline on a line of its own: "WASHINGTON _", "HAVANA (AP ) --", "SEOUL, South Korea (AP) —". */
const DATELINE_ONLY = /^[\p{Lu}][\p{Lu}\p{L}\s.,'’-]*(?:\([^)]{1,40}\))?\s*(?:_|--?|—|–)\s*$/u;

/** Finds title, publication date, agency, body and boilerplate regions. */
export function readPage(text: string, opts: AnalyzeOptions): PageInfo {
  const lines: Classified[] = splitLines(text).map((l) => ({ ...l, kind: l.text ? 'body' : 'blank', label: 'Body' }));
  const claims: DateClaim[] = [];
  let agency: string | null = null;
  const nonBlank = lines.filter((l) => l.kind !== 'blank');

  // 1. Line-level furniture and metadata.
  for (const l of nonBlank) {
    const meta = readMetadataDate(l.text);
    if (meta !== undefined) {
      mark(l, 'metadata', 'Page metadata');
      if (meta) claims.push({ date: ymdToIso(meta), source: 'metadata', span: { start: l.start, end: l.end } });
    } else if (RATING.test(l.text) && !/\s{2}/.test(l.text)) mark(l, 'boilerplate', 'Rating widget');
    else if (CHROME.test(l.text)) mark(l, 'boilerplate', 'Page navigation');
    else if (BREADCRUMB.test(l.text)) mark(l, 'boilerplate', 'Breadcrumb');
  }

  // 2. Title: the first remaining line that reads as a headline.
  let titleLine: Classified | undefined;
  const first = nonBlank.find((l) => l.kind === 'body');
  if (first && looksLikeTitle(first) && nonBlank.some((l) => l.start > first.start && l.kind === 'body')) {
    titleLine = first;
    mark(first, 'title', 'Title');
  }

  // 3. Headline lists and footers after the article: from a list heading on, headline-like lines
  //    are boilerplate until prose resumes.
  let seenBody = false, inList = false;
  for (const l of nonBlank) {
    if (l.kind === 'title') continue;
    if (l.kind !== 'body') {
      if (l.label === 'Rating widget' && seenBody) inList = true;
      continue;
    }
    const footer = readFooterDateline(l.text);
    if (footer) {
      mark(l, 'body', 'Dateline');
      agency ??= footer.agency;
      if (footer.date) claims.push({ date: ymdToIso(footer.date), source: 'dateline', span: { start: l.start, end: l.end } });
      continue;
    }
    if (LIST_HEADING.test(l.text) && (seenBody || !titleLine)) {
      mark(l, 'boilerplate', headingLabel(l.text));
      inList = true;
      continue;
    }
    if (INLINE_RELATED.test(l.text) && l.text.length < 200) {
      mark(l, 'boilerplate', 'Related link');
      continue;
    }
    if (COPYRIGHT.test(l.text) && l.text.length < 200) {
      mark(l, 'boilerplate', 'Copyright notice');
      agency ??= copyrightAgency(l.text);
      continue;
    }
    if (inList) {
      if (isHeadlineLike(l.text)) {
        mark(l, 'boilerplate', 'Headline list');
        continue;
      }
      inList = false;
    }
    seenBody = true;
  }

  // 4. Repeated title and repeated teaser paragraphs: the earlier copy is the teaser.
  const bodyLines = () => nonBlank.filter((l) => l.kind === 'body');
  if (titleLine) {
    const t = normalizeForCompare(titleLine.text);
    for (const l of bodyLines()) if (normalizeForCompare(l.text) === t) mark(l, 'duplicate', 'Repeated title');
  }
  // Only paragraphs that share their first 40 characters can repeat one another: grouping by
  // that prefix keeps this linear on long documents.
  const bl = bodyLines();
  const norm = bl.map((l) => normalizeForCompare(l.text));
  const byPrefix = new Map<string, number[]>();
  norm.forEach((a, i) => {
    if (a.length < 40) return;
    const k = a.slice(0, 40);
    if (!byPrefix.has(k)) byPrefix.set(k, []);
    byPrefix.get(k)!.push(i);
  });
  for (const group of byPrefix.values()) {
    for (let gi = 0; gi < group.length - 1; gi++) {
      const i = group[gi], a = norm[i];
      const repeated = group.slice(gi + 1).some((j) => {
        const b = norm[j];
        return b === a || ((b.startsWith(a) || a.startsWith(b)) && Math.min(a.length, b.length) / Math.max(a.length, b.length) > 0.8);
      });
      if (repeated) mark(bl[i], 'duplicate', 'Repeated paragraph');
    }
  }

  // 5. Datelines and bylines at the top of the article.
  for (const l of bodyLines().slice(0, 3)) {
    const d = readLeadDateline(l.text) ?? readByline(l.text) ?? readPlaceDateLine(l.text);
    if (!d) continue;
    agency ??= d.agency;
    const span = { start: l.start, end: l.start + d.length };
    if (d.date) claims.push({ date: ymdToIso(d.date), source: 'dateline', span });
    else if (d.monthDay) {
      // A year-less dateline ("BEIJING, Sept. 9 (Xinhua) --") takes the year of another claim.
      const other = claims.map((c) => parseIsoDay(c.date)).find((x): x is Ymd => !!x);
      if (other) claims.push({ date: placeMonthDay(d.monthDay, other), source: 'dateline', span });
    }
    break;
  }

  const published = choosePublication(claims, opts.publishedOverride);
  const regions = toRegions(lines);
  const body = bodySpan(regions, text.length);
  return {
    title: titleLine ? titleLine.text : fallbackTitle(opts.id),
    titleSpan: titleLine ? { start: titleLine.start, end: titleLine.end } : null,
    published,
    agency,
    body,
    regions,
  };
}

function mark(l: Classified, kind: RegionKind, label: string): void {
  l.kind = kind;
  l.label = label;
}

function looksLikeTitle(l: Line): boolean {
  const t = l.text;
  if (t.length > 250 || t.length < 8) return false;
  if (!/\s/.test(t)) return false;
  // A sentence, not a headline: ends like prose ("… termed an "amicable separation."", "… Inc.").
  if (/[.,;:]["”’']?$/.test(t)) return false;
  if (/[?!]["”’']?$/.test(t) && t.length > 90) return false;
  if (readLeadDateline(t) || DATELINE_ONLY.test(t)) return false;
  if (BULLET.test(t)) return false;
  return true;
}

function isHeadlineLike(t: string): boolean {
  if (BULLET.test(t)) return true;
  // Article paragraphs end with a full stop; headlines do not. This ends a list at the first
  // paragraph of prose even when it is short.
  if (t.length > 200 || /\.["”’']?$/.test(t)) return false;
  // A headline list entry is short and at most two sentences.
  return (t.match(/[.!?](?:\s|$)/g) ?? []).length <= 2;
}

function headingLabel(t: string): string {
  const h = t.replace(/:$/, '').trim();
  return `"${h.length > 30 ? h.slice(0, 30) + '…' : h}" list`;
}

function placeMonthDay(md: { m: number; d: number }, near: Ymd): string {
  // The year that puts the day closest to the other claim.
  let best = isoDay(near.y, md.m, md.d), bestDist = Infinity;
  for (const y of [near.y - 1, near.y, near.y + 1]) {
    const cand = { y, m: md.m, d: md.d };
    const dist = Math.abs(toDayNumber(cand) - toDayNumber(near));
    if (dist < bestDist) { bestDist = dist; best = ymdToIso(cand); }
  }
  return best;
}

/**
 * A user override wins; then the article's own dateline (written by the agency with the story);
 * then page metadata (often the re-publisher's scrape or post time). Disagreeing claims are kept
 * as conflicts so views can warn.
 */
function choosePublication(claims: DateClaim[], override?: string): PublicationInfo {
  const rank: Record<string, number> = { override: 0, dateline: 1, metadata: 2, none: 3 };
  const all = [...claims];
  if (override && parseIsoDay(override)) all.unshift({ date: override.slice(0, 10), source: 'override' });
  all.sort((a, b) => rank[a.source] - rank[b.source]);
  const chosen = all[0];
  if (!chosen) return { date: null, source: 'none', conflicts: [] };
  const conflicts = all.filter((c) => c !== chosen && c.date !== chosen.date);
  const seen = new Set<string>();
  const dedup = conflicts.filter((c) => {
    const k = `${c.source}:${c.date}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { date: chosen.date, source: chosen.source, ...(chosen.span ? { span: chosen.span } : {}), conflicts: dedup };
}

function toRegions(lines: Classified[]): Region[] {
  const out: Region[] = [];
  for (const l of lines) {
    if (l.kind === 'blank') continue;
    const prev = out[out.length - 1];
    if (prev && prev.kind === l.kind && prev.label === l.label && l.kind !== 'title') prev.end = l.end;
    else out.push({ kind: l.kind, start: l.start, end: l.end, label: l.label });
  }
  return out;
}

function bodySpan(regions: Region[], length: number): Span {
  const body = regions.filter((r) => r.kind === 'body');
  if (!body.length) return { start: length, end: length };
  return { start: body[0].start, end: body[body.length - 1].end };
}

function fallbackTitle(id: string): string {
  const base = id.split('/').pop() ?? id;
  return base.replace(/\.[^.]+$/, '');
}
