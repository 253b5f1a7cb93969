// node .dossier-bench/bench-profile.js <dir>: self time per function from the newest .cpuprofile in <dir>.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }
interface Profile { nodes: Node[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

const dir = process.argv[2];
const newest = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))
  .map((f) => join(dir, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
const prof = JSON.parse(readFileSync(newest, 'utf8')) as Profile;
const byId = new Map(prof.nodes.map((n) => [n.id, n]));

/** esbuild marks each module in a bundle with a `// path/to/module.ts` line: map bundle lines back to modules. */
const moduleStarts = new Map<string, { line: number; module: string }[]>();
function sourceOf(url: string, line: number): string {
  if (!url) return '(native)';
  if (!url.endsWith('.js') || !url.includes('.dossier-bench')) return url.replace(/^.*\/(node_modules|src|scripts)\//, '$1/');
  let starts = moduleStarts.get(url);
  if (!starts) {
    starts = [];
    readFileSync(new URL(url), 'utf8').split('\n').forEach((l, i) => {
      const m = /^\/\/ ((?:src|scripts|node_modules)\/\S+)$/.exec(l);
      if (m) starts!.push({ line: i, module: m[1] });
    });
    moduleStarts.set(url, starts);
  }
  let best = '(bundle)';
  for (const s of starts) { if (s.line <= line) best = s.module; else break; }
  return best;
}
const self = new Map<string, number>();
const file = new Map<string, number>();
prof.samples.forEach((id, i) => {
  const n = byId.get(id)!;
  const dt = (prof.timeDeltas[i] ?? 0) / 1000;
  const src = sourceOf(n.callFrame.url, n.callFrame.lineNumber);
  const key = `${n.callFrame.functionName || '(anonymous)'}  ${src}:${n.callFrame.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + dt);
  file.set(src, (file.get(src) ?? 0) + dt);
});
const total = (prof.endTime - prof.startTime) / 1000;
console.log(`\nprofile ${newest} (${total.toFixed(0)} ms): top self time`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${v.toFixed(0).padStart(8)} ms  ${k}`);
console.log('by source file:');
for (const [k, v] of [...file].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`${v.toFixed(0).padStart(8)} ms  ${k}`);
