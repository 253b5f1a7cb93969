import { parseArgs } from 'node:util';

export const USAGE = `Usage: dossier <command> [options]

Commands:
  analyze <folder>             Analyse every .txt and .md file under <folder> (recursively;
                               node_modules and dot-folders are skipped)
  merge <file.jsonl>...        Merge the output of \`analyze --jsonl\` runs into one export

Options (analyze):
  --out <file>                 Write the Export v1 JSON (or JSONL with --jsonl) to <file>
  --json                       Print the Export v1 JSON to stdout instead of the report
  --jsonl                      Stream one analysed document per line (to stdout, or --out)
  --dates <file.json>          Publication dates: {"relative/path.txt": "YYYY-MM-DD", ...}
  --date <path>=<YYYY-MM-DD>   Override one document's publication date (repeatable)
  --corrections <file.json>    Entity corrections to apply (default: <folder>/.dossier/corrections.json)
  --max-size <MB>              Skip files larger than this (default 5)
  --quiet                      Print only errors

Options (merge):
  --out <file>                 Write the merged export here (default: stdout)
  --jsonl                      Write merged JSONL instead of an export (merges compose)
  --corrections <file.json>    Entity corrections to apply to the merged export

  -h, --help                   Show this help
  -v, --version                Show the engine version

Exit status: 0 success, 1 some files could not be read or analysed (the others are still
written), 2 bad usage or input (unknown option, missing folder, bad dates file).`;

export interface CliArgs {
  command: 'analyze' | 'merge' | 'help' | 'version';
  positionals: string[];
  out?: string;
  json: boolean;
  jsonl: boolean;
  dates?: string;
  date: string[];
  corrections?: string;
  maxSizeMb?: number;
  quiet: boolean;
}

/** A usage problem: printed as one line, exit status 2. */
export class UsageError extends Error {}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        json: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        dates: { type: 'string' },
        date: { type: 'string', multiple: true, default: [] },
        corrections: { type: 'string' },
        'max-size': { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    const err = e as Error & { code?: string };
    // Node's messages run over several sentences; keep the first, which names the option.
    throw new UsageError(err.message.split(/\.\s/)[0].replace(/\.$/, ''));
  }
  const v = parsed.values;
  const [cmd, ...rest] = parsed.positionals;
  const base = {
    positionals: rest, out: v.out, json: !!v.json, jsonl: !!v.jsonl, dates: v.dates, date: (v.date ?? []) as string[],
    corrections: v.corrections, quiet: !!v.quiet,
  };
  if (v.help) return { command: 'help', ...base };
  if (v.version) return { command: 'version', ...base };
  if (!cmd) throw new UsageError('no command given (try "dossier analyze <folder>" or --help)');
  if (cmd !== 'analyze' && cmd !== 'merge' && cmd !== 'help') throw new UsageError(`unknown command "${cmd}" (expected analyze or merge)`);
  let maxSizeMb: number | undefined;
  if (v['max-size'] !== undefined) {
    maxSizeMb = Number(v['max-size']);
    if (!Number.isFinite(maxSizeMb) || maxSizeMb <= 0) throw new UsageError(`--max-size expects a number of megabytes, got "${v['max-size']}"`);
  }
  if (v.json && v.jsonl) throw new UsageError('--json and --jsonl cannot be combined');
  if (cmd === 'analyze') {
    if (rest.length !== 1) throw new UsageError(rest.length ? `analyze takes one folder, got ${rest.length} arguments` : 'analyze needs a folder');
  }
  if (cmd === 'merge') {
    if (!rest.length) throw new UsageError('merge needs at least one .jsonl file');
    if (v.json) throw new UsageError('merge writes JSON by default; --json is for analyze');
    if (v.dates || (v.date as string[] | undefined)?.length) throw new UsageError('--dates/--date apply to analyze, not merge');
  }
  return { command: cmd, ...base, maxSizeMb };
}
