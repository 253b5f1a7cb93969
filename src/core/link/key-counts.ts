/**
 * How many members of each group hold a key: answers "which groups hold this key" in O(groups),
 * where walking the key's members costs O(members) ("United States" is in most documents).
 */
export class KeyCounts<G> {
  private readonly byKey = new Map<string, Map<G, number>>();

  add(key: string, group: G): void {
    let m = this.byKey.get(key);
    if (!m) this.byKey.set(key, (m = new Map()));
    m.set(group, (m.get(group) ?? 0) + 1);
  }

  delete(key: string, group: G): void {
    const m = this.byKey.get(key);
    const n = m?.get(group);
    if (!m || n === undefined) return;
    if (n > 1) m.set(group, n - 1);
    else if (m.size > 1) m.delete(group);
    else this.byKey.delete(key);
  }

  /** The groups holding the key (with how many members each); undefined when none. */
  groups(key: string): ReadonlyMap<G, number> | undefined {
    return this.byKey.get(key);
  }

  /** The one group holding the key; null when none, undefined when several. */
  only(key: string): G | null | undefined {
    const m = this.byKey.get(key);
    if (!m) return null;
    if (m.size > 1) return undefined;
    return m.keys().next().value;
  }
}
