// GET /api/cases on the organization of 50,000 cases (filter + sort + page of 50) at 32 concurrent connections:
// the real built API (signed in: cookie session) against raw-server.mjs, a node:http + pg server running the same
// SQL in the same tenant transaction. Prints p50/p95/p99, req/s and the throughput ratio, and the query plans
// (EXPLAIN ANALYZE as waiji_app with the organization bound, as the API runs them).
import { fork } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import {
  BIG_OWNER,
  fmt,
  freePort,
  load,
  loadAverage,
  login,
  prepare,
  request,
  root,
  startApi,
  summarize,
  withClient,
} from './common.mjs';

const SLICE_SECONDS = 3;

const require = createRequire(import.meta.url);

export async function listBench({ seconds = 15, concurrency = 32, poolSize = 16 } = {}) {
  const db = await prepare();
  const { listCasePage } = require(path.join(root, 'apps/api/dist/cases/case-list.js'));
  const { Prisma } = require(path.join(root, 'apps/api/dist/generated/prisma/client.js'));
  const stops = [];
  try {
    const api = await startApi(db.databaseUrl, { DATABASE_POOL_SIZE: String(poolSize) });
    stops.push(api.stop);
    const session = await login(api.base, BIG_OWNER);
    const helper = await withClient(db.databaseUrl, (c) =>
      c.query(`SELECT id FROM "user" WHERE email = 'helper3@big.bench.waiji'`),
    ).then((r) => r.rows[0].id);

    const queries = {
      'state + updatedAt desc': 'state=AWAITING_DEPOSIT&sort=updatedAt&order=desc&limit=50',
      'overdue + nextDueAt asc': 'overdue=true&sort=nextDueAt&limit=50',
      'tag + type + createdAt desc': 'tag=vip&type=BANK_CARD_VERIFICATION&sort=createdAt&order=desc&limit=50',
      'assignee + updatedAt desc': `assignee=${helper}&sort=updatedAt&limit=50`,
      'text search (name)': 'q=smith&limit=50',
      'priority desc (urgent first)': 'sort=priority&order=desc&limit=50',
    };
    const primary = Object.keys(queries)[0];

    // Plans, exactly as the API builds and runs the queries.
    console.log('\nlist: query plans (EXPLAIN ANALYZE as waiji_app, organization of 50,000 cases)');
    const { caseListQuery } = require('@waiji/contract');
    await withClient(db.databaseUrl, async (c) => {
      for (const [label, query] of Object.entries(queries)) {
        const {
          view: _v,
          cursor,
          limit,
          ...filters
        } = caseListQuery.parse(Object.fromEntries(new URLSearchParams(query)));
        let captured;
        await listCasePage(
          { $queryRaw: async (strings, ...values) => ((captured = Prisma.sql(strings, ...values)), []) },
          { organizationId: session.organizationId, userId: helper },
          filters,
          { cursor, limit },
          new Date(),
        );
        await c.query('BEGIN');
        await c.query(`SELECT set_config('role', 'waiji_app', true), set_config('app.org_id', $1, true)`, [
          session.organizationId,
        ]);
        await c.query(captured.text, captured.values); // warm the cache first: the plan shows the steady state
        const plan = (
          await c.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${captured.text}`, captured.values)
        ).rows.map((r) => r['QUERY PLAN']);
        await c.query('ROLLBACK');
        const indexes = [...new Set(plan.join('\n').match(/using \S+/gi) ?? [])].join(', ');
        const time = plan.find((line) => line.startsWith('Execution Time'));
        console.log(`  ${label.padEnd(30)} ${time}   ${indexes || 'no index'}`);
        if (label === primary || process.env.SHOW_PLANS === '1')
          console.log(plan.map((line) => `      ${line}`).join('\n'));
      }
    });

    const rawPort = await freePort();
    const raw = fork(
      path.join(root, 'tools/bench/cases/raw-server.mjs'),
      [db.databaseUrl, String(rawPort), String(poolSize)],
      { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] },
    );
    stops.push(
      () =>
        new Promise((resolve) =>
          raw.exitCode !== null ? resolve() : (raw.once('exit', resolve), raw.kill('SIGTERM')),
        ),
    );
    await new Promise((resolve) => raw.once('message', resolve));
    const rawBase = `http://127.0.0.1:${rawPort}`;
    const rawHeaders = { 'x-organization': session.organizationId, 'x-user': session.userId };

    // Same answer from both, as a sanity check.
    const a = JSON.parse((await request(api.base, 'GET', `/api/cases?${queries[primary]}`, { headers: session })).text);
    const b = JSON.parse((await request(rawBase, 'GET', `/cases?${queries[primary]}`, { headers: rawHeaders })).text);
    // A page shorter than 50 is the seed's luck, not a disagreement; an empty one would measure nothing.
    if (a.items.length === 0)
      throw new Error(`the primary query (${queries[primary]}) matches no case in this seed; reseed with --reseed`);
    if (JSON.stringify(a.items.map((x) => x.id)) !== JSON.stringify(b.items.map((x) => x.id))) {
      throw new Error(
        `the API and the raw server disagree: ${a.items.length} vs ${b.items.length} cases, first ids ${a.items[0]?.id} vs ${b.items[0]?.id}`,
      );
    }
    if (a.items.length < 50) console.log(`  note: the primary query matches only ${a.items.length} cases in this seed`);

    const results = {};
    for (const [mode, labels] of [
      ['primary', [primary]],
      ['mix of 5 filters', Object.keys(queries)],
    ]) {
      let i = 0;
      const next = () => queries[labels[i++ % labels.length]];
      const before = loadAverage();
      // The two servers take turns in short slices, so a change in the machine's other load hits both alike.
      const apiSlices = [];
      const rawSlices = [];
      const rounds = Math.max(1, Math.round(seconds / SLICE_SECONDS));
      for (let round = 0; round < rounds; round += 1) {
        apiSlices.push(
          await load({
            pid: api.pid,
            concurrency,
            durationMs: SLICE_SECONDS * 1000,
            warmupMs: round === 0 ? 2000 : 300,
            once: async () =>
              (await request(api.base, 'GET', `/api/cases?${next()}`, { headers: session })).status === 200,
          }),
        );
        rawSlices.push(
          await load({
            pid: raw.pid,
            concurrency,
            durationMs: SLICE_SECONDS * 1000,
            warmupMs: round === 0 ? 2000 : 300,
            once: async () =>
              (await request(rawBase, 'GET', `/cases?${next()}`, { headers: rawHeaders })).status === 200,
          }),
        );
      }
      const apiStats = summarize(apiSlices);
      const rawStats = summarize(rawSlices);
      results[mode] = { apiStats, rawStats };
      console.log(
        `\nlist: GET /api/cases?${mode === 'primary' ? queries[primary] : '<5 filters in turn>'} at ${concurrency} connections, ${seconds} s each (in alternating ${SLICE_SECONDS} s slices)`,
      );
      console.log(`  API (Nest + Fastify + Prisma, cookie session)   ${fmt(apiStats)}`);
      console.log(`  raw node:http + pg, same SQL and JSON            ${fmt(rawStats)}`);
      const cpuRatio =
        apiStats.cpu && rawStats.cpu
          ? (rawStats.cpu.nodeMs + rawStats.cpu.postgresMs) / (apiStats.cpu.nodeMs + apiStats.cpu.postgresMs)
          : NaN;
      console.log(
        `  throughput ratio API/raw ${(apiStats.perSecond / rawStats.perSecond).toFixed(2)} (target ≥ 0.6); API p95 ${apiStats.p95.toFixed(1)} ms (target ≤ 25 ms); ` +
          `CPU-cost ratio raw/API ${cpuRatio.toFixed(2)}; machine load average before/after ${before} / ${loadAverage()}`,
      );
    }
    // Latency without queueing: one connection. (At 32 connections, Little's law ties p95 to throughput:
    // 32 requests in flight at N req/s wait 32/N s on average, so p95 ≤ 25 ms needs well over 1,280 req/s.)
    const single = await load({
      pid: api.pid,
      concurrency: 1,
      durationMs: 5000,
      warmupMs: 500,
      once: async () =>
        (await request(api.base, 'GET', `/api/cases?${queries[primary]}`, { headers: session })).status === 200,
    });
    console.log(`\nlist: the primary query on one connection (no queueing), API: ${fmt(single)}`);
    results.single = single;
    return results;
  } finally {
    for (const stop of stops.reverse()) await stop();
    await db.stop();
  }
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  await listBench({ seconds: Number(process.env.BENCH_SECONDS ?? 15) });
}
