import type {
  CoMention, CorpusEvent, Corrections, DocEvent, DocumentAnalysis, Entity, ExportV1, Mention, MentionRef, Timex,
} from '../model';
import { CorpusLinker, type LinkedEntity } from '../link/corpus-linker';
import { emptyCorrections, resolveEntityId } from '../corrections/corrections';
import { buildExportV1 } from '../export/export-v1';
import { EventGraph } from './event-graph';
import { groupingKey, groupingRepeats, withGroupingKeys } from './event-groups';
import { foldForSearch } from './search-key';
import { buildDocState, docEntity, keyOfMention, mentionsAt, mentionsInSentence, timexAt, timexesOf, type DocState } from './doc-state';
import { buildRuns, lazyEntity, NO_RUNS, spliceRuns, type Run, type Runs } from './entity-runs';
import { compareStrings as cmp } from '../text/order';

interface MemberRef { doc: string; key: string }

interface EntityRec {
  entity: Entity;
  /** Every doc entity gathered here (to unlink them on rebuild), in the linker's order. */
  members: MemberRef[];
  /** `members` is sorted by document (one linked source): a document's members are one run. */
  sorted: boolean;
  /** Folded name and aliases for findEntities. */
  search: string[];
  /** The entity's mentions per document; `entity.mentions`/`docs` are built from them on demand. */
  runs: Runs;
}

const NO_DOCS: ReadonlySet<string> = new Set();

interface EntityPlan {
  eff: string;
  sources: LinkedEntity[];
  members: MemberRef[];
  sorted: boolean;
  /** Only the touched documents' members changed: `before`/`after` are theirs, the rest is kept. */
  fast: boolean;
  before: MemberRef[];
  after: MemberRef[];
}

/**
 * The corpus: analysed documents in, the queries the editor needs out.
 * Documents are added, replaced and removed one at a time without re-analysing the others;
 * every query answers from prebuilt maps (views call them on every hover and tree expand).
 *
 * How it stays incremental:
 * - Per-document structures (sorted mentions and timexes, sentence → mentions) are built at upsert
 *   and dropped at remove; nothing else is touched.
 * - Corpus entities come from the {@link CorpusLinker}. They are reconciled lazily, on the first
 *   entity query after a change, and only the clusters that changed are rebuilt (a cluster is
 *   unchanged when the linker hands back the same object or an equal one). A burst of upserts (the
 *   initial scan) therefore costs one reconciliation, not one per document.
 * - Events get corpus entity ids lazily too, when an event query comes; cross-document groups only
 *   when the timeline (or one event) is asked for, so a hover never waits for grouping.
 *
 * Returned objects are shared with the index: treat them as read-only.
 */
export class CorpusIndex {
  private readonly docs = new Map<string, DocState>();
  private sortedIds: string[] = [];
  private corrections: Corrections = emptyCorrections();
  private rejected = new Set<string>();

  // Entity layer (see reconcile()).
  private readonly linkedPrev = new Map<string, LinkedEntity>();
  private readonly effOfLinked = new Map<string, string>();
  private readonly effSources = new Map<string, Set<string>>();
  /** doc → doc-entity key → corpus entity id (after corrections). */
  private readonly memberEff = new Map<string, Map<string, string>>();
  private readonly entityRecs = new Map<string, EntityRec>();
  private readonly pendingEff = new Set<string>();
  /** Documents upserted or removed since the last reconcile. */
  private readonly pendingDocs = new Set<string>();
  private entitiesDirty = false;
  private fullReconcile = true;
  private entityList: Entity[] | null = null;

  // Event layer.
  private readonly eventDirtyDocs = new Set<string>();
  private eventsDirty = false;
  private timelineCache: CorpusEvent[] = [];
  private readonly eventsByEntity = new Map<string, CorpusEvent[]>();
  /** The events each document currently contributes (outlives DocState replacement on upsert). */
  private readonly eventsByDoc = new Map<string, CorpusEvent[]>();
  /** Parallel to eventsByDoc: each event's slot in the grouping graph. */
  private readonly slotsByDoc = new Map<string, Int32Array>();
  /**
   * Cross-document groups. Additions and removals wait in the graph for the next timeline query
   * or idle slice (hovers and lists never wait for grouping); the repeat counter of each event's
   * grouping key rides along as its tag, so keys are built only for the few events in a group.
   */
  private readonly graph = new EventGraph((ev, n) => groupingKey(ev, n));
  /** Events' corpus entity lists are shared: most events name the same few participants. */
  private readonly entityLists = new Map<string, string[]>();
  private readonly coMentionCache = new Map<string, CoMention[]>();

