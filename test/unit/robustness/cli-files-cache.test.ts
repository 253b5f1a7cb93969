// Issue 6, tier 1: the bad-input corpus through the real CLI process (nothing lost, nothing written,
// one line per skipped file), files that vanish or change under a running analysis, a corrupt
// analysis cache, and a corrupt corrections file.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeDocument } from '../../../src/core/analyze';
import { parseCorrections } from '../../../src/core/corrections/corrections';
import { AnalysisCache } from '../../../src/extension/analysis/analysis-cache';
import { decodeEntry, entryName } from '../../../src/extension/analysis/cache-entry';
import { CachingAnalyzer } from '../../../src/extension/analysis/caching-analyzer';
import { NodeFsStore } from '../../../src/extension/analysis/node-store';
import { WorkerPool, type WorkerEvents, type WorkerHandle } from '../../../src/extension/analysis/pool';
import type { WorkRequest } from '../../../src/extension/analysis/protocol';
import { handleRequest } from '../../../src/extension/analysis/worker-core';
import { loadBadCorpus, type BadCorpusModule, type BadInput } from './bad-corpus';

const CLI = path.resolve(__dirname, '../../../src/cli.js');

/** sha256 of every regular file under dir (symlinks not followed), by relative path. */
function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (abs: string, rel: string) => {
    for (const ent of fs.readdirSync(abs, { withFileTypes: true })) {
      const a = path.join(abs, ent.name);
      const r = rel ? `${rel}/${ent.name}` : ent.name;
      if (ent.isDirectory()) walk(a, r);
      else if (ent.isFile()) out.set(r, createHash('sha256').update(fs.readFileSync(a)).digest('hex'));
      else if (ent.isSymbolicLink()) out.set(r, `-> ${fs.readlinkSync(a)}`);
    }
  };
  walk(dir, '');
  return out;
}

function runCli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 500_000, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr, signal: r.signal };
}

describe('the CLI on the bad-input corpus (issue 6)', function () {
  this.timeout(600_000);
  let corpus: BadCorpusModule;
  let dir: string;
  let manifest: BadInput[];
  let hashesBefore: Map<string, string>;
  let run: ReturnType<typeof runCli>;
  let exported: { documents: { id: string; warnings: string[] }[]; entities: { mentions: { doc: string; start: number; end: number; text: string }[] }[] };
  const out = path.join(os.tmpdir(), `dossier-bad-export-${process.pid}.json`);

  before(async () => {
    corpus = await loadBadCorpus();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-badcli-'));
    manifest = corpus.writeBadCorpus(dir);
    // A corrupt corrections file where the CLI looks for one by default.
    fs.mkdirSync(path.join(dir, '.dossier'));
    fs.writeFileSync(path.join(dir, '.dossier', 'corrections.json'), '{"version": 1, "rename": {"person:kim-jong-un": "Kim"');
    hashesBefore = hashTree(dir);
    run = runCli(['analyze', dir, '--out', out]);
    exported = JSON.parse(fs.readFileSync(out, 'utf8'));
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(out, { force: true });
  });

  it('exits 0 (skipped files are not failures) and ends', () => {
    assert.equal(run.signal, null, 'the CLI finished within the time limit');
    assert.equal(run.code, 0, run.err);
  });

  it('reports each skipped file on one line with its reason, and nothing else as a problem', () => {
    const lines = run.err.trim().split('\n');
    for (const m of manifest.filter((x) => x.expect === 'skip')) {
      const mine = lines.filter((l) => l.includes(` ${m.file}:`));
      assert.equal(mine.length, 1, `one line for ${m.file} in:\n${run.err}`);
      assert.match(mine[0], new RegExp(`^dossier: skipped ${m.file.replace(/[.]/g, '\\.')}: .*${m.skip}`));
    }
    assert.deepEqual(lines.filter((l) => /error/i.test(l)), [], 'no errors');
    // The corrupt corrections file is named, once.
    assert.equal(lines.filter((l) => /corrections.*ignored: not valid JSON/.test(l)).length, 1, run.err);
  });

  it('loses no good file: every text input is in the export, each once, the deep one and the loop once', () => {
    const ids = exported.documents.map((d) => d.id);
    const wanted = manifest.filter((m) => m.expect === 'text').map((m) => m.file).sort();
    assert.deepEqual([...ids].sort(), wanted);
    assert.ok(!ids.some((id) => id.includes('loop/')), 'nothing read twice through the symlink loop');
  });

  it('exports offsets that slice the decoded files to their mention text', () => {
    const { decodeBytes } = require('../../../src/core/input/decode') as typeof import('../../../src/core/input/decode');
    const texts = new Map<string, string>();
    const textOf = (id: string) => {
      if (!texts.has(id)) texts.set(id, decodeBytes(fs.readFileSync(path.join(dir, id))).text!);
      return texts.get(id)!;
    };
    let n = 0;
    for (const e of exported.entities) for (const m of e.mentions) { n++; assert.equal(textOf(m.doc).slice(m.start, m.end), m.text, `${m.doc}@${m.start}`); }
    assert.ok(n > 50);
  });

  it('writes nothing into the corpus: every file byte-identical, no file added or removed, the corrupt corrections kept', () => {
    assert.deepEqual(hashTree(dir), hashesBefore);
  });
});

