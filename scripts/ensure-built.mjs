// Builds dist/ when it is missing or older than the sources, so `npm run analyze` works on a fresh clone.
import { execSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const newest = (dir) => readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
  const p = join(dir, e.name);
  return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
}, 0);

if (!existsSync('node_modules/compromise')) execSync('npm ci --no-audit --no-fund --loglevel=error', { stdio: 'inherit' });
if (!existsSync('dist/cli.js') || statSync('dist/cli.js').mtimeMs < newest('src')) execSync('node scripts/build.mjs', { stdio: 'inherit' });
