import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { DocEntity, DocumentAnalysis, EntityType } from '../../../src/core/model';
import { CorpusLinker } from '../../../src/core/link/corpus-linker';
import { linkKeys } from '../../../src/core/entities/names';

/**
 * The linker updates clusters through fast paths and per-key cluster counts. Here a corpus of a few
 * hundred documents drawn from a name pool full of clashes (shared surnames, several forms of one
 * country, acronyms, one-word firms, lone words of unsure type) is upserted, edited and removed in
 * random order with queries in between, and the result is checked against the linking rules
 * written out plainly (connected components over strong keys; a lone name joins the one full name
 * holding it, else gathers with its namesakes) and against a linker built in one go.
 */
type Pick = [EntityType, string, string[]?];
// Most surnames have one or two full names in the pool, so edits often make a lone name ambiguous
// or unique again.
const FIRST = ['Ana', 'Ben', 'Kim', 'Li'];
const LAST = ['Brennan', 'Okafor', 'Li', 'Shoigu', 'Stone', 'Kim', 'Petrov', 'Diaz', 'Sato', 'Moreau', 'Nowak', 'Haddad'];
const POOL: Pick[] = [
  ...LAST.flatMap((l, i) => FIRST.filter((f, j) => f !== l && (i + j) % 3 === 0).map((f): Pick => ['person', `${f} ${l}`, [l]])),
  ...LAST.map((l): Pick => ['person', l]),
  ...LAST.map((l): Pick => ['other', l]),
  ['person', 'Kim Jong Un', ['Kim']], ['person', 'Mr Stone'],
  ['place', 'United States', ['U.S.']], ['place', 'US'], ['place', 'United States of America'], ['place', 'America'],
  ['place', 'North Korea'], ['place', 'Lisbon'], ['place', 'LISBON'],
  ['organization', 'Korean Central News Agency', ['KCNA']], ['organization', 'KCNA'],
  ['organization', 'Lehman Brothers'], ['organization', 'Lehman'], ['organization', 'Lehman Holdings Trust'],
  ['organization', 'Stone Group'], ['organization', 'Stone'], ['organization', 'Brennan Partners'],
];

function docOf(id: string, picks: number[], weights: number[]): DocumentAnalysis {
  const seen = new Set<string>();
  const entities: DocEntity[] = [];
  picks.forEach((p, i) => {
    const [type, name, aliases] = POOL[p];
    const key = `${type}:${name.toLowerCase().replace(/\W+/g, '-')}`;
    if (seen.has(key)) return;
    seen.add(key);
    entities.push({ key, name, type, aliases: [name, ...(aliases ?? [])], mentions: Array.from({ length: 1 + weights[i] }, (_, k) => k), ...(i % 4 === 0 ? { role: ['mayor', 'senator'][weights[i] % 2] } : {}) });
  });
  return { id, engineVersion: 't', contentHash: id, length: 0, title: id, titleSpan: null, published: { date: null, source: 'none', conflicts: [] }, agency: null, body: { start: 0, end: 0 }, regions: [], sentences: [], mentions: [], entities, timexes: [], events: [], warnings: [] };
}

/** The linking rules written out plainly: the groups of `doc\0key` refs, each sorted, as sorted strings. */
function referenceGroups(docs: DocumentAnalysis[]): string[] {
  const members = docs.flatMap((d) => d.entities.map((e) => {
    const k = linkKeys(e.type, e.name, e.aliases);
    return { ref: `${d.id}\u0000${e.key}`, strong: k.strong, weak: k.weak && `${e.type === 'other' ? 'person' : e.type}:${k.weak}`, parts: k.parts.map((p) => `${e.type}:${p}`) };
  }));
  const parent = new Map<string, string>();
  const find = (x: string): string => { const p = parent.get(x) ?? x; if (p === x) return x; const r = find(p); parent.set(x, r); return r; };
  for (const m of members) for (const k of m.strong.slice(1)) parent.set(find(k), find(m.strong[0]));
  const groupOf = new Map<string, string>();
  for (const m of members) if (m.strong.length) groupOf.set(m.ref, `s:${find(m.strong[0])}`);
  for (const m of members) {
    if (m.strong.length || !m.weak) continue;
    const targets = new Set(members.filter((n) => n.strong.length && n.parts.includes(m.weak!)).map((n) => groupOf.get(n.ref)!));
    groupOf.set(m.ref, targets.size === 1 ? [...targets][0] : `w:${m.weak}`);
  }
  const groups = new Map<string, string[]>();
  for (const [ref, g] of groupOf) { let l = groups.get(g); if (!l) groups.set(g, (l = [])); l.push(ref); }
  return [...groups.values()].map((g) => g.sort().join(' | ')).sort();
}

const groupsOf = (l: CorpusLinker) => l.entities().map((e) => e.members.map((m) => `${m.doc}\u0000${m.key}`).sort().join(' | ')).sort();
const plain = (l: CorpusLinker) => JSON.parse(JSON.stringify(l.entities()));

describe('CorpusLinker: a large generated corpus links as the rules say, however it was built', () => {
  const arbDoc = fc.record({
    picks: fc.array(fc.integer({ min: 0, max: POOL.length - 1 }), { maxLength: 8 }),
    weights: fc.array(fc.nat(3), { minLength: 8, maxLength: 8 }),
  });
  const arbOp = fc.oneof(
    { weight: 8, arbitrary: fc.record({ kind: fc.constant('upsert' as const), doc: fc.nat(299), spec: arbDoc }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), doc: fc.nat(299) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('query' as const) }) },
  );
  it('random upserts, edits and removes of up to 300 documents, queried in between', () => {
    fc.assert(fc.property(fc.array(arbOp, { minLength: 200, maxLength: 600 }), (ops) => {
      const l = new CorpusLinker();
      const live = new Map<string, DocumentAnalysis>();
      for (const op of ops) {
        const id = op.kind === 'query' ? '' : `d${String(op.doc).padStart(3, '0')}.txt`;
        if (op.kind === 'upsert') { const d = docOf(id, op.spec.picks, op.spec.weights); live.set(id, d); l.upsert(d); }
        else if (op.kind === 'remove') { live.delete(id); l.remove(id); }
        else l.takeChanges();
      }
      const docs = [...live.values()];
      assert.deepEqual(groupsOf(l), referenceGroups(docs));
      const batch = new CorpusLinker();
      for (const d of docs.reverse()) batch.upsert(d);
      assert.deepEqual(plain(l), plain(batch));
      for (const e of l.entities()) assert.equal(l.get(e.id), e);
    }), { numRuns: 25, seed: 11 });
  });
});
