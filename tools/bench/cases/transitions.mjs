// POST /api/cases/:id/transitions through the real built API at 32 concurrent connections, over a pool of cases
// picked at random (so two requests sometimes race for one case and one of them must get 409). Every request
// carries the version the bench last saw; answers update it. Afterwards the database is checked for lost
// updates: each case's version must have grown by exactly the number of 200s it got, with one event per
// version, versions contiguous. Cycles restriction appeals: submit → reject → resubmit → reject → …
// For scale, raw-server.mjs runs the same transition code (load, machine, one statement, commit) without the
// framework and the session lookup; the two take turns in short slices.
import { fork } from 'node:child_process';
import path from 'node:path';
import {
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
  TRANSITIONS_OWNER,
  withClient,
} from './common.mjs';

const SLICE_SECONDS = 4;

export async function transitionsBench({ seconds = 20, concurrency = 32, cases = 2000 } = {}) {
  const db = await prepare();
  const api = await startApi(db.databaseUrl);
  const rawPort = await freePort();
  const raw = fork(path.join(root, 'tools/bench/cases/raw-server.mjs'), [db.databaseUrl, String(rawPort), '16'], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await new Promise((resolve) => raw.once('message', resolve));
  try {
    const session = await login(api.base, TRANSITIONS_OWNER);
    const pool = await withClient(db.databaseUrl, (c) =>
      c.query(`SELECT id, version, state FROM "case" WHERE "organizationId" = $1 ORDER BY random() LIMIT $2`, [
        session.organizationId,
        cases,
      ]),
    ).then((r) => r.rows);
    const known = new Map(pool.map((row) => [row.id, { version: row.version, state: row.state }]));
    const initial = new Map(pool.map((row) => [row.id, row.version]));
    const wins = new Map();
    const statuses = new Map();
    const headers = { ...session, 'content-type': 'application/json' };
    const rawHeaders = {
      'x-organization': session.organizationId,
      'x-user': session.userId,
      'content-type': 'application/json',
    };
    const targets = {
      api: { base: api.base, path: (id) => `/api/cases/${id}/transitions`, headers },
      raw: { base: `http://127.0.0.1:${rawPort}`, path: (id) => `/cases/${id}/transitions`, headers: rawHeaders },
    };

    const once = (target) => async () => {
      const picked = pool[Math.floor(Math.random() * pool.length)];
      const seen = known.get(picked.id);
      const action = seen.state === 'PREPARING' ? 'submit' : seen.state === 'SUBMITTED' ? 'reject' : 'resubmit';
      const payload = action === 'reject' ? { reasonCode: 'SYSTEM_ERROR', originalMessage: '抱歉,系统出错啦' } : {};
      const response = await request(target.base, 'POST', target.path(picked.id), {
        headers: target.headers,
        body: JSON.stringify({ action, version: seen.version, payload }),
      });
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const body = JSON.parse(response.text);
      if (response.status === 200) {
        wins.set(picked.id, (wins.get(picked.id) ?? 0) + 1);
        const after = body.case;
        // answers can arrive out of order: keep the newest version seen
        if (after.version > known.get(picked.id).version)
          known.set(picked.id, { version: after.version, state: after.state });
        return true;
      }
      if (response.status === 409 && body.error?.details?.version !== undefined) {
        const { version, state } = body.error.details;
        if (version > known.get(picked.id).version) known.set(picked.id, { version, state });
      }
      return false;
    };

    const before = loadAverage();
    const apiSlices = [];
    const rawSlices = [];
    for (let round = 0; round < Math.max(1, Math.round(seconds / SLICE_SECONDS)); round += 1) {
      apiSlices.push(
        await load({
          pid: api.pid,
          concurrency,
          durationMs: SLICE_SECONDS * 1000,
          warmupMs: round === 0 ? 3000 : 300,
          once: once(targets.api),
        }),
      );
      rawSlices.push(
        await load({
          pid: raw.pid,
          concurrency,
          durationMs: SLICE_SECONDS * 1000,
          warmupMs: round === 0 ? 3000 : 300,
          once: once(targets.raw),
        }),
      );
    }
    const stats = summarize(apiSlices);
    const rawStats = summarize(rawSlices);
    console.log(
      `\ntransitions: ${concurrency} connections for ${seconds} s each over ${pool.length} cases picked at random, in alternating ${SLICE_SECONDS} s slices (load average before/after ${before} / ${loadAverage()})`,
    );
    console.log(`  API (Nest + Fastify, cookie session)         ${fmt(stats)}`);
    console.log(`  raw node:http + pg, same transition code     ${fmt(rawStats)}`);
    console.log(`  throughput ratio API/raw ${(stats.perSecond / rawStats.perSecond).toFixed(2)}`);
    console.log(
      `  answers (both servers, warm-up included): ${[...statuses].map(([status, n]) => `${status} × ${n}`).join(', ')}`,
    );

    // Zero lost updates: versions and events agree with the 200s, case by case.
    const ids = [...initial.keys()];
    const check = await withClient(db.databaseUrl, (c) =>
      c.query(
        `SELECT x.id, c.version, x.initial,
                count(e.id)::int AS events, count(DISTINCT e."versionAfter")::int AS versions, coalesce(max(e."versionAfter"), x.initial) AS "maxVersion"
         FROM unnest($1::uuid[], $2::int[]) AS x(id, initial)
         JOIN "case" c ON c.id = x.id
         LEFT JOIN "case_event" e ON e."caseId" = x.id AND e."versionAfter" > x.initial
         GROUP BY x.id, c.version, x.initial`,
        [ids, ids.map((id) => initial.get(id))],
      ),
    );
    let lost = 0;
    let mismatched = 0;
    let total = 0;
    for (const row of check.rows) {
      const won = wins.get(row.id) ?? 0;
      total += won;
      if (row.version !== row.initial + won) lost += 1;
      if (row.events !== won || row.versions !== won || row.maxVersion !== row.version) mismatched += 1;
    }
    const serverErrors = [...statuses].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);
    console.log(
      `  check: ${total} transitions (warm-up included) on ${check.rows.length} cases; cases with a lost or extra update: ${lost}; cases whose events disagree (count, contiguity): ${mismatched}; 5xx: ${serverErrors}`,
    );
    console.log(
      `  target ≥ 1,000 transitions/s sustained with zero lost updates: ${stats.perSecond >= 1000 ? 'met' : 'MISSED'} (${stats.perSecond.toFixed(0)}/s), ${lost + mismatched === 0 ? 'no lost updates' : 'LOST UPDATES'}`,
    );
    return { stats, rawStats, lost, mismatched, serverErrors };
  } finally {
    await new Promise((resolve) =>
      raw.exitCode !== null ? resolve() : (raw.once('exit', resolve), raw.kill('SIGTERM')),
    );
    await api.stop();
    await db.stop();
  }
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  await transitionsBench({ seconds: Number(process.env.BENCH_SECONDS ?? 20) });
}
