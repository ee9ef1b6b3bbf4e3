import type { ChecklistResponse, NotificationList, TimelineResponse } from '@waiji/contract';
import { undoWindowMs } from '@waiji/domain';
import { UnsubscribeTokens } from '../outbox/unsubscribe-token';
import {
  addMember,
  bodyOf,
  createCase,
  createClient,
  createClientAndCase,
  headerOf,
  move,
  services,
  signUp,
  sql,
  type TestUser,
  transition,
  useTestApp,
} from '../testing/kit';
import { type ClientContact, type NoticeCase, type NoticeEvent, planClientNotice } from './client-notices';

jest.setTimeout(60_000);

const PUBLIC_URL = 'https://waiji.example';

type Outbound = {
  idempotencyKey: string;
  toAddress: string;
  subject: string;
  textBody: string;
  headers: Record<string, string>;
  status: string;
  nextAttemptAt: Date;
};

describe('a case that changes state tells its client (email in their language, in-app notification)', () => {
  const kit = useTestApp({ env: { PUBLIC_URL } });
  let helper: TestUser;

  const outboxOf = (caseId: string) =>
    sql<Outbound>(
      kit.db.url,
      `SELECT "idempotencyKey", "toAddress", subject, "textBody", headers, status, "nextAttemptAt" FROM "outbound_email"
        WHERE "idempotencyKey" LIKE $1 ORDER BY "createdAt"`,
      [`case-state.${caseId}.%`],
    );
  /** When the transition to `version` happened (its timeline entry). */
  const changedAt = async (caseId: string, version: number) =>
    (
      await sql<{ at: Date }>(kit.db.url, `SELECT at FROM "case_event" WHERE "caseId" = $1 AND "versionAfter" = $2`, [
        caseId,
        version,
      ])
    )[0]?.at ?? new Date(0);
  /** The undo window has passed for the case's emails: they are due now. */
  const dueNow = (caseId: string) =>
    sql(kit.db.url, `UPDATE "outbound_email" SET "nextAttemptAt" = now() WHERE "idempotencyKey" LIKE $1`, [
      `case-state.${caseId}.%`,
    ]);

  beforeAll(async () => {
    helper = await signUp(kit.app);
  });

  it('a zh client gets the rejection in Chinese with the reason and the next step, delivered with one-click unsubscribe', async () => {
    const address = 'li.lei@example.com';
    const { caseId, clientId, version } = await createClientAndCase(helper, {
      name: 'LI LEI',
      email: address,
      consent: true,
      language: 'zh',
    });
    const rejected = await transition(helper, caseId, version, 'reject', { reasonCode: 'DOCUMENTS_MISSING' });

    const rows = await outboxOf(caseId);
    // The submission's email (version 1) was still waiting: the rejection's (version 2) took its place. Keyed by
    // case, version and recipient; it waits out the undo window.
    expect(rows.map((row) => [row.idempotencyKey, row.status])).toEqual([
      [`case-state.${caseId}.2.client.${clientId}`, 'PENDING'],
    ]);
    const rejection = rows[0];
    expect(rejection?.nextAttemptAt.getTime()).toBe((await changedAt(caseId, rejected)).getTime() + undoWindowMs);
    expect(rejection?.toAddress).toBe(address);
    expect(rejection?.subject).toBe('你的支付宝事项：未通过');
    expect(rejection?.textBody).toContain('原因：缺少其他有效证件');
    expect(rejection?.textBody).toContain('补充中国签证、入境章和护照签名页后重新申请');
    expect(rejection?.textBody).not.toContain('What to do next');
    expect(rejection?.headers['List-Unsubscribe']).toMatch(
      new RegExp(`^<${PUBLIC_URL}/api/unsubscribe/[A-Za-z0-9_-]+>$`),
    );

    // The outbox does not send it before its time…
    await services(kit.app).outbox.deliverDue();
    expect(kit.mail.list().filter((mail) => mail.to.includes(address))).toEqual([]);
    expect((await outboxOf(caseId)).map((row) => row.status)).toEqual(['PENDING']);
    // …and sends it, once, when the window has passed.
    await dueNow(caseId);
    await services(kit.app).outbox.deliverDue();
    const mails = kit.mail.list().filter((mail) => mail.to.includes(address));
    expect(mails.map((mail) => mail.subject)).toEqual(['你的支付宝事项：未通过']);
    const raw = mails[0]?.raw ?? '';
    expect(headerOf(raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const link = /\/api\/unsubscribe\/([A-Za-z0-9_-]+)/.exec(bodyOf(raw))?.[1] ?? '';
    // The link works: the client's stored hash was written with the email.
    const unsubscribed = await kit.app.inject({ method: 'POST', url: `/api/unsubscribe/${link}` });
    expect(unsubscribed.statusCode).toBe(200);
    const [client] = await sql<{ emailConsent: boolean }>(
      kit.db.url,
      `SELECT "emailConsent" FROM "client" WHERE id = $1`,
      [clientId],
    );
    expect(client?.emailConsent).toBe(false);
  });

  it('an en client (or any other language) gets English; approval says so', async () => {
    const address = 'jane.doe@example.com';
    const { caseId, version } = await createClientAndCase(helper, {
      name: 'DOE JANE',
      email: address,
      consent: true,
      language: 'en',
    });
    const awaiting = await transition(helper, caseId, version, 'await_deposit');
    const reviewing = await transition(helper, caseId, awaiting, 'confirm_deposit', { amount: '0.0974' });
    const approvedAt = await transition(helper, caseId, reviewing, 'approve');

    // Four quick changes, one email: the latest state (each superseded the one still waiting before it).
    const rows = await outboxOf(caseId);
    expect(rows.map((row) => [row.subject, row.status])).toEqual([['Your Alipay case: Approved', 'PENDING']]);
    expect(rows[0]?.nextAttemptAt.getTime()).toBe((await changedAt(caseId, approvedAt)).getTime() + undoWindowMs);
    const approved = rows[0]?.textBody ?? '';
    expect(approved).toContain('Hello DOE JANE,');
    expect(approved).toContain('it is now Approved');
    expect(approved).toContain('What to do next:');
    expect(approved).toContain('添加银行卡');
  });

  it('no email without consent or without an address; the in-app notification still reaches the client’s portal users', async () => {
    const noConsent = await createClientAndCase(helper, { email: 'quiet@example.com', consent: false });
    const noAddress = await createClientAndCase(helper, { email: null, consent: true });
    await transition(helper, noConsent.caseId, noConsent.version, 'reject', { reasonCode: 'SYSTEM_ERROR' });
    await transition(helper, noAddress.caseId, noAddress.version, 'reject', { reasonCode: 'SYSTEM_ERROR' });
    expect(await outboxOf(noConsent.caseId)).toEqual([]);
    expect(await outboxOf(noAddress.caseId)).toEqual([]);

    const client = await createClient(helper, { passportName: 'WANG FANG', preferredLanguage: 'zh' });
    const portalUser = await addMember(kit, helper, 'CLIENT', client.id);
    const created = await createCase(helper, client.id);
    const submitted = await move(helper, created, 'submit', { bank: 'BOC', cardLast4: '1234' });
    await move(helper, submitted, 'reject', { reasonCode: 'DOCUMENTS_MISSING' });

    const list = (await portalUser.get('/api/notifications')).json<NotificationList>();
    expect(list.items.map((item) => [item.kind, item.caseId, item.title])).toEqual([
      ['CASE_STATE', created.id, '外籍实名认证（大陆银行卡打款验证）：未通过'],
      ['CASE_STATE', created.id, '外籍实名认证（大陆银行卡打款验证）：已提交'],
    ]);
    expect(list.items[0]?.body).toContain('原因：缺少其他有效证件');
    expect(list.items[0]?.body).toContain('下一步怎么做：补充中国签证');
    // Staff get no client notice.
    const staff = (await helper.get('/api/notifications')).json<NotificationList>();
    expect(staff.items.filter((item) => (item.kind as string) === 'CASE_STATE')).toEqual([]);
  });

  it('a client report a helper confirms tells the client too (email and the portal user’s notification)', async () => {
    const address = 'anna@example.com';
    const client = await createClient(helper, {
      passportName: 'ANNA SCHMIDT',
      email: address,
      emailConsent: true,
      preferredLanguage: 'en',
    });
    const portalUser = await addMember(kit, helper, 'CLIENT', client.id);
    const created = await createCase(helper, client.id);
    const submitted = await move(helper, created, 'submit', { bank: 'BOC', cardLast4: '1234' });
    // The submission's email went out (its window passed).
    await dueNow(created.id);
    await services(kit.app).outbox.deliverDue();
    // The deposit arrived while the case was still "Submitted": confirming takes two machine steps (await_deposit,
    // then confirm_deposit) in one transaction.
    const reported = await portalUser.post(`/api/portal/cases/${created.id}/proposals`, {
      kind: 'DEPOSIT_ARRIVED',
      amount: '0.0974',
      arrivedOn: '2026-01-05',
    });
    expect(reported.status).toBe(201);
    const proposal = reported.json<{ id: string }>();
    expect((await helper.post(`/api/proposals/${proposal.id}/confirm`)).status).toBe(200);

    // One email for the report, of the state it left the case in; the sent one stays as it was.
    const rows = await outboxOf(created.id);
    expect(rows.map((row) => [row.idempotencyKey, row.subject, row.status])).toEqual([
      [`case-state.${created.id}.1.client.${client.id}`, 'Your Alipay case: Submitted', 'SENT'],
      [
        `case-state.${created.id}.${submitted.version + 2}.client.${client.id}`,
        'Your Alipay case: Manual review',
        'PENDING',
      ],
    ]);
    // In-app the client heard of both steps at once (the newest first).
    const titles = (await portalUser.get('/api/notifications'))
      .json<NotificationList>()
      .items.map((item) => item.title);
    expect(titles.slice(0, 2)).toEqual([
      'Real-name verification with a mainland bank card: Manual review',
      'Real-name verification with a mainland bank card: Awaiting deposit',
    ]);
  });

  it('a newer change never cancels an email that is being sent or was sent: only PENDING rows without a lease', async () => {
    const { caseId, clientId, version } = await createClientAndCase(helper, {
      email: 'lease@example.com',
      consent: true,
    });
    // A delivery claimed the submission's email (SENDING, under a lease) when the rejection came.
    await sql(
      kit.db.url,
      `UPDATE "outbound_email" SET status = 'SENDING', "claimedBy" = 'elsewhere', "leaseUntil" = now() + interval '1 minute'
        WHERE "idempotencyKey" LIKE $1`,
      [`case-state.${caseId}.%`],
    );
    const rejected = await transition(helper, caseId, version, 'reject', { reasonCode: 'SYSTEM_ERROR' });
    expect((await outboxOf(caseId)).map((row) => [row.idempotencyKey, row.status])).toEqual([
      [`case-state.${caseId}.${version}.client.${clientId}`, 'SENDING'],
      [`case-state.${caseId}.${rejected}.client.${clientId}`, 'PENDING'],
    ]);
  });

  it('a transition that loses the race (409) enqueues nothing', async () => {
    const { caseId, version } = await createClientAndCase(helper, { email: 'race@example.com', consent: true });
    const before = await outboxOf(caseId);
    const stale = await helper.post(`/api/cases/${caseId}/transitions`, {
      action: 'reject',
      version: version - 1,
      payload: { reasonCode: 'SYSTEM_ERROR' },
    });
    expect(stale.status).toBe(409);
    expect(await outboxOf(caseId)).toEqual(before);
  });
});

describe('the client’s email waits out the undo window, then any quiet hours (planClientNotice)', () => {
  const links = { publicUrl: PUBLIC_URL, unsubscribe: new UnsubscribeTokens(Buffer.alloc(32, 7)) };
  const kase = {
    id: '00000000-0000-4000-8000-000000000001',
    clientId: '00000000-0000-4000-8000-000000000002',
    type: 'BANK_CARD_VERIFICATION',
    state: 'REJECTED',
    stateEnteredAt: new Date('2026-03-10T12:00:00Z'),
    attempt: 1,
    submittedAt: new Date('2026-03-09T12:00:00Z'),
    bank: 'BOC',
    cardLast4: '1234',
    retryAfter: null,
    lastReasonCode: 'SYSTEM_ERROR',
    passportName: 'DOE JANE',
    timezone: 'Asia/Shanghai',
  } as unknown as NoticeCase;
  const event: NoticeEvent = {
    fromState: 'SUBMITTED',
    toState: 'REJECTED',
    reasonCode: 'SYSTEM_ERROR',
    versionAfter: 2,
    actorId: null,
    data: {},
  };
  const contact = (quietHours: [number, number] | null): ClientContact => ({
    email: 'jane@example.com',
    emailConsent: true,
    preferredLanguage: 'en',
    organizationName: 'Agency',
    quietHoursStart: quietHours?.[0] ?? null,
    quietHoursEnd: quietHours?.[1] ?? null,
    portalUserIds: ['00000000-0000-4000-8000-000000000003'],
  });
  const plan = (nowIso: string, quietHours: [number, number] | null, emailDelayMs = undoWindowMs) =>
    planClientNotice(kase, event, contact(quietHours), new Date(nowIso), links, { emailDelayMs, inApp: true });
  const QUIET = [22 * 60, 8 * 60] as [number, number]; // 22:00–08:00 Beijing time

  it.each([
    ['no quiet hours', '2026-03-10T13:00:00Z', null, '2026-03-10T13:10:00.000Z'],
    [
      '21:45 in Beijing: the window ends at 21:55, before quiet hours',
      '2026-03-10T13:45:00Z',
      QUIET,
      '2026-03-10T13:55:00.000Z',
    ],
    [
      '21:55 in Beijing: the window ends inside quiet hours, so 08:00',
      '2026-03-10T13:55:00Z',
      QUIET,
      '2026-03-11T00:00:00.000Z',
    ],
    [
      '07:55 in Beijing: quiet hours end inside the window, so the window',
      '2026-03-10T23:55:00Z',
      QUIET,
      '2026-03-11T00:05:00.000Z',
    ],
  ])('%s', (_, now, quietHours, expected) => {
    const planned = plan(now, quietHours);
    expect(planned.emails.map((email) => email.at?.toISOString())).toEqual([expected]);
    // The in-app notice does not wait.
    expect(planned.notifications).toHaveLength(1);
  });

  it('a shorter configured delay (CLIENT_NOTICE_DELAY_SECONDS, e2e runs) is taken as it is; an undo’s correction is email only', () => {
    expect(plan('2026-03-10T13:00:00Z', null, 0).emails[0]?.at?.toISOString()).toBe('2026-03-10T13:00:00.000Z');
    const correction = planClientNotice(kase, event, contact(null), new Date('2026-03-10T13:00:00Z'), links, {
      emailDelayMs: undoWindowMs,
      inApp: false,
    });
    expect([correction.emails.length, correction.notifications.length]).toEqual([1, 0]);
  });
});

describe('a rejection that names missing documents puts them on the checklist (M3)', () => {
  const kit = useTestApp({ env: { PUBLIC_URL } });
  let helper: TestUser;

  beforeAll(async () => {
    helper = await signUp(kit.app);
  });

  const checklist = async (caseId: string) =>
    (await helper.get(`/api/cases/${caseId}/checklist`)).json<ChecklistResponse>().items.map((item) => ({
      document: item.document,
      status: item.status,
    }));

  it('an in-app passport case gains the visa, the entry stamp and the signature page as REQUESTED, on the timeline too', async () => {
    const client = await createClient(helper);
    const created = await createCase(helper, client.id, { type: 'APP_PASSPORT_VERIFICATION' });
    expect(await checklist(created.id)).toEqual([{ document: 'PASSPORT_BIO', status: 'REQUESTED' }]);
    const submitted = await move(helper, created, 'submit');
    await move(helper, submitted, 'reject', { reasonCode: 'DOCUMENTS_MISSING' });

    expect(await checklist(created.id)).toEqual([
      { document: 'PASSPORT_BIO', status: 'REQUESTED' },
      { document: 'ENTRY_STAMP', status: 'REQUESTED' },
      { document: 'VISA', status: 'REQUESTED' },
      { document: 'SIGNATURE_PAGE', status: 'REQUESTED' },
    ]);
    const items = (await helper.get(`/api/cases/${created.id}/checklist`)).json<ChecklistResponse>().items;
    expect(items.find((item) => item.document === 'VISA')).toMatchObject({
      required: true,
      label: { en: 'Chinese visa', zh: '中国签证' },
    });
    const timeline = (await helper.get(`/api/cases/${created.id}/events`)).json<TimelineResponse>().items;
    expect(
      timeline
        .filter((entry) => entry.action === 'CHECKLIST')
        .map((entry) => entry.data['document'])
        .sort(),
    ).toEqual(['ENTRY_STAMP', 'SIGNATURE_PAGE', 'VISA']);

    // A helper ticks one off like any other item.
    const collected = await helper.put(`/api/cases/${created.id}/checklist/VISA`, {
      status: 'WAIVED',
      note: 'Seen in person',
    });
    expect(collected.status).toBe(200);
    expect(await checklist(created.id)).toContainEqual({ document: 'VISA', status: 'WAIVED' });
  });

  it('on a bank-card case, items already settled go back to REQUESTED; other reasons leave the checklist alone', async () => {
    const client = await createClient(helper);
    const created = await createCase(helper, client.id);
    for (const document of ['PASSPORT_BIO', 'ENTRY_STAMP_OR_RESIDENCE_PERMIT', 'VISA']) {
      const done = await helper.put(`/api/cases/${created.id}/checklist/${document}`, {
        status: 'WAIVED',
        note: 'Seen in person',
      });
      expect(done.status).toBe(200);
    }
    const submitted = await move(helper, created, 'submit', { bank: 'BOC', cardLast4: '1234' });
    const rejected = await move(helper, submitted, 'reject', { reasonCode: 'SYSTEM_ERROR' });
    expect(await checklist(created.id)).toEqual([
      { document: 'PASSPORT_BIO', status: 'WAIVED' },
      { document: 'ENTRY_STAMP_OR_RESIDENCE_PERMIT', status: 'WAIVED' },
      { document: 'VISA', status: 'WAIVED' },
      { document: 'SIGNATURE_PAGE', status: 'REQUESTED' },
    ]);
    const resubmitted = await move(helper, rejected, 'resubmit', { bank: 'ICBC', cardLast4: '9876' });
    await move(helper, resubmitted, 'reject', { reasonCode: 'DOCUMENTS_MISSING' });
    expect(await checklist(created.id)).toEqual([
      { document: 'PASSPORT_BIO', status: 'WAIVED' },
      { document: 'ENTRY_STAMP_OR_RESIDENCE_PERMIT', status: 'REQUESTED' },
      { document: 'VISA', status: 'REQUESTED' },
      { document: 'SIGNATURE_PAGE', status: 'REQUESTED' },
    ]);
    const timeline = (await helper.get(`/api/cases/${created.id}/events`)).json<TimelineResponse>().items;
    expect(
      timeline
        .filter((entry) => entry.action === 'CHECKLIST' && entry.data['to'] === 'REQUESTED')
        .map((entry) => [entry.data['document'], entry.data['from']])
        .sort(),
    ).toEqual([
      ['ENTRY_STAMP_OR_RESIDENCE_PERMIT', 'WAIVED'],
      ['VISA', 'WAIVED'],
    ]);
  });
});