  constructor(private readonly linker: CorpusLinker = new CorpusLinker()) {}

  // -------------------------------------------------------------------------------------------
  // Updates

  /** Adds a document or replaces the earlier analysis with the same id. */
  upsert(doc: DocumentAnalysis): void {
    const old = this.docs.get(doc.id);
    if (old) this.forget(old);
    else this.sortedIds.splice(lowerBound(this.sortedIds, doc.id), 0, doc.id);
    this.docs.set(doc.id, buildDocState(doc));
    this.linker.upsert(doc);
    this.touched(doc.id);
  }

  remove(docId: string): void {
    const old = this.docs.get(docId);
    if (!old) return;
    this.forget(old);
    this.docs.delete(docId);
    const i = lowerBound(this.sortedIds, docId);
    if (this.sortedIds[i] === docId) this.sortedIds.splice(i, 1);
    this.linker.remove(docId);
    this.touched(docId);
  }

  /** User corrections (rename, merge, retype, reject) applied on top of the analysis. */
  setCorrections(c: Corrections): void {
    this.corrections = {
      version: 1, rename: { ...c.rename }, merge: { ...c.merge }, retype: { ...c.retype }, reject: [...c.reject],
    };
    this.rejected = new Set(this.corrections.reject);
    this.coMentionCache.clear();
    this.fullReconcile = true;
    this.entitiesDirty = true;
    this.eventsDirty = true;
    for (const id of this.docs.keys()) this.eventDirtyDocs.add(id);
  }

  getCorrections(): Corrections {
    return this.corrections;
  }

  /** Drops everything (a new folder was opened). */
  clear(): void {
    for (const id of [...this.sortedIds]) this.remove(id);
  }

  // -------------------------------------------------------------------------------------------
  // Documents

  /** Analysed documents in corpus order (by id). */
  documents(): DocumentAnalysis[] {
    return this.sortedIds.map((id) => this.docs.get(id)!.doc);
  }

  document(docId: string): DocumentAnalysis | undefined {
    return this.docs.get(docId)?.doc;
  }

  /** Number of documents (cheaper than documents().length). */
  size(): number {
    return this.docs.size;
  }

  // -------------------------------------------------------------------------------------------
  // Entities

  /** All corpus entities, most-mentioned first, then by name. */
  entities(): Entity[] {
    this.reconcile();
    if (!this.entityList) {
      this.entityList = [...this.entityRecs.values()]
        .sort((a, b) => b.runs.count - a.runs.count || a.entity.name.localeCompare(b.entity.name) || cmp(a.entity.id, b.entity.id))
        .map((r) => r.entity);
    }
    return this.entityList;
  }

  entity(entityId: string): Entity | undefined {
    this.reconcile();
    const direct = this.entityRecs.get(entityId);
    if (direct) return direct.entity;
    // An id merged away by a correction still finds the entity it now belongs to.
    const to = resolveEntityId(entityId, this.corrections, this.rejected);
    return to ? this.entityRecs.get(to)?.entity : undefined;
  }

  /** The entity mentioned at a character offset (start inclusive, end inclusive for cursor-at-end). */
  entityAt(docId: string, offset: number): { entity: Entity; mention: MentionRef } | undefined {
    const ds = this.docs.get(docId);
    if (!ds) return undefined;
    this.reconcile();
    for (const mi of mentionsAt(ds, offset)) {
      const key = keyOfMention(ds, mi);
      const eff = key === undefined ? undefined : this.effOf(docId, key);
      const rec = eff === undefined ? undefined : this.entityRecs.get(eff);
      if (!rec) continue;
      const m = ds.doc.mentions[mi];
      return { entity: rec.entity, mention: { doc: docId, start: m.start, end: m.end, text: m.text, sentence: m.sentence } };
    }
    return undefined;
  }

  /**
   * How many mentions and documents an entity has, without building its lists: a tree sorting
   * thousands of entities on every repaint would otherwise flatten every big entity each time.
   * Answers for the very object handed out (an older snapshot counts its own lists).
   */
  countsOf(entity: Entity): { mentions: number; docs: number } {
    const rec = this.entityRecs.get(entity.id);
    if (rec?.entity === entity) return { mentions: rec.runs.count, docs: rec.runs.runs.length };
    return { mentions: entity.mentions.length, docs: entity.docs.length };
  }

