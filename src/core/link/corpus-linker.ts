import type { DocumentAnalysis, EntityType } from '../model';
import { linkKeys } from '../entities/names';
import { canonical } from '../entities/aliases';
import { slug } from '../entities/names';

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
  ref: string;
  doc: string;
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  role?: string;
  weight: number;
  strong: string[];
  weak?: string;
  parts: string[];
  /** Set when its document is removed or replaced. */
  gone?: boolean;
  /** The `{ doc, key }` handed out in LinkedEntity.members (one object per member, shared). */
  out: { doc: string; key: string };
}

interface Cluster {
  /** Sorted by ref. */
  members: Member[];
  base: string;
  /** Smallest member ref: orders clusters that share a base id, whatever the insertion order. */
  first: string;
  entity: LinkedEntity;
  stats: Stats;
}

/**
 * What a cluster's name, type, aliases and role are computed from, kept up to date as members come
 * and go so that a member joining "United States" costs O(its own names), not O(cluster). Every
 * order-sensitive choice (ties) is made by the smallest member ref, exactly as a from-scratch
 * build over members sorted by ref makes it.
 */
interface Stats {
  types: Map<EntityType, { score: number; minRef: string; n: number }>;
  names: Map<string, { weight: number; minRef: string; n: number }>;
  forms: Map<string, number>;
  roles: Map<string, number>;
}

/** Names recur across a corpus ("United States" in most documents): compute their keys once. */
const keyCache = new Map<string, ReturnType<typeof linkKeys>>();
function cachedLinkKeys(type: EntityType, name: string, aliases: string[]): ReturnType<typeof linkKeys> {
  const id = `${type}\u0000${name}\u0000${aliases.join('\u0001')}`;
  let k = keyCache.get(id);
  if (!k) {
    if (keyCache.size > 50000) keyCache.clear();
    keyCache.set(id, (k = linkKeys(type, name, aliases)));
  }
  return k;
}

