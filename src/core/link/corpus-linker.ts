import type { DocumentAnalysis, EntityType } from '../model';
import { linkKeys, slug } from '../entities/names';
import { addStats, byRef, emptyStats, headOf, removeStats, tailOf, type Stats } from './cluster-stats';
import { KeyCounts } from './key-counts';
import { compareStrings as cmp } from '../text/order';

/** A corpus entity as the linker sees it: which doc entities it gathers. */
export interface LinkedEntity {
  /** `${type}:${slug(name)}`; see model.ts `Entity.id`. */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  role?: string;
  members: { doc: string; key: string }[];
}

/** One document entity, with the keys it links by. */
interface Member {
  doc: string;
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  role: string | undefined;
  weight: number;
  strong: string[];
  weak: string | undefined;
  parts: string[];
  /** Set when its document is removed or replaced. */
  gone: boolean;
  /** During settle(): left to the relink. */
  slow: boolean;
  cluster: Cluster | undefined;
  /** The `{ doc, key }` handed out in LinkedEntity.members (one object per member, shared). */
  out: { doc: string; key: string };
}

interface Cluster {
  /** Sorted by `byRef`. */
  members: Member[];
  /** Their `out`s, in the same order: copied whole (a fast slice) into each entity handed out. */
  outs: { doc: string; key: string }[];
  base: string;
  /** Smallest member: orders clusters that share a base id, whatever the insertion order. */
  first: Member;
  id: string;
  name: string;
  type: EntityType;
  /** Members with strong keys (a cluster without any gathers lone names only). */
  strongN: number;
  stats: Stats;
  /** Handed out; rebuilt once per settle when the cluster changed (never per member joining). */
  entity: LinkedEntity | undefined;
  /** When it was made live: orders clusters whose ids clash, as insertion into `clusters` did. */
  seq: number;
}

interface Keys { strong: string[]; weak: string | undefined; parts: string[] }

/** Names recur across a corpus ("United States" in most documents): compute their keys once. */
const keyCache = new Map<string, Keys>();
function cachedLinkKeys(type: EntityType, name: string, aliases: string[]): Keys {
  const id = `${type}\u0000${name}\u0000${aliases.join('\u0001')}`;
  let k = keyCache.get(id);
  if (!k) {
    if (keyCache.size > 50000) keyCache.clear();
    const l = linkKeys(type, name, aliases);
    k = {
      strong: l.strong,
      // A lone word of unsure type ("Shoigu" guessed as other) may still be a person's surname.
      weak: l.weak ? `${type === 'other' ? 'person' : type}:${l.weak}` : undefined,
      parts: l.parts.map((p) => `${type}:${p}`),
    };
    keyCache.set(id, k);
  }
  return k;
}

const add = <K, V>(m: Map<K, Set<V>>, k: K, v: V) => { let s = m.get(k); if (!s) m.set(k, (s = new Set())); s.add(v); };
const del = <K, V>(m: Map<K, Set<V>>, k: K, v: V) => { const s = m.get(k); if (s) { s.delete(v); if (!s.size) m.delete(k); } };

/**
 * Links doc entities across documents into corpus entities, incrementally: upserting or removing
 * one document touches only the clusters that document's entities belong to (found through
 * name-key maps, never by scanning the corpus).
 *
 * Rules (shared with within-document clustering, see entities/names.ts):
 * - Doc entities sharing a strong key are one entity: the same full name ("Kim Jong Un"), the same
 *   country ("U.S." / "United States"), an acronym and its expansion, the same org or place name.
 * - A doc entity known only by one word ("Kim", "Xi") joins the unique corpus person whose full
 *   name starts or ends with it. If the corpus knows two such people ("Li Qiang", "Li Hongzhong"),
 *   it is not merged blindly: lone "Li" mentions stay an entity of their own.
 * - Deterministic: clusters are connected components plus unique attachments, the canonical name
 *   and the id suffix for clashing names are chosen by content order, never insertion order.
 */
