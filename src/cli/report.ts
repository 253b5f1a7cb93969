import type { CorpusIndex } from '../core/corpus/corpus-index';
import type { EntityType } from '../core/model';

const TYPE_TITLES: [EntityType, string][] = [
  ['person', 'People'], ['place', 'Places'], ['organization', 'Organizations'], ['group', 'Groups'], ['other', 'Other'],
];

/** One line, no control characters: document text is untrusted and must not drive the terminal. */
export function clean(s: string, max = 100): string {
  // eslint-disable-next-line no-control-regex
  const one = s.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

/** The readable report of `dossier analyze <folder>`: documents, entities by type, then the timeline. */
export function formatReport(index: CorpusIndex, root: string, problems: { id: string; reason: string; kind: 'skipped' | 'error' }[]): string {
  const lines: string[] = [];
  const docs = index.documents();
  const entities = index.entities();
  const timeline = index.timeline();
  lines.push(`Dossier — ${clean(root)}: ${docs.length} document${docs.length === 1 ? '' : 's'}, ${entities.length} entities, ${timeline.length} events`);
  lines.push('');
  lines.push('DOCUMENTS');
  for (const d of docs) {
    const date = d.published.date ? `${d.published.date} (${d.published.source})` : 'no date';
    const bits = [date, d.agency ? clean(d.agency, 20) : '', d.warnings.length ? `${d.warnings.length} warning(s)` : ''].filter(Boolean);
    lines.push(`  ${clean(d.id, 60)}  ${bits.join(' · ')}`);
    lines.push(`    ${clean(d.title, 96)}`);
    for (const c of d.published.conflicts) lines.push(`    ⚠ the page also states ${c.date} (${c.source})`);
  }
  for (const p of problems) lines.push(`  ${clean(p.id, 60)}  ${p.kind === 'skipped' ? 'skipped' : 'ERROR'}: ${clean(p.reason)}`);
  for (const [type, title] of TYPE_TITLES) {
    const ofType = entities.filter((e) => e.type === type);
    if (!ofType.length) continue;
    lines.push('');
    lines.push(`${title.toUpperCase()} (${ofType.length})`);
    const width = Math.min(32, Math.max(...ofType.map((e) => clean(e.name, 32).length)));
    for (const e of ofType) {
      const other = e.aliases.filter((a) => a !== e.name);
      const docsPart = e.docs.length === 1 ? clean(e.docs[0], 40) : `${e.docs.length} docs`;
      const extra = [e.role ? `role: ${clean(e.role, 40)}` : '', other.length ? `aka ${other.slice(0, 4).map((a) => clean(a, 30)).join(', ')}` : '']
        .filter(Boolean).join('; ');
      lines.push(`  ${pad(clean(e.name, 32), width)}  ${String(e.mentions.length).padStart(3)} mention${e.mentions.length === 1 ? ' ' : 's'}  ${docsPart}${extra ? `  (${extra})` : ''}`);
    }
  }
  lines.push('');
  lines.push(`TIMELINE (${timeline.length})`);
  if (!timeline.length) lines.push('  (no dated events)');
  const groupDocs = new Map<string, Set<string>>();
  for (const ev of timeline) if (ev.group) groupDocs.set(ev.group, (groupDocs.get(ev.group) ?? new Set()).add(ev.doc));
  for (const ev of timeline) {
    const when = ev.date.value || ev.date.earliest || '?';
    const flags = [ev.conflict ? '⚠ sources disagree' : '', ev.group ? `told by ${groupDocs.get(ev.group)!.size} sources` : ''].filter(Boolean).join(', ');
    lines.push(`  ${pad(clean(when, 24), 12)} ${pad(ev.status, 11)} ${clean(ev.summary, 90)}`);
    lines.push(`  ${' '.repeat(12)} ${' '.repeat(11)} — ${clean(ev.doc, 60)}${flags ? ` [${flags}]` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
