// Fault scripts for issue 6. Usage (after `npx tsc -b apps/api`):
//   node tools/fault/reminders-fault.mjs two-instances [reminders=10000]
//   node tools/fault/reminders-fault.mjs sigkill       [reminders=10000]
//   node tools/fault/reminders-fault.mjs smtp-outage   [reminders=2000] [outageSeconds=90]
//   node tools/fault/reminders-fault.mjs db-restart    [reminders=5000] [downSeconds=5]
// Each starts its own embedded PostgreSQL, two API instances from apps/api/dist and an SMTP sink on
// loopback, seeds due reminders (one helper email + one client email each), and prints what the sink got:
// lost (expected Message-IDs never received) and duplicates (extra copies of one Message-ID).
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  progress,
  query,
  requireBuild,
  seed,
  Sink,
  sleep,
  startDatabase,
  startInstance,
  waitFor,
} from './reminders-harness.mjs';

const [scenario = 'two-instances', ...args] = process.argv.slice(2);
const defaults = { 'two-instances': 10_000, sigkill: 10_000, 'smtp-outage': 2_000, 'db-restart': 5_000 };
if (!(scenario in defaults)) {
  console.error(`unknown scenario ${scenario}; one of ${Object.keys(defaults).join(', ')}`);
  process.exit(2);
}
const reminders = Number(args[0] ?? defaults[scenario]);
const LEASE_MS = 10_000;
const TIME_LIMIT_MS = 15 * 60_000;
requireBuild();

const logDir = mkdtempSync(path.join(os.tmpdir(), 'waiji-fault-logs-'));
const db = await startDatabase();
const sink = new Sink();
const instances = [];
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const say = (line) => console.log(`[${seconds().padStart(6)} s] ${line}`);

const killed = new Set();
async function done(expectedEmails) {
  const dead = instances.filter((i) => i.exitCode() !== null && !killed.has(i.name));
  if (dead.length > 0) throw new Error(`instance ${dead.map((i) => i.name).join(', ')} died on its own; see ${logDir}`);
  const p = await progress(db.url);
  return p.remindersSent === reminders &&
    p.emailsSent + p.emailsFailed === expectedEmails &&
    sink.received() >= expectedEmails
    ? p
    : false;
}

function logLines(pattern) {
  return instances.flatMap((i) =>
    readFileSync(i.logFile, 'utf8')
      .split('\n')
      .filter((l) => pattern.test(l))
      .map((l) => ({ instance: i.name, line: l })),
  );
}

async function cleanUp() {
  for (const instance of instances) await instance.stop().catch(() => undefined);
  await sink.stop();
  await db.destroy();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => cleanUp().finally(() => process.exit(130)));

