/**
 * One benchmark phase in a fresh process (so peak RSS belongs to that phase alone), started by
 * scripts/bench.mjs. Prints progress on stderr and one `RESULT {json}` line on stdout.
 *   node .dossier-bench/bench.js baseline|product --dir <corpus> --workers N --worker <dist/worker.js> ...
 */
import { runBaseline } from './baseline';
import { readCorpus } from './corpus';
import { runProduct } from './product';

const args = process.argv.slice(2);
const phase = args[0];
const opt = (name: string, dflt?: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const log = (m: string) => process.stderr.write(`${m}\n`);

async function main(): Promise<void> {
  const dir = opt('dir')!;
  const workerScript = opt('worker')!;
  const workers = Number(opt('workers', '2'));
  const docs = readCorpus(dir);
  if (docs.length === 0) throw new Error(`no .txt/.md/.html files in ${dir}`);
  let result: object;
  if (phase === 'baseline') {
    const sample = Number(opt('sample', '300'));
    result = await runBaseline(docs.slice(0, sample), workerScript, workers, Number(opt('speedup-docs', '120')));
  } else if (phase === 'product') {
    result = await runProduct(docs, workerScript, workers, opt('cache')!, log);
  } else {
    throw new Error(`unknown phase ${phase}`);
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`RESULT ${JSON.stringify({ ...result, docs: docs.length, words: docs.reduce((s, d) => s + d.words, 0), peak_rss_mb: peakRssMb })}\n`);
}

main().then(() => process.exit(0), (e) => {
  process.stderr.write(`bench ${phase} failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