  mentionsOf(entityId: string): MentionRef[] {
    return this.entity(entityId)?.mentions ?? [];
  }

  /** The document's entities, most-mentioned first. */
  entitiesOf(docId: string): { entity: Entity; mentions: Mention[] }[] {
    const ds = this.docs.get(docId);
    if (!ds) return [];
    this.reconcile();
    const byEff = new Map<string, Mention[]>();
    for (const de of ds.doc.entities) {
      const eff = this.effOf(docId, de.key);
      if (eff === undefined || !this.entityRecs.has(eff)) continue;
      const list = byEff.get(eff) ?? [];
      for (const mi of de.mentions) if (ds.doc.mentions[mi]) list.push(ds.doc.mentions[mi]);
      byEff.set(eff, list);
    }
    return [...byEff].map(([eff, mentions]) => ({ entity: this.entityRecs.get(eff)!.entity, mentions: mentions.sort((a, b) => a.start - b.start) }))
      .sort((a, b) => b.mentions.length - a.mentions.length || a.entity.name.localeCompare(b.entity.name));
  }

  /** Entities sharing sentences with this one, most shared first, with the passages. */
  coMentioned(entityId: string, limit = 20): CoMention[] {
    const ent = this.entity(entityId);
    if (!ent) return [];
    // Hover cards ask for the same entity again and again: answer from a cache that any change
    // to the corpus clears (computing it walks every mention of the entity).
    let all = this.coMentionCache.get(ent.id);
    if (!all) {
      all = this.computeCoMentions(ent.id, this.entityRecs.get(ent.id)?.runs.runs ?? []);
      this.coMentionCache.set(ent.id, all);
    }
    return all.slice(0, Math.max(0, limit));
  }

  private computeCoMentions(id: string, runs: readonly Run[]): CoMention[] {
    const out = new Map<string, CoMention>();
    for (const { doc, ds, mis } of runs) {
      const seenSentences = new Set<number>();
      for (const own of mis) {
        const s = ds.doc.mentions[own].sentence;
        if (seenSentences.has(s)) continue;
        seenSentences.add(s);
        const sentence = sentenceSpan(ds.doc, s);
        const inSentence = mentionsInSentence(ds, s);
        if (!sentence || !inSentence.length) continue;
        const here: string[] = [];
        for (const mi of inSentence) {
          const key = keyOfMention(ds, mi);
          const eff = key === undefined ? undefined : this.effOf(doc, key);
          if (eff === undefined || eff === id || here.includes(eff)) continue;
          here.push(eff);
          let cm = out.get(eff);
          if (!cm) {
            if (!this.entityRecs.has(eff)) continue;
            out.set(eff, (cm = { entity: eff, count: 0, passages: [] }));
          }
          cm.count++;
          cm.passages.push({ doc, sentence });
        }
      }
    }
    return [...out.values()].sort((a, b) => b.count - a.count || cmp(a.entity, b.entity));
  }

  /** Case- and accent-insensitive search over names and aliases (Go to Symbol, filter box). */
  findEntities(query: string, limit = 50): Entity[] {
    this.reconcile();
    const q = foldForSearch(query);
    const scored: { e: Entity; n: number; s: number }[] = [];
    for (const rec of this.entityRecs.values()) {
      let best = q ? 9 : 4;
      if (q) {
        for (const k of rec.search) {
          const s = k === q ? 0 : k.startsWith(q) ? 1 : k.includes(` ${q}`) || k.includes(`-${q}`) ? 2 : k.includes(q) ? 3 : 9;
          if (s < best) best = s;
        }
      }
      if (best < 9) scored.push({ e: rec.entity, n: rec.runs.count, s: best });
    }
    return scored.sort((a, b) => a.s - b.s || b.n - a.n || a.e.name.localeCompare(b.e.name))
      .slice(0, Math.max(0, limit)).map((x) => x.e);
  }

  // -------------------------------------------------------------------------------------------
  // Events and time

  /** All events in chronological order (earliest day, then document order), with their groups. */
  timeline(): CorpusEvent[] {
    this.refreshGroups();
    return this.timelineCache;
  }

