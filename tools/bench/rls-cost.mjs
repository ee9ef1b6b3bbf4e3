// The cost of row-level security on a list request (issue 4 §6b). Starts its own embedded PostgreSQL, migrates,
// seeds 20 organizations × 500 clients with one case each, then runs the case list query (50 newest cases of one
// organization, joined to their clients) per "request" in three ways, at fixed concurrency:
//   rls     what the API does: BEGIN; set_config('role','waiji_app') + set_config('app.org_id'); query; COMMIT
//   system  the same transaction as waiji_system, whose policy is `true`: isolates the cost of the tenant predicate
//   plain   one pool query as the (superuser) connection role: no transaction, no RLS at all
// Usage: node tools/bench/rls-cost.mjs [requestsPerMode=3000] [concurrency=8]. Bounded to about a minute.
// BENCH_ORGANIZATIONS and BENCH_CASES_PER_ORGANIZATION change the data size; SHOW_PLANS=1 prints both query plans.
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { Pool } = require('pg');
const { startEmbeddedPostgres } = require(path.join(root, 'tools/embedded-postgres.cjs'));

const requestsPerMode = Number(process.argv[2] ?? 3000);
const concurrency = Number(process.argv[3] ?? 8);
const ORGANIZATIONS = Number(process.env.BENCH_ORGANIZATIONS ?? 20);
const CLIENTS_PER_ORGANIZATION = Number(process.env.BENCH_CASES_PER_ORGANIZATION ?? 500);
const BUDGET_MS = 50_000;

if (!existsSync(path.join(root, 'apps/api/dist/database/migrator.js'))) {
  spawnSync(path.join(root, 'node_modules/.bin/tsc'), ['-b', 'apps/api'], { cwd: root, stdio: 'inherit' });
}
const { ensureDatabase, migrate } = require(path.join(root, 'apps/api/dist/database/migrator.js'));

const LIST = `
  SELECT c.id, c.type, c.state, c."updatedAt", c."nextDueAt", c.tags, cl."passportName", cl."passportLast4"
  FROM "case" c JOIN "client" cl ON cl.id = c."clientId"
  WHERE c."organizationId" = $1 AND c."archivedAt" IS NULL
  ORDER BY c."updatedAt" DESC, c.id DESC
  LIMIT 50`;

