import net from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OutboxList } from '@waiji/contract';
import { MailCapture } from '../mail/mail-capture';
import {
  createClientAndCase,
  headerOf,
  services,
  signUp,
  sql,
  type TestUser,
  useTestApp,
  useTestDatabase,
} from '../testing/kit';
import { backoffDelayMs, isPermanentSmtpFailure } from './backoff';

// Real apps and a real database: setup is slower than jest's 5 s default on a busy machine.
jest.setTimeout(60_000);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('backoff', () => {
  it.each([
    [1, 1000],
    [2, 2000],
    [3, 4000],
    [4, 8000],
    [10, 60_000],
  ])('after %i failed attempt(s) waits base·2^(n−1) capped (%i ms), ±20 %% jitter', (attempts, expected) => {
    expect(backoffDelayMs(attempts, 1000, 60_000, () => 0)).toBe(expected * 0.8);
    expect(backoffDelayMs(attempts, 1000, 60_000, () => 0.5)).toBe(expected);
    expect(backoffDelayMs(attempts, 1000, 60_000, () => 0.999_999)).toBeLessThanOrEqual(expected * 1.2);
  });

  it('treats SMTP 5xx replies as permanent, connection errors and 4xx as transient', () => {
    expect(isPermanentSmtpFailure({ responseCode: 550 })).toBe(true);
    expect(isPermanentSmtpFailure({ responseCode: 451 })).toBe(false);
    expect(isPermanentSmtpFailure({ code: 'ECONNREFUSED' })).toBe(false);
  });
});

describe('outbox: retries with exponential backoff, FAILED after N, admin retry, outage recovery', () => {
  let owner: TestUser;
  let sink: MailCapture;
  let sinkPort: number;
  const BASE = 1000;
  const kit = useTestApp({
    // The app sends to an SMTP server of this test's own, which the tests stop and start again on the same port.
    env: async () => {
      sinkPort = await freePort();
      sink = new MailCapture(10_000);
      await sink.start(sinkPort);
      return {
        SMTP_URL: `smtp://127.0.0.1:${sinkPort}`,
        OUTBOX_BACKOFF_BASE_MS: String(BASE),
        OUTBOX_MAX_ATTEMPTS: '4',
      };
    },
  });

  beforeAll(async () => {
    owner = await signUp(kit.app);
  });
  afterAll(async () => {
    await sink.stop();
  });

  const enqueue = async (key: string) =>
    (
      await sql<{ id: string }>(
        kit.db.url,
        `INSERT INTO "outbound_email" ("organizationId", "idempotencyKey", "toAddress", subject, "textBody", "updatedAt")
         VALUES ($1, $2, 'someone@example.test', $3, 'body', now()) RETURNING id`,
        [owner.organizationId, key, `subject ${key}`],
      )
    )[0]?.id ?? '';
  const row = async (id: string) =>
    (
      await sql<{ status: string; attempts: number; delay: number; lastError: string | null }>(
        kit.db.url,
        `SELECT status, attempts, (extract(epoch FROM "nextAttemptAt" - "updatedAt") * 1000)::int AS delay, "lastError" FROM "outbound_email" WHERE id = $1`,
        [id],
      )
    )[0];

  it('while SMTP is down: attempt times grow exponentially within the jitter bounds, then FAILED after 4; an admin sees it and retries', async () => {
    await sink.stop();
    const id = await enqueue('test.backoff.1');
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const stats = await services(kit.app).outbox.deliverDue();
      expect(stats.claimed).toBe(1);
      const current = await row(id);
      expect(current?.attempts).toBe(attempt);
      expect(current?.lastError).toMatch(/ECONNREFUSED|ESOCKET|connect/i);
      if (attempt < 4) {
        expect(current?.status).toBe('PENDING');
        delays.push(current?.delay ?? 0);
        // Not due yet: a second pass right away claims nothing.
        expect((await services(kit.app).outbox.deliverDue()).claimed).toBe(0);
        await sql(kit.db.url, `UPDATE "outbound_email" SET "nextAttemptAt" = now() WHERE id = $1`, [id]);
      } else {
        expect(current?.status).toBe('FAILED');
      }
    }
    delays.forEach((delay, index) => {
      const nominal = BASE * 2 ** index;
      expect(delay).toBeGreaterThanOrEqual(nominal * 0.8 - 1);
      expect(delay).toBeLessThanOrEqual(nominal * 1.2 + 1);
    });
    expect((await services(kit.app).outbox.deliverDue()).claimed).toBe(0);

    const failed = await owner.get('/api/admin/outbox?status=FAILED');
    expect(failed.status).toBe(200);
    expect(failed.json<OutboxList>().items).toEqual([
      expect.objectContaining({
        id,
        status: 'FAILED',
        attempts: 4,
        lastError: expect.stringMatching(/ECONNREFUSED|connect/i),
      }),
    ]);
    expect((await owner.post(`/api/admin/outbox/${id}/retry`)).json()).toMatchObject({
      status: 'PENDING',
      attempts: 0,
    });
    expect((await owner.post(`/api/admin/outbox/${id}/retry`)).status).toBe(409);
    expect((await (await signUp(kit.app)).post(`/api/admin/outbox/${id}/retry`)).status).toBe(404);

    await sink.start(sinkPort);
    expect((await services(kit.app).outbox.deliverDue()).sent).toBe(1);
    expect(await row(id)).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(sink.list().filter((m) => headerOf(m.raw, 'Message-ID') === '<test.backoff.1@waiji>')).toHaveLength(1);
  });

  it('delivers everything after an outage, attempts visible, nothing twice', async () => {
    await sink.stop();
    const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => enqueue(`test.outage.${i}`)));
    await services(kit.app).outbox.deliverDue();
    for (const id of ids) expect(await row(id)).toMatchObject({ status: 'PENDING', attempts: 1 });
    await sink.start(sinkPort);
    await sql(kit.db.url, `UPDATE "outbound_email" SET "nextAttemptAt" = now() WHERE id = ANY($1::uuid[])`, [ids]);
    await services(kit.app).outbox.deliverDue();
    for (const id of ids) expect(await row(id)).toMatchObject({ status: 'SENT', attempts: 2 });
    const received = sink
      .list()
      .map((m) => headerOf(m.raw, 'Message-ID'))
      .filter((m) => m.startsWith('<test.outage.'));
    expect(received).toHaveLength(20);
    expect(new Set(received).size).toBe(20);
  });

  it('marks a permanent failure (an address the SMTP client refuses) FAILED at once', async () => {
    const id = (
      await sql<{ id: string }>(
        kit.db.url,
        `INSERT INTO "outbound_email" ("organizationId", "idempotencyKey", "toAddress", subject, "textBody", "updatedAt")
         VALUES ($1, 'test.permanent', 'not an address', 'x', 'x', now()) RETURNING id`,
        [owner.organizationId],
      )
    )[0]?.id;
    await services(kit.app).outbox.deliverDue();
    const current = await row(id ?? '');
    expect(current?.status).toBe('FAILED');
    expect(current?.attempts).toBe(1);
  });
});

