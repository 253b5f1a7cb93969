// Issue 6, tier 1: every input of the generated bad-input corpus (test/fixtures/bad-corpus.mjs)
// through the same path the extension and the CLI take: bytes → decodeBytes → analyzeDocument.
// Nothing crashes, nothing points at the wrong characters, names are found where they stand,
// binary and oversize files are refused with a reason, and analysis time stays proportional to size.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeDocument } from '../../../src/core/analyze';
import { decodeBytes } from '../../../src/core/input/decode';
import type { DocumentAnalysis } from '../../../src/core/model';
import { violations } from '../invariants/fuzz.test';
import { loadBadCorpus, type BadCorpusModule, type BadInput } from './bad-corpus';

/**
 * Generous time budget, in CPU time of this process (wall time on 2 cores shared by a team varies
 * five-fold): a fixed allowance plus a per-character one. The engine needs ~0.1 ms of CPU per
 * character of ordinary news text; the budget is 0.5 ms, so only a blow-up (a regex backtracking,
 * a scan per match over a giant sentence) fails it. Not a benchmark: speed is `npm run bench`.
 */
const budgetMs = (chars: number) => 3_000 + chars * 0.5;

function cpuMs<T>(fn: () => T): { value: T; ms: number } {
  const t0 = process.cpuUsage();
  const value = fn();
  const d = process.cpuUsage(t0);
  return { value, ms: Math.round((d.user + d.system) / 1000) };
}

/** Offsets of every occurrence of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Whether some mention starts at or covers `offset`. */
function mentionAt(a: DocumentAnalysis, offset: number) {
  return a.mentions.find((m) => m.start <= offset && offset < m.end);
}