  /**
   * The entity's events in timeline order. Cheap (hover cards call it): cross-document groups are
   * brought up to date by timeline() and event() only, so `group`/`conflict` here may lag behind.
   */
  eventsOfEntity(entityId: string): CorpusEvent[] {
    this.refreshEvents();
    const id = this.entity(entityId)?.id ?? entityId;
    return this.eventsByEntity.get(id) ?? [];
  }

  eventsOfDocument(docId: string): CorpusEvent[] {
    this.refreshEvents();
    return this.eventsByDoc.get(docId) ?? [];
  }

  /** Events whose interval intersects [earliest, latest] (YYYY-MM-DD, inclusive). */
  eventsBetween(earliest: string, latest: string): CorpusEvent[] {
    const tl = this.timeline();
    // The timeline is sorted by earliest day: nothing after the first event starting past `latest`.
    const end = upperBoundBy(tl, latest, (e) => e.date.earliest ?? '\uffff');
    const out: CorpusEvent[] = [];
    for (let i = 0; i < end; i++) {
      const d = tl[i].date;
      if (!d.earliest) continue;
      if ((d.latest ?? d.earliest) >= earliest) out.push(tl[i]);
    }
    return out;
  }

  event(eventId: string): CorpusEvent | undefined {
    this.refreshGroups();
    // Event ids are `${docId}#…`: try each '#' as the end of the document id.
    for (let i = eventId.indexOf('#'); i >= 0; i = eventId.indexOf('#', i + 1)) {
      const hit = this.eventsByDoc.get(eventId.slice(0, i))?.find((e) => e.id === eventId);
      if (hit) return hit;
    }
    return undefined;
  }

  timexAt(docId: string, offset: number): Timex | undefined {
    const ds = this.docs.get(docId);
    if (!ds) return undefined;
    return timexAt(ds, offset);
  }

  /** Timexes of a document in text order. */
  timexesOf(docId: string): Timex[] {
    const ds = this.docs.get(docId);
    return ds ? timexesOf(ds) : [];
  }

  toExport(): ExportV1 {
    return buildExportV1(this);
  }

  // -------------------------------------------------------------------------------------------
  // Internals

  /** Records what an outgoing version of a document contributed, so the next reconcile revisits it. */
  private forget(old: DocState): void {
    for (const de of old.doc.entities) {
      const eff = this.effOf(old.doc.id, de.key);
      if (eff !== undefined) this.pendingEff.add(eff);
    }
  }

  private touched(docId: string): void {
    this.coMentionCache.clear();
    this.pendingDocs.add(docId);
    this.entitiesDirty = true;
    this.eventsDirty = true;
    this.eventDirtyDocs.add(docId);
  }

  /** Brings corpus entities up to date with the linker, rebuilding only clusters that changed. */
  private reconcile(): void {
    if (!this.entitiesDirty) return;
    const full = this.fullReconcile;
    const affected = new Set(this.pendingEff);
    const changed: LinkedEntity[] = [];
    if (full) {
      // Corrections changed (or first build): every linked entity is re-read.
      this.linker.takeChanges();
      const seen = new Set<string>();
      for (const le of this.linker.entities()) {
        if (seen.has(le.id)) continue; // a linker must not repeat ids; keep the first if it does
        seen.add(le.id);
        changed.push(le);
      }
      for (const eff of this.entityRecs.keys()) affected.add(eff);
      this.linkedPrev.clear();
      this.effOfLinked.clear();
      this.effSources.clear();
    } else {
      // Only the linked entities the linker reports as created, changed or gone since last time.
      for (const id of this.linker.takeChanges()) {
        const le = this.linker.get(id);
        const prev = this.linkedPrev.get(id);
        if (!le) { if (prev) this.unlinkSource(id, affected); continue; }
        if (prev && (prev === le || sameLinked(prev, le))) { this.linkedPrev.set(id, le); continue; }
        if (prev) this.unlinkSource(id, affected);
        changed.push(le);
      }
    }
    for (const le of changed) {
      this.linkedPrev.set(le.id, le);
      const eff = resolveEntityId(le.id, this.corrections, this.rejected);
      if (eff === null) continue;
      this.effOfLinked.set(le.id, eff);
      let set = this.effSources.get(eff);
      if (!set) this.effSources.set(eff, (set = new Set()));
      set.add(le.id);
      affected.add(eff);
    }
    // Rebuild the affected corpus entities. When only the edited documents' members of an entity
    // changed (the usual edit), links elsewhere stay untouched; otherwise the entity is relinked
    // whole and documents whose member → entity link moved get their events refreshed.
    const touched = full ? NO_DOCS : this.pendingDocs;
    const plans = [...affected].map((eff) => this.planEntity(eff, touched));
    const moved = new Map<string, Map<string, string>>();
    for (const p of plans) {
      for (const m of p.fast ? p.before : this.entityRecs.get(p.eff)?.members ?? []) {
        if (this.unlinkMember(m.doc, m.key, p.eff) && !p.fast) {
          let d = moved.get(m.doc);
          if (!d) moved.set(m.doc, (d = new Map()));
          d.set(m.key, p.eff);
        }
      }
    }
    for (const p of plans) {
      for (const m of p.fast ? p.after : p.members) this.linkMember(m.doc, m.key, p.eff);
    }
    for (const p of plans) this.buildEntity(p);
    for (const [doc, keys] of moved) for (const [key, eff] of keys) if (this.effOf(doc, key) !== eff) this.eventDirtyDocs.add(doc);
    for (const p of plans) {
      if (p.fast) continue;
      for (const m of p.members) if (moved.get(m.doc)?.get(m.key) !== p.eff) this.eventDirtyDocs.add(m.doc);
    }
    if (this.eventDirtyDocs.size) this.eventsDirty = true;
    if (affected.size) this.entityList = null;
    this.pendingEff.clear();
    this.pendingDocs.clear();
    this.entitiesDirty = false;
    this.fullReconcile = false;
  }

