import type { Region, Sentence } from '../model';

/** Splits the analysable regions (title, body) into sentences. (stub: one per line) */
export function splitSentences(text: string, regions: Region[]): Sentence[] {
  const out: Sentence[] = [];
  for (const r of regions) {
    if (r.kind !== 'title' && r.kind !== 'body') continue;
    const re = /[^\n]+/g;
    re.lastIndex = r.start;
    for (let m = re.exec(text); m && m.index < r.end; m = re.exec(text)) {
      out.push({ index: out.length, start: m.index, end: Math.min(r.end, m.index + m[0].length) });
    }
  }
  return out;
}