describe('files that change under a running CLI analysis (issue 6)', function () {
  this.timeout(300_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-midrun-'));
    const w = (f: string, s: string) => fs.writeFileSync(path.join(dir, f), s);
    w('a-first.txt', 'Vladimir Putin met Kim Jong Un in Moscow on Friday.\n');
    // Long enough that the test has changed the z-files before the CLI gets to them.
    w('b-slow.txt', 'Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday, officials said. '.repeat(300));
    for (const f of ['z-deleted.txt', 'z-renamed.txt', 'z-unreadable.txt', 'z-good.txt', 'z-truncated.txt']) w(f, 'Liu Guozhong visited Pyongyang on Saturday.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('names each vanished or unreadable file in one clear line, analyses the rest, and exits 1', async () => {
    const child = spawn(process.execPath, [CLI, 'analyze', dir, '--jsonl'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let mutated = false;
    child.stderr.on('data', (d) => { stderr += d; });
    child.stdout.on('data', (d) => {
      stdout += d;
      // The first document is out: the list of files is fixed and the slow one is being analysed.
      if (!mutated && stdout.includes('\n')) {
        mutated = true;
        fs.rmSync(path.join(dir, 'z-deleted.txt'));
        fs.renameSync(path.join(dir, 'z-renamed.txt'), path.join(dir, 'z-renamed-now.txt'));
        // Running as root, chmod 000 does not stop a read: a directory in the file's place does.
        fs.rmSync(path.join(dir, 'z-unreadable.txt'));
        fs.mkdirSync(path.join(dir, 'z-unreadable.txt'));
        fs.writeFileSync(path.join(dir, 'z-truncated.txt'), '');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.ok(mutated, 'the files were changed while the CLI ran');
    const docs = stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    assert.deepEqual(docs, ['a-first.txt', 'b-slow.txt', 'z-good.txt', 'z-truncated.txt']);
    const errs = stderr.trim().split('\n');
    assert.deepEqual(errs.filter((l) => /error/.test(l)).sort(), [
      'dossier: error: cannot read z-deleted.txt: not found',
      'dossier: error: cannot read z-renamed.txt: not found',
      'dossier: error: cannot read z-unreadable.txt: is a directory',
    ]);
    assert.equal(code, 1, 'files that could not be read are failures, reported in the exit status');
  });
});

/** The analysis worker run in-process: the pool's protocol, the real engine. */
function inProcessWorker(events: WorkerEvents): WorkerHandle {
  setTimeout(() => events.message({ ready: true }), 0);
  return {
    post: (req: WorkRequest) => { setTimeout(() => events.message(handleRequest(req)), 0); },
    terminate: () => undefined,
  };
}

describe('a corrupt analysis cache is rebuilt (issue 6)', () => {
  const TEXT = 'MOSCOW (Reuters) - Russian President Vladimir Putin said on Tuesday he would meet Kim Jong Un next month.\n';
  const ID = 'news/a.txt';
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cache-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const analyzer = (logs: string[]) => new CachingAnalyzer(new WorkerPool({ size: 1, factory: inProcessWorker, idleMs: 0 }),
    new AnalysisCache(new NodeFsStore(dir), (m) => logs.push(m)), 'in-process');

  const corruptions: [string, (file: string) => void][] = [
    ['truncated JSON', (f) => fs.writeFileSync(f, fs.readFileSync(f, 'utf8').slice(0, 200))],
    ['binary garbage', (f) => fs.writeFileSync(f, Buffer.from([0, 0xff, 0xfe, 0x89, 0x50, 0x4e, 0x47, 0]))],
    ['an empty file', (f) => fs.writeFileSync(f, '')],
    ['a mention past the end of the text', (f) => {
      const e = JSON.parse(fs.readFileSync(f, 'utf8'));
      e.analysis.mentions[0].end = 10_000;
      fs.writeFileSync(f, JSON.stringify(e));
    }],
    ['JSON null', (f) => fs.writeFileSync(f, 'null')],
  ];
  for (const [what, corrupt] of corruptions) {
    it(`re-analyses and rewrites an entry holding ${what}`, async () => {
      const first = analyzer([]);
      const fresh = await first.analyze({ id: ID, text: TEXT });
      await first.flush();
      first.dispose();
      const file = path.join(dir, entryName(ID));
      assert.ok(decodeEntry(fs.readFileSync(file, 'utf8')).ok, 'a valid entry was written');
      corrupt(file);

      const logs: string[] = [];
      const second = analyzer(logs);
      const again = await second.analyze({ id: ID, text: TEXT });
      await second.flush();
      assert.deepEqual(again, fresh, 'the same analysis as before the corruption');
      assert.deepEqual(again, analyzeDocument(TEXT, { id: ID }));
      assert.equal(second.stats().analysed, 1, 'recomputed, not served from the broken entry');
      assert.ok(logs.some((l) => /corrupt/.test(l) && l.includes(ID)), `a log line names the entry: ${logs.join(' | ')}`);
      assert.ok(decodeEntry(fs.readFileSync(file, 'utf8'), { id: ID }).ok, 'the entry on disk is valid again');
      second.dispose();
    });
  }

  it('drops corrupt entries from the first paint and names how many', async () => {
    const first = analyzer([]);
    await first.analyze({ id: ID, text: TEXT });
    await first.analyze({ id: 'b.txt', text: 'Kim Jong Un met Putin on Friday.' });
    await first.flush();
    first.dispose();
    fs.writeFileSync(path.join(dir, entryName('b.txt')), '{"format":1,');
    const logs: string[] = [];
    const second = analyzer(logs);
    const cached = await second.cached();
    assert.deepEqual(cached.map((a) => a.id), [ID]);
    assert.ok(logs.some((l) => /dropped 1 unusable entry/.test(l)), logs.join(' | '));
    assert.ok(!fs.existsSync(path.join(dir, entryName('b.txt'))), 'the corrupt file is removed');
    second.dispose();
  });
});

describe('a corrupt corrections file (issue 6)', () => {
  const cases: [string, string, RegExp][] = [
    ['truncated JSON', '{"version": 1, "rename": {', /not valid JSON/],
    ['an array', '[]', /expected a JSON object/],
    ['another version', '{"version": 2}', /unsupported corrections version 2/],
    ['a wrong field type', '{"version": 1, "merge": []}', /"merge" must be an object/],
    ['a UTF-8 BOM and NUL bytes', '\ufeff{"version":1}\u0000', /not valid JSON/],
    ['an empty file', '', /not valid JSON/],
  ];
  for (const [what, text, reason] of cases) {
    it(`is refused with a one-line reason when it is ${what}`, () => {
      const p = parseCorrections(text);
      assert.equal(p.ok, false);
      const error = (p as { error: string }).error;
      assert.match(error, reason);
      assert.ok(!error.includes('\n'), 'one line');
    });
  }

  it('keeps the good entries of a partly wrong file and warns about the rest', () => {
    const p = parseCorrections('{"version":1,"rename":{"person:a":"A","person:b":7},"retype":{"person:c":"alien"},"reject":["x",null]}');
    assert.ok(p.ok);
    assert.deepEqual(p.value.rename, { 'person:a': 'A' });
    assert.equal(p.warnings.length, 3);
  });

  it('the CLI refuses an explicit corrupt --corrections file with one line and exit 2, and leaves it alone', () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-corr-'));
    try {
      fs.writeFileSync(path.join(d, 'a.txt'), 'Kim Jong Un met Putin on Friday.');
      const corr = path.join(d, 'mine.json');
      fs.writeFileSync(corr, '{"version":1,');
      const r = runCli(['analyze', d, '--corrections', corr]);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, /corrections file .*mine\.json: not valid JSON/);
      assert.equal(r.err.trim().split('\n').length, 1);
      assert.equal(fs.readFileSync(corr, 'utf8'), '{"version":1,');
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });
});