  private unlinkSource(linkedId: string, affected: Set<string>): void {
    const eff = this.effOfLinked.get(linkedId);
    if (eff !== undefined) {
      affected.add(eff);
      this.effSources.get(eff)?.delete(linkedId);
      this.effOfLinked.delete(linkedId);
    }
    this.linkedPrev.delete(linkedId);
  }

  private effOf(doc: string, key: string): string | undefined {
    return this.memberEff.get(doc)?.get(key);
  }

  private linkMember(doc: string, key: string, eff: string): void {
    let m = this.memberEff.get(doc);
    if (!m) this.memberEff.set(doc, (m = new Map()));
    m.set(key, eff);
  }

  /** Unlinks a member if it still points at `eff`; true when it did. */
  private unlinkMember(doc: string, key: string, eff: string): boolean {
    const m = this.memberEff.get(doc);
    if (m?.get(key) !== eff) return false;
    m.delete(key);
    if (!m.size) this.memberEff.delete(doc);
    return true;
  }

  /** What an affected entity will gather, and whether only the touched documents' part changed. */
  private planEntity(eff: string, touched: ReadonlySet<string>): EntityPlan {
    const sources = [...(this.effSources.get(eff) ?? [])].map((id) => this.linkedPrev.get(id)!).filter(Boolean);
    // The entity keeps the identity of the cluster it was merged into when that cluster exists,
    // otherwise of its biggest source.
    sources.sort((a, b) => (a.id === eff ? -1 : b.id === eff ? 1 : b.members.length - a.members.length || cmp(a.id, b.id)));
    // The linker and the index hold the same documents (both updated by upsert/remove).
    const sorted = sources.length === 1;
    const members: MemberRef[] = sorted ? sources[0].members : sources.flatMap((src) => src.members);
    const old = this.entityRecs.get(eff);
    if (!old || !touched.size) return { eff, sources, members, sorted, fast: false, before: [], after: [] };
    const before = inDocs(old.members, old.sorted, touched);
    const after = inDocs(members, sorted, touched);
    const fast = old.members.length - before.length === members.length - after.length && sameOutside(old.members, members, touched);
    return { eff, sources, members, sorted, fast, before, after };
  }

  private buildEntity(p: EntityPlan): void {
    const { eff, sources, members } = p;
    if (!sources.length) {
      this.entityRecs.delete(eff);
      this.effSources.delete(eff);
      return;
    }
    const primary = sources[0];
    const aliases = new Set<string>();
    for (const src of sources) {
      aliases.add(src.name);
      for (const a of src.aliases) aliases.add(a);
    }
    const old = this.entityRecs.get(eff);
    // Only the edited documents' runs are rebuilt; the others are shared with the previous
    // version (an edit near "United States" must not copy its 30,000 mentions).
    const runs: Runs = p.fast && old
      ? spliceRuns(old.runs, docsOf(p.before), this.runsOf(p.after))
      : spliceRuns(NO_RUNS, [], this.runsOf(members));
    const name = this.corrections.rename[eff] ?? primary.name;
    const entity = lazyEntity({
      id: eff,
      name,
      type: this.corrections.retype[eff] ?? primary.type,
      aliases: [name, ...[...aliases].filter((a) => a !== name)],
      role: primary.role ?? sources.find((s) => s.role)?.role,
    }, runs.runs);
    const search = old && sameStrings(old.entity.aliases, entity.aliases) ? old.search : entity.aliases.map(foldForSearch);
    this.entityRecs.set(eff, { entity, members, sorted: p.sorted, search, runs });
  }