export class CorpusLinker {
  private readonly byDoc = new Map<string, Member[]>();
  private readonly byStrong = new Map<string, Set<Member>>();
  private readonly byWeak = new Map<string, Set<Member>>();
  /** `${type}:${word}` → strong person members whose full name starts or ends with the word. */
  private readonly byPart = new Map<string, Set<Member>>();
  /**
   * The same three maps counted by cluster, over linked members of documents still present: which
   * clusters a key leads to costs O(clusters), not O(members sharing the key).
   */
  private readonly strongIn = new KeyCounts<Cluster>();
  private readonly weakIn = new KeyCounts<Cluster>();
  private readonly partIn = new KeyCounts<Cluster>();
  /** Clusters sharing a base id, sorted by `first` (their suffixes follow this order). */
  private readonly byBase = new Map<string, Cluster[]>();
  private readonly clusters = new Set<Cluster>();
  private readonly byId = new Map<string, Cluster>();
  private changed = new Set<string>();
  /** During settle(): the keys of members left to the relink (they block fast decisions near them). */
  private readonly slowStrong = new Set<string>();
  private readonly slowWeak = new Set<string>();
  private readonly slowPart = new Set<string>();
  private readonly dissolvedBases = new Set<string>();
  /** Clusters whose handed-out entity is out of date. */
  private readonly dirty = new Set<Cluster>();
  private list: LinkedEntity[] | null = null;
  /** The clusters of the last list, in its order; and those made, dissolved or renamed since. */
  private sorted: Cluster[] = [];
  private readonly moved = new Set<Cluster>();
  private seq = 0;
  /** Members whose clusters must be rebuilt; done lazily so a burst of upserts links once. */
  private readonly pending = new Set<Member>();

  upsert(doc: DocumentAnalysis): void {
    const seeds = new Set<Member>();
    this.drop(doc.id, seeds);
    const members: Member[] = doc.entities.map((e) => {
      const k = cachedLinkKeys(e.type, e.name, e.aliases);
      return {
        doc: doc.id, key: e.key, type: e.type, name: e.name, aliases: e.aliases,
        role: e.role || undefined, weight: e.mentions.length, strong: k.strong, weak: k.weak, parts: k.parts,
        gone: false, slow: false, cluster: undefined, out: { doc: doc.id, key: e.key },
      };
    });
    this.byDoc.set(doc.id, members);
    for (const m of members) {
      for (const k of m.strong) add(this.byStrong, k, m);
      if (m.weak) add(this.byWeak, m.weak, m);
      for (const p of m.parts) add(this.byPart, p, m);
      seeds.add(m);
    }
    for (const m of seeds) this.pending.add(m);
    this.list = null;
  }

  remove(docId: string): void {
    const seeds = new Set<Member>();
    this.drop(docId, seeds);
    for (const m of seeds) this.pending.add(m);
    this.list = null;
  }

  /** All corpus entities, sorted by id. Unchanged clusters keep their object identity. */
  entities(): LinkedEntity[] {
    this.settle();
    this.list ??= this.relist();
    return this.list;
  }

  /** The entity with this id (after pending links are settled). */
  get(id: string): LinkedEntity | undefined {
    this.settle();
    return this.byId.get(id)?.entity;
  }

  /**
   * Ids of the entities created, changed or gone since the last call (settles pending links first).
   * Lets the index revisit only those instead of comparing every entity.
   */
  takeChanges(): Set<string> {
    this.settle();
    const out = this.changed;
    this.changed = new Set();
    return out;
  }

  /** Links pending members: most join one existing cluster directly; the rest relink their neighbourhood. */
  private settle(): void {
    if (this.pending.size) this.link();
    for (const c of this.dirty) if (this.clusters.has(c)) c.entity = entityOf(c);
    this.dirty.clear();
  }

