import type {
  CoMention, CorpusEvent, Corrections, DocumentAnalysis, Entity, ExportV1, Mention, MentionRef, Timex,
} from '../model';

/**
 * The corpus: analysed documents in, the queries the editor needs out.
 * Documents are added, replaced and removed one at a time without re-analysing the others;
 * every query answers from prebuilt maps (views call them on every hover and tree expand).
 * (interface fixed; bodies are being implemented by the index engineer)
 */
export class CorpusIndex {
  /** Adds a document or replaces the earlier analysis with the same id. */
  upsert(_doc: DocumentAnalysis): void { throw new Error('not implemented'); }
  remove(_docId: string): void { throw new Error('not implemented'); }
  /** User corrections (rename, merge, retype, reject) applied on top of the analysis. */
  setCorrections(_c: Corrections): void { throw new Error('not implemented'); }

  /** Analysed documents in corpus order (by id). */
  documents(): DocumentAnalysis[] { throw new Error('not implemented'); }
  document(_docId: string): DocumentAnalysis | undefined { throw new Error('not implemented'); }

  entities(): Entity[] { throw new Error('not implemented'); }
  entity(_entityId: string): Entity | undefined { throw new Error('not implemented'); }
  /** The entity mentioned at a character offset (start inclusive, end inclusive for cursor-at-end). */
  entityAt(_docId: string, _offset: number): { entity: Entity; mention: MentionRef } | undefined { throw new Error('not implemented'); }
  mentionsOf(_entityId: string): MentionRef[] { throw new Error('not implemented'); }
  /** The document's entities, most-mentioned first. */
  entitiesOf(_docId: string): { entity: Entity; mentions: Mention[] }[] { throw new Error('not implemented'); }
  /** Entities sharing sentences with this one, most shared first, with the passages. */
  coMentioned(_entityId: string, _limit?: number): CoMention[] { throw new Error('not implemented'); }
  /** Case- and accent-insensitive search over names and aliases (Go to Symbol, filter box). */
  findEntities(_query: string, _limit?: number): Entity[] { throw new Error('not implemented'); }

  /** All events in chronological order (earliest day, then document order). */
  timeline(): CorpusEvent[] { throw new Error('not implemented'); }
  eventsOfEntity(_entityId: string): CorpusEvent[] { throw new Error('not implemented'); }
  eventsOfDocument(_docId: string): CorpusEvent[] { throw new Error('not implemented'); }
  /** Events whose interval intersects [earliest, latest] (YYYY-MM-DD, inclusive). */
  eventsBetween(_earliest: string, _latest: string): CorpusEvent[] { throw new Error('not implemented'); }
  event(_eventId: string): CorpusEvent | undefined { throw new Error('not implemented'); }
  timexAt(_docId: string, _offset: number): Timex | undefined { throw new Error('not implemented'); }

  toExport(): ExportV1 { throw new Error('not implemented'); }
}
