// Measures issue 21's start-up targets: `npm start` (already built, warm data directory) to the first 200 from
// /api/health, and the API process's RSS at idle (10 s after that 200). Usage: node tools/bench/startup.mjs [runs=3]
// A start that had to build first (sources changed since the last build: other work in the same tree) is reported
// as such and left out of the median, which is of warm starts only.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const runs = Number(process.argv[2] ?? 3);
const dataDir = path.join(root, '.data', 'bench-startup');

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function once() {
  const port = await freePort();
  const pgPort = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'tools/start.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let built = null;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text) => {
    built ??= /Building Waiji \(first start or sources changed: ([^)]*)\)/.exec(text)?.[1] ?? null;
  });
  let readyMs;
  while (readyMs === undefined) {
    if (child.exitCode !== null) throw new Error('npm start exited early');
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.status === 200) readyMs = performance.now() - started;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  await new Promise((r) => setTimeout(r, 10_000));
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const rssMb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  return { readyMs, rssMb, built };
}

const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

// First run initialises the data directory (cold); the measured runs start warm.
console.log(`load average ${load()}; warming up (first start initialises .data/bench-startup, builds if needed)…`);
await once();
const results = [];
for (let i = 0; i < runs; i += 1) results.push(await once());
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [i, r] of results.entries())
  console.log(
    `run ${i + 1}: first 200 after ${(r.readyMs / 1000).toFixed(2)} s, idle RSS ${r.rssMb.toFixed(0)} MB${r.built ? ` (built ${r.built} first: not counted)` : ''}`,
  );
const warm = results.filter((r) => !r.built);
const counted = warm.length > 0 ? warm : results;
const ready = median(counted.map((r) => r.readyMs)) / 1000;
const rss = median(counted.map((r) => r.rssMb));
console.log(
  `median${warm.length > 0 ? ` of ${warm.length} warm start(s)` : ' (every start built first)'}: start → first 200 ${ready.toFixed(2)} s (target ≤ 2 s, ratio ${(ready / 2).toFixed(2)}); idle RSS ${rss.toFixed(0)} MB (target ≤ 200 MB, ratio ${(rss / 200).toFixed(2)}); load average ${load()}`,
);