const add = <K, V>(m: Map<K, Set<V>>, k: K, v: V) => { let s = m.get(k); if (!s) m.set(k, (s = new Set())); s.add(v); };
const del = <K, V>(m: Map<K, Set<V>>, k: K, v: V) => { const s = m.get(k); if (s) { s.delete(v); if (!s.size) m.delete(k); } };
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
  private readonly clusterOf = new Map<Member, Cluster>();
  private readonly byBase = new Map<string, Set<Cluster>>();
  private readonly clusters = new Set<Cluster>();
  private readonly byId = new Map<string, Cluster>();
  private changed = new Set<string>();
  /** During settle(): members not reached yet, and members left to the relink. */
  private readonly undecided = new Set<Member>();
  private readonly slow = new Set<Member>();
  private readonly dissolvedBases = new Set<string>();
  private list: LinkedEntity[] | null = null;
  /** Members whose clusters must be rebuilt; done lazily so a burst of upserts links once. */
  private readonly pending = new Set<Member>();

  upsert(doc: DocumentAnalysis): void {
    const seeds = new Set<Member>();
    this.drop(doc.id, seeds);
    const members: Member[] = doc.entities.map((e) => {
      const k = cachedLinkKeys(e.type, e.name, e.aliases);
      return {
        ref: `${doc.id}\u0000${e.key}`, doc: doc.id, key: e.key, type: e.type, name: e.name, aliases: e.aliases,
        ...(e.role ? { role: e.role } : {}), weight: e.mentions.length, strong: k.strong,
        // A lone word of unsure type ("Shoigu" guessed as other) may still be a person's surname.
        ...(k.weak ? { weak: `${e.type === 'other' ? 'person' : e.type}:${k.weak}` } : {}),
        parts: k.parts.map((p) => `${e.type}:${p}`),
        out: { doc: doc.id, key: e.key },
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
    this.list ??= [...this.clusters].map((c) => c.entity).sort((a, b) => cmp(a.id, b.id));
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
    if (!this.pending.size) return;
    const seeds = [...this.pending].sort((a, b) => cmp(a.ref, b.ref));
    this.pending.clear();
    // Members are linked one at a time, in ref order, as if inserted in that order: the ones not
    // reached yet count as absent; the ones sent to the relink block fast decisions near them.
    const slow = this.slow;
    const undecided = this.undecided;
    for (const m of seeds) if (!m.gone) undecided.add(m);
    for (const m of seeds) {
      if (m.gone) continue;
      undecided.delete(m);
      if (!m.strong.length && !m.weak) continue; // links to nothing (never an entity)
      // A settled member is a seed because a neighbour changed: its cluster is relinked.
      if (this.clusterOf.has(m)) { slow.add(m); continue; }
      const c = this.fastTarget(m);
      if (c && this.attach(m, c)) continue;
      slow.add(m);
    }
    undecided.clear();
    const relink = new Set(slow);
    slow.clear();
    this.relink(relink);
    // A cluster gone for good frees its id: clusters sharing its base are renumbered.
    const bases = [...this.dissolvedBases];
    this.dissolvedBases.clear();
    for (const b of bases) this.assignIds(b);
  }

  // -------------------------------------------------------------------------------------------

  /** Unindexes a document's members; their clusters' other members become seeds to relink. */
  private drop(docId: string, seeds: Set<Member>): void {
    const old = this.byDoc.get(docId);
    if (!old) return;
    this.byDoc.delete(docId);
    for (const m of old) m.gone = true;
    for (const m of old) {
      for (const k of m.strong) del(this.byStrong, k, m);
      if (m.weak) del(this.byWeak, m.weak, m);
      for (const p of m.parts) del(this.byPart, p, m);
      const c = this.clusterOf.get(m);
      this.pending.delete(m);
      if (c && this.clusters.has(c) && this.safeToDetach(m, c)) { this.detach(m, c); continue; }
      // Neighbours through keys may now link differently (a removed full name frees a surname).
      for (const k of m.strong) for (const n of this.byStrong.get(k) ?? []) seeds.add(n);
      for (const p of m.parts) for (const n of this.byWeak.get(p) ?? []) seeds.add(n);
      if (c) { this.dissolve(c, seeds); }
      this.clusterOf.delete(m);
    }
    for (const m of old) { seeds.delete(m); this.pending.delete(m); }
  }

  private dissolve(c: Cluster, seeds: Set<Member>): void {
    if (!this.clusters.has(c)) return;
    this.clusters.delete(c);
    del(this.byBase, c.base, c);
    this.dissolvedBases.add(c.base);
    if (this.byId.get(c.entity.id) === c) this.byId.delete(c.entity.id);
    this.changed.add(c.entity.id);
    this.list = null;
    for (const m of c.members) { if (this.clusterOf.get(m) === c) this.clusterOf.delete(m); seeds.add(m); }
  }

  /** Rebuilds the clusters of every member related to the seeds, and only those. */
  private relink(seeds: Set<Member>): void {
    if (!seeds.size) return;
    // Close the affected set: strong-key neighbours, lone names and the full names they may join,
    // and all members of any cluster touched.
    const affected = new Set<Member>();
    const queue: Member[] = [];
    const live = (m: Member) => !m.gone;
    const push = (m: Member) => { if (!affected.has(m) && live(m)) { affected.add(m); queue.push(m); } };
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
      const c = this.clusterOf.get(m);
      if (c) { for (const n of c.members) push(n); this.dissolve(c, new Set()); }
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
      this.clusters.add(c);
      add(this.byBase, c.base, c);
      this.byId.set(c.entity.id, c);
      this.changed.add(c.entity.id);
      for (const m of g) this.clusterOf.set(m, c);
      bases.add(c.base);
    }
    // Clusters sharing a base id get suffixes in content order.
    for (const b of bases) this.assignIds(b);
    this.list = null;
  }

  private build(members: Member[]): Cluster {
    members.sort((a, b) => cmp(a.ref, b.ref));
    const stats: Stats = { types: new Map(), names: new Map(), forms: new Map(), roles: new Map() };
    for (const m of members) addStats(stats, m);
    const c: Cluster = { members, base: '', first: members[0].ref, stats, entity: undefined as unknown as LinkedEntity };
    c.entity = entityOf(c, '');
    c.base = c.entity.id;
    return c;
  }

  private assignIds(base: string): void {
    const cs = [...(this.byBase.get(base) ?? [])].sort((a, b) => cmp(a.first, b.first));
    // Two passes: ids may swap between clusters of one base.
    for (const c of cs) if (this.byId.get(c.entity.id) === c) this.byId.delete(c.entity.id);
    cs.forEach((c, i) => {
      const id = i === 0 ? base : `${base}-${i + 1}`;
      if (c.entity.id !== id) {
        this.changed.add(c.entity.id);
        this.changed.add(id);
        c.entity = { ...c.entity, id };
        this.list = null;
      }
      this.byId.set(id, c);
    });
  }

  // -------------------------------------------------------------------------------------------
  // Fast paths: a member joining or leaving one cluster without changing how anything else links.

  /** The cluster a new member joins when that is certain without relinking, else undefined. */
  private fastTarget(m: Member): Cluster | undefined {
    // A neighbour's cluster; null for one not inserted yet (absent); undefined when unknown.
    const settled = (n: Member): Cluster | null | undefined =>
      (n.gone || this.undecided.has(n) ? null : this.slow.has(n) || this.pending.has(n) ? undefined : this.clusterOf.get(n));
    const present = (set: Set<Member> | undefined) => { for (const n of set ?? []) if (n !== m && settled(n) !== null) return true; return false; };
    let target: Cluster | undefined;
    if (m.strong.length) {
      // Settled members sharing a strong key are in one cluster (a strong key joins them), so the
      // first settled one per key tells it; members left to the relink block.
      for (const s of this.slow) if (s.strong.some((k) => m.strong.includes(k))) return undefined;
      for (const k of m.strong) {
        for (const n of this.byStrong.get(k) ?? []) {
          if (n === m) continue;
          const c = settled(n);
          if (c === null) continue;
          if (!c || (target && target !== c)) return undefined;
          target = c;
          break;
        }
      }
      // Lone names ("Brennan") that may attach to a full name with these parts must keep their
      // target: the part already leads to this cluster, or to two others (ambiguous either way).
      for (const p of m.parts) {
        if (!present(this.byWeak.get(p))) continue;
        let other: Cluster | undefined;
        let fine = false;
        for (const n of this.byPart.get(p) ?? []) {
          if (n === m) continue;
          const c = settled(n);
          if (c === null) continue;
          if (!c) return undefined;
          if (target && c === target) { fine = true; break; }
          if (other && other !== c) { fine = true; break; }
          other = c;
        }
        if (!fine) return undefined;
      }
      return target ?? this.newCluster(m);
    }
    if (!m.weak) return undefined;
    let ambiguous = false;
    for (const n of this.byPart.get(m.weak) ?? []) {
      const c = settled(n);
      if (c === null) continue;
      if (!c) return undefined;
      if (target && target !== c) { ambiguous = true; break; } // it gathers with the other lone names
      target = c;
    }
    if (ambiguous) target = undefined;
    if (target) {
      // A unique full name: the lone name joins it (its cluster has strong members with this part).
      return target;
    }
    // Ambiguous or unknown: the cluster of the other lone names with this word, if settled.
    for (const n of this.byWeak.get(m.weak) ?? []) {
      if (n === m) continue;
      const c = settled(n);
      if (c === null) continue;
      if (!c) return undefined;
      if (c.members.some((x) => x.strong.length)) return undefined; // attached, not a loner cluster
      return c;
    }
    return this.newCluster(m);
  }

  /** A cluster of one new member (the caller checked nothing else links to it). */
  private newCluster(m: Member): Cluster {
    const c = this.build([m]);
    c.members = [];
    c.stats = { types: new Map(), names: new Map(), forms: new Map(), roles: new Map() };
    this.clusters.add(c);
    add(this.byBase, c.base, c);
    c.entity = { ...c.entity, id: '' };
    return c;
  }

  /** Adds a member to a cluster; false (nothing changed) when that would rename or retype it. */
  private attach(m: Member, c: Cluster): boolean {
    addStats(c.stats, m);
    const i = lowerBound(c.members, m.ref);
    c.members.splice(i, 0, m);
    if (c.entity.id === '') {
      // A new cluster: named now; its id is settled among the clusters sharing its base.
      c.entity = entityOf(c, '');
      c.first = m.ref;
      this.clusterOf.set(m, c);
      this.byId.set(c.entity.id, c);
      this.changed.add(c.entity.id);
      this.list = null;
      this.assignIds(c.base);
      return true;
    }
    if (!this.refresh(c)) {
      c.members.splice(i, 1);
      removeStats(c.stats, m, c.members);
      return false;
    }
    this.clusterOf.set(m, c);
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
        if (n.gone || this.clusterOf.get(n) !== c) continue;
        if (n.strong === m.strong || m.strong.every((k) => n.strong.includes(k))) { twin = true; break; }
      }
      if (!twin) return false;
      for (const p of m.parts) {
        if (!this.byWeak.get(p)?.size) continue;
        let kept = false;
        for (const n of this.byPart.get(p) ?? []) if (!n.gone && this.clusterOf.get(n) === c) { kept = true; break; }
        if (!kept) return false;
      }
    }
    // The cluster must keep its name and type (else its id changes: relink it).
    const i = lowerBound(c.members, m.ref);
    if (c.members[i] !== m) return false;
    c.members.splice(i, 1);
    removeStats(c.stats, m, c.members);
    const probe = entityOf(c, c.entity.id, false);
    const same = probe.name === c.entity.name && probe.type === c.entity.type;
    c.members.splice(i, 0, m);
    addStats(c.stats, m);
    return same;
  }

  private detach(m: Member, c: Cluster): void {
    const i = lowerBound(c.members, m.ref);
    c.members.splice(i, 1);
    removeStats(c.stats, m, c.members);
    this.clusterOf.delete(m);
    this.refresh(c);
  }

  /** Rebuilds a cluster's entity from its stats; false when its name or type would change. */
  private refresh(c: Cluster): boolean {
    const e = entityOf(c, c.entity.id);
    if (e.name !== c.entity.name || e.type !== c.entity.type) return false;
    const first = c.members[0].ref;
    c.entity = e;
    this.changed.add(e.id);
    this.list = null;
    if (first !== c.first) {
      c.first = first;
      if ((this.byBase.get(c.base)?.size ?? 0) > 1) this.assignIds(c.base);
    }
    return true;
  }
}

