import { Logger } from '@nestjs/common';
import type { OrganizationPolicyResponse, ReminderList, UnreadCount } from '@waiji/contract';
import {
  bodyOf,
  createClientAndCase,
  headerOf,
  services,
  setDatabaseConnections,
  signUp,
  sql,
  type TestUser,
  tick,
  useTestApp,
} from '../testing/kit';
import { digestKey } from './digest.service';

// Real apps and a real database: setup is slower than jest's 5 s default on a busy machine.
jest.setTimeout(60_000);

describe('daily digest: grouping and time zones (08:00 Asia/Shanghai vs Europe/Berlin)', () => {
  const kit = useTestApp();
  let shanghai: TestUser;
  let berlin: TestUser;

  async function prepare(user: TestUser, timeZone: string, name: string): Promise<string> {
    expect((await user.put('/api/organization/policy', { timeZone, quietHours: null, policy: {} })).status).toBe(200);
    // The digest instead of single emails (what notifyMode DIGEST was).
    expect(
      (await user.put('/api/notifications/preferences', { email: 'OFF', digest: 'MINE_AND_UNASSIGNED' })).json(),
    ).toEqual({ inApp: 'MINE_AND_UNASSIGNED', email: 'OFF', digest: 'MINE_AND_UNASSIGNED' });
    const { caseId } = await createClientAndCase(user, { name });
    // Replace the planned reminders with a known set around 2030-01-15.
    await sql(kit.db.url, `DELETE FROM "reminder" WHERE "caseId" = $1`, [caseId]);
    await sql(
      kit.db.url,
      `INSERT INTO "reminder" ("organizationId", "caseId", kind, audience, "dueAt", status, "updatedAt") VALUES
         ($1, $2, 'REVIEW_DUE', 'HELPER', '2030-01-15T06:00:00Z', 'PENDING', now()),
         ($1, $2, 'DEPOSIT_EXPECTED', 'HELPER', '2030-01-13T02:00:00Z', 'SENT', now()),
         ($1, $2, 'DOCUMENT_EXPIRING', 'HELPER', '2030-01-14T02:00:00Z', 'DISMISSED', now()),
         ($1, $2, 'RETRY_ALLOWED', 'HELPER', '2030-01-16T12:00:00Z', 'PENDING', now())`,
      [user.organizationId, caseId],
    );
    return caseId;
  }

  beforeAll(async () => {
    shanghai = await signUp(kit.app);
    berlin = await signUp(kit.app);
    await prepare(shanghai, 'Asia/Shanghai', 'LI NA');
    await prepare(berlin, 'Europe/Berlin', 'MUELLER ANNA');
  });

  const digestsTo = (user: TestUser) =>
    kit.mail.list().filter((m) => m.to.includes(user.me?.user.email ?? '') && m.subject.includes('waiting on Alipay'));

  it('goes out at 08:00 local time, once per helper, organization and day, with due today / overdue / waiting', async () => {
    const { digests, outbox } = services(kit.app);
    // 00:30 UTC: 08:30 in Shanghai, 01:30 in Berlin.
    expect(await digests.enqueueDue(new Date('2030-01-15T00:30:00Z'))).toMatchObject({ enqueued: 1 });
    expect(await digests.enqueueDue(new Date('2030-01-15T00:45:00Z'))).toMatchObject({ enqueued: 0 });
    await outbox.deliverDue();
    expect(digestsTo(shanghai)).toHaveLength(1);
    expect(digestsTo(berlin)).toHaveLength(0);
    const [mail] = digestsTo(shanghai);
    expect(mail?.subject).toBe('[Waiji] 2030-01-15: 1 due today, 1 overdue, 1 waiting on Alipay');
    expect(headerOf(mail?.raw ?? '', 'Message-ID')).toBe(
      `<${digestKey(shanghai.me?.user.id ?? '', shanghai.organizationId, '2030-01-15')}@waiji>`,
    );
    const body = bodyOf(mail?.raw ?? '');
    expect(body).toMatch(/Due today \(1\)\s+- LI NA — Alipay's review is due \(2030-01-15 14:00\)/);
    expect(body).toMatch(/Overdue \(1\)\s+- LI NA — Deposit should have arrived \(2030-01-13 10:00\)/);
    expect(body).toMatch(/Waiting on Alipay \(1\)\s+- LI NA — Submitted/);
    expect(body).not.toContain('same card');
    expect(body).not.toContain('Document expiring');

    // 07:30 UTC: 08:30 in Berlin (UTC+1 in January); Shanghai already has today's.
    expect(await digests.enqueueDue(new Date('2030-01-15T07:30:00Z'))).toMatchObject({ enqueued: 1 });
    await outbox.deliverDue();
    expect(digestsTo(shanghai)).toHaveLength(1);
    const [berlinMail] = digestsTo(berlin);
    expect(berlinMail?.subject).toBe('[Waiji] 2030-01-15: 1 due today, 1 overdue, 1 waiting on Alipay');
    expect(bodyOf(berlinMail?.raw ?? '')).toMatch(/MUELLER ANNA — Alipay's review is due \(2030-01-15 07:00\)/);

    // 23:30 UTC: already the 16th in Shanghai (07:30) and in Berlin (00:30), but not 08:00 yet.
    expect(await digests.enqueueDue(new Date('2030-01-15T23:30:00Z'))).toMatchObject({ enqueued: 0 });
    // 00:00 UTC on the 16th: 08:00 in Shanghai, a new day's digest.
    expect(await digests.enqueueDue(new Date('2030-01-16T00:00:00Z'))).toMatchObject({ enqueued: 1 });
    await outbox.deliverDue();
    expect(digestsTo(shanghai).map((m) => m.subject)).toContain(
      '[Waiji] 2030-01-16: 1 due today, 2 overdue, 1 waiting on Alipay',
    );
  });

  it('gives a digest reader (email OFF) in-app notifications but no single reminder emails', async () => {
    const { caseId } = await createClientAndCase(shanghai, { name: 'DIGEST ONLY' });
    await sql(
      kit.db.url,
      `UPDATE "reminder" SET "dueAt" = now() - interval '1 minute' WHERE "caseId" = $1 AND kind = 'DEPOSIT_EXPECTED'`,
      [caseId],
    );
    const before = (await shanghai.get('/api/notifications/unread-count')).json<UnreadCount>().count;
    await tick(kit.app);
    expect((await shanghai.get('/api/notifications/unread-count')).json<UnreadCount>().count).toBe(before + 1);
    expect(kit.mail.list().filter((m) => m.subject.includes('DIGEST ONLY'))).toHaveLength(0);
    expect(
      (await shanghai.get(`/api/cases/${caseId}/reminders`))
        .json<ReminderList>()
        .items.find((r) => r.kind === 'DEPOSIT_EXPECTED')?.status,
    ).toBe('sent');
  });
});

describe('organization policy: durations, quiet hours, time zone; a change re-plans pending reminders', () => {
  const kit = useTestApp();

  it('validates, saves and recomputes the deposit deadline of an open case', async () => {
    const owner = await signUp(kit.app);
    const initial = await owner.get('/api/organization/policy');
    expect(initial.status).toBe(200);
    expect(initial.json<OrganizationPolicyResponse>()).toMatchObject({
      timeZone: 'Asia/Shanghai',
      quietHours: null,
      policy: {},
      effective: { depositExpected: { amount: 2, unit: 'workingDays' } },
    });
    const { caseId } = await createClientAndCase(owner, { name: 'POLICY' });
    const dueBefore = (await owner.get(`/api/cases/${caseId}/reminders`))
      .json<ReminderList>()
      .items.find((r) => r.kind === 'DEPOSIT_EXPECTED')?.dueAt;

    const bad = [
      { timeZone: 'Mars/Olympus', quietHours: null, policy: {} },
      { timeZone: 'Asia/Shanghai', quietHours: { start: '25:00', end: '07:00' }, policy: {} },
      { timeZone: 'Asia/Shanghai', quietHours: { start: '07:00', end: '07:00' }, policy: {} },
      { timeZone: 'Asia/Shanghai', quietHours: null, policy: { depositExpected: { amount: 2, unit: 'weeks' } } },
      { timeZone: 'Asia/Shanghai', quietHours: null, policy: { depositChaseEvery: { amount: 0, unit: 'days' } } },
      { timeZone: 'Asia/Shanghai', quietHours: null, policy: { depositExpected: { amount: 1.5, unit: 'days' } } },
      { timeZone: 'Asia/Shanghai', quietHours: null, policy: { holidays: true } },
    ];
    for (const body of bad)
      expect([body, (await owner.put('/api/organization/policy', body)).status]).toEqual([body, 400]);

    const put = await owner.put('/api/organization/policy', {
      timeZone: 'Europe/Berlin',
      quietHours: { start: '22:00', end: '07:30' },
      policy: { depositExpected: { amount: 10, unit: 'days' } },
    });
    expect(put.status).toBe(200);
    expect(put.json<OrganizationPolicyResponse>()).toMatchObject({
      timeZone: 'Europe/Berlin',
      quietHours: { start: '22:00', end: '07:30' },
      policy: { depositExpected: { amount: 10, unit: 'days' } },
      effective: {
        timeZone: 'Europe/Berlin',
        depositExpected: { amount: 10, unit: 'days' },
        bankReviewDue: { amount: 2, unit: 'days' },
      },
      replannedCases: 1,
    });
    const dueAfter = (await owner.get(`/api/cases/${caseId}/reminders`))
      .json<ReminderList>()
      .items.find((r) => r.kind === 'DEPOSIT_EXPECTED')?.dueAt;
    expect(new Date(dueAfter ?? 0).getTime() - new Date(dueBefore ?? 0).getTime()).toBeGreaterThan(5 * 86_400_000);
    expect((await owner.get('/api/organization/policy')).json<OrganizationPolicyResponse>().quietHours).toEqual({
      start: '22:00',
      end: '07:30',
    });
    const [audit] = await sql<{ action: string }>(
      kit.db.url,
      `SELECT action FROM "audit_log" WHERE "organizationId" = $1 AND action = 'organization.policy_updated'`,
      [owner.organizationId],
    );
    expect(audit).toBeDefined();
  });
});

describe('the scheduler interval: ticks by itself, logs a database outage and recovers on the next interval', () => {
  const kit = useTestApp({ env: { SCHEDULER_ENABLED: 'true', SCHEDULER_INTERVAL_MS: '100' } });

  const waitFor = async (check: () => boolean, ms = 15_000) => {
    const until = Date.now() + ms;
    while (!check() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    return check();
  };

  it('sends a due reminder without being asked, survives the database going away, then sends the next', async () => {
    const capture = kit.mail;
    const owner = await signUp(kit.app);
    const first = await createClientAndCase(owner, { name: 'TICK ONE' });
    await sql(
      kit.db.url,
      `UPDATE "reminder" SET "dueAt" = now() - interval '1 minute' WHERE "caseId" = $1 AND kind = 'DEPOSIT_EXPECTED'`,
      [first.caseId],
    );
    expect(await waitFor(() => capture.list().some((m) => m.subject.includes('TICK ONE')))).toBe(true);

    const second = await createClientAndCase(owner, { name: 'TICK TWO' });
    const errors = jest.spyOn(Logger.prototype, 'error');
    await setDatabaseConnections(kit.db.name, false);
    expect(
      await waitFor(
        () => errors.mock.calls.some(([message]) => String(message).includes('tick failed; the next interval retries')),
        10_000,
      ),
    ).toBe(true);
    await setDatabaseConnections(kit.db.name, true);
    errors.mockRestore();
    await sql(
      kit.db.url,
      `UPDATE "reminder" SET "dueAt" = now() - interval '1 minute' WHERE "caseId" = $1 AND kind = 'DEPOSIT_EXPECTED'`,
      [second.caseId],
    );
    expect(await waitFor(() => capture.list().some((m) => m.subject.includes('TICK TWO')))).toBe(true);
    expect(capture.list().filter((m) => m.subject.includes('TICK'))).toHaveLength(2);
  }, 45_000);
});