  private link(): void {
    const seeds = inOrder(this.pending);
    this.pending.clear();
    // Members are linked one at a time, in order, as if inserted in that order: the ones not
    // reached yet count as absent (they are in no cluster); the ones sent to the relink block fast
    // decisions near them. A linked member is a seed because a neighbour changed: its cluster is
    // relinked, and it blocks from the start.
    const slow: Member[] = [];
    const toSlow = (m: Member) => {
      m.slow = true;
      slow.push(m);
      for (const k of m.strong) this.slowStrong.add(k);
      for (const p of m.parts) this.slowPart.add(p);
      if (m.weak) this.slowWeak.add(m.weak);
    };
    for (const m of seeds) if (!m.gone && m.cluster) toSlow(m);
    for (const m of seeds) {
      if (m.gone || m.slow) continue;
      if (!m.strong.length && !m.weak) continue; // links to nothing (never an entity)
      const c = this.fastTarget(m);
      if (c === 'new') { const n = this.build([m]); this.adopt(n); this.assignIds(n.base); continue; }
      if (c && this.attach(m, c)) continue;
      toSlow(m);
    }
    for (const m of slow) m.slow = false;
    this.slowStrong.clear();
    this.slowPart.clear();
    this.slowWeak.clear();
    this.relink(slow);
    // A cluster gone for good frees its id: clusters sharing its base are renumbered.
    const bases = [...this.dissolvedBases];
    this.dissolvedBases.clear();
    for (const b of bases) this.assignIds(b);
  }

  // -------------------------------------------------------------------------------------------

  private join(m: Member, c: Cluster): void {
    m.cluster = c;
    if (m.gone) return;
    for (const k of m.strong) this.strongIn.add(k, c);
    for (const p of m.parts) this.partIn.add(p, c);
    if (m.weak) this.weakIn.add(m.weak, c);
  }

  /** Takes a member out of the cluster counts (on leaving its cluster, or its document going). */
  private uncount(m: Member): void {
    const c = m.cluster;
    if (!c || m.gone) return;
    for (const k of m.strong) this.strongIn.delete(k, c);
    for (const p of m.parts) this.partIn.delete(p, c);
    if (m.weak) this.weakIn.delete(m.weak, c);
  }

  private leave(m: Member): void {
    this.uncount(m);
    m.cluster = undefined;
  }

  /** Unindexes a document's members; their clusters' other members become seeds to relink. */
  private drop(docId: string, seeds: Set<Member>): void {
    const old = this.byDoc.get(docId);
    if (!old) return;
    this.byDoc.delete(docId);
    for (const m of old) { this.uncount(m); m.gone = true; }
    for (const m of old) {
      for (const k of m.strong) del(this.byStrong, k, m);
      if (m.weak) del(this.byWeak, m.weak, m);
      for (const p of m.parts) del(this.byPart, p, m);
      const c = m.cluster;
      this.pending.delete(m);
      if (c && this.clusters.has(c) && this.safeToDetach(m, c)) { this.detach(m, c); continue; }
      // Neighbours through keys may now link differently (a removed full name frees a surname).
      for (const k of m.strong) for (const n of this.byStrong.get(k) ?? []) seeds.add(n);
      for (const p of m.parts) for (const n of this.byWeak.get(p) ?? []) seeds.add(n);
      if (c) { this.dissolve(c, seeds); }
      m.cluster = undefined;
    }
    for (const m of old) { seeds.delete(m); this.pending.delete(m); }
  }

  private dissolve(c: Cluster, seeds: Set<Member> | null): void {
    if (!this.clusters.has(c)) return;
    this.clusters.delete(c);
    this.unbase(c);
    this.dissolvedBases.add(c.base);
    if (this.byId.get(c.id) === c) this.byId.delete(c.id);
    this.changed.add(c.id);
    this.dirty.delete(c);
    this.moved.add(c);
    this.list = null;
    for (const m of c.members) { if (m.cluster === c) this.leave(m); seeds?.add(m); }
  }

