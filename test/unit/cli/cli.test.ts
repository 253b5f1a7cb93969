import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// The CLI as users run it, compiled by tsc next to this test (out/src/cli.js): real process, real
// files, real exit codes.
const CLI = path.resolve(__dirname, '../../../src/cli.js');

function run(args: string[], cwd?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const ARTICLE_A = 'SEOUL, South Korea (AP) — North Korea held a military parade on Saturday, and leader Kim Jong Un watched from a balcony.\n\nKim later met Chinese Vice Premier Liu Guozhong in Pyongyang, state media said.\n';
const ARTICLE_B = 'MOSCOW (Reuters) - Russian President Vladimir Putin said on Tuesday he would meet Kim Jong Un next month in Vladivostok.\n';

describe('dossier CLI (end to end)', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-'));
    const w = (rel: string, data: string | Uint8Array) => { fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true }); fs.writeFileSync(path.join(dir, rel), data); };
    w('wire/a.txt', ARTICLE_A);
    w('wire/b.md', ARTICLE_B);
    w('crlf.txt', ARTICLE_B.replace(/\n/g, '\r\n'));
    w('empty.txt', '');
    w('image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    w('nul.txt', Uint8Array.from([0x61, 0, 0x62]));
    w('node_modules/pkg/readme.txt', 'Ignored Person met Other Person.');
    w('.git/notes.txt', 'Ignored.');
    w('ignored.json', '{}');
    fs.symlinkSync(path.join(dir, 'missing-target.txt'), path.join(dir, 'broken.txt'));
    fs.symlinkSync(path.join(dir, 'wire'), path.join(dir, 'wire', 'loop')); // a loop
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const usage: [string, string[], RegExp][] = [
    ['no command', [], /no command given/],
    ['unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['unknown flag', ['analyze', '.', '--bogus'], /Unknown option '--bogus'/],
    ['missing folder', ['analyze', '/definitely/not/here'], /cannot open folder \/definitely\/not\/here: not found/],
    ['a file instead of a folder', ['analyze', CLI], /is not a folder/],
    ['bad --date', ['analyze', '.', '--date', 'a.txt=2023-02-30'], /--date expects <relative\/path>=<YYYY-MM-DD>/],
    ['bad --max-size', ['analyze', '.', '--max-size', 'lots'], /--max-size expects a number/],
    ['--json with --jsonl', ['analyze', '.', '--json', '--jsonl'], /cannot be combined/],
    ['merge without files', ['merge'], /merge needs at least one/],
  ];
  for (const [what, args, msg] of usage) {
    it(`exits 2 with one line on ${what}`, () => {
      const r = run(args);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, msg);
      assert.equal(r.err.trim().split('\n').length, 1, r.err);
    });
  }

  it('prints usage with --help', () => {
    const r = run(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.out, /Usage: dossier <command>/);
    assert.match(r.out, /--dates <file.json>/);
  });

  it('analyses every readable document, skips binaries with a reason, and exits 1 for the unreadable one', () => {
    const out = path.join(dir, '..', `${path.basename(dir)}-export.json`);
    const r = run(['analyze', dir, '--out', out]);
    assert.equal(r.code, 1, 'the broken link is an error');
    assert.match(r.err, /error: cannot read broken\.txt: /);
    assert.match(r.err, /skipped image\.txt: binary \(PNG image\)/);
    assert.match(r.err, /skipped nul\.txt: binary \(contains NUL bytes\)/);
    const ex = JSON.parse(fs.readFileSync(out, 'utf8'));
    fs.rmSync(out);
    assert.deepEqual(ex.documents.map((d: { id: string }) => d.id), ['crlf.txt', 'empty.txt', 'wire/a.txt', 'wire/b.md']);
    // Offsets point into the file's text as the editor shows it (CRLF kept when it is the file's EOL).
    const textOf: Record<string, string> = { 'wire/a.txt': ARTICLE_A, 'wire/b.md': ARTICLE_B, 'crlf.txt': ARTICLE_B.replace(/\n/g, '\r\n') };
    let mentions = 0;
    for (const e of ex.entities) for (const m of e.mentions) { mentions++; assert.equal(textOf[m.doc].slice(m.start, m.end), m.text); }
    for (const t of ex.timexes) assert.equal(textOf[t.doc].slice(t.start, t.end), t.text);
    assert.ok(mentions > 0, 'entities were found');
  });

  it('applies --dates and --date overrides (the flag wins)', () => {
    const dates = path.join(dir, '..', `${path.basename(dir)}-dates.json`);
    fs.writeFileSync(dates, JSON.stringify({ 'wire/a.txt': '2023-09-09', './wire/b.md': '2023-09-05' }));
    const r = run(['analyze', path.join(dir, 'wire'), '--json', '--dates', dates, '--date', 'b.md=2024-01-02', '--date', 'a.txt=2023-09-09']);
    fs.rmSync(dates);
    assert.equal(r.code, 0, r.err);
    const ex = JSON.parse(r.out);
    const pub = Object.fromEntries(ex.documents.map((d: { id: string; published: unknown }) => [d.id, d.published]));
    assert.deepEqual(pub['a.txt'], { date: '2023-09-09', source: 'override' });
    assert.deepEqual(pub['b.md'], { date: '2024-01-02', source: 'override' });
    assert.match(r.err, /date override for "wire\/a\.txt" matches no document/);
  });

  it('rejects a malformed --dates file with one line', () => {
    const dates = path.join(dir, '..', `${path.basename(dir)}-bad-dates.json`);
    fs.writeFileSync(dates, '{"a.txt": "yesterday"}');
    const r = run(['analyze', dir, '--dates', dates]);
    fs.rmSync(dates);
    assert.equal(r.code, 2);
    assert.match(r.err, /"a\.txt" has "yesterday", expected a YYYY-MM-DD date/);
  });

  it('prints a readable report: documents, entities by type, timeline', () => {
    const r = run(['analyze', path.join(dir, 'wire')]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^Dossier — .*: 2 documents, \d+ entities, \d+ events/);
    assert.match(r.out, /\nDOCUMENTS\n {2}a\.txt/);
    assert.match(r.out, /\nPEOPLE \(\d+\)\n/);
    assert.match(r.out, /Kim Jong Un +\d+ mentions +2 docs/);
    assert.match(r.out, /\nTIMELINE \(\d+\)\n/);
  });

  it('analyze --jsonl then merge gives the same export as one run', () => {
    const wire = path.join(dir, 'wire');
    const single = run(['analyze', wire, '--json']);
    const shard = path.join(dir, '..', `${path.basename(dir)}-shard.jsonl`);
    const r1 = run(['analyze', wire, '--jsonl', '--out', shard]);
    assert.equal(r1.code, 0, r1.err);
    const lines = fs.readFileSync(shard, 'utf8').trim().split('\n');
    assert.equal(lines.length, 2);
    // Split the shard in two files to merge, as two machines would produce.
    const s1 = `${shard}.1`, s2 = `${shard}.2`;
    fs.writeFileSync(s1, `${lines[1]}\n`);
    fs.writeFileSync(s2, `${lines[0]}\n`);
    const merged = run(['merge', s1, s2]);
    for (const f of [shard, s1, s2]) fs.rmSync(f);
    assert.equal(merged.code, 0, merged.err);
    assert.equal(merged.out, single.out);
  });

  it('merge reports a bad line with file:line, keeps the good ones and exits 1', () => {
    const f = path.join(dir, '..', `${path.basename(dir)}-bad.jsonl`);
    const good = run(['analyze', path.join(dir, 'wire'), '--jsonl']).out.trim().split('\n')[0];
    fs.writeFileSync(f, `${good}\nnot json\n\n`);
    const r = run(['merge', f]);
    fs.rmSync(f);
    assert.equal(r.code, 1);
    assert.match(r.err, /-bad\.jsonl:2: not JSON/);
    assert.equal(JSON.parse(r.out).documents.length, 1);
  });

  it('says so when a folder has no documents', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-empty-'));
    const r = run(['analyze', empty]);
    fs.rmSync(empty, { recursive: true });
    assert.equal(r.code, 0);
    assert.match(r.err, /no \.txt or \.md files under/);
    assert.match(r.out, /0 documents/);
  });
});