describe('two schedulers (two Nest apps on one database) send every email exactly once', () => {
  const kit = useTestDatabase();
  let apps: NestFastifyApplication[];
  let sink: MailCapture;

  beforeAll(async () => {
    sink = new MailCapture(10_000);
    const port = await sink.start();
    const env = { SMTP_URL: `smtp://127.0.0.1:${port}`, SCHEDULER_BATCH_SIZE: '7' };
    apps = [await kit.openApp(env), await kit.openApp(env)];
  });
  afterAll(async () => {
    await sink.stop();
  });

  it('60 due reminders for helper + client → 120 emails with 120 distinct Message-IDs and 60 notifications', async () => {
    const [first] = apps;
    if (!first) throw new Error('no app');
    const owner = await signUp(first);
    const { caseId } = await createClientAndCase(owner, {
      submit: false,
      email: 'client.twice@example.test',
      consent: true,
    });
    await sql(
      kit.db.url,
      `INSERT INTO "reminder" ("organizationId", "caseId", kind, audience, "dueAt", reason, manual, "updatedAt")
       SELECT $1, $2, 'MANUAL', 'BOTH', now() - interval '1 minute', 'note ' || g, true, now() FROM generate_series(1, 60) g`,
      [owner.organizationId, caseId],
    );
    for (let round = 0; round < 3; round += 1) {
      await Promise.all(apps.map((app) => services(app).reminders.dispatchDue()));
      await Promise.all(apps.map((app) => services(app).outbox.deliverDue()));
    }
    const ids = sink
      .list()
      .map((m) => headerOf(m.raw, 'Message-ID'))
      .filter((id) => id.startsWith('<reminder.'));
    expect(ids).toHaveLength(120);
    expect(new Set(ids).size).toBe(120);
    expect(sink.to('client.twice@example.test')).toHaveLength(60);
    const [counts] = await sql<{ sent: number; notifications: number; emails: number; claimants: number }>(
      kit.db.url,
      `SELECT (SELECT count(*) FROM "reminder" WHERE "caseId" = $1 AND status = 'SENT')::int AS sent,
              (SELECT count(*) FROM "notification" WHERE "caseId" = $1)::int AS notifications,
              (SELECT count(*) FROM "outbound_email" WHERE status = 'SENT' AND "idempotencyKey" LIKE 'reminder.%')::int AS emails,
              (SELECT count(DISTINCT "claimedBy") FROM "reminder" WHERE "caseId" = $1)::int AS claimants`,
      [caseId],
    );
    expect(counts).toMatchObject({ sent: 60, notifications: 60, emails: 120 });
    expect(counts?.claimants).toBeGreaterThanOrEqual(1);
  });
});
