// Issue 6 throughput: claim-and-enqueue (target ≥ 2,000 reminders/s) and delivery to a local SMTP sink
// (target ≥ 300 emails/s), two API instances from apps/api/dist on one embedded PostgreSQL, loopback only.
// Usage (after `npx tsc -b apps/api`): node tools/bench/reminders-throughput.mjs [reminders=10000] [instances=2] [smtpPoolSize=10]
// Phase 1 runs the instances with SCHEDULER_JOBS=reminders (every reminder → 1 notification + 2 outbound
// emails, one transaction each); phase 2 restarts them with SCHEDULER_JOBS=outbox and times the sink.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  progress,
  query,
  requireBuild,
  seed,
  Sink,
  startDatabase,
  startInstance,
  waitFor,
} from '../fault/reminders-harness.mjs';

const reminders = Number(process.argv[2] ?? 10_000);
const count = Number(process.argv[3] ?? 2);
const smtpPool = Number(process.argv[4] ?? 10);
requireBuild();
const logDir = mkdtempSync(path.join(os.tmpdir(), 'waiji-bench-logs-'));
const db = await startDatabase();
const sink = new Sink();
const running = [];
const names = Array.from({ length: count }, (_, i) => String.fromCharCode(65 + i));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    for (const instance of running) await instance.stop().catch(() => undefined);
    await sink.stop();
    await db.destroy();
    process.exit(130);
  });
}
try {
  const { expected } = await seed(db.url, { reminders, dueLater: true });
  const smtpPort = await sink.start();
  console.log(
    `seeded ${reminders} reminders (${expected.length} emails to come); ${count} instances; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );

  for (const name of names)
    running.push(
      await startInstance(`${name}-reminders`, {
        url: db.url,
        smtpPort,
        logDir,
        env: { SCHEDULER_JOBS: 'reminders', SCHEDULER_INTERVAL_MS: '100' },
      }),
    );
  const dueAt = performance.now();
  await query(db.url, `UPDATE reminder SET "dueAt" = now() - interval '1 minute'`);
  await waitFor(async () => (await progress(db.url)).remindersSent === reminders, {
    timeoutMs: 10 * 60_000,
    everyMs: 100,
    what: 'all reminders SENT',
  });
  const wall = (performance.now() - dueAt) / 1000;
  const [span] = await query(
    db.url,
    `SELECT extract(epoch FROM max("sentAt") - min("sentAt"))::float8 AS seconds FROM reminder`,
  );
  const [rows] = await query(
    db.url,
    `SELECT (SELECT count(*) FROM notification)::int AS notifications, (SELECT count(*) FROM outbound_email)::int AS emails`,
  );
  const share = await query(db.url, `SELECT count(*)::int AS n FROM reminder GROUP BY "claimedBy" ORDER BY 1 DESC`);
  const enqueueRate = reminders / span.seconds;
  for (const instance of running.splice(0)) await instance.stop();

  for (const name of names) {
    running.push(
      await startInstance(`${name}-outbox`, {
        url: db.url,
        smtpPort,
        logDir,
        env: { SCHEDULER_JOBS: 'outbox', SCHEDULER_INTERVAL_MS: '100', SMTP_POOL_SIZE: String(smtpPool) },
      }),
    );
  }
  await waitFor(() => sink.received() >= expected.length, {
    timeoutMs: 10 * 60_000,
    everyMs: 100,
    what: 'every email at the sink',
  });
  const times = sink.times;
  const deliverySpan = (times[times.length - 1] - times[0]) / 1000;
  const deliveryRate = expected.length / deliverySpan;
  const verdict = sink.verdict(expected);
  const p = await progress(db.url);

  console.log(
    `claim-and-enqueue: ${reminders} reminders in ${span.seconds.toFixed(2)} s (first to last SENT; ${wall.toFixed(2)} s from "all due" to "all SENT") = ${enqueueRate.toFixed(0)} reminders/s (target ≥ 2000, ratio ${(enqueueRate / 2000).toFixed(2)}); wrote ${rows.notifications} notifications + ${rows.emails} emails; per instance ${share.map((s) => s.n).join(' / ')}`,
  );
  console.log(
    `delivery: ${expected.length} emails in ${deliverySpan.toFixed(2)} s at the sink = ${deliveryRate.toFixed(0)} emails/s with SMTP_POOL_SIZE=${smtpPool} per instance (target ≥ 300, ratio ${(deliveryRate / 300).toFixed(2)}); lost ${verdict.lost}, duplicates ${verdict.duplicates}; outbox SENT ${p.emailsSent}`,
  );
  console.log(
    `load average after: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (2 cores, shared)`,
  );
} finally {
  for (const instance of running) await instance.stop().catch(() => undefined);
  await sink.stop();
  await db.destroy();
}
