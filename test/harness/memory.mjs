// Peak memory of everything `npm test` starts, sampled once a second from /proc (Linux only).
// PSS (proportional set size) splits shared pages between the processes that share them, so the
// sums are honest; RSS would count code-server's and chromium's shared libraries many times over.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

function processTable() {
  const table = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      table.set(Number(name), ppid);
    } catch { /* exited meanwhile */ }
  }
  return table;
}

function pssKiB(pid) {
  try { return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0); } catch { return 0; }
}

/**
 * Samples the descendants of `rootPid`, split into `groups` by a test on their executable path
 * (e.g. { vscode: exe => exe.startsWith(toolsDir) }; everything else counts as `other`).
 * `phase(name)` starts a new phase; `stop()` returns { [phase]: { totalMiB, [group]MiB } } peaks.
 */
export function sampleMemory(rootPid, groups = {}, intervalMs = 1000) {
  if (process.platform !== 'linux') return { phase() {}, stop: () => ({}) };
  const peaks = {};
  let current = 'setup';
  const sample = () => {
    const table = processTable();
    const sums = { total: 0, other: 0 };
    for (const g of Object.keys(groups)) sums[g] = 0;
    for (const pid of table.keys()) {
      let p = pid;
      while (p > 1 && p !== rootPid) p = table.get(p) ?? 0;
      if (p !== rootPid || pid === rootPid) continue;
      const kib = pssKiB(pid);
      let exe = '';
      try { exe = readlinkSync(`/proc/${pid}/exe`); } catch { /* exited */ }
      const group = Object.keys(groups).find((g) => groups[g](exe)) ?? 'other';
      sums[group] += kib;
      sums.total += kib;
    }
    const peak = (peaks[current] ??= {});
    for (const [k, v] of Object.entries(sums)) peak[k] = Math.max(peak[k] ?? 0, Math.round(v / 1024));
  };
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    phase(name) { sample(); current = name; },
    stop() { clearInterval(timer); sample(); return peaks; },
  };
}