const parent = mkdtempSync(path.join(os.tmpdir(), 'waiji-bench-rls-'));
chmodSync(parent, 0o755); // as root, PostgreSQL runs as `postgres` and must reach its data directory
const pg = await startEmbeddedPostgres({ dataDir: path.join(parent, 'pg'), fsync: false });
const url = pg.url('waiji_bench');
let pool;
try {
  await ensureDatabase(url);
  await migrate(url);
  pool = new Pool({ connectionString: url, max: concurrency });
  pool.on('error', () => undefined); // idle connections end when the server stops
  const seeded = performance.now();
  const orgs = (
    await pool.query(
      `INSERT INTO "organization" (name, kind, "updatedAt") SELECT 'Bench org ' || g, 'AGENCY', now() FROM generate_series(1, $1) g RETURNING id`,
      [ORGANIZATIONS],
    )
  ).rows.map((row) => row.id);
  await pool.query(
    `INSERT INTO "client" ("organizationId", "passportName", "passportLast4", "updatedAt")
     SELECT o.id, 'Client ' || g, lpad((g % 10000)::text, 4, '0'), now() - (g || ' minutes')::interval
     FROM unnest($1::uuid[]) AS o(id), generate_series(1, $2) g`,
    [orgs, CLIENTS_PER_ORGANIZATION],
  );
  await pool.query(
    `INSERT INTO "case" ("organizationId", "clientId", type, state, tags, "updatedAt")
     SELECT cl."organizationId", cl.id, 'BANK_CARD_VERIFICATION', (ARRAY['PREPARING','SUBMITTED','AWAITING_DEPOSIT','MANUAL_REVIEW']::"CaseState"[])[1 + (row_number() OVER ()) % 4],
            ARRAY['cohort-2026'], cl."updatedAt"
     FROM "client" cl`,
  );
  await pool.query('ANALYZE');
  console.log(
    `seeded ${ORGANIZATIONS} organizations × ${CLIENTS_PER_ORGANIZATION} clients and cases in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
  );

  const inTransaction = (role) => async (organizationId) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      if (role === 'waiji_app')
        await client.query(`SELECT set_config('role', 'waiji_app', true), set_config('app.org_id', $1, true)`, [
          organizationId,
        ]);
      else await client.query(`SELECT set_config('role', $1, true)`, [role]);
      const result = await client.query(LIST, [organizationId]);
      await client.query('COMMIT');
      return result.rowCount;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
  const modes = {
    rls: inTransaction('waiji_app'),
    system: inTransaction('waiji_system'),
    plain: async (organizationId) => (await pool.query(LIST, [organizationId])).rowCount,
  };

  // Same answer in every mode, and the planner keeps the (organizationId, updatedAt) index under RLS.
  for (const [name, run] of Object.entries(modes)) {
    const rows = await run(orgs[0]);
    if (rows !== 50) throw new Error(`${name}: expected 50 rows, got ${rows}`);
  }
  const plan = async (role) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      if (role)
        await client.query(`SELECT set_config('role', $1, true), set_config('app.org_id', $2, true)`, [role, orgs[0]]);
      const rows = await client.query(`EXPLAIN ${LIST.replace('$1', `'${orgs[0]}'`)}`);
      await client.query('ROLLBACK');
      return rows.rows.map((row) => row['QUERY PLAN']).join('\n');
    } finally {
      client.release();
    }
  };
  const indexOf = (text) =>
    /Index Scan(?: Backward)? using "?([\w]+)"? on "?case"?/.exec(text)?.[1] ?? 'no index scan on case';
  console.log(`case index used: with RLS ${indexOf(await plan('waiji_app'))}; without ${indexOf(await plan(null))}`);
  if (process.env.SHOW_PLANS) console.log(await plan('waiji_app'), '\n---\n', await plan(null));

  async function measure(run, count) {
    const latencies = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < count && performance.now() - started < BUDGET_MS / 8) {
          const organizationId = orgs[next % orgs.length];
          next += 1;
          const t0 = performance.now();
          await run(organizationId);
          latencies.push(performance.now() - t0);
        }
      }),
    );
    return { latencies, elapsedMs: performance.now() - started };
  }

  for (const run of Object.values(modes)) await measure(run, 300); // warm-up
  // Two interleaved rounds, so drift on a shared machine hits every mode alike.
  const results = Object.fromEntries(Object.keys(modes).map((name) => [name, { latencies: [], elapsedMs: 0 }]));
  const benchStarted = performance.now();
  for (let round = 0; round < 2; round += 1) {
    for (const [name, run] of Object.entries(modes)) {
      const { latencies, elapsedMs } = await measure(run, Math.ceil(requestsPerMode / 2));
      results[name].latencies.push(...latencies);
      results[name].elapsedMs += elapsedMs;
    }
  }
  const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  const summary = {};
  console.log(
    `\n${requestsPerMode} list requests per mode, concurrency ${concurrency}, ${os.cpus().length} cores (${((performance.now() - benchStarted) / 1000).toFixed(1)} s)`,
  );
  console.log('mode     requests   p50 ms   p95 ms      req/s');
  for (const [name, { latencies, elapsedMs }] of Object.entries(results)) {
    const sorted = [...latencies].sort((a, b) => a - b);
    summary[name] = {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      rps: (latencies.length / elapsedMs) * 1000,
    };
    console.log(
      `${name.padEnd(8)} ${String(latencies.length).padStart(8)} ${summary[name].p50.toFixed(2).padStart(8)} ${summary[name].p95.toFixed(2).padStart(8)} ${summary[name].rps.toFixed(0).padStart(10)}`,
    );
  }
  const ratio = (a, b, key) => (summary[a][key] / summary[b][key]).toFixed(2);
  console.log(
    `\nRLS policy alone (rls vs system, same transaction): p50 ×${ratio('rls', 'system', 'p50')}, p95 ×${ratio('rls', 'system', 'p95')}, throughput ×${ratio('rls', 'system', 'rps')}`,
  );
  console.log(
    `whole tenant transaction (rls vs plain pool query): p50 ×${ratio('rls', 'plain', 'p50')}, p95 ×${ratio('rls', 'plain', 'p95')}, throughput ×${ratio('rls', 'plain', 'rps')}`,
  );
} finally {
  await pool?.end();
  await pg.stop();
  rmSync(parent, { recursive: true, force: true });
}
