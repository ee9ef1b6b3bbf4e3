import type { NotificationList, ReminderList, UnreadCount } from '@waiji/contract';
import {
  bodyOf,
  createClientAndCase,
  headerOf,
  services,
  signUp,
  sql,
  type TestUser,
  tick,
  transition,
  useTestApp,
} from '../testing/kit';

// Real apps and a real database: setup is slower than jest's 5 s default on a busy machine.
jest.setTimeout(60_000);

const PUBLIC_URL = 'https://waiji.example';

describe('reminders: due → one mail with the right recipient, subject and next step', () => {
  const kit = useTestApp({ env: { PUBLIC_URL } });
  let helper: TestUser;

  const makeDue = (caseId: string, kind = 'DEPOSIT_EXPECTED') =>
    sql(
      kit.db.url,
      `UPDATE "reminder" SET "dueAt" = now() - interval '1 minute' WHERE "caseId" = $1 AND kind = $2 AND status = 'PENDING' RETURNING id`,
      [caseId, kind],
    );
  const mailsTo = (address: string) => kit.mail.list().filter((m) => m.to.includes(address));

  beforeAll(async () => {
    helper = await signUp(kit.app);
  });

  it('sends exactly one email to the helper, with the case, what is due, the next step and a link; the reminder reads sent', async () => {
    const { caseId } = await createClientAndCase(helper, { name: 'DOE JANE' });
    const list = await helper.get(`/api/cases/${caseId}/reminders`);
    expect(list.status).toBe(200);
    const planned = list.json<ReminderList>().items.find((r) => r.kind === 'DEPOSIT_EXPECTED');
    expect(planned).toMatchObject({ status: 'pending', audience: 'both', manual: false });
    const [due] = await makeDue(caseId);
    expect(due).toBeDefined();

    await tick(kit.app);
    await tick(kit.app);

    const email = helper.me?.user.email ?? '';
    const mails = mailsTo(email).filter((m) => m.subject.startsWith('[Waiji]'));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.subject).toBe('[Waiji] Deposit should have arrived: DOE JANE');
    expect(headerOf(mail?.raw ?? '', 'Message-ID')).toBe(`<reminder.${planned?.id}.user.${helper.me?.user.id}@waiji>`);
    expect(headerOf(mail?.raw ?? '', 'Content-Type')).toMatch(/multipart\/alternative/);
    const body = bodyOf(mail?.raw ?? '');
    expect(body).toContain('The deposit under RMB 1 should have reached the card');
    expect(body).toContain('Next step for the client');
    expect(body).toContain('Wait for Alipay to send an amount under RMB 1');
    expect(body).toContain(`${PUBLIC_URL}/cases/${caseId}`);
    expect(body).toContain('<ol><li>');

    const after = (await helper.get(`/api/cases/${caseId}/reminders`)).json<ReminderList>();
    expect(after.items.find((r) => r.id === planned?.id)).toMatchObject({ status: 'sent' });
    const [row] = await sql<{ status: string; attempts: number }>(
      kit.db.url,
      `SELECT status, attempts FROM "outbound_email" WHERE "idempotencyKey" LIKE $1`,
      [`reminder.${planned?.id}.%`],
    );
    expect(row).toEqual({ status: 'SENT', attempts: 1 });
  });

  it('creates an in-app notification: unread count, list with cursor, mark read, mark all read', async () => {
    const before = (await helper.get('/api/notifications/unread-count')).json<UnreadCount>().count;
    for (const name of ['A ONE', 'B TWO', 'C THREE']) {
      const { caseId } = await createClientAndCase(helper, { name });
      await makeDue(caseId);
    }
    await tick(kit.app);
    const unread = (await helper.get('/api/notifications/unread-count')).json<UnreadCount>();
    expect(unread.count).toBe(before + 3);
    expect(unread.latestAt).not.toBeNull();
    const first = (await helper.get('/api/notifications?limit=2')).json<NotificationList>();
    expect(first.items).toHaveLength(2);
    expect(first.items[0]).toMatchObject({ kind: 'REMINDER', readAt: null });
    expect(first.items[0]?.title).toMatch(/^Deposit should have arrived: /);
    expect(first.nextCursor).not.toBeNull();
    const second = (await helper.get(`/api/notifications?limit=2&cursor=${first.nextCursor}`)).json<NotificationList>();
    expect(second.items.map((n) => n.id)).not.toContain(first.items[0]?.id);
    const read = await helper.post(`/api/notifications/${first.items[0]?.id}/read`);
    expect(read.status).toBe(200);
    expect(read.json<{ readAt: string | null }>().readAt).not.toBeNull();
    expect((await helper.get('/api/notifications/unread-count')).json<UnreadCount>().count).toBe(before + 2);
    expect(
      (await helper.get('/api/notifications?unread=true&limit=100'))
        .json<NotificationList>()
        .items.every((n) => n.readAt === null),
    ).toBe(true);
    const all = await helper.post('/api/notifications/read-all');
    expect(all.json()).toEqual({ updated: before + 2 });
    expect((await helper.get('/api/notifications/unread-count')).json<UnreadCount>().count).toBe(0);
    expect((await helper.get('/api/notifications?cursor=bm9wZQ')).status).toBe(400);
    const stranger = await signUp(kit.app);
    expect((await stranger.post(`/api/notifications/${first.items[0]?.id}/read`)).status).toBe(404);
  });

  it('emails a consenting client in Chinese with the Alipay terms, HTML + text, and one-click unsubscribe', async () => {
    const { caseId, clientId } = await createClientAndCase(helper, {
      name: 'WANG LEI',
      email: 'wang.lei@example.test',
      consent: true,
      language: 'zh',
    });
    await makeDue(caseId);
    await tick(kit.app);
    // The submit before it also told the client (cases/client-notices.ts): that one is not a reminder.
    const reminderMails = () =>
      mailsTo('wang.lei@example.test').filter((mail) => !mail.subject.startsWith('你的支付宝事项'));
    const mails = reminderMails();
    expect(mails).toHaveLength(1);
    const raw = mails[0]?.raw ?? '';
    expect(mails[0]?.subject).toBe('支付宝提醒：打款应已到账');
    const body = bodyOf(raw);
    expect(body).toContain('WANG LEI，您好');
    expect(body).toContain('不足 1 元的打款应在');
    expect(body).toContain('输入打款金额');
    expect(body).toContain("shūrù dǎkuǎn jīn'é");
    expect(body).toContain('你将在支付宝中看到的中文');
    expect(headerOf(raw, 'Message-ID')).toBe(
      `<reminder.${(await sql<{ id: string }>(kit.db.url, `SELECT id FROM "reminder" WHERE "caseId" = $1 AND kind = 'DEPOSIT_EXPECTED'`, [caseId]))[0]?.id}.client.${clientId}@waiji>`,
    );
    expect(headerOf(raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const link = /<(https:\/\/waiji\.example\/api\/unsubscribe\/([A-Za-z0-9_-]+))>/.exec(
      headerOf(raw, 'List-Unsubscribe'),
    );
    expect(link).not.toBeNull();
    const token = link?.[2] ?? '';
    expect(body).toContain(`/api/unsubscribe/${token}`);

    // Opening the link only asks; a scanner fetching it unsubscribes nobody.
    const page = await kit.app.inject({ method: 'GET', url: `/api/unsubscribe/${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<form method="post"');
    expect(
      (
        await sql<{ emailConsent: boolean }>(kit.db.url, `SELECT "emailConsent" FROM "client" WHERE id = $1`, [
          clientId,
        ])
      )[0]?.emailConsent,
    ).toBe(true);
    // The mail client's RFC 8058 one-click POST.
    const post = await kit.app.inject({
      method: 'POST',
      url: `/api/unsubscribe/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(post.statusCode).toBe(200);
    expect(post.body).toContain('不再收到');
    const [client] = await sql<{ emailConsent: boolean; unsubscribeToken: string }>(
      kit.db.url,
      `SELECT "emailConsent", "unsubscribeToken" FROM "client" WHERE id = $1`,
      [clientId],
    );
    expect(client?.emailConsent).toBe(false);
    expect(client?.unsubscribeToken).toMatch(/^[0-9a-f]{64}$/);
    expect(client?.unsubscribeToken).not.toContain(token);
    expect(
      (await kit.app.inject({ method: 'POST', url: '/api/unsubscribe/not-a-real-token-at-all-xyz' })).statusCode,
    ).toBe(404);

    // The next reminder of that case reaches the helper only.
    const now = new Date(Date.now() - 60_000).toISOString();
    const manual = await helper.post(`/api/cases/${caseId}/reminders`, {
      dueAt: new Date(Date.now() + 1_000).toISOString(),
      note: '看一下银行短信',
    });
    expect(manual.status).toBe(201);
    await sql(kit.db.url, `UPDATE "reminder" SET audience = 'BOTH', "dueAt" = $2 WHERE id = $1`, [
      manual.json<{ id: string }>().id,
      now,
    ]);
    await tick(kit.app);
    expect(reminderMails()).toHaveLength(1);
  });

  it('sends nothing for a reminder a transition cancelled, even one a dead instance had claimed', async () => {
    const email = helper.me?.user.email ?? '';
    const { caseId, version } = await createClientAndCase(helper, { name: 'NO MAIL' });
    await makeDue(caseId);
    const [deposit] = await sql<{ id: string }>(
      kit.db.url,
      `SELECT id FROM "reminder" WHERE "caseId" = $1 AND kind = 'DEPOSIT_EXPECTED'`,
      [caseId],
    );
    // An instance claimed it and died; its lease has run out.
    await sql(
      kit.db.url,
      `UPDATE "reminder" SET status = 'CLAIMED', "claimedBy" = 'dead-instance', "leaseUntil" = now() - interval '1 second' WHERE id = $1`,
      [deposit?.id],
    );
    const other = await createClientAndCase(helper, { name: 'NO MAIL TWO' });
    await makeDue(other.caseId);
    const sentBefore = mailsTo(email).filter((m) => m.subject.startsWith('[Waiji]')).length;

    let v = await transition(helper, caseId, version, 'await_deposit');
    v = await transition(helper, caseId, v, 'confirm_deposit', { amount: '0.0974' });
    let v2 = await transition(helper, other.caseId, other.version, 'await_deposit');
    v2 = await transition(helper, other.caseId, v2, 'confirm_deposit', { amount: '0.0512' });
    await tick(kit.app);
    await tick(kit.app);

    expect(mailsTo(email).filter((m) => m.subject.includes('NO MAIL'))).toHaveLength(0);
    expect(mailsTo(email).filter((m) => m.subject.startsWith('[Waiji]')).length).toBe(sentBefore);
    const reminders = (await helper.get(`/api/cases/${caseId}/reminders`)).json<ReminderList>().items;
    expect(reminders.map((r) => r.kind)).toEqual(['REVIEW_DUE']);
    expect(reminders[0]?.status).toBe('pending');
    expect(v + v2).toBeGreaterThan(0);
  });

  describe('with deadlines that really are due (deposit expected at once, chases every 1.8 s)', () => {
    let fast: TestUser;
    beforeAll(async () => {
      fast = await signUp(kit.app);
      const put = await fast.put('/api/organization/policy', {
        timeZone: 'Asia/Shanghai',
        quietHours: null,
        policy: { depositExpected: { amount: 0, unit: 'hours' }, depositChaseEvery: { amount: 0.0005, unit: 'hours' } },
      });
      expect(put.status).toBe(200);
    });

    it('takes over a dead instance’s claim whose deadline still stands and sends it once', async () => {
      const { caseId } = await createClientAndCase(fast, { name: 'TAKE OVER' });
      const [due] = await sql<{ id: string }>(
        kit.db.url,
        `SELECT id FROM "reminder" WHERE "caseId" = $1 AND kind = 'DEPOSIT_EXPECTED'`,
        [caseId],
      );
      await sql(
        kit.db.url,
        `UPDATE "reminder" SET status = 'CLAIMED', "claimedBy" = 'dead-instance', "leaseUntil" = now() + interval '1 hour' WHERE id = $1`,
        [due?.id],
      );
      await tick(kit.app);
      expect(kit.mail.list().filter((m) => m.subject.includes('TAKE OVER'))).toHaveLength(0);
      await sql(kit.db.url, `UPDATE "reminder" SET "leaseUntil" = now() - interval '1 second' WHERE id = $1`, [
        due?.id,
      ]);
      await tick(kit.app);
      await tick(kit.app);
      expect(kit.mail.list().filter((m) => m.subject.includes('TAKE OVER'))).toHaveLength(1);
      const [row] = await sql<{ status: string; claimedBy: string }>(
        kit.db.url,
        `SELECT status, "claimedBy" FROM "reminder" WHERE id = $1`,
        [due?.id],
      );
      expect(row?.status).toBe('SENT');
      expect(row?.claimedBy).not.toBe('dead-instance');
    });

    it('plans the next deposit chase when one fires', async () => {
      const { caseId, version } = await createClientAndCase(fast, { name: 'CHASE ME' });
      await transition(fast, caseId, version, 'await_deposit');
      const chases = await sql<{ key: string }>(
        kit.db.url,
        `SELECT key FROM "reminder" WHERE "caseId" = $1 AND kind = 'DEPOSIT_OVERDUE'`,
        [caseId],
      );
      expect(chases.map((c) => c.key)).toEqual(['DEPOSIT_OVERDUE:1:1']);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await tick(kit.app);
      const after = await sql<{ key: string; status: string }>(
        kit.db.url,
        `SELECT key, status FROM "reminder" WHERE "caseId" = $1 AND kind = 'DEPOSIT_OVERDUE' ORDER BY "dueAt"`,
        [caseId],
      );
      expect(after[0]).toEqual({ key: 'DEPOSIT_OVERDUE:1:1', status: 'SENT' });
      expect(after[after.length - 1]).toEqual({
        key: expect.stringMatching(/^DEPOSIT_OVERDUE:1:[2-9]$/),
        status: 'PENDING',
      });
      expect(kit.mail.list().filter((m) => m.subject === '[Waiji] Deposit overdue: CHASE ME')).toHaveLength(1);
    });
  });

  it('snoozes, dismisses and adds manual reminders, keeping nextDueAt in step (HELPER+, own organization only)', async () => {
    const { caseId } = await createClientAndCase(helper, { name: 'SNOOZE' });
    const items = (await helper.get(`/api/cases/${caseId}/reminders`)).json<ReminderList>().items;
    const deposit = items.find((r) => r.kind === 'DEPOSIT_EXPECTED');
    if (!deposit) throw new Error('no deposit reminder');
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const snoozed = await helper.post(`/api/cases/${caseId}/reminders/${deposit.id}/snooze`, { until });
    expect(snoozed.status).toBe(200);
    expect(snoozed.json()).toMatchObject({
      status: 'pending',
      snoozedUntil: until,
      effectiveDueAt: until,
      dueAt: deposit.dueAt,
    });

    const soon = new Date(Date.now() + 3_600_000).toISOString();
    const manual = await helper.post(`/api/cases/${caseId}/reminders`, {
      dueAt: soon,
      note: 'Call the bank on Tuesday',
    });
    expect(manual.status).toBe(201);
    expect(manual.json()).toMatchObject({
      kind: 'MANUAL',
      manual: true,
      reason: 'Call the bank on Tuesday',
      status: 'pending',
      audience: 'helper',
    });
    const listed = (await helper.get(`/api/cases/${caseId}/reminders`)).json<ReminderList>();
    expect(listed.nextDueAt).toBe(soon);

    const dismissed = await helper.post(`/api/cases/${caseId}/reminders/${manual.json<{ id: string }>().id}/dismiss`);
    expect(dismissed.json()).toMatchObject({ status: 'dismissed' });
    const nextDue = (await helper.get(`/api/cases/${caseId}/reminders`)).json<ReminderList>().nextDueAt;
    expect(nextDue).not.toBe(soon);
    expect(new Date(nextDue ?? 0).getTime()).toBeGreaterThan(new Date(soon).getTime());
    expect(
      (await helper.post(`/api/cases/${caseId}/reminders/${manual.json<{ id: string }>().id}/snooze`, { until }))
        .status,
    ).toBe(409);
    expect(
      (
        await helper.post(`/api/cases/${caseId}/reminders/${deposit.id}/snooze`, {
          until: new Date(Date.now() - 1000).toISOString(),
        })
      ).status,
    ).toBe(422);
    expect((await helper.post(`/api/cases/${caseId}/reminders`, { dueAt: soon, note: '' })).status).toBe(400);
    expect((await helper.post(`/api/cases/${caseId}/reminders`, { dueAt: 'tuesday', note: 'x' })).status).toBe(400);
    expect(
      (await helper.post(`/api/cases/${caseId}/reminders`, { dueAt: soon, note: 'x', kind: 'DEPOSIT_EXPECTED' }))
        .status,
    ).toBe(400);

    const events = (await helper.get(`/api/cases/${caseId}/events`)).json<
      { items?: { action: string }[] } | { action: string }[]
    >();
    const actions = (Array.isArray(events) ? events : (events.items ?? [])).map((e) => e.action);
    expect(actions.filter((a) => a === 'REMINDER')).toHaveLength(3);

    const stranger = await signUp(kit.app);
    expect((await stranger.get(`/api/cases/${caseId}/reminders`)).status).toBe(404);
    expect((await stranger.post(`/api/cases/${caseId}/reminders/${deposit.id}/dismiss`)).status).toBe(404);
    expect((await helper.get(`/api/cases/not-a-uuid/reminders`)).status).toBe(404);
  });

  it('holds email during quiet hours (until they end) but notifies in-app at once', async () => {
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date());
    const [hh = '0', mm = '0'] = local.split(':');
    const minute = Number(hh) * 60 + Number(mm);
    const clock = (m: number) =>
      `${String(Math.floor(((m + 1440) % 1440) / 60)).padStart(2, '0')}:${String((m + 1440) % 60).padStart(2, '0')}`;
    const owner = await signUp(kit.app);
    const put = await owner.put('/api/organization/policy', {
      timeZone: 'Asia/Shanghai',
      quietHours: { start: clock(minute - 60), end: clock(minute + 120) },
      policy: {},
    });
    expect(put.status).toBe(200);
    const { caseId } = await createClientAndCase(owner, { name: 'QUIET' });
    await makeDue(caseId);
    await tick(kit.app);
    expect(kit.mail.list().filter((m) => m.subject.includes('QUIET'))).toHaveLength(0);
    expect((await owner.get('/api/notifications/unread-count')).json<UnreadCount>().count).toBe(1);
    const [row] = await sql<{ status: string; wait: number }>(
      kit.db.url,
      `SELECT status, extract(epoch FROM "nextAttemptAt" - now())::int AS wait FROM "outbound_email" WHERE "organizationId" = $1`,
      [owner.organizationId],
    );
    expect(row?.status).toBe('PENDING');
    // The window ends 120 minutes (minus the seconds past the minute) from now.
    expect(row?.wait).toBeGreaterThan(118 * 60);
    expect(row?.wait).toBeLessThanOrEqual(120 * 60);
    await sql(kit.db.url, `UPDATE "outbound_email" SET "nextAttemptAt" = now() WHERE "organizationId" = $1`, [
      owner.organizationId,
    ]);
    await services(kit.app).outbox.deliverDue();
    expect(kit.mail.list().filter((m) => m.subject.includes('QUIET'))).toHaveLength(1);
  });
});
