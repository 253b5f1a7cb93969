// The mocha entry VS Code's extension host loads when `extensionTestsPath` points at
// out/test/host/index. Both runners use it: code-server (test/harness/host-runner.ts, tier 2 of
// `npm test`) and desktop VS Code (test/harness/electron.mjs, `npm run test:electron`).
// The host calls run(); a rejected promise makes the host exit non-zero.
//
// Adding tests: put `<area>.test.ts` anywhere under test/host/ (describe/it, like the unit tier).
// They run in the real extension host on a copy of seeds/ opened as the workspace folder.
// DOSSIER_HOST_GREP=<regexp> (in code-server's environment) runs only the matching tests.
import * as fs from 'fs';
import * as path from 'path';
import Mocha = require('mocha');

function testFiles(dir: string): string[] {
  // Only tests whose source still exists: tsc never deletes the output of a removed test file.
  const sources = path.resolve(dir, '../../../test/host');
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js') && fs.existsSync(path.join(sources, f.replace(/\.js$/, '.ts'))))
    .sort()
    .map((f) => path.join(dir, f));
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
  if (process.env.DOSSIER_HOST_GREP) mocha.grep(new RegExp(process.env.DOSSIER_HOST_GREP));
  const files = testFiles(__dirname);
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js files under ${__dirname}`));
  for (const f of files) mocha.addFile(f);

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const s = runner.stats;
        // Read by the runners; keep the format in step with SUMMARY in test/harness/host-runner.ts.
        console.log(`host-suite: ${s?.passes ?? 0} passed, ${failures} failed, ${s?.pending ?? 0} pending`);
        if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
        else if (!s?.passes) reject(new Error('the extension-host suite ran no test'));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
