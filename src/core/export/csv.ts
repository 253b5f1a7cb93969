import type { Entity } from '../model';

/**
 * CSV exports for spreadsheets: RFC 4180 (CRLF line ends, fields with quotes, commas or line
 * breaks quoted, quotes doubled) and safe against formula injection: a text cell that starts with
 * = + - @ (or a tab / carriage return) is prefixed with ' so Excel and Sheets show it as text.
 */
export function csvCell(v: string | number | undefined | null): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = v;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: (string | number | undefined | null)[]): string {
  return cells.map(csvCell).join(',');
}

const lines = (rows: string[]) => `${rows.join('\r\n')}\r\n`;

/** One row per entity: id, name, type, role, aliases (semicolon-separated), mention and document counts. */
export function entitiesCsv(entities: Entity[]): string {
  return lines([
    csvRow(['id', 'name', 'type', 'role', 'aliases', 'mentions', 'documents']),
    ...entities.map((e) => csvRow([e.id, e.name, e.type, e.role ?? '', e.aliases.filter((a) => a !== e.name).join('; '), e.mentions.length, e.docs.length])),
  ]);
}

/** One row per mention: which entity, which document, where (UTF-16 offsets), and the text. */
export function mentionsCsv(entities: Entity[]): string {
  const rows = [csvRow(['entity_id', 'entity_name', 'type', 'document', 'start', 'end', 'text'])];
  for (const e of entities) for (const m of e.mentions) rows.push(csvRow([e.id, e.name, e.type, m.doc, m.start, m.end, m.text]));
  return lines(rows);
}