  /** Rebuilds the clusters of every member related to the seeds, and only those. */
  private relink(seeds: Member[]): void {
    if (!seeds.length) return;
    // Close the affected set: strong-key neighbours, lone names and the full names they may join,
    // and all members of any cluster touched.
    const affected = new Set<Member>();
    const queue: Member[] = [];
    const push = (m: Member) => { if (!affected.has(m) && !m.gone) { affected.add(m); queue.push(m); } };
    for (const m of seeds) push(m);
    // Each key's members are visited once, so a key shared by thousands ("United States") costs
    // its size once, not its size squared.
    const seenKey = new Set<string>();
    const visit = (tag: string, key: string, from: Map<string, Set<Member>>) => {
      if (seenKey.has(tag + key)) return;
      seenKey.add(tag + key);
      for (const n of from.get(key) ?? []) push(n);
    };
    while (queue.length) {
      const m = queue.pop()!;
      for (const k of m.strong) visit('s', k, this.byStrong);
      for (const p of m.parts) visit('w', p, this.byWeak);
      if (m.weak) { visit('w', m.weak, this.byWeak); visit('p', m.weak, this.byPart); }
      const c = m.cluster;
      if (c) { for (const n of c.members) push(n); this.dissolve(c, null); }
    }
    // Connected components over strong keys.
    const comp = new Map<Member, Member[]>();
    const keyDone = new Set<string>();
    for (const m of affected) {
      if (comp.has(m) || !m.strong.length) continue;
      const group: Member[] = [m];
      comp.set(m, group);
      for (let i = 0; i < group.length; i++) {
        for (const k of group[i].strong) {
          if (keyDone.has(k)) continue;
          keyDone.add(k);
          for (const n of this.byStrong.get(k) ?? []) if (!comp.has(n) && affected.has(n)) { comp.set(n, group); group.push(n); }
        }
      }
    }
    // Lone names join the unique full name that has them, else gather by themselves.
    const loners = new Map<string, Member[]>();
    const targetsOf = new Map<string, Set<Member[]>>();
    for (const m of affected) {
      if (comp.has(m) || !m.weak) continue;
      let targets = targetsOf.get(m.weak);
      if (!targets) {
        targets = new Set<Member[]>();
        for (const n of this.byPart.get(m.weak) ?? []) { const g = comp.get(n); if (g) targets.add(g); }
        targetsOf.set(m.weak, targets);
      }
      if (targets.size === 1) { const [g] = targets; g.push(m); comp.set(m, g); }
      else { let l = loners.get(m.weak); if (!l) loners.set(m.weak, (l = [])); l.push(m); }
    }
    const groups = new Set<Member[]>([...comp.values(), ...loners.values()]);
    const bases = new Set<string>();
    for (const g of groups) {
      const c = this.build(g);
      this.adopt(c);
      bases.add(c.base);
    }
    // Clusters sharing a base id get suffixes in content order.
    for (const b of bases) this.assignIds(b);
  }

  private build(members: Member[]): Cluster {
    members.sort(byRef);
    const stats = emptyStats();
    let strongN = 0;
    for (const m of members) { addStats(stats, m); if (m.strong.length) strongN++; }
    const { type, name } = headOf(stats);
    const base = `${type}:${slug(name)}`;
    return { members, outs: members.map((m) => m.out), base, first: members[0], id: base, name, type, strongN, stats, entity: undefined, seq: 0 };
  }

  /** Makes a built cluster live; its id is settled by assignIds among the clusters sharing its base. */
  private adopt(c: Cluster): void {
    c.seq = ++this.seq;
    this.clusters.add(c);
    this.moved.add(c);
    this.rebase(c);
    this.byId.set(c.id, c);
    this.changed.add(c.id);
    this.dirty.add(c);
    this.list = null;
    for (const m of c.members) this.join(m, c);
  }

