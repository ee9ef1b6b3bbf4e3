// Latency of GET /api/reports/summary on one organization with 50,000 cases and ~250,000 timeline events (plus a
// second organization of 5,000 cases that must not be counted), on an embedded PostgreSQL.
// Usage: npx tsc -b apps/api && node tools/bench/reports.mjs [--cases 50000] [--runs 10] [--explain]
//   --explain  loads auto_explain (ANALYZE) for the API's connections and writes each report query's plan to
//              .data/bench-reports/explain.txt (timings in that mode include the ANALYZE overhead).
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const cases = arg('cases', 50_000);
const runs = arg('runs', 10);
const explain = process.argv.includes('--explain');
const dir = path.join(root, '.data', 'bench-reports');

const { startEmbeddedPostgres, freePort } = require(path.join(root, 'tools/embedded-postgres.cjs'));
const { ensureDatabase, migrate } = require(path.join(root, 'apps/api/dist/database/migrator.js'));
const { createApp } = require(path.join(root, 'apps/api/dist/main.js'));
const { loadConfig } = require(path.join(root, 'apps/api/dist/config/config.js'));
const { Client } = require('pg');

// The case paths of the machines (libs/domain): step, action, fromState, toState, whether a reason code is set.
const paths = {
  0: [
    ['CREATED', null, 'PREPARING'],
    ['submit', 'PREPARING', 'SUBMITTED'],
    ['await_deposit', 'SUBMITTED', 'AWAITING_DEPOSIT'],
    ['confirm_deposit', 'AWAITING_DEPOSIT', 'MANUAL_REVIEW'],
    ['approve', 'MANUAL_REVIEW', 'APPROVED'],
  ],
  1: [
    ['CREATED', null, 'PREPARING'],
    ['submit', 'PREPARING', 'SUBMITTED'],
    ['await_deposit', 'SUBMITTED', 'AWAITING_DEPOSIT'],
    ['reject', 'AWAITING_DEPOSIT', 'REJECTED', true],
    ['resubmit', 'REJECTED', 'SUBMITTED'],
    ['await_deposit', 'SUBMITTED', 'AWAITING_DEPOSIT'],
    ['confirm_deposit', 'AWAITING_DEPOSIT', 'MANUAL_REVIEW'],
    ['approve', 'MANUAL_REVIEW', 'APPROVED'],
  ],
  2: [
    ['CREATED', null, 'PREPARING'],
    ['submit', 'PREPARING', 'SUBMITTED'],
    ['await_deposit', 'SUBMITTED', 'AWAITING_DEPOSIT'],
    ['confirm_deposit', 'AWAITING_DEPOSIT', 'MANUAL_REVIEW'],
    ['reject', 'MANUAL_REVIEW', 'REJECTED', true],
  ],
  3: [
    ['CREATED', null, 'PREPARING'],
    ['submit', 'PREPARING', 'SUBMITTED'],
    ['start_review', 'SUBMITTED', 'MANUAL_REVIEW'],
    ['approve', 'MANUAL_REVIEW', 'APPROVED'],
  ],
  4: [
    ['CREATED', null, 'PREPARING'],
    ['submit', 'PREPARING', 'SUBMITTED'],
    ['start_review', 'SUBMITTED', 'MANUAL_REVIEW'],
    ['reject', 'MANUAL_REVIEW', 'REJECTED', true],
  ],
};
const q = (v) => (v === null ? 'NULL' : `'${v}'`);
const pathRows = Object.entries(paths)
  .flatMap(([p, steps]) =>
    steps.map(
      ([action, from, to, reason], step) =>
        `(${p}, ${step}, '${action}', ${q(from)}::"CaseState", ${q(to)}::"CaseState", ${reason === true})`,
    ),
  )
  .join(',\n  ');

