import { createReadStream } from 'node:fs';
import * as readline from 'node:readline';
import { CorpusIndex } from '../core/corpus/corpus-index';
import { parseDocumentLine } from '../core/export/jsonl';
import { ENGINE_VERSION } from '../core/model';
import type { CliArgs } from './args';
import { loadCorrections } from './analyze-command';
import { describeFsError } from './files';
import { openLineSink, writeAll, writeFileAtomic, type Io } from './output';
import { clean } from './report';

/** `dossier merge <file.jsonl>...`: JSONL shards in, one export (or one merged JSONL) out. */
export async function mergeCommand(args: CliArgs, io: Io): Promise<number> {
  const say = (line: string) => { if (!args.quiet) io.stderr.write(`dossier: ${line}\n`); };
  const fail = (line: string) => { io.stderr.write(`dossier: error: ${line}\n`); };
  const corrections = args.corrections ? await loadCorrections(args.corrections, true) : undefined;
  const index = new CorpusIndex();
  if (corrections) index.setCorrections(corrections.value);
  let errors = 0;
  let docs = 0;
  const versions = new Set<string>();
  for (const file of args.positionals) {
    let lineNo = 0;
    try {
      const rl = readline.createInterface({ input: createReadStream(file), crlfDelay: Infinity });
      for await (const line of rl) {
        lineNo++;
        const p = parseDocumentLine(line);
        if (!p.ok) { errors++; fail(`${clean(file)}:${lineNo}: ${p.error}`); continue; }
        if (!p.doc) continue;
        if (index.document(p.doc.id)) say(`warning: ${clean(file)}:${lineNo}: "${clean(p.doc.id)}" appears again; the later one is kept`);
        versions.add(p.doc.engineVersion);
        index.upsert(p.doc);
        docs++;
      }
    } catch (e) {
      errors++;
      fail(`cannot read ${clean(file)}: ${describeFsError(e)}`);
    }
  }
  for (const v of versions) if (v !== ENGINE_VERSION) say(`warning: some documents were analysed by engine ${clean(String(v))}, this is ${ENGINE_VERSION}`);
  if (args.jsonl) {
    const sink = openLineSink(args.out, io);
    for (const d of index.documents()) await sink.write(JSON.stringify(d));
    await sink.close();
  } else if (args.out) {
    await writeFileAtomic(args.out, JSON.stringify(index.toExport()));
  } else {
    await writeAll(io.stdout, `${JSON.stringify(index.toExport())}\n`);
  }
  say(`merged ${index.size()} document${index.size() === 1 ? '' : 's'} from ${args.positionals.length} file${args.positionals.length === 1 ? '' : 's'}${docs !== index.size() ? ` (${docs - index.size()} duplicates)` : ''}${args.out ? ` → ${args.out}` : ''}`);
  return errors ? 1 : 0;
}
