// Shared by the cases benchmarks: the embedded PostgreSQL in .data/bench, the built API as a child process,
// login, and a small keep-alive HTTP load generator (fixed concurrency, latency percentiles).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const benchDir = path.join(root, '.data', 'bench');
const { startEmbeddedPostgres, freePort } = require(path.join(root, 'tools/embedded-postgres.cjs'));
export { freePort };
export const pg = require('pg');

export const BENCH_PASSWORD = 'bench-password-not-secret';
export const BIG_OWNER = 'owner@big.bench.waiji';
export const TRANSITIONS_OWNER = 'owner@transitions.bench.waiji';
export const IMPORT_OWNER = 'owner@import.bench.waiji';
export const DATABASE = 'waiji_bench';
const SHARED_BUFFERS = '2GB';

/** Builds the API and its libraries (tsc -b is incremental: quick when nothing changed). */
export function buildApi() {
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsc'), ['-b', 'apps/api'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('tsc -b apps/api failed');
}

/** The bench database server; data survives between runs so the 1M-case seed is made once. */
export async function startDatabase({ fsync = true } = {}) {
  mkdirSync(benchDir, { recursive: true });
  chmodSync(benchDir, 0o755); // as root, PostgreSQL runs as `postgres` and must reach its data directory
  const server = await startEmbeddedPostgres({ dataDir: path.join(benchDir, 'pg'), fsync });
  return { ...server, databaseUrl: server.url(DATABASE) };
}

export async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The API's environment on the bench database (the raw server reads its config from the same). */
export function apiEnv(databaseUrl, port) {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    MIGRATE_ON_START: 'false',
    SEED_DEMO: 'false',
    SCHEDULER_ENABLED: 'false',
    SMTP_URL: 'smtp://127.0.0.1:9',
    ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
    COOKIE_SECURE: 'false',
    DATABASE_POOL_SIZE: '16',
  };
}

/** Starts `node apps/api/dist/main.js` against the bench database; resolves once /api/health answers. */
export async function startApi(databaseUrl, extraEnv = {}, nodeArgs = []) {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    env: { ...apiEnv(databaseUrl, port), ...extraEnv },
    // Request logs at info go nowhere, as they would to a log shipper; errors still show.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    if (child.exitCode !== null) throw new Error('the API exited during start-up');
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.status === 200) break;
    } catch {
      // not yet
    }
    if (i > 600) throw new Error('the API did not start within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    base,
    port,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(undefined);
        child.once('exit', () => resolve(undefined));
        child.kill('SIGTERM');
      }),
  };
}

/** Resident set size now and at its peak (VmHWM) of a process, in MB. */
export function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

const TICKS_PER_SECOND = 100;

function procStat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    // after the command: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
    return {
      ppid: Number(fields[1]),
      own: Number(fields[11]) + Number(fields[12]),
      children: Number(fields[13]) + Number(fields[14]),
    };
  } catch {
    return undefined;
  }
}