/** Two years of cases for one organization, each following a machine path; steps that would lie in the future are not there yet. */
async function generate(sql, organizationId, n) {
  await sql.query('BEGIN');
  await sql.query(
    `CREATE TEMP TABLE bench_path (path int, step int, action text, from_state "CaseState", to_state "CaseState", reason boolean) ON COMMIT DROP`,
  );
  await sql.query(`INSERT INTO bench_path VALUES\n  ${pathRows}`);
  await sql.query(
    `CREATE TEMP TABLE bench_case ON COMMIT DROP AS
     SELECT gen_random_uuid() AS id, gen_random_uuid() AS client_id, i,
            (CASE WHEN i % 20 < 12 THEN 'BANK_CARD_VERIFICATION' WHEN i % 20 < 17 THEN 'APP_PASSPORT_VERIFICATION' ELSE 'RESTRICTION_APPEAL' END)::"CaseType" AS type,
            now() - random() * interval '730 days' AS created_at,
            0.3 + random() * 4 AS gap_days,
            random() AS r
     FROM generate_series(1, $1::int) i`,
    [n],
  );
  await sql.query(`ALTER TABLE bench_case ADD COLUMN path int`);
  await sql.query(
    `UPDATE bench_case SET path = CASE WHEN type = 'BANK_CARD_VERIFICATION' THEN (CASE WHEN r < 0.6 THEN 0 WHEN r < 0.8 THEN 1 ELSE 2 END) ELSE (CASE WHEN r < 0.7 THEN 3 ELSE 4 END) END`,
  );
  await sql.query(
    `CREATE TEMP TABLE bench_event ON COMMIT DROP AS
     SELECT c.id AS case_id, p.step, p.action, p.from_state, p.to_state,
            CASE WHEN p.reason THEN (ARRAY['CARD_CHECK_FAILED','DEPOSIT_FAILED','DOCUMENTS_MISSING','CANNOT_OPERATE','SYSTEM_ERROR','OTHER'])[1 + (c.i * 7 + p.step) % 6] END AS reason_code,
            c.created_at + (p.step + CASE WHEN p.step > 0 THEN 0.25 * random() ELSE 0 END) * c.gap_days * interval '1 day' AS at
     FROM bench_case c JOIN bench_path p ON p.path = c.path`,
  );
  await sql.query(`DELETE FROM bench_event WHERE at > now()`);
  await sql.query(
    `INSERT INTO "client" (id, "organizationId", "passportName", "createdAt", "updatedAt")
     SELECT client_id, $1::uuid, 'BENCH PERSON ' || i, created_at, created_at FROM bench_case`,
    [organizationId],
  );
  await sql.query(
    `INSERT INTO "case" (id, "organizationId", "clientId", type, state, version, "stateEnteredAt", bank, "createdAt", "updatedAt", "archivedAt", "lastReasonCode")
     SELECT c.id, $1::uuid, c.client_id, c.type, last.to_state, last.step + 1, last.at,
            CASE WHEN c.type = 'BANK_CARD_VERIFICATION' THEN (ARRAY['ICBC','BOC','CCB','ABC','BOCOM','CMB'])[1 + c.i % 6] END,
            c.created_at, last.at,
            -- most finally rejected cases are closed two weeks later; the rest stay open (and overdue)
            CASE WHEN last.to_state = 'REJECTED' AND c.i % 10 < 7 AND last.at + interval '14 days' < now() THEN last.at + interval '14 days' END,
            last.reason_code
     FROM bench_case c
     JOIN (SELECT DISTINCT ON (case_id) * FROM bench_event ORDER BY case_id, step DESC) last ON last.case_id = c.id`,
    [organizationId],
  );
  await sql.query(
    `INSERT INTO "case_event" ("organizationId", "caseId", action, "fromState", "toState", "reasonCode", "versionAfter", at)
     SELECT $1::uuid, case_id, action, from_state, to_state, reason_code, step + 1, at FROM bench_event
     UNION ALL
     SELECT $1::uuid, case_id, 'NOTE', NULL, NULL, NULL, NULL, at + interval '3 hours' FROM bench_event WHERE step = 1 AND random() < 0.15`,
    [organizationId],
  );
  // Every deadline state gets a reminder two days out; a transition replaces (cancels) it, else it is sent when due.
  await sql.query(
    `INSERT INTO "reminder" ("organizationId", "caseId", kind, "dueAt", status, "sentAt", "createdAt", "updatedAt")
     SELECT $1::uuid, case_id,
            CASE to_state WHEN 'AWAITING_DEPOSIT' THEN 'DEPOSIT_EXPECTED' WHEN 'MANUAL_REVIEW' THEN 'REVIEW_DUE' ELSE 'RETRY_ALLOWED' END,
            due,
            (CASE WHEN next_at IS NOT NULL THEN 'CANCELLED' WHEN due < now() THEN 'SENT' ELSE 'PENDING' END)::"ReminderStatus",
            CASE WHEN next_at IS NULL AND due < now() THEN due END,
            at, COALESCE(next_at, LEAST(due, now()))
     FROM (SELECT e.*, e.at + interval '2 days' AS due, lead(e.at) OVER (PARTITION BY e.case_id ORDER BY e.step) AS next_at FROM bench_event e) e
     WHERE to_state IN ('AWAITING_DEPOSIT', 'MANUAL_REVIEW', 'REJECTED')`,
    [organizationId],
  );
  await sql.query('COMMIT');
}