  /** Per-document mention runs of the given members, sorted by document. */
  private runsOf(members: MemberRef[]): Run[] {
    const found: { doc: string; ds: DocState; mis: readonly number[] }[] = [];
    for (const { doc, key } of members) {
      const ds = this.docs.get(doc);
      const de = ds && docEntity(ds, key);
      if (ds && de) found.push({ doc, ds, mis: de.mentions });
    }
    return buildRuns(found);
  }

  /**
   * Brings events up to date for the documents that changed (or whose entities were relinked),
   * for every changed document or at most `maxDocs` of them: their events leave and re-enter the
   * sorted timeline, the per-entity lists and the grouping graph; everything else stays put.
   */
  private refreshEvents(maxDocs = Infinity): void {
    this.reconcile();
    if (!this.eventsDirty) return;
    const removed = new Set<CorpusEvent>();
    const added: CorpusEvent[] = [];
    const batch = maxDocs >= this.eventDirtyDocs.size ? [...this.eventDirtyDocs] : [...this.eventDirtyDocs].slice(0, maxDocs);
    for (const id of batch) {
      const old = this.eventsByDoc.get(id) ?? [];
      const oldSlots = this.slotsByDoc.get(id) ?? new Int32Array(0);
      for (const ev of old) removed.add(ev);
      const ds = this.docs.get(id);
      if (!ds) {
        this.eventsByDoc.delete(id);
        this.slotsByDoc.delete(id);
        for (const s of oldSlots) this.graph.remove(s);
        continue;
      }
      const evs = ds.doc.events.map((ev) => this.corpusEvent(id, ev)).sort(compareEvents);
      const slots = new Int32Array(evs.length);
      if (old.length) {
        // Events whose grouping key is unchanged (only their position moved) keep their group
        // and their place in the graph.
        const oldByKey = new Map(withGroupingKeys(old).map((k, i) => [k.key, i]));
        const repeats = groupingRepeats(evs);
        withGroupingKeys(evs).forEach(({ key, ev }, i) => {
          const j = oldByKey.get(key);
          if (j === undefined) { slots[i] = this.graph.add(ev, repeats[i]); return; }
          oldByKey.delete(key);
          const was = old[j];
          if (was.group) ev.group = was.group;
          if (was.conflict) ev.conflict = true;
          slots[i] = oldSlots[j];
          this.graph.setEvent(slots[i], ev);
        });
        for (const j of oldByKey.values()) this.graph.remove(oldSlots[j]);
      } else {
        const repeats = groupingRepeats(evs);
        evs.forEach((ev, i) => { slots[i] = this.graph.add(ev, repeats[i]); });
      }
      this.eventsByDoc.set(id, evs);
      this.slotsByDoc.set(id, slots);
      for (const ev of evs) added.push(ev);
    }
    for (const id of batch) this.eventDirtyDocs.delete(id);
    added.sort(compareEvents);

    // Timeline and per-entity lists: take the outgoing events out and put the incoming ones in
    // (binary search for an edit's handful, a linear merge for a bulk load). Arrays handed out
    // earlier are never mutated: each change makes a new array.
    this.timelineCache = updateSorted(this.timelineCache, removed, added, compareEvents);
    const perEntity = new Map<string, { out: CorpusEvent[]; in: CorpusEvent[] }>();
    const slot = (e: string) => { let x = perEntity.get(e); if (!x) perEntity.set(e, (x = { out: [], in: [] })); return x; };
    for (const ev of removed) for (const e of ev.entities) slot(e).out.push(ev);
    for (const ev of added) for (const e of ev.entities) slot(e).in.push(ev);
    for (const [e, { out, in: inc }] of perEntity) {
      const list = updateSorted(this.eventsByEntity.get(e) ?? [], new Set(out), inc, compareEvents);
      if (list.length) this.eventsByEntity.set(e, list); else this.eventsByEntity.delete(e);
    }
    this.eventsDirty = this.eventDirtyDocs.size > 0;
  }

