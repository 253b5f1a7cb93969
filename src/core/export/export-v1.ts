import { ENGINE_VERSION, type CorpusEvent, type DocumentAnalysis, type Entity, type ExportV1, type Timex } from '../model';
import { compareStrings as cmp } from '../text/order';

/** What the export needs from the index (kept narrow so the export has no cycle on the class). */
export interface ExportSource {
  documents(): DocumentAnalysis[];
  entities(): Entity[];
  timeline(): CorpusEvent[];
}

/**
 * Export v1 (issue 2): the CLI's --out / --json and the extension's JSON export.
 * Deterministic: the same set of documents gives byte-identical JSON whatever order they were
 * analysed or merged in, so exports diff cleanly and map/merge runs can be compared.
 */
export function buildExportV1(index: ExportSource): ExportV1 {
  const docs = index.documents();
  const entities = [...index.entities()].sort((a, b) => cmp(a.id, b.id)).map((e) => {
    const out: ExportV1['entities'][number] = {
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: [e.name, ...e.aliases.filter((a) => a !== e.name).sort()],
      mentions: e.mentions.map((m) => ({ doc: m.doc, start: m.start, end: m.end, text: m.text })),
    };
    if (e.role) out.role = e.role;
    return out;
  });
  const timexes: ExportV1['timexes'] = [];
  for (const d of docs) {
    for (const t of [...d.timexes].sort((a, b) => a.start - b.start || a.end - b.end)) timexes.push(exportTimex(d.id, t));
  }
  const events = [...index.timeline()].sort((a, b) => cmp(a.doc, b.doc) || a.sentence.start - b.sentence.start
    || (a.anchor?.start ?? -1) - (b.anchor?.start ?? -1) || cmp(a.id, b.id));
  return {
    version: 1,
    engineVersion: ENGINE_VERSION,
    documents: docs.map((d) => ({
      id: d.id,
      title: d.title,
      published: { date: d.published.date, source: d.published.source },
      agency: d.agency,
      body: { start: d.body.start, end: d.body.end },
      regions: d.regions,
      warnings: d.warnings,
    })),
    entities,
    timexes,
    events,
  };
}

function exportTimex(doc: string, t: Timex): ExportV1['timexes'][number] {
  const { sentence: _sentence, ...rest } = t;
  return { doc, ...rest };
}

