/**
 * Builds what the timeline webview shows from the corpus index. Pure (no `vscode` import) so it
 * is unit-tested in Node; the panel only posts the result, and passes `vscode.l10n.t` as `t`.
 */
import type { CorpusEvent, DocumentAnalysis, Entity } from '../../core/model';
import {
  fillPlaceholders,
  type TimelineDoc, TimelineEntity, TimelineEvent, TimelineGroup, TimelinePayload,
} from '../../shared/timeline-protocol';

/** The part of `CorpusIndex` the timeline reads (the real index satisfies it structurally). */
export interface TimelineSource {
  timeline(): CorpusEvent[];
  documents(): DocumentAnalysis[];
  entity(entityId: string): Entity | undefined;
}

/** Document text by id (as the editor decodes it), or undefined when it is not available. */
export type TextLookup = (docId: string) => string | undefined;

/** `vscode.l10n.t`'s shape: a message with `{0}` placeholders and their values, translated. */
export type Translate = (message: string, ...args: (string | number)[]) => string;

/** English: the messages are their own translation. */
export const untranslated: Translate = fillPlaceholders;

const MAX_SENTENCE = 2000;

function shortTitle(title: string, id: string): string {
  const t = title.trim() || (id.split('/').pop() ?? id);
  return t.length > 32 ? `${t.slice(0, 31).trimEnd()}…` : t;
}

/** Legend names: the agency where the page credits one, else a shortened title; made unique. */
export function sourceNames(docs: DocumentAnalysis[]): Map<string, string> {
  const base = new Map(docs.map((d) => [d.id, d.agency?.trim() || shortTitle(d.title, d.id)]));
  const count = new Map<string, number>();
  for (const n of base.values()) count.set(n, (count.get(n) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const d of docs) {
    const n = base.get(d.id)!;
    out.set(d.id, count.get(n)! > 1 ? `${n} · ${d.published.date ?? shortTitle(d.title, d.id)}` : n);
  }
  // Still ambiguous (same agency, same day): fall back to the file name.
  const seen = new Map<string, number>();
  for (const n of out.values()) seen.set(n, (seen.get(n) ?? 0) + 1);
  for (const d of docs) {
    const n = out.get(d.id)!;
    if (seen.get(n)! > 1) out.set(d.id, `${n} · ${d.id.split('/').pop()}`);
  }
  return out;
}

/**
 * "Sources disagree: 2023-09-08 (AFP) vs 2023-09-09 (AP)" for a conflicting group,
 * "Told by 2 sources: AFP, AP" otherwise. Dates are the TIMEX values the sources resolve to.
 */
export function groupLabel(members: CorpusEvent[], sources: Map<string, string>, conflict: boolean, t: Translate): string {
  const nameOf = (e: CorpusEvent) => sources.get(e.doc) ?? e.doc;
  if (conflict) {
    const byDate = new Map<string, string[]>();
    for (const e of members) {
      const names = byDate.get(e.date.value) ?? [];
      if (!names.includes(nameOf(e))) names.push(nameOf(e));
      byDate.set(e.date.value, names);
    }
    if (byDate.size > 1) {
      const sides = [...byDate].map(([date, names]) => t('{0} ({1})', date, names.join(', ')));
      return t('Sources disagree: {0}', sides.reduce((a, b) => t('{0} vs {1}', a, b)));
    }
  }
  const names = [...new Set(members.map(nameOf))];
  // One whole message per form, as in util/counts.ts.
  return names.length === 1 ? t('Told by 1 source: {0}', names[0]) : t('Told by {0} sources: {1}', names.length, names.join(', '));
}

function sentenceText(e: CorpusEvent, text: string | undefined): string {
  if (text === undefined || e.sentence.end > text.length || e.sentence.start < 0) return e.summary;
  const s = text.slice(e.sentence.start, e.sentence.end).replace(/\s+/g, ' ').trim();
  return s.length > MAX_SENTENCE ? `${s.slice(0, MAX_SENTENCE - 1)}…` : s;
}

function anchorText(e: CorpusEvent, text: string | undefined): string | null {
  if (!e.anchor || text === undefined || e.anchor.end > text.length) return null;
  return text.slice(e.anchor.start, e.anchor.end);
}

export function buildPayload(index: TimelineSource, textOf: TextLookup, t: Translate): TimelinePayload {
  const documents = index.documents();
  const sources = sourceNames(documents);
  const docs: TimelineDoc[] = documents.map((d, i) => ({
    id: d.id, title: d.title || d.id, source: sources.get(d.id)!, published: d.published.date, color: i,
  }));
  const corpusEvents = index.timeline();
  const texts = new Map<string, string | undefined>();
  const text = (doc: string) => {
    if (!texts.has(doc)) texts.set(doc, textOf(doc));
    return texts.get(doc);
  };

  const byGroup = new Map<string, CorpusEvent[]>();
  for (const e of corpusEvents) {
    if (!e.group) continue;
    const list = byGroup.get(e.group) ?? [];
    list.push(e);
    byGroup.set(e.group, list);
  }
  const groups: TimelineGroup[] = [];
  for (const [id, members] of byGroup) {
    if (members.length < 2) continue;
    const conflict = members.some((m) => m.conflict);
    groups.push({ id, events: members.map((m) => m.id), conflict, label: groupLabel(members, sources, conflict, t) });
  }
  const grouped = new Set(groups.map((g) => g.id));

  const entityCount = new Map<string, number>();
  const events: TimelineEvent[] = corpusEvents.map((e) => {
    for (const id of new Set(e.entities)) entityCount.set(id, (entityCount.get(id) ?? 0) + 1);
    const t = text(e.doc);
    const out: TimelineEvent = {
      id: e.id, doc: e.doc, summary: e.summary, sentence: sentenceText(e, t), anchorText: anchorText(e, t),
      status: e.status, date: { value: e.date.value, precision: e.date.precision }, entities: e.entities,
    };
    if (e.date.earliest) out.date.earliest = e.date.earliest;
    if (e.date.latest) out.date.latest = e.date.latest;
    if (e.date.open) out.date.open = e.date.open;
    if (e.group && grouped.has(e.group)) out.group = e.group;
    if (e.conflict) out.conflict = true;
    return out;
  });

  const entities: TimelineEntity[] = [];
  for (const [id, n] of entityCount) {
    const ent = index.entity(id);
    if (ent) entities.push({ id, name: ent.name, type: ent.type, events: n });
  }
  entities.sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
  return { docs, entities, events, groups };
}