  /**
   * The corpus form of a document's event. It shares the analysis' spans, date and strings; only
   * `id`, `doc` and `entities` are its own (the fields are those of DocEvent, listed in its order).
   */
  private corpusEvent(docId: string, ev: DocEvent): CorpusEvent {
    // Event ids are `${docId}#…` by contract; prefix defensively so ids stay corpus-unique.
    const own = ev.id.length > docId.length && ev.id.charCodeAt(docId.length) === 35 && ev.id.startsWith(docId);
    return {
      id: own ? ev.id : `${docId}#${ev.id}`, summary: ev.summary, status: ev.status, sentence: ev.sentence,
      anchor: ev.anchor, date: ev.date, entities: this.eventEntities(docId, ev.entities), doc: docId,
    };
  }

  /** Corpus entity ids of an event's participants, as a list shared with every equal one. */
  private eventEntities(docId: string, keys: string[]): string[] {
    const ids: string[] = [];
    for (const k of keys) {
      const eff = this.effOf(docId, k);
      if (eff !== undefined && this.entityRecs.has(eff) && !ids.includes(eff)) ids.push(eff);
    }
    // The joined list names it (ids hold no NUL). The table is rebuilt when it
    // outgrows what the current events could use (lists of events gone stay until then).
    const name = ids.length === 1 ? ids[0] : ids.join('\u0000');
    const shared = this.entityLists.get(name);
    if (shared) return shared;
    if (this.entityLists.size > 2 * this.graph.size + 1024) this.entityLists.clear();
    this.entityLists.set(name, ids);
    return ids;
  }

  /**
   * Groups at most `budget` of the events still waiting for cross-document grouping and returns
   * how many wait after that. The first grouping of a large corpus costs seconds of CPU; a host
   * calls this one slice per task while it is idle, so timeline() later finds (almost) nothing to
   * do and the editor never waits on it. Grouping is order-independent, so slices give exactly
   * what one timeline() call would.
   */
  groupPending(budget: number): number {
    // Bring the events of a few documents up to date first (after a load, that is every document:
    // doing them all in one call would be the long task this method exists to avoid).
    if (this.eventDirtyDocs.size && !this.graph.waiting) this.refreshEvents(Math.max(1, Math.ceil(budget / 10)));
    else this.reconcile();
    this.applyGroupChanges(Math.max(1, budget));
    return this.groupingBacklog;
  }

  /** Work left before timeline() is cheap: events (or documents) not yet grouped across documents. */
  get groupingBacklog(): number {
    return this.graph.pending + this.eventDirtyDocs.size;
  }

  /** Cross-document groups, recomputed only around the events that came or went. */
  private refreshGroups(): void {
    this.refreshEvents();
    this.applyGroupChanges(Infinity);
  }

  private applyGroupChanges(budget: number): void {
    if (!this.graph.pending) return;
    for (const [slot, g] of this.graph.process(budget)) {
      const ev = this.graph.eventOf(slot);
      if (!ev) continue;
      // Properties go in the order they came and leave in reverse: V8 keeps such objects compact.
      if (g) {
        ev.group = g.id;
        if (g.conflict) ev.conflict = true; else if (ev.conflict) delete ev.conflict;
      } else {
        if (ev.conflict) delete ev.conflict;
        if (ev.group) delete ev.group;
      }
    }
  }
}

/** Timeline order: earliest day (undated last), then document, then position. */
function compareEvents(a: CorpusEvent, b: CorpusEvent): number {
  return cmp(a.date.earliest ?? '\uffff', b.date.earliest ?? '\uffff') || cmp(a.doc, b.doc)
    || a.sentence.start - b.sentence.start || cmp(a.id, b.id);
}

/**
 * A new sorted array without `removed` and with `added` (which must be sorted). Positions are
 * found by binary search and the result is written in one pass, so an edit costs O(k log n)
 * comparisons plus one copy of the array (the timeline of 10,000 articles holds 500,000 events).
 */
