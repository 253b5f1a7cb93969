/**
 * The engine's public API: everything the extension, the workers and the CLI use from `src/core`.
 * Pure TypeScript with no Node, DOM or vscode dependency: runs in the extension host, a web worker
 * and the CLI alike.
 */
export * from './model';
export { analyzeDocument, checkInvariants } from './analyze';
export { CorpusIndex } from './corpus/corpus-index';
export { foldForSearch } from './corpus/search-key';
export { groupEvents, type EventGroup } from './corpus/event-groups';
export { CorpusLinker, type LinkedEntity } from './link/corpus-linker';
export { decodeBytes, normalizeEol, DEFAULT_MAX_BYTES, type DecodeResult, type DecodeOptions } from './input/decode';
export {
  emptyCorrections, parseCorrections, validateCorrections, resolveEntityId, isEmptyCorrections,
  renameEntity, mergeEntity, retypeEntity, rejectEntity, clearEntity, type CorrectionsParse,
} from './corrections/corrections';
export { buildExportV1, type ExportSource } from './export/export-v1';
export { entitiesCsv, mentionsCsv, csvCell, csvRow } from './export/csv';
export { toTimelineJs, type TimelineJs } from './export/timelinejs';
export { parseDocumentLine, mergeDocumentStreams } from './export/jsonl';