describe('bad-input corpus through decode + analyze (issue 6)', function () {
  this.timeout(600_000);
  let corpus: BadCorpusModule;
  let dir: string;
  let manifest: BadInput[];
  const results = new Map<string, { text?: string; skipped?: string; analysis?: DocumentAnalysis; ms?: number }>();

  before(async () => {
    corpus = await loadBadCorpus();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bad-'));
    manifest = corpus.writeBadCorpus(dir);
    for (const m of manifest.filter((x) => x.expect === 'text' || x.expect === 'skip')) {
      const d = decodeBytes(fs.readFileSync(path.join(dir, m.file)));
      if (d.skipped !== undefined) { results.set(m.file, { skipped: d.skipped }); continue; }
      const { value: analysis, ms } = cpuMs(() => analyzeDocument(d.text, { id: m.file }));
      results.set(m.file, { text: d.text, analysis, ms });
    }
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the generator wrote every kind of input the issue names', () => {
    const whats = manifest.map((m) => m.what).join('\n');
    for (const kind of [/empty/, /whitespace/, /50 MB/, /NUL/, /PNG/, /ZIP/, /invalid UTF-8/, /UTF-16 LE with BOM/, /UTF-16 BE/, /UTF-8 with BOM/, /CRLF/,
      /lone CR/, /astral emoji.*combining/, /right-to-left/, /zero-width/, /100,000-character line/, /front matter/, /HTML page/, /injection/, /40 folders deep/, /symlink loop/]) {
      assert.match(whats, kind);
    }
    assert.ok(fs.statSync(path.join(dir, 'huge-50mb.txt')).size >= 50 * 1024 * 1024);
  });

  it('skips exactly the binary and oversize files, each with a reason that says why', () => {
    for (const m of manifest) {
      const r = results.get(m.file);
      if (m.expect === 'skip') assert.match(r?.skipped ?? '(decoded as text)', new RegExp(m.skip!), m.file);
      if (m.expect === 'text') assert.equal(r?.skipped, undefined, `${m.file} (${m.what}) must not be skipped`);
    }
    assert.match(results.get('huge-50mb.txt')!.skipped!, /^too large \(50\.0 MB, limit 5\.0 MB\)$/);
  });

  it('every mention, time expression, anchor and event of every text input points inside its document and slices to its text', () => {
    let mentions = 0;
    for (const [file, r] of results) {
      if (!r.analysis) continue;
      assert.deepEqual(violations(r.text!, r.analysis), [], file);
      assert.deepEqual(r.analysis.warnings.filter((w) => /engine bug|failed \(/.test(w)), [], `${file}: the raw stages needed no repair`);
      for (const ev of r.analysis.events) {
        assert.ok(ev.sentence.end <= r.text!.length, `${file}: event ${ev.id}`);
        if (ev.anchor) assert.ok(r.analysis.timexes.some((t) => t.start === ev.anchor!.start && t.end === ev.anchor!.end), `${file}: event ${ev.id} anchored on a time expression`);
      }
      mentions += r.analysis.mentions.length;
    }
    assert.ok(mentions > 50, `the corpus yields mentions to check (${mentions})`);
  });

  it('finds the names where they stand, whatever precedes them (BOM, emoji, combining marks, RTL, CR, injected markup)', () => {
    const missed: string[] = [];
    for (const m of manifest) {
      const r = results.get(m.file);
      if (!r?.analysis || !m.names) continue;
      for (const name of m.names) {
        const at = occurrences(r.text!, name);
        assert.ok(at.length > 0, `${m.file}: "${name}" is in the decoded text`);
        if (!at.some((o) => mentionAt(r.analysis!, o + name.length - 1))) missed.push(`${m.file}: "${name}" (${m.what})`);
      }
    }
    assert.deepEqual(missed, [], 'names with no mention at their position');
  });

  it('analysis time grows with size, within a generous per-character budget', () => {
    const slow = [...results].filter(([, r]) => r.analysis && r.ms! > budgetMs(r.text!.length))
      .map(([f, r]) => `${f}: ${r.ms} ms CPU for ${r.text!.length} chars (budget ${Math.round(budgetMs(r.text!.length))} ms)`);
    assert.deepEqual(slow, []);
  });

  it('decodes as VS Code does: BOMs stripped, UTF-16 LE/BE decoded, so offsets equal those in the plain UTF-8 file', () => {
    const plain = results.get('good/article.txt')!;
    assert.equal(plain.text, corpus.ARTICLE);
    for (const f of ['enc/utf8-bom.txt', 'enc/utf16le.txt', 'enc/utf16be.txt']) {
      const r = results.get(f)!;
      assert.equal(r.text, corpus.ARTICLE, `${f} decodes to the same text, without a BOM character`);
      assert.deepEqual(r.analysis!.mentions.map((m) => [m.start, m.end, m.text]), plain.analysis!.mentions.map((m) => [m.start, m.end, m.text]), f);
    }
    // A stray odd byte after UTF-16 text is dropped, not turned into a character.
    assert.equal(results.get('enc/utf16le-odd.txt')!.text, corpus.ARTICLE);
    // Emoji are two UTF-16 units each: the name moves by exactly that many.
    const emoji = results.get('enc/utf16le-emoji.txt')!;
    const kim = plain.analysis!.mentions.find((m) => m.text === 'Kim Jong Un')!;
    assert.ok(emoji.analysis!.mentions.some((m) => m.text === 'Kim Jong Un' && m.start === kim.start + '😀🎉 '.length), 'Kim Jong Un shifted by 5 code units');
  });

  it('keeps CRLF text as the editor holds it (offsets count the CR) and turns invalid UTF-8 into U+FFFD', () => {
    const crlf = results.get('eol/crlf.txt')!;
    assert.equal(crlf.text, corpus.ARTICLE.replace(/\n/g, '\r\n'));
    const liu = crlf.analysis!.mentions.find((m) => m.text === 'Liu Guozhong')!;
    assert.equal(liu.start, crlf.text!.indexOf('Liu Guozhong'));
    const bad = results.get('enc/invalid-utf8.txt')!;
    assert.ok(bad.text!.includes('\ufffd'));
    assert.ok(!results.get('enc/latin1.txt')!.text!.includes('\u00e7'), 'Latin-1 is not guessed: VS Code opens it as UTF-8 too');
  });

  it('reads nothing from inside code blocks, HTML tags or injected markup as a name', () => {
    for (const f of ['shape/page.html.txt', 'injection/hostile.txt', 'injection/names.txt', 'shape/front-matter.md']) {
      const r = results.get(f)!;
      const hostile = r.analysis!.mentions.filter((m) => /[<>[\]()`]|onerror|alert|script|command:/i.test(m.text));
      assert.deepEqual(hostile.map((m) => m.text), [], `${f}: no mention made of markup`);
      const entityNames = r.analysis!.entities.map((e) => e.name);
      assert.ok(!entityNames.some((n) => /[<>]|alert\(/.test(n)), `${f}: entities ${entityNames.join(', ')}`);
    }
  });

  it('analyses the empty and whitespace-only files to empty results, not errors', () => {
    for (const f of ['empty.txt', 'whitespace.txt']) {
      const a = results.get(f)!.analysis!;
      assert.equal(a.mentions.length + a.timexes.length + a.events.length, 0, f);
      assert.deepEqual(a.warnings, [], f);
    }
  });
});
