/**
 * Dossier's data model: every type that crosses a module boundary lives here.
 *
 * Invariants (asserted by tests, relied on by every view):
 * - Offsets are UTF-16 code units into the document text exactly as VS Code's
 *   `TextDocument.getText()` returns it (JS string indices), end-exclusive.
 * - For every mention, timex and anchor: `text.slice(start, end) === x.text`.
 * - Everything here is plain JSON: no classes, no Maps, no functions, no Dates.
 * - Analysis of one document depends only on its text and its `AnalyzeOptions`;
 *   cross-document work (alias linking, event grouping) happens in the corpus index.
 */

/** Bumped whenever analysis output changes shape or meaning; caches keyed by it. */
export const ENGINE_VERSION = '0.2.0';

export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Reading the page

/** How a stretch of the file is treated. Only `title` and `body` yield entities, dates and events. */
export type RegionKind =
  | 'title'
  | 'body'
  /** Page furniture: breadcrumbs, "Related"/"Ranking" lists, ratings, copyright lines. */
  | 'boilerplate'
  /** Lines such as `Date:2025-04-12 10:12:41` or a bare dateline footer. */
  | 'metadata'
  /** A paragraph repeated verbatim (scraped teasers): shown, not analysed twice. */
  | 'duplicate';

export interface Region extends Span {
  kind: RegionKind;
  /** Human label for views, e.g. "Related headlines", "Rating widget". */
  label: string;
}

export type DateSource = 'override' | 'metadata' | 'dateline' | 'none';

export interface DateClaim {
  /** YYYY-MM-DD */
  date: string;
  source: DateSource;
  /** Where in the text the claim was read (absent for overrides). */
  span?: Span;
}

export interface PublicationInfo {
  /** The date relative expressions are resolved against; null when none is known. */
  date: string | null;
  source: DateSource;
  span?: Span;
  /** Other dates the page states that disagree with `date` (views warn about these). */
  conflicts: DateClaim[];
}

export interface Sentence extends Span {
  index: number;
}

// ---------------------------------------------------------------------------------------------
// Entities

export type EntityType = 'person' | 'place' | 'organization' | 'group' | 'other';

export interface Mention extends Span {
  text: string;
  type: EntityType;
  /** Index into `DocumentAnalysis.sentences`. */
  sentence: number;
  /** Job title written next to the name ("Vice Premier", "analyst"), kept out of the span. */
  role?: string;
}

/** One entity within one document: an alias cluster of that document's mentions. */
export interface DocEntity {
  /** Stable within the document, e.g. "person:kim-jong-un". */
  key: string;
  /** Canonical (fullest) form. */
  name: string;
  type: EntityType;
  /** Distinct surface forms, canonical first. */
  aliases: string[];
  role?: string;
  /** Indices into `DocumentAnalysis.mentions`, in text order. */
  mentions: number[];
}

// ---------------------------------------------------------------------------------------------
// Time

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export type Precision = 'time' | 'day' | 'range' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'unknown';

/** A resolved calendar interval, inclusive days. */
export interface ResolvedDate {
  /** TimeML TIMEX3 value: 2023-09-08, 2023-07, 2023-W37, 2019, 2023-09-08T10:00, PXD, PRESENT_REF... */
  value: string;
  /** YYYY-MM-DD, inclusive. Absent when the expression cannot be placed on a calendar. */
  earliest?: string;
  latest?: string;
  precision: Precision;
  /** 'after': open towards the future ("since November" runs until the article);
   *  'before': open towards the past ("ahead of the parade", "until 2019"). */
  open?: 'before' | 'after';
}

export interface Timex extends Span, ResolvedDate {
  text: string;
  type: TimexType;
  sentence: number;
  /** Why this value, for date hovers: "Thursday, past tense, relative to the publication date 2023-09-09 → 2023-09-07". */
  reasoning: string;
}

// ---------------------------------------------------------------------------------------------
// Events

export type EventStatus = 'reported' | 'ongoing' | 'future' | 'speculative';

export interface DocEvent {
  /** Stable within the document: `${docId}#${sentenceIndex}:${anchorStart}`. */
  id: string;
  summary: string;
  status: EventStatus;
  sentence: Span;
  /** The time expression that dates the event; null when dated by context. */
  anchor: Span | null;
  date: ResolvedDate;
  /** Keys of `DocEntity`s taking part. */
  entities: string[];
}

// ---------------------------------------------------------------------------------------------
// One analysed document

export interface AnalyzeOptions {
  /** Document id: path relative to the corpus root with '/' separators. */
  id: string;
  /** YYYY-MM-DD set by the user; wins over anything on the page. */
  publishedOverride?: string;
}

export interface DocumentAnalysis {
  id: string;
  engineVersion: string;
  /** Hash of the text (see core/text/hash.ts); caches compare it. */
  contentHash: string;
  /** Length of the text in UTF-16 code units. */
  length: number;
  title: string;
  titleSpan: Span | null;
  published: PublicationInfo;
  /** News agency credited by the page ("AP", "AFP", "Reuters"), if any. */
  agency: string | null;
  /** From the first to the last character of the article proper. */
  body: Span;
  regions: Region[];
  sentences: Sentence[];
  mentions: Mention[];
  entities: DocEntity[];
  timexes: Timex[];
  events: DocEvent[];
  /** Non-fatal problems met during analysis ("compromise threw on sentence 12; sentence kept without dates"). */
  warnings: string[];
}

// ---------------------------------------------------------------------------------------------
// The corpus

export interface MentionRef extends Span {
  doc: string;
  text: string;
  sentence: number;
}

/** An entity across the corpus: doc entities linked by alias. */
export interface Entity {
  /** Stable across re-analysis: `${type}:${slug(name)}` of the canonical name (before user renames). */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  role?: string;
  mentions: MentionRef[];
  /** Document ids, in corpus order. */
  docs: string[];
}

export interface CorpusEvent extends DocEvent {
  doc: string;
  /** Corpus `Entity.id`s (replaces the doc-local keys of `DocEvent.entities`). */
  entities: string[];
  /** Events in other documents that tell the same happening (same entities, same kind of act). */
  group?: string;
  /** Set when the group's sources give different dates for it. */
  conflict?: boolean;
}

export interface CoMention {
  entity: string;
  /** Number of sentences shared. */
  count: number;
  passages: { doc: string; sentence: Span }[];
}

// ---------------------------------------------------------------------------------------------
// User corrections (persisted as .dossier/corrections.json)

export interface Corrections {
  version: 1;
  /** entity id → display name */
  rename: Record<string, string>;
  /** entity id → entity id it is merged into */
  merge: Record<string, string>;
  /** entity id → type */
  retype: Record<string, EntityType>;
  /** entity ids that are not entities */
  reject: string[];
}

// ---------------------------------------------------------------------------------------------
// Export v1 (the CLI's --out / --json and the extension's JSON export)

export interface ExportV1 {
  version: 1;
  engineVersion: string;
  documents: {
    id: string;
    title: string;
    published: { date: string | null; source: DateSource };
    agency: string | null;
    body: Span;
    regions: Region[];
    warnings: string[];
  }[];
  entities: (Omit<Entity, 'mentions' | 'docs'> & { mentions: Omit<MentionRef, 'sentence'>[] })[];
  timexes: (Omit<Timex, 'sentence'> & { doc: string })[];
  events: CorpusEvent[];
}
