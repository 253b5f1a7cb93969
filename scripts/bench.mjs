// npm run bench [-- <folder>] [--sizes 100,1000,10000] [--workers N] [--seed N] [--sample N] [--profile] [--out file.json]
//   [--root dir]  where corpora, caches and bundles go (default .dossier-bench; give each concurrent run its own)
// Bundles scripts/bench/*.ts, then runs each phase of each corpus size in its own Node process so
// every peak-memory figure belongs to one run. Prints a table and writes bench-results.json.
import * as esbuild from 'esbuild';
import { execFileSync, spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const argv = process.argv.slice(2);
const flag = (name, dflt) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : dflt; };
const has = (name) => argv.includes(`--${name}`);
const valued = new Set(['--sizes', '--workers', '--seed', '--sample', '--speedup-docs', '--out', '--root']);
const folder = argv.find((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1]));

const root = resolve(flag('root', '.dossier-bench'));
const sizes = (flag('sizes', '100,1000,10000')).split(',').map(Number).filter((n) => n > 0);
const cores = availableParallelism();
const workers = Number(flag('workers', String(cores <= 2 ? Math.max(1, cores) : Math.min(4, cores - 1))));
const seed = Number(flag('seed', '20240601'));
const sample = flag('sample', '300');
const speedupDocs = flag('speedup-docs', '120');
const outFile = flag('out', 'bench-results.json');

mkdirSync(root, { recursive: true });
execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
for (const [entry, out] of [['scripts/bench/main.ts', 'bench.js'], ['scripts/bench/generate-cli.ts', 'bench-generate.js'], ['scripts/bench/profile.ts', 'bench-profile.js']]) {
  await esbuild.build({ entryPoints: [entry], outfile: join(root, out), bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
}
const workerScript = resolve('dist/worker.js');

function phase(name, dir, extra = []) {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [...(has('profile') && name === 'baseline' ? ['--cpu-prof', `--cpu-prof-dir=${join(root, 'profiles')}`] : []),
      join(root, 'bench.js'), name, '--dir', dir, '--worker', workerScript, '--workers', String(workers), ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (b) => { out += b; });
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code === 0 && line) res(JSON.parse(line.slice(7)));
      else rej(new Error(`bench phase ${name} on ${dir} failed (exit ${code})`));
    });
  });
}