  /** Files a cluster among those sharing its base, by `first`. */
  private rebase(c: Cluster): void {
    let cs = this.byBase.get(c.base);
    if (!cs) this.byBase.set(c.base, (cs = []));
    let lo = 0, hi = cs.length;
    while (lo < hi) { const mid = (lo + hi) >>> 1; if (byRef(cs[mid].first, c.first) < 0) lo = mid + 1; else hi = mid; }
    cs.splice(lo, 0, c);
  }

  private unbase(c: Cluster): void {
    const cs = this.byBase.get(c.base);
    if (!cs) return;
    const i = cs.indexOf(c);
    if (i >= 0) cs.splice(i, 1);
    if (!cs.length) this.byBase.delete(c.base);
  }

  private assignIds(base: string): void {
    const cs = this.byBase.get(base) ?? [];
    // Two passes: ids may swap between clusters of one base.
    for (const c of cs) if (this.byId.get(c.id) === c) this.byId.delete(c.id);
    cs.forEach((c, i) => {
      const id = i === 0 ? base : `${base}-${i + 1}`;
      if (c.id !== id) {
        this.changed.add(c.id);
        this.changed.add(id);
        c.id = id;
        this.dirty.add(c);
        this.moved.add(c);
        this.list = null;
      }
      this.byId.set(id, c);
    });
  }

  /**
   * The entities sorted by id: the last order, less the clusters moved since, merged with those
   * still live sorted alone (O(clusters) pointer work, not a sort of every id per change).
   */
  private relist(): LinkedEntity[] {
    const byId = (a: Cluster, b: Cluster) => cmp(a.id, b.id) || a.seq - b.seq;
    const kept = this.sorted.filter((c) => !this.moved.has(c));
    const fresh = [...this.moved].filter((c) => this.clusters.has(c)).sort(byId);
    this.moved.clear();
    const out: Cluster[] = [];
    let i = 0, j = 0;
    while (i < kept.length && j < fresh.length) out.push(byId(kept[i], fresh[j]) <= 0 ? kept[i++] : fresh[j++]);
    while (i < kept.length) out.push(kept[i++]);
    while (j < fresh.length) out.push(fresh[j++]);
    this.sorted = out;
    return out.map((c) => c.entity!);
  }

  // -------------------------------------------------------------------------------------------
  // Fast paths: a member joining or leaving one cluster without changing how anything else links.

  /**
   * The cluster a new member joins when that is certain without relinking, 'new' for a cluster of
   * its own, else undefined. Members not linked yet count as absent; keys of members left to the
   * relink make the answer unknown.
   */
  private fastTarget(m: Member): Cluster | 'new' | undefined {
    let target: Cluster | undefined;
    if (m.strong.length) {
      // Linked members sharing a strong key are in one cluster (a strong key joins them).
      for (const k of m.strong) if (this.slowStrong.has(k)) return undefined;
      for (const k of m.strong) {
        const c = this.strongIn.only(k);
        if (c === null) continue;
        if (!c || (target && target !== c)) return undefined;
        target = c;
      }
      // Lone names ("Brennan") that may attach to a full name with these parts must keep their
      // target: the part already leads to this cluster, or to two others (ambiguous either way).
      for (const p of m.parts) {
        if (!this.weakIn.groups(p) && !this.slowWeak.has(p)) continue;
        if (this.slowPart.has(p)) return undefined;
        const cs = this.partIn.groups(p);
        if (!cs || !((target && cs.has(target)) || cs.size >= 2)) return undefined;
      }
      return target ?? 'new';
    }
    if (!m.weak) return undefined;
    if (this.slowPart.has(m.weak)) return undefined;
    // A unique full name: the lone name joins it (its cluster has strong members with this part).
    const full = this.partIn.only(m.weak);
    if (full) return full;
    // Ambiguous or unknown: the cluster of the other lone names with this word, if settled.
    if (this.slowWeak.has(m.weak)) return undefined;
    const c = this.weakIn.only(m.weak);
    if (c === null) return 'new';
    if (!c || c.strongN) return undefined; // attached, not a loner cluster
    return c;
  }