function addStats(s: Stats, m: Member): void {
  const t = s.types.get(m.type);
  const score = m.type === 'other' ? 0.5 : 1;
  if (t) { t.score += score; t.n++; if (m.ref < t.minRef) t.minRef = m.ref; } else s.types.set(m.type, { score, minRef: m.ref, n: 1 });
  const nm = s.names.get(m.name);
  if (nm) { nm.weight += m.weight; nm.n++; if (m.ref < nm.minRef) nm.minRef = m.ref; } else s.names.set(m.name, { weight: m.weight, minRef: m.ref, n: 1 });
  for (const a of m.aliases) s.forms.set(a, (s.forms.get(a) ?? 0) + m.weight);
  if (m.role) s.roles.set(m.role, (s.roles.get(m.role) ?? 0) + 1);
}

/** Takes a member out of the stats; `rest` are the members left (to find the next smallest ref). */
function removeStats(s: Stats, m: Member, rest: Member[]): void {
  const t = s.types.get(m.type)!;
  t.score -= m.type === 'other' ? 0.5 : 1;
  if (--t.n === 0) s.types.delete(m.type);
  else if (t.minRef === m.ref) t.minRef = rest.find((x) => x.type === m.type)!.ref;
  const nm = s.names.get(m.name)!;
  nm.weight -= m.weight;
  if (--nm.n === 0) s.names.delete(m.name);
  else if (nm.minRef === m.ref) nm.minRef = rest.find((x) => x.name === m.name)!.ref;
  for (const a of m.aliases) {
    const w = (s.forms.get(a) ?? 0) - m.weight;
    if (w <= 0 && !rest.some((x) => x.aliases.includes(a))) s.forms.delete(a); else s.forms.set(a, w);
  }
  if (m.role) {
    const r = (s.roles.get(m.role) ?? 0) - 1;
    if (r <= 0) s.roles.delete(m.role); else s.roles.set(m.role, r);
  }
}