function updateSorted<T>(arr: T[], removed: ReadonlySet<T>, added: T[], order: (x: T, y: T) => number): T[] {
  if (!removed.size && !added.length) return arr;
  if (!arr.length) return added;
  let drop: number[];
  if (removed.size * 8 > arr.length) {
    drop = [];
    for (let i = 0; i < arr.length; i++) if (removed.has(arr[i])) drop.push(i);
  } else {
    drop = [];
    for (const x of removed) {
      // Equal keys are possible only for the same event; scan the (tiny) run of equals.
      let i = lowerBoundBy(arr, x, order);
      while (i < arr.length && arr[i] !== x && order(arr[i], x) === 0) i++;
      if (arr[i] === x) drop.push(i);
    }
    drop.sort((a, b) => a - b);
  }
  if (!added.length && !drop.length) return arr;
  const out = new Array<T>(arr.length - drop.length + added.length);
  let k = 0, from = 0, d = 0;
  const copyTo = (end: number) => {
    for (; from < end; from++) {
      if (d < drop.length && drop[d] === from) d++; else out[k++] = arr[from];
    }
  };
  for (const x of added) {
    copyTo(upperBoundByItem(arr, x, order, from));
    out[k++] = x;
  }
  copyTo(arr.length);
  return out;
}

function lowerBoundBy<T>(xs: T[], x: T, order: (a: T, b: T) => number): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (order(xs[mid], x) < 0) lo = mid + 1; else hi = mid; }
  return lo;
}

function upperBoundByItem<T>(xs: T[], x: T, order: (a: T, b: T) => number, from = 0): number {
  let lo = from, hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (order(xs[mid], x) <= 0) lo = mid + 1; else hi = mid; }
  return lo;
}

// ---------------------------------------------------------------------------------------------

function upperBoundBy<T>(xs: T[], x: string, key: (t: T) => string): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (key(xs[mid]) <= x) lo = mid + 1; else hi = mid; }
  return lo;
}

function lowerBound(xs: string[], x: string): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (xs[mid] < x) lo = mid + 1; else hi = mid; }
  return lo;
}

function sentenceSpan(doc: DocumentAnalysis, index: number): { start: number; end: number } | undefined {
  const s = doc.sentences[index]?.index === index ? doc.sentences[index] : doc.sentences.find((x) => x.index === index);
  return s && { start: s.start, end: s.end };
}

/**
 * True when the two member lists hold the same members, in the same order, outside the given
 * documents (linkers list members in a stable order; a reordering only costs a full rebuild).
 * The linker hands out one object per member, so the usual equal run is pointer comparisons.
 */
function sameOutside(a: MemberRef[], b: MemberRef[], docs: ReadonlySet<string>): boolean {
  let i = 0, j = 0;
  for (;;) {
    while (i < a.length && j < b.length && a[i] === b[j]) { i++; j++; }
    while (i < a.length && docs.has(a[i].doc)) i++;
    while (j < b.length && docs.has(b[j].doc)) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a[i].doc !== b[j].doc || a[i].key !== b[j].key) return false;
    i++; j++;
  }
}

/** The members in the given documents (binary search per document when sorted by document). */
function inDocs(members: MemberRef[], sorted: boolean, docs: ReadonlySet<string>): MemberRef[] {
  const out: MemberRef[] = [];
  if (!sorted || docs.size * 16 > members.length) {
    // A document's members usually stand together: look each document up once, not each member.
    let last: string | undefined;
    let inside = false;
    for (const m of members) {
      if (m.doc !== last) { last = m.doc; inside = docs.has(last); }
      if (inside) out.push(m);
    }
    return out;
  }
  for (const d of docs) {
    for (let i = lowerBoundBy(members, { doc: d, key: '' }, (x, y) => cmp(x.doc, y.doc)); i < members.length && members[i].doc === d; i++) out.push(members[i]);
  }
  return out;
}

/** The distinct documents of the members, sorted. */
function docsOf(members: MemberRef[]): string[] {
  return [...new Set(members.map((m) => m.doc))].sort(cmp);
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameLinked(a: LinkedEntity, b: LinkedEntity): boolean {
  if (a.id !== b.id || a.name !== b.name || a.type !== b.type || a.role !== b.role) return false;
  if (a.aliases.length !== b.aliases.length || a.members.length !== b.members.length) return false;
  for (let i = 0; i < a.aliases.length; i++) if (a.aliases[i] !== b.aliases[i]) return false;
  // The linker hands out one object per member: most equal members are the same object.
  for (let i = 0; i < a.members.length; i++) {
    const x = a.members[i], y = b.members[i];
    if (x !== y && (x.doc !== y.doc || x.key !== y.key)) return false;
  }
  return true;
}