  /** Adds a member to a cluster; false (nothing changed) when that would rename or retype it. */
  private attach(m: Member, c: Cluster): boolean {
    addStats(c.stats, m);
    const i = lowerBound(c.members, m);
    c.members.splice(i, 0, m);
    if (m.strong.length) c.strongN++;
    if (!this.refresh(c)) {
      c.members.splice(i, 1);
      if (m.strong.length) c.strongN--;
      removeStats(c.stats, m, c.members);
      return false;
    }
    c.outs.splice(i, 0, m.out);
    this.join(m, c);
    return true;
  }

  /**
   * Whether a member can leave its cluster without splitting it or changing what lone names
   * attach to: another member holds all its strong keys, and every part it offers lone names.
   */
  private safeToDetach(m: Member, c: Cluster): boolean {
    if (c.members.length < 2) return false;
    if (m.strong.length) {
      let twin = false;
      for (const n of this.byStrong.get(m.strong[0]) ?? []) {
        if (n.gone || n.cluster !== c) continue;
        if (n.strong === m.strong || m.strong.every((k) => n.strong.includes(k))) { twin = true; break; }
      }
      if (!twin) return false;
      // (m is gone: the counts are of the other members.)
      for (const p of m.parts) if (this.byWeak.get(p)?.size && !this.partIn.groups(p)?.has(c)) return false;
    }
    // The cluster must keep its name and type (else its id changes: relink it).
    const i = lowerBound(c.members, m);
    if (c.members[i] !== m) return false;
    c.members.splice(i, 1);
    removeStats(c.stats, m, c.members);
    const probe = headOf(c.stats);
    const same = probe.name === c.name && probe.type === c.type;
    c.members.splice(i, 0, m);
    addStats(c.stats, m);
    return same;
  }

  private detach(m: Member, c: Cluster): void {
    const i = lowerBound(c.members, m);
    c.members.splice(i, 1);
    c.outs.splice(i, 1);
    if (m.strong.length) c.strongN--;
    removeStats(c.stats, m, c.members);
    this.leave(m);
    this.refresh(c);
  }

  /** Marks a cluster changed after its members did; false when its name or type would change. */
  private refresh(c: Cluster): boolean {
    const h = headOf(c.stats);
    if (h.name !== c.name || h.type !== c.type) return false;
    const first = c.members[0];
    this.dirty.add(c);
    this.changed.add(c.id);
    this.list = null;
    if (first !== c.first) {
      this.unbase(c);
      c.first = first;
      this.rebase(c);
      if (this.byBase.get(c.base)!.length > 1) this.assignIds(c.base);
    }
    return true;
  }
}

/** The linked entity of a cluster, from its stats, with its members in order. */
function entityOf(c: Cluster): LinkedEntity {
  return { id: c.id, name: c.name, type: c.type, ...tailOf(c.stats, c.name), members: c.outs.slice() };
}

/** Members in `byRef` order: sorting the documents, then each one's few members by key. */
function inOrder(ms: Iterable<Member>): Member[] {
  const byDoc = new Map<string, Member[]>();
  for (const m of ms) {
    const l = byDoc.get(m.doc);
    if (l) l.push(m); else byDoc.set(m.doc, [m]);
  }
  const out: Member[] = [];
  for (const d of [...byDoc.keys()].sort(cmp)) for (const m of byDoc.get(d)!.sort((a, b) => cmp(a.key, b.key))) out.push(m);
  return out;
}

function lowerBound(xs: Member[], m: Member): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (byRef(xs[mid], m) < 0) lo = mid + 1; else hi = mid; }
  return lo;
}
