import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../core/analyze';
import { CorpusIndex } from '../core/corpus/corpus-index';
import { decodeBytes, DEFAULT_MAX_BYTES } from '../core/input/decode';
import { parseCorrections } from '../core/corrections/corrections';
import type { Corrections } from '../core/model';
import { UsageError, type CliArgs } from './args';
import { readDateOverrides } from './dates';
import { describeFsError, listDocuments } from './files';
import { openLineSink, writeAll, writeFileAtomic, type Io } from './output';
import { clean, formatReport } from './report';

export interface Problem { id: string; reason: string; kind: 'skipped' | 'error' }

/** `dossier analyze <folder>`: returns the exit status. */
export async function analyzeCommand(args: CliArgs, io: Io): Promise<number> {
  const root = path.resolve(args.positionals[0]);
  let st;
  try {
    st = await fs.stat(root);
  } catch (e) {
    throw new UsageError(`cannot open folder ${args.positionals[0]}: ${describeFsError(e)}`);
  }
  if (!st.isDirectory()) throw new UsageError(`${args.positionals[0]} is not a folder`);
  const overrides = await readDateOverrides(args.dates, args.date);
  const corrections = await loadCorrections(args.corrections ?? path.join(root, '.dossier', 'corrections.json'), !!args.corrections);
  const maxBytes = args.maxSizeMb ? Math.round(args.maxSizeMb * 1024 * 1024) : DEFAULT_MAX_BYTES;
  const say = (line: string) => { if (!args.quiet) io.stderr.write(`dossier: ${line}\n`); };
  const fail = (line: string) => { io.stderr.write(`dossier: error: ${line}\n`); };

  const problems: Problem[] = [];
  const files = await listDocuments(root, (id, reason) => { problems.push({ id, reason, kind: 'error' }); fail(`cannot read ${clean(id)}: ${reason}`); });
  const ids = new Set(files.map((f) => f.id));
  for (const p of overrides.keys()) if (!ids.has(p)) say(`warning: date override for "${clean(p)}" matches no document`);

  const sink = args.jsonl ? openLineSink(args.out, io) : undefined;
  const index = new CorpusIndex();
  if (corrections) index.setCorrections(corrections.value);
  if (corrections) for (const w of corrections.warnings) say(`warning: corrections: ${w}`);
  let analysed = 0;
  for (const f of files) {
    let bytes: Uint8Array;
    try {
      const size = (await fs.stat(f.abs)).size;
      if (size > maxBytes) {
        problems.push({ id: f.id, reason: `too large (${(size / 1048576).toFixed(1)} MB, limit ${(maxBytes / 1048576).toFixed(1)} MB)`, kind: 'skipped' });
        say(`skipped ${clean(f.id)}: ${problems[problems.length - 1].reason}`);
        continue;
      }
      bytes = await fs.readFile(f.abs);
    } catch (e) {
      problems.push({ id: f.id, reason: describeFsError(e), kind: 'error' });
      fail(`cannot read ${clean(f.id)}: ${describeFsError(e)}`);
      continue;
    }
    const decoded = decodeBytes(bytes, { maxBytes });
    if (decoded.skipped !== undefined) {
      problems.push({ id: f.id, reason: decoded.skipped, kind: 'skipped' });
      say(`skipped ${clean(f.id)}: ${decoded.skipped}`);
      continue;
    }
    let doc;
    try {
      doc = analyzeDocument(decoded.text, { id: f.id, publishedOverride: overrides.get(f.id) });
    } catch (e) {
      problems.push({ id: f.id, reason: `analysis failed: ${(e as Error).message}`, kind: 'error' });
      fail(`cannot analyse ${clean(f.id)}: ${clean(String((e as Error).message))}`);
      continue;
    }
    analysed++;
    if (sink) await sink.write(JSON.stringify(doc));
    else index.upsert(doc);
  }
  if (sink) {
    await sink.close();
  } else if (args.json) {
    await writeAll(io.stdout, `${JSON.stringify(index.toExport())}\n`);
  } else if (args.out) {
    await writeFileAtomic(args.out, JSON.stringify(index.toExport()));
  } else {
    await writeAll(io.stdout, formatReport(index, args.positionals[0], problems));
  }
  const errors = problems.filter((p) => p.kind === 'error').length;
  const skipped = problems.length - errors;
  if (args.out || args.json || args.jsonl) {
    say(`${analysed} document${analysed === 1 ? '' : 's'} analysed${skipped ? `, ${skipped} skipped` : ''}${errors ? `, ${errors} failed` : ''}${args.out ? ` → ${args.out}` : ''}`);
  }
  if (!files.length) say(`no .txt or .md files under ${args.positionals[0]}`);
  return errors ? 1 : 0;
}

/** Explicit corrections files must be valid; the default one is optional and only warns. */
export async function loadCorrections(file: string, explicit: boolean): Promise<{ value: Corrections; warnings: string[] } | undefined> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if (!explicit && (e as { code?: string }).code === 'ENOENT') return undefined;
    throw new UsageError(`cannot read corrections file ${file}: ${describeFsError(e)}`);
  }
  const parsed = parseCorrections(text);
  if (!parsed.ok) {
    if (explicit) throw new UsageError(`corrections file ${file}: ${parsed.error}`);
    return { value: { version: 1, rename: {}, merge: {}, retype: {}, reject: [] }, warnings: [`${file} ignored: ${parsed.error}`] };
  }
  return parsed;
}