try {
  const { expected } = await seed(db.url, { reminders, dueLater: true });
  say(`seeded ${reminders} due reminders → ${expected.length} expected emails (helper + client each)`);
  const smtpPort = await sink.start();
  const env = {
    SCHEDULER_LEASE_MS: String(LEASE_MS),
    SCHEDULER_BATCH_SIZE: '500',
    ...(scenario === 'smtp-outage'
      ? { OUTBOX_BACKOFF_BASE_MS: '5000', OUTBOX_BACKOFF_MAX_MS: '30000', OUTBOX_MAX_ATTEMPTS: '20' }
      : {}),
  };
  let outageSeconds = 0;
  if (scenario === 'smtp-outage') {
    outageSeconds = Number(args[1] ?? 90);
    await sink.stop();
    say(`SMTP sink DOWN for ${outageSeconds} s (backoff 5 s doubling, cap 30 s, ±20 % jitter)`);
  }
  for (const name of ['A', 'B']) instances.push(await startInstance(name, { url: db.url, smtpPort, env, logDir }));
  say(
    `instances up: ${instances.map((i) => `${i.name} pid ${i.pid}`).join(', ')} (interval 200 ms, lease ${LEASE_MS} ms); logs in ${logDir}`,
  );
  await query(db.url, `UPDATE reminder SET "dueAt" = now() - interval '1 minute'`);
  say(`all ${reminders} reminders due at once`);

  if (scenario === 'sigkill') {
    await waitFor(async () => (await progress(db.url)).remindersSent >= reminders * 0.3 || false, {
      timeoutMs: TIME_LIMIT_MS,
      everyMs: 20,
      what: '30 % sent',
    });
    const [before] = await query(
      db.url,
      `SELECT count(*) FILTER (WHERE status = 'CLAIMED')::int AS claimed, count(*) FILTER (WHERE status = 'SENT')::int AS sent FROM reminder`,
    );
    const [sending] = await query(db.url, `SELECT count(*)::int AS n FROM outbound_email WHERE status = 'SENDING'`);
    killed.add('A');
    instances[0].kill('SIGKILL');
    say(
      `SIGKILL A mid-batch: reminders sent ${before.sent}, claimed (in flight) ${before.claimed}; emails SENDING ${sending.n}`,
    );
    await instances[0].exited;
  }
  if (scenario === 'smtp-outage') {
    await sleep(outageSeconds * 1000);
    const [pending] = await query(
      db.url,
      `SELECT count(*)::int AS n, max(attempts)::int AS "maxAttempts" FROM outbound_email WHERE status IN ('PENDING', 'SENDING')`,
    );
    await sink.start(sink.port);
    say(
      `SMTP sink UP again: ${pending.n} emails waiting, up to ${pending.maxAttempts} attempts so far; received during outage: ${sink.received()}`,
    );
  }
  if (scenario === 'db-restart') {
    const downSeconds = Number(args[1] ?? 5);
    await waitFor(async () => (await progress(db.url)).remindersSent >= reminders * 0.2 || false, {
      timeoutMs: TIME_LIMIT_MS,
      everyMs: 20,
      what: '20 % sent',
    });
    await db.stop();
    say(`PostgreSQL STOPPED mid-tick (fast shutdown); down for ${downSeconds} s`);
    await sleep(downSeconds * 1000);
    await db.start();
    say('PostgreSQL started again on the same port');
  }
  const recoveredAt = performance.now();
  await waitFor(() => done(expected.length), {
    timeoutMs: TIME_LIMIT_MS,
    everyMs: 250,
    what: 'every reminder SENT and every email SENT at the sink',
  });
  if (process.env.KEEP_LOGS) console.log(logDir);
  await sleep(LEASE_MS + 2_000); // let any late duplicate (a lease taken over) arrive before counting
  const p = await progress(db.url);
  const verdict = sink.verdict(expected);
  const elapsed = (performance.now() - started) / 1000;
  say(`done: reminders SENT ${p.remindersSent}/${reminders}, emails SENT ${p.emailsSent}, FAILED ${p.emailsFailed}`);
  const share = await query(
    db.url,
    `SELECT "claimedBy", count(*)::int AS n FROM reminder WHERE status = 'SENT' GROUP BY 1 ORDER BY 1`,
  );
  const attempts = await query(db.url, `SELECT attempts, count(*)::int AS n FROM outbound_email GROUP BY 1 ORDER BY 1`);
  const errors = await query(
    db.url,
    `SELECT left("lastError", 90) AS error, count(*)::int AS n FROM outbound_email WHERE "lastError" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
  );
  console.log('');
  console.log(`scenario: ${scenario}, ${reminders} reminders, 2 instances, lease ${LEASE_MS / 1000} s`);
  console.log(
    `sink: expected ${verdict.expected}, received ${verdict.received}, distinct ${verdict.distinct}, LOST ${verdict.lost}, DUPLICATES ${verdict.duplicates}, unexpected ${verdict.unexpected}`,
  );
  console.log(
    `reminders fired per instance: ${share.map((s) => `${s.claimedBy.split(':').slice(1).join(':')} ${s.n}`).join(', ')}`,
  );
  console.log(`email attempts: ${attempts.map((a) => `${a.attempts}×${a.n}`).join(', ')}`);
  if (errors.length > 0) console.log(`last errors: ${errors.map((e) => `${e.n}× ${e.error}`).join(' | ')}`);
  if (scenario === 'smtp-outage')
    console.log(
      `outage ${outageSeconds} s; drained ${((performance.now() - recoveredAt) / 1000 - (LEASE_MS + 2_000) / 1000).toFixed(1)} s after the sink came back`,
    );
  if (scenario === 'db-restart') {
    const failures = logLines(/tick failed; the next interval retries/);
    console.log(
      `tick errors logged: ${failures.length} (${[...new Set(failures.map((f) => f.instance))].join(', ')}); e.g. ${failures[0] ? (JSON.parse(failures[0].line).msg ?? failures[0].line) : '(none)'}`,
    );
    const alive = instances.filter((i) => i.exitCode() === null).length;
    console.log(`instances still running after the restart: ${alive}/2`);
  }
  console.log(`total ${elapsed.toFixed(1)} s`);
  process.exitCode = verdict.lost === 0 ? 0 : 1;
} finally {
  await cleanUp();
}