/** CPU seconds used so far by a process, and by the bench PostgreSQL (postmaster, its backends, and the ones that ended). */
export function cpuSeconds(pid) {
  const postmaster = Number(readFileSync(path.join(benchDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  let postgres = 0;
  const main = procStat(postmaster);
  if (main) postgres += main.own + main.children;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(entry);
    if (stat && stat.ppid === postmaster) postgres += stat.own;
  }
  return { node: (procStat(pid)?.own ?? 0) / TICKS_PER_SECOND, postgres: postgres / TICKS_PER_SECOND };
}

export const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** One HTTP request on the keep-alive agent; resolves with status, headers and body text. */
export function request(base, method, url, { headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const target = new URL(url, base);
    const req = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method,
        headers: {
          ...headers,
          ...(body !== undefined && typeof body === 'string' ? { 'content-length': Buffer.byteLength(body) } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (body === undefined) req.end();
    else if (typeof body === 'string') req.end(body);
    else body.pipe(req);
  });
}

/** Signs in; returns the headers a browser would send (cookie, CSRF token). */
export async function login(base, email, password = BENCH_PASSWORD) {
  const response = await request(base, 'POST', '/api/auth/login', {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login ${email}: ${response.status} ${response.text}`);
  const cookie = String(response.headers['set-cookie'] ?? '').split(';')[0];
  const me = JSON.parse(response.text);
  return { cookie, 'x-csrf-token': me.csrfToken, organizationId: me.organization.id, userId: me.user.id };
}

export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * Runs `once()` from `concurrency` loops for `durationMs` after `warmupMs`; `once` returns true when the
 * request counts as a success. Latencies of the measured phase only.
 */
export async function load({ concurrency, durationMs, warmupMs = 2000, once, pid }) {
  const latencies = [];
  let ok = 0;
  let failed = 0;
  let measuring = false;
  let stopAt = Date.now() + warmupMs;
  let phaseStart = 0;
  const loop = async () => {
    while (Date.now() < stopAt) {
      const started = performance.now();
      const success = await once();
      const elapsed = performance.now() - started;
      if (!measuring) continue;
      latencies.push(elapsed);
      if (success) ok += 1;
      else failed += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  measuring = true;
  phaseStart = performance.now();
  const cpuBefore = pid ? cpuSeconds(pid) : undefined;
  stopAt = Date.now() + durationMs;
  await Promise.all(Array.from({ length: concurrency }, loop));
  const seconds = (performance.now() - phaseStart) / 1000;
  const cpuAfter = pid ? cpuSeconds(pid) : undefined;
  const cpuUsed =
    cpuBefore && cpuAfter
      ? { node: cpuAfter.node - cpuBefore.node, postgres: cpuAfter.postgres - cpuBefore.postgres }
      : undefined;
  return summarize([{ latencies, ok, failed, seconds, cpuUsed }]);
}

/** Statistics over one or more measured slices (merged latencies, summed counts, time and CPU). */
export function summarize(slices) {
  const latencies = slices.flatMap((slice) => slice.latencies).sort((a, b) => a - b);
  const sum = (pick) => slices.reduce((total, slice) => total + pick(slice), 0);
  const ok = sum((slice) => slice.ok);
  const seconds = sum((slice) => slice.seconds);
  const withCpu = slices.every((slice) => slice.cpuUsed);
  return {
    latencies,
    ok,
    failed: sum((slice) => slice.failed),
    seconds,
    cpuUsed: withCpu
      ? { node: sum((slice) => slice.cpuUsed.node), postgres: sum((slice) => slice.cpuUsed.postgres) }
      : undefined,
    requests: latencies.length,
    perSecond: ok / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    cpu:
      withCpu && latencies.length > 0
        ? {
            nodeMs: (sum((slice) => slice.cpuUsed.node) * 1000) / latencies.length,
            postgresMs: (sum((slice) => slice.cpuUsed.postgres) * 1000) / latencies.length,
          }
        : undefined,
  };
}

export const fmt = (stats) =>
  `${stats.perSecond.toFixed(0).padStart(6)} req/s   p50 ${stats.p50.toFixed(1).padStart(6)} ms   p95 ${stats.p95.toFixed(1).padStart(6)} ms   p99 ${stats.p99.toFixed(1).padStart(6)} ms   (${stats.ok} ok, ${stats.failed} failed in ${stats.seconds.toFixed(1)} s)` +
  (stats.cpu
    ? `   CPU/request: server ${stats.cpu.nodeMs.toFixed(2)} ms + postgres ${stats.cpu.postgresMs.toFixed(2)} ms`
    : '');

/** Load average of the machine (other work running during a benchmark makes its figures noisy). */
export const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** Builds the API, starts the bench database, applies pending migrations and checks the seed is there. */
export async function prepare() {
  buildApi();
  const { migrate } = require(path.join(root, 'apps/api/dist/database/migrator.js'));
  let db = await startDatabase();
  // A server for a million cases gets a cache to match (as any production PostgreSQL would be tuned);
  // the default 128 MB would have the benchmarks measure page copies from the OS cache.
  const tuned = await withClient(db.url('postgres'), async (c) => {
    if ((await c.query(`SHOW shared_buffers`)).rows[0].shared_buffers === SHARED_BUFFERS) return true;
    await c.query(`ALTER SYSTEM SET shared_buffers = '${SHARED_BUFFERS}'`);
    await c.query(`ALTER SYSTEM SET effective_cache_size = '8GB'`);
    return false;
  });
  if (!tuned) {
    await db.stop();
    db = await startDatabase();
  }
  try {
    const result = await migrate(db.databaseUrl);
    if (result.applied.length > 0) console.log(`bench database: applied ${result.applied.join(', ')}`);
    await requireSeed(db.databaseUrl);
  } catch (error) {
    await db.stop();
    throw error;
  }
  return db;
}

export function requireSeed(databaseUrl) {
  return withClient(databaseUrl, async (client) => {
    const rows = await client
      .query(`SELECT count(*)::int AS n FROM "user" WHERE email = ANY($1)`, [
        [BIG_OWNER, TRANSITIONS_OWNER, IMPORT_OWNER],
      ])
      .catch(() => ({ rows: [{ n: 0 }] }));
    if (rows.rows[0].n !== 3)
      throw new Error('The bench database is not seeded: run `npm run bench -- --only=seed` first');
  });
}
