import type { ChecklistResponse, NotificationList, TimelineResponse } from '@waiji/contract';
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

jest.setTimeout(60_000);

const PUBLIC_URL = 'https://waiji.example';

type Outbound = {
  idempotencyKey: string;
  toAddress: string;
  subject: string;
  textBody: string;
  headers: Record<string, string>;
};

describe('a case that changes state tells its client (email in their language, in-app notification)', () => {
  const kit = useTestApp({ env: { PUBLIC_URL } });
  let helper: TestUser;

  const outboxOf = (caseId: string) =>
    sql<Outbound>(
      kit.db.url,
      `SELECT "idempotencyKey", "toAddress", subject, "textBody", headers FROM "outbound_email"
        WHERE "idempotencyKey" LIKE $1 ORDER BY "createdAt"`,
      [`case-state.${caseId}.%`],
    );

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
    await transition(helper, caseId, version, 'reject', { reasonCode: 'DOCUMENTS_MISSING' });

    const rows = await outboxOf(caseId);
    // submit (version 1) and reject (version 2), one email each, keyed by case, version and recipient
    expect(rows.map((row) => row.idempotencyKey)).toEqual([
      `case-state.${caseId}.1.client.${clientId}`,
      `case-state.${caseId}.2.client.${clientId}`,
    ]);
    const rejection = rows[1];
    expect(rejection?.toAddress).toBe(address);
    expect(rejection?.subject).toBe('你的支付宝事项：未通过');
    expect(rejection?.textBody).toContain('原因：缺少其他有效证件');
    expect(rejection?.textBody).toContain('补充中国签证、入境章和护照签名页后重新申请');
    expect(rejection?.textBody).not.toContain('What to do next');
    expect(rejection?.headers['List-Unsubscribe']).toMatch(
      new RegExp(`^<${PUBLIC_URL}/api/unsubscribe/[A-Za-z0-9_-]+>$`),
    );

    await services(kit.app).outbox.deliverDue();
    const mails = kit.mail.list().filter((mail) => mail.to.includes(address));
    // The outbox delivers in parallel: the order of arrival is not the order of the changes.
    expect(mails.map((mail) => mail.subject).sort()).toEqual(
      ['你的支付宝事项：已提交', '你的支付宝事项：未通过'].sort(),
    );
    const raw = mails.find((mail) => mail.subject === '你的支付宝事项：未通过')?.raw ?? '';
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
    await transition(helper, caseId, reviewing, 'approve');

    const rows = await outboxOf(caseId);
    expect(rows.map((row) => row.subject)).toEqual([
      'Your Alipay case: Submitted',
      'Your Alipay case: Awaiting deposit',
      'Your Alipay case: Manual review',
      'Your Alipay case: Approved',
    ]);
    const approved = rows[3]?.textBody ?? '';
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
    const awaiting = await move(helper, submitted, 'await_deposit');
    const reported = await portalUser.post(`/api/portal/cases/${created.id}/proposals`, {
      kind: 'DEPOSIT_ARRIVED',
      amount: '0.0974',
      arrivedOn: '2026-01-05',
    });
    expect(reported.status).toBe(201);
    const proposal = reported.json<{ id: string }>();
    expect((await helper.post(`/api/proposals/${proposal.id}/confirm`)).status).toBe(200);

    const rows = await outboxOf(created.id);
    expect(rows.map((row) => [row.idempotencyKey, row.subject])).toEqual([
      [`case-state.${created.id}.1.client.${client.id}`, 'Your Alipay case: Submitted'],
      [`case-state.${created.id}.2.client.${client.id}`, 'Your Alipay case: Awaiting deposit'],
      [`case-state.${created.id}.${awaiting.version + 1}.client.${client.id}`, 'Your Alipay case: Manual review'],
    ]);
    const titles = (await portalUser.get('/api/notifications'))
      .json<NotificationList>()
      .items.map((item) => item.title);
    expect(titles[0]).toBe('Real-name verification with a mainland bank card: Manual review');
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

  it('an in-app passport case gains the visa, the entry stamp and the signature page as MISSING, on the timeline too', async () => {
    const client = await createClient(helper);
    const created = await createCase(helper, client.id, { type: 'APP_PASSPORT_VERIFICATION' });
    expect(await checklist(created.id)).toEqual([{ document: 'PASSPORT_BIO', status: 'MISSING' }]);
    const submitted = await move(helper, created, 'submit');
    await move(helper, submitted, 'reject', { reasonCode: 'DOCUMENTS_MISSING' });

    expect(await checklist(created.id)).toEqual([
      { document: 'PASSPORT_BIO', status: 'MISSING' },
      { document: 'ENTRY_STAMP', status: 'MISSING' },
      { document: 'VISA', status: 'MISSING' },
      { document: 'SIGNATURE_PAGE', status: 'MISSING' },
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
    const collected = await helper.put(`/api/cases/${created.id}/checklist/VISA`, { status: 'COLLECTED' });
    expect(collected.status).toBe(200);
    expect(await checklist(created.id)).toContainEqual({ document: 'VISA', status: 'COLLECTED' });
  });

  it('on a bank-card case, items already collected go back to MISSING; other reasons leave the checklist alone', async () => {
    const client = await createClient(helper);
    const created = await createCase(helper, client.id);
    for (const document of ['PASSPORT_BIO', 'ENTRY_STAMP_OR_RESIDENCE_PERMIT', 'VISA']) {
      const done = await helper.put(`/api/cases/${created.id}/checklist/${document}`, { status: 'SUBMITTED' });
      expect(done.status).toBe(200);
    }
    const submitted = await move(helper, created, 'submit', { bank: 'BOC', cardLast4: '1234' });
    const rejected = await move(helper, submitted, 'reject', { reasonCode: 'SYSTEM_ERROR' });
    expect(await checklist(created.id)).toEqual([
      { document: 'PASSPORT_BIO', status: 'SUBMITTED' },
      { document: 'ENTRY_STAMP_OR_RESIDENCE_PERMIT', status: 'SUBMITTED' },
      { document: 'VISA', status: 'SUBMITTED' },
      { document: 'SIGNATURE_PAGE', status: 'MISSING' },
    ]);
    const resubmitted = await move(helper, rejected, 'resubmit', { bank: 'ICBC', cardLast4: '9876' });
    await move(helper, resubmitted, 'reject', { reasonCode: 'DOCUMENTS_MISSING' });
    expect(await checklist(created.id)).toEqual([
      { document: 'PASSPORT_BIO', status: 'SUBMITTED' },
      { document: 'ENTRY_STAMP_OR_RESIDENCE_PERMIT', status: 'MISSING' },
      { document: 'VISA', status: 'MISSING' },
      { document: 'SIGNATURE_PAGE', status: 'MISSING' },
    ]);
    const timeline = (await helper.get(`/api/cases/${created.id}/events`)).json<TimelineResponse>().items;
    expect(
      timeline
        .filter((entry) => entry.action === 'CHECKLIST' && entry.data['to'] === 'MISSING')
        .map((entry) => [entry.data['document'], entry.data['from']])
        .sort(),
    ).toEqual([
      ['ENTRY_STAMP_OR_RESIDENCE_PERMIT', 'SUBMITTED'],
      ['VISA', 'SUBMITTED'],
    ]);
  });
});