/**
 * The linked entity of a cluster, from its stats: the same choices `majorityType`, `canonical` and
 * `mostFrequent` make over the members in ref order (ties go to the first member by ref).
 */
function entityOf(c: Cluster, id: string, withMembers = true): LinkedEntity {
  const { stats } = c;
  let type: EntityType | undefined;
  let best: { score: number; minRef: string } | undefined;
  for (const [t, v] of stats.types) {
    if (!best || v.score > best.score || (v.score === best.score && v.minRef < best.minRef)) { best = v; type = t; }
  }
  const names = [...stats.names].sort((a, b) => cmp(a[1].minRef, b[1].minRef));
  const name = canonical(names.map((n) => n[0]), type!, undefined, names.map((n) => n[1].weight));
  const aliases = [name, ...[...stats.forms].filter(([a]) => a !== name).sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([a]) => a)];
  let role: string | undefined;
  let roleN = 0;
  for (const [r, n] of stats.roles) if (n > roleN || (n === roleN && r < role!)) { role = r; roleN = n; }
  const base = `${type}:${slug(name)}`;
  const keepId = id && (id === base || id.startsWith(`${base}-`)) ? id : base;
  return { id: keepId, name, type: type!, aliases, ...(role ? { role } : {}), members: withMembers ? c.members.map((m) => m.out) : [] };
}

function lowerBound(xs: Member[], ref: string): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (xs[mid].ref < ref) lo = mid + 1; else hi = mid; }
  return lo;
}
