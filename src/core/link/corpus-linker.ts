import type { DocumentAnalysis, EntityType } from '../model';
import { linkKeys } from '../entities/names';
import { canonical, majorityType, mostFrequent } from '../entities/aliases';
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
}

interface Cluster {
  members: Member[];
  base: string;
  /** Smallest member ref: orders clusters that share a base id, whatever the insertion order. */
  first: string;
  entity: LinkedEntity;
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
    if (this.pending.size) { const seeds = new Set(this.pending); this.pending.clear(); this.relink(seeds); }
    this.list ??= [...this.clusters].map((c) => c.entity).sort((a, b) => cmp(a.id, b.id));
    return this.list;
  }

  // -------------------------------------------------------------------------------------------

  /** Unindexes a document's members; their clusters' other members become seeds to relink. */
  private drop(docId: string, seeds: Set<Member>): void {
    const old = this.byDoc.get(docId);
    if (!old) return;
    this.byDoc.delete(docId);
    for (const m of old) {
      for (const k of m.strong) del(this.byStrong, k, m);
      if (m.weak) del(this.byWeak, m.weak, m);
      for (const p of m.parts) del(this.byPart, p, m);
      // Neighbours through keys may now link differently (a removed full name frees a surname).
      for (const k of m.strong) for (const n of this.byStrong.get(k) ?? []) seeds.add(n);
      for (const p of m.parts) for (const n of this.byWeak.get(p) ?? []) seeds.add(n);
      const c = this.clusterOf.get(m);
      if (c) { this.dissolve(c, seeds); }
      this.clusterOf.delete(m);
    }
    for (const m of old) { m.gone = true; seeds.delete(m); this.pending.delete(m); }
  }

  private dissolve(c: Cluster, seeds: Set<Member>): void {
    if (!this.clusters.has(c)) return;
    this.clusters.delete(c);
    del(this.byBase, c.base, c);
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
      for (const m of g) this.clusterOf.set(m, c);
      bases.add(c.base);
    }
    // Clusters sharing a base id get suffixes in content order.
    for (const b of bases) this.assignIds(b);
    this.list = null;
  }

  private build(members: Member[]): Cluster {
    members.sort((a, b) => cmp(a.ref, b.ref));
    const type = majorityType(members.map((m) => m.type));
    const name = canonical(members.map((m) => m.name), type, undefined, members.map((m) => m.weight));
    const forms = new Map<string, number>();
    for (const m of members) for (const a of m.aliases) forms.set(a, (forms.get(a) ?? 0) + m.weight);
    const aliases = [name, ...[...forms].filter(([a]) => a !== name).sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([a]) => a)];
    const roles = members.flatMap((m) => (m.role ? [m.role] : []));
    const base = `${type}:${slug(name)}`;
    return {
      members, base, first: members[0].ref,
      entity: { id: base, name, type, aliases, ...(roles.length ? { role: mostFrequent(roles) } : {}), members: members.map((m) => ({ doc: m.doc, key: m.key })) },
    };
  }

  private assignIds(base: string): void {
    const cs = [...(this.byBase.get(base) ?? [])].sort((a, b) => cmp(a.first, b.first));
    cs.forEach((c, i) => {
      const id = i === 0 ? base : `${base}-${i + 1}`;
      if (c.entity.id !== id) { c.entity = { ...c.entity, id }; this.list = null; }
    });
  }
}