/** CPU time (ms) used so far by the PostgreSQL server serving `dataDir`: the postmaster and all its backends. */
function databaseCpuMs(dataDir) {
  const stats = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.push({
        pid: Number(pid),
        ppid: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
        cmdline: () => {
          try {
            return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
          } catch {
            return ''; // the process ended since the listing
          }
        },
      });
    } catch {
      // the process ended meanwhile
    }
  }
  const postmaster = stats.find((p) => p.cmdline().includes(dataDir));
  if (!postmaster) return 0;
  const ticks = stats
    .filter((p) => p.pid === postmaster.pid || p.ppid === postmaster.pid)
    .reduce((sum, p) => sum + p.ticks, 0);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

/** Signs up and signs in (the bench confirms the address in the database instead of opening the emailed link). */
async function signUp(base, organizationName) {
  const email = `bench.${Date.now()}.${organizationName.length}@example.test`;
  const password = 'a-long-bench-password-42';
  const post = (route, body) =>
    fetch(`${base}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const signup = await post('/api/auth/signup', {
    email,
    password,
    displayName: 'Bench',
    kind: 'AGENCY',
    organizationName,
  });
  if (signup.status !== 202) throw new Error(`signup failed: ${signup.status} ${await signup.text()}`);
  await sql.query(`UPDATE "user" SET "emailVerifiedAt" = now() WHERE email = $1`, [email]);
  const response = await post('/api/auth/login', { email, password });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const cookie = /waiji_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  const me = await response.json();
  return { cookie, organizationId: me.organization.id };
}

const pgLog = [];
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const pg = await startEmbeddedPostgres({
  dataDir: path.join(dir, 'pg'),
  fsync: false,
  log: (line) => pgLog.push(line),
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void pg.stop().then(() => process.exit(130)));
const url = pg.url('waiji_bench');
let app;
let sql;
try {
  await ensureDatabase(url);
  await migrate(url);
  sql = new Client({ connectionString: url });
  sql.on('error', () => undefined);
  await sql.connect();
  if (explain) {
    await sql.query(`ALTER DATABASE waiji_bench SET session_preload_libraries = 'auto_explain'`);
    await sql.query(`ALTER DATABASE waiji_bench SET auto_explain.log_min_duration = 0`);
    await sql.query(`ALTER DATABASE waiji_bench SET auto_explain.log_analyze = on`);
    await sql.query(`ALTER DATABASE waiji_bench SET auto_explain.log_buffers = on`);
  }
  app = await createApp(
    loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, LOG_LEVEL: 'silent', LOG_FORMAT: 'json', SEED_DEMO: 'false' }),
  );
  const port = await freePort();
  await app.listen({ port, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${port}`;
  const main = await signUp(base, 'Bench agency');
  const other = await signUp(base, 'Other agency');

  const started = performance.now();
  await generate(sql, main.organizationId, cases);
  await generate(sql, other.organizationId, Math.round(cases / 10));
  await sql.query('ANALYZE');
  const counts = (
    await sql.query(
      `SELECT (SELECT count(*) FROM "case" WHERE "organizationId" = $1)::int AS cases,
            (SELECT count(*) FROM "case_event" WHERE "organizationId" = $1)::int AS events,
            (SELECT count(*) FROM "reminder" WHERE "organizationId" = $1)::int AS reminders`,
      [main.organizationId],
    )
  ).rows[0];
  console.log(
    `generated in ${((performance.now() - started) / 1000).toFixed(1)} s: ${counts.cases} cases, ${counts.events} events, ${counts.reminders} reminders (+ ${Math.round(cases / 10)} cases in a second organization)`,
  );

  const today = new Date(Date.now() + 8 * 3_600_000); // Asia/Shanghai, the default organization time zone
  const day = (offset) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const scenarios = [
    ['366 days to today', `/api/reports/summary?from=${day(-365)}&to=${day(0)}`],
    ['30 days to today', `/api/reports/summary?from=${day(-29)}&to=${day(0)}`],
    ['366 days, one type', `/api/reports/summary?from=${day(-365)}&to=${day(0)}&type=APP_PASSPORT_VERIFICATION`],
    ['a past quarter', `/api/reports/summary?from=${day(-400)}&to=${day(-310)}`],
    ['CSV, 366 days', `/api/reports/summary.csv?from=${day(-365)}&to=${day(0)}`],
  ];
  const pgDataDir = path.join(dir, 'pg');
  const get = async (target) => {
    const t = performance.now();
    const db0 = databaseCpuMs(pgDataDir);
    const node0 = process.cpuUsage();
    const response = await fetch(`${base}${target}`, { headers: { cookie: `waiji_session=${main.cookie}` } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${target}: ${response.status} ${body}`);
    const node = process.cpuUsage(node0);
    return {
      ms: performance.now() - t,
      dbCpuMs: databaseCpuMs(pgDataDir) - db0,
      nodeCpuMs: (node.user + node.system) / 1000,
      body,
    };
  };
  const quantile = (xs, p) => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

  if (explain) {
    const from = pgLog.length;
    await get(scenarios[0][1]);
    const plans = pgLog.slice(from).join('\n');
    writeFileSync(path.join(dir, 'explain.txt'), plans);
    console.log(
      `auto_explain plans of one '${scenarios[0][0]}' summary: ${path.relative(root, path.join(dir, 'explain.txt'))}`,
    );
    for (const m of plans.matchAll(/duration: ([\d.]+) ms\s+plan:[\s\S]*?Query Text:\s*(?:\n\s*)?(\S[^\n]{0,70})/g))
      console.log(`  ${m[1].padStart(9)} ms  ${m[2].trim()}`);
  } else {
    const report = JSON.parse((await get(scenarios[0][1])).body);
    console.log(
      `sanity: ${report.casesByState.total} open cases, funnel ${report.funnel.map((s) => s.cases).join(' → ')}, ` +
        `${report.outcomesByBank.reduce((s, b) => s + b.decisions, 0)} decisions, overdue today ${report.overdue.at(-1).cases} cases`,
    );
    // Wall time depends on what else runs on the machine, so the CPU time spent per request is printed too, and
    // a yardstick of this machine's speed: one sequential count of the whole timeline table.
    console.log(
      `load average before: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} on ${os.cpus().length} CPUs`,
    );
    const yardstick = [];
    for (let i = 0; i < 5; i += 1) {
      const t = performance.now();
      const cpu0 = databaseCpuMs(pgDataDir);
      await sql.query('SET max_parallel_workers_per_gather = 0');
      await sql.query('SELECT count(*) FROM "case_event"');
      yardstick.push({ ms: performance.now() - t, cpu: databaseCpuMs(pgDataDir) - cpu0 });
    }
    console.log(
      `yardstick: SELECT count(*) FROM case_event (${counts.events + Math.round(counts.events / 10)} rows, one process): ` +
        `wall ${quantile(
          yardstick.map((y) => y.ms),
          0.5,
        ).toFixed(0)} ms, CPU ${quantile(
          yardstick.map((y) => y.cpu),
          0.5,
        ).toFixed(0)} ms`,
    );
    for (const [name, target] of scenarios) {
      await get(target); // warm
      const results = [];
      for (let i = 0; i < runs; i += 1) results.push(await get(target));
      const median = (key) =>
        quantile(
          results.map((r) => r[key]),
          0.5,
        )
          .toFixed(0)
          .padStart(5);
      console.log(
        `${name.padEnd(20)} wall median ${median('ms')} ms, p90 ${quantile(
          results.map((r) => r.ms),
          0.9,
        )
          .toFixed(0)
          .padStart(5)} ms` +
          ` | CPU median: PostgreSQL ${median('dbCpuMs')} ms, Node ${median('nodeCpuMs')} ms   (${runs} runs)`,
      );
    }
    console.log(
      `load average after: ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await sql?.end().catch(() => undefined);
  await app?.close();
  await pg.stop();
}
