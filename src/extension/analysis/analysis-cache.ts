import type { DocumentAnalysis } from '../../core/model';
import { decodeEntry, encodeEntry, entryName, type Expect } from './cache-entry';
import type { BlobStore } from './store';

interface Known {
  hash: string;
  override: string | null;
  analysis: DocumentAnalysis;
}

/**
 * Analyses remembered across sessions. Reads validate every entry (a bad one is deleted and
 * recomputed); writes go out in the background, one at a time per file, latest text wins.
 * Entries read or written are kept in memory: they are the same objects the corpus index holds.
 */
export class AnalysisCache {
  private readonly known = new Map<string, Known>();
  private readonly writing = new Map<string, Promise<void>>();
  private readonly next = new Map<string, string | null>();

  constructor(private readonly store: BlobStore, private readonly log: (m: string) => void = () => undefined) {}

  /** Every valid entry on disk (for the first paint); invalid ones are removed. */
  async loadAll(concurrency = 32): Promise<DocumentAnalysis[]> {
    const names = await this.store.list();
    const out: DocumentAnalysis[] = [];
    let bad = 0;
    let i = 0;
    const lane = async () => {
      while (i < names.length) {
        const name = names[i++];
        const raw = await this.store.read(name).catch(() => undefined);
        if (raw === undefined) continue;
        const d = decodeEntry(raw);
        if (!d.ok || entryName(d.entry.id) !== name) {
          bad++;
          await this.store.remove(name).catch(() => undefined);
          continue;
        }
        const { id, hash, override, analysis } = d.entry;
        this.known.set(id, { hash, override, analysis });
        out.push(analysis);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, names.length) }, lane));
    // Half-written temporaries of a session that was killed mid-write (older than any live write).
    const swept = await this.store.sweep?.(60_000).catch(() => 0);
    if (swept) this.log(`cache: removed ${swept} unfinished write${swept === 1 ? '' : 's'} of an earlier session`);
    if (bad > 0) this.log(`cache: dropped ${bad} unusable entr${bad === 1 ? 'y' : 'ies'} (corrupt or from another engine version)`);
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** The analysis of exactly this text and override, or undefined. */
  async get(id: string, hash: string, override: string | null): Promise<DocumentAnalysis | undefined> {
    const k = this.known.get(id);
    if (k) return k.hash === hash && k.override === override ? k.analysis : undefined;
    const name = entryName(id);
    const raw = await this.store.read(name).catch(() => undefined);
    if (raw === undefined) return undefined;
    const expect: Expect = { id, hash, override };
    const d = decodeEntry(raw, expect);
    if (d.ok) {
      this.known.set(id, { hash, override, analysis: d.entry.analysis });
      return d.entry.analysis;
    }
    if (d.reason.startsWith('corrupt')) {
      this.log(`cache: entry of ${id} is ${d.reason}; re-analysing`);
      await this.store.remove(name).catch(() => undefined);
    }
    return undefined;
  }

  /** `encoded`: the entry already serialised (by the worker) for exactly this hash and override. */
  put(analysis: DocumentAnalysis, hash: string, override: string | null, encoded?: string): void {
    this.known.set(analysis.id, { hash, override, analysis });
    this.schedule(analysis.id, encoded ?? encodeEntry(analysis, hash, override));
  }

  forget(id: string): void {
    this.known.delete(id);
    this.schedule(id, null);
  }

  /** Resolves when every write scheduled so far is on disk. */
  async flush(): Promise<void> {
    while (this.writing.size > 0) await Promise.all([...this.writing.values()]);
  }

  private schedule(id: string, data: string | null): void {
    const name = entryName(id);
    this.next.set(name, data);
    if (this.writing.has(name)) return; // the running write picks the newest data up when it ends
    const run = async (): Promise<void> => {
      while (this.next.has(name)) {
        const d = this.next.get(name)!;
        this.next.delete(name);
        try {
          if (d === null) await this.store.remove(name);
          else await this.store.write(name, d);
        } catch (e) {
          this.log(`cache: could not save ${id}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      this.writing.delete(name);
    };
    this.writing.set(name, run());
  }
}