const runs = [];
const notes = [];
const targets = folder ? [{ dir: resolve(folder), label: folder }] : sizes.map((n) => ({ n, label: `${n} generated` }));
for (const t of targets) {
  const dir = t.dir ?? execFileSync(process.execPath, [join(root, 'bench-generate.js'), root, String(seed), String(t.n)], { encoding: 'utf8' }).trim();
  console.error(`[bench] ${t.label}: ${dir}`);
  notes.push(`${t.label}: load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at start`);
  const b = await phase('baseline', dir, ['--sample', sample, '--speedup-docs', speedupDocs]);
  const p = await phase('product', dir, ['--cache', join(root, `cache-${t.n ?? 'folder'}`)]);
  // Single-thread baselines run on a sample of the corpus and are scaled to it by word count.
  const scale = p.words / b.sampleWords;
  if (b.sampleDocs < p.docs) notes.push(`${p.docs} docs: compromise and pipeline timed on the first ${b.sampleDocs} documents, scaled by word count (×${scale.toFixed(2)})`);
  if (p.failed) notes.push(`${p.docs} docs: ${p.failed} documents failed to analyse`);
  notes.push(`${p.docs} docs: single-thread wall time compromise ${Math.round(b.compromise_wall_ms * scale)} ms, pipeline ${Math.round(b.pipeline_wall_ms * scale)} ms (the table shows CPU time)`);
  notes.push(`${p.docs} docs: speed-up ${b.speedup.toFixed(2)} with ${workers} workers while the process got ${b.parallelism.toFixed(2)} cores (CPU used / wall time); the ${workers} workers used ${b.cpu_overhead.toFixed(2)}× the CPU of one`);
  const perDoc = (t) => `main ${(t.main / b.speedup_docs).toFixed(1)} + workers ${(t.workers / b.speedup_docs).toFixed(1)} + V8 background ${(t.background / b.speedup_docs).toFixed(1)}`;
  if (b.threads_one.workers > 0) notes.push(`${p.docs} docs: speed-up CPU ms per document by thread (warmed-up workers): 1 worker ${perDoc(b.threads_one)}; ${workers} workers ${perDoc(b.threads_many)}`);
  notes.push(`${p.docs} docs: longest main-thread stall ${p.max_stall_ms.toFixed(0)} ms busy (the table), ${p.max_stall_wall_ms.toFixed(0)} ms by the clock including waits for a core`);
  notes.push(`${p.docs} docs: cold = analysis+upserts ${p.cold_analysis_ms.toFixed(0)} ms + first query ${p.first_query_ms.toFixed(0)} ms; worst single upsert ${p.worst_upsert_ms.toFixed(1)} ms; edit median of 5 with a warm worker: ${p.edit_analysis_ms.toFixed(0)} ms analysis + ${(p.edit_ms - p.edit_analysis_ms).toFixed(0)} ms re-indexing`);
  notes.push(`${p.docs} docs: first paint from cache ${p.first_paint_ms.toFixed(0)} ms, ${p.warm_hits} cache hits, cache ${p.cache_mb.toFixed(1)} MB on disk; single-thread peak RSS ${b.peak_rss_mb.toFixed(0)} MB; main heap after warm ${p.heap_mb.toFixed(0)} MB`);
  notes.push(`${p.docs} docs: peak RSS ${p.peak_rss_mb.toFixed(0)} MB; largest JS heaps (committed) main thread ${p.main_heap_peak_mb.toFixed(0)} MB, ${workers} workers together ${p.worker_heap_peak_mb.toFixed(0)} MB; the rest is code, buffers and the allocator`);
  // CPU figures: what the wall-clock ones would be on an idle machine (this one is shared).
  notes.push(`${p.docs} docs: CPU time (all threads) cold ${(p.cold_cpu_ms / 1000).toFixed(1)} s (÷${workers} workers ≈ ${(p.cold_cpu_ms / 1000 / workers).toFixed(1)} s on idle cores); warm ${p.warm_cpu_ms.toFixed(0)} ms = cache read+check ${p.warm_cache_cpu_ms.toFixed(0)} + index upsert+link ${p.warm_index_cpu_ms.toFixed(0)} + read/hash/match files ${p.warm_verify_cpu_ms.toFixed(0)}; edit ${(b.edit_analysis_cpu_ms + p.edit_index_cpu_ms).toFixed(0)} ms = analysis ${b.edit_analysis_cpu_ms.toFixed(0)} + re-index ${p.edit_index_cpu_ms.toFixed(0)}`);
  const r2 = (x) => Math.round(x * 100) / 100;
  runs.push({
    docs: p.docs,
    words: p.words,
    compromise_ms: Math.round(b.compromise_ms * scale),
    pipeline_ms: Math.round(b.pipeline_ms * scale),
    ratio: r2(b.pipeline_ms / b.compromise_ms),
    workers,
    speedup: r2(b.speedup),
    cold_ms: Math.round(p.cold_ms),
    warm_ms: Math.round(p.warm_ms),
    edit_ms: r2(p.edit_ms),
    hover_p50_ms: Math.round(p.hover_p50_ms * 1000) / 1000,
    hover_p99_ms: Math.round(p.hover_p99_ms * 1000) / 1000,
    peak_rss_mb: Math.round(p.peak_rss_mb),
    max_stall_ms: r2(p.max_stall_ms),
    // The same figures in CPU time, beside the wall-clock ones (see the notes).
    cold_cpu_ms: Math.round(p.cold_cpu_ms),
    warm_cpu_ms: Math.round(p.warm_cpu_ms),
    edit_cpu_ms: r2(b.edit_analysis_cpu_ms + p.edit_index_cpu_ms),
  });
  writeFileSync(outFile, JSON.stringify({ runs }, null, 2) + '\n');
}

const cols = Object.keys(runs[0] ?? {});
const rows = [cols, ...runs.map((r) => cols.map((c) => String(r[c])))];
const width = cols.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => c.padStart(width[i])).join('  '));
console.log(`\ncores ${cores}; targets: ratio ≤ 1.3, speedup ≥ 1.7 (2 cores), warm ≥ 50× faster than cold, 1,000 docs cold ≤ 60 s / warm ≤ 1 s,`);
console.log('edit ≤ 150 ms, hover p99 ≤ 5 ms, peak RSS ≤ 600 MB at 10,000, max stall ≤ 50 ms');
for (const n of notes) console.log(`- ${n}`);
if (has('profile')) {
  execFileSync(process.execPath, [join(root, 'bench-profile.js'), join(root, 'profiles')], { stdio: 'inherit' });
}
console.log(`\nwrote ${outFile}`);
