import { promises as fs } from 'node:fs';
import { UsageError } from './args';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day in YYYY-MM-DD form (rejects 2023-02-30). */
export function isIsoDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Document ids use '/', with no leading './'. */
export function normalizeDocPath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\/+/, '');
}

/** Publication-date overrides from --dates <file> and --date path=YYYY-MM-DD (the latter win). */
export async function readDateOverrides(datesFile: string | undefined, dateArgs: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (datesFile) {
    let text: string;
    try {
      text = await fs.readFile(datesFile, 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read --dates file ${datesFile}: ${(e as Error).message.split('\n')[0]}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new UsageError(`--dates file ${datesFile} is not valid JSON (${(e as Error).message})`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw new UsageError(`--dates file ${datesFile} must be an object {"relative/path.txt": "YYYY-MM-DD"}`);
    }
    for (const [k, v] of Object.entries(json)) {
      if (typeof v !== 'string' || !isIsoDay(v)) throw new UsageError(`--dates file ${datesFile}: "${k}" has ${JSON.stringify(v)}, expected a YYYY-MM-DD date`);
      out.set(normalizeDocPath(k), v);
    }
  }
  for (const a of dateArgs) {
    const i = a.lastIndexOf('=');
    const p = i > 0 ? a.slice(0, i) : '';
    const d = i > 0 ? a.slice(i + 1) : '';
    if (!p || !isIsoDay(d)) throw new UsageError(`--date expects <relative/path>=<YYYY-MM-DD>, got "${a}"`);
    out.set(normalizeDocPath(p), d);
  }
  return out;
}
