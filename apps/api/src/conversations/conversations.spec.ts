import type {
  ConversationMessage,
  ConversationReadResponse,
  ConversationResponse,
  NotificationList,
  PortalCaseDetailResponse,
  TimelineResponse,
  UnreadMessagesResponse,
} from '@waiji/contract';
import {
  addMember,
  bodyOf,
  createCase,
  createClient,
  headerOf,
  services,
  signUp,
  sql,
  type TestUser,
  useTestApp,
} from '../testing/kit';

jest.setTimeout(120_000);

const PUBLIC_URL = 'https://waiji.example.test';

type Outbound = { idempotencyKey: string; toAddress: string; subject: string; textBody: string; headers: unknown };

describe('a case’s conversation between its client and the helpers', () => {
  const kit = useTestApp({ env: { PUBLIC_URL } });
  let owner: TestUser;
  let helper: TestUser;
  let viewer: TestUser;

  const idOf = (user: TestUser) => user.me?.user.id ?? '';
  const emailOf = (user: TestUser) => user.me?.user.email ?? '';
  const rename = (user: TestUser, displayName: string, locale = 'en') =>
    sql(kit.db.url, `UPDATE "user" SET "displayName" = $2, locale = $3 WHERE id = $1`, [
      idOf(user),
      displayName,
      locale,
    ]);
  const outbound = (caseId: string) =>
    sql<Outbound>(
      kit.db.url,
      `SELECT o."idempotencyKey", o."toAddress", o.subject, o."textBody", o.headers
         FROM "outbound_email" o WHERE o."idempotencyKey" LIKE 'message.%'
          AND split_part(o."idempotencyKey", '.', 2)::uuid IN (SELECT id FROM "case_message" WHERE "caseId" = $1)
        ORDER BY o."createdAt", o."toAddress"`,
      [caseId],
    );
  const messageNotifications = async (user: TestUser) =>
    (await user.get('/api/notifications?limit=50')).json<NotificationList>().items.filter((n) => n.kind === 'MESSAGE');

  /** A client with a portal login and a case assigned to the helper. */
  const arrange = async (client: Record<string, unknown> = {}, assigneeId: string | null = idOf(helper)) => {
    const record = await createClient(owner, { passportName: 'LI MING', ...client });
    const kase = await createCase(owner, record.id, assigneeId ? { assigneeId } : {});
    const portal = await addMember(kit, owner, 'CLIENT', record.id);
    await rename(portal, 'Li Ming');
    return { clientId: record.id, caseId: kase.id, portal };
  };

  beforeAll(async () => {
    owner = await signUp(kit.app, { kind: 'AGENCY' });
    helper = await addMember(kit, owner, 'HELPER');
    viewer = await addMember(kit, owner, 'VIEWER');
    await rename(owner, 'Olivia Owner');
    await rename(helper, '王助手', 'zh-CN');
    await rename(viewer, 'Vera Viewer');
  });

  it('client → helper: the message, who wrote it, the assignee’s notification and email in their language, read state', async () => {
    const { caseId, portal } = await arrange({ email: 'li.ming@example.test', emailConsent: true });

    const sent = await portal.post(`/api/portal/cases/${caseId}/messages`, { body: '  Has the deposit arrived?\n ' });
    expect(sent.status).toBe(201);
    const message = sent.json<ConversationMessage>();
    expect(message).toMatchObject({
      body: 'Has the deposit arrived?',
      fromClient: true,
      mine: true,
      author: { id: idOf(portal), displayName: 'Li Ming' },
    });

    // The helper sees it, from the client, unread; the client's own message is not unread for the client.
    const seen = (await helper.get(`/api/cases/${caseId}/messages`)).json<ConversationResponse>();
    expect(seen.items).toEqual([{ ...message, mine: false }]);
    expect(seen).toMatchObject({ unread: 1, lastReadAt: null });
    expect((await portal.get(`/api/portal/cases/${caseId}/messages`)).json<ConversationResponse>()).toMatchObject({
      unread: 0,
      items: [{ id: message.id, mine: true }],
    });

    // The assignee only is told: in-app and by email, in Chinese (their locale); the owner and the author are not.
    const [notification] = await messageNotifications(helper);
    expect(notification).toMatchObject({ caseId, title: 'LI MING 发来消息', body: 'Has the deposit arrived?' });
    expect(await messageNotifications(owner)).toEqual([]);
    expect(await messageNotifications(portal)).toEqual([]);
    const mails = await outbound(caseId);
    expect(mails.map((m) => [m.idempotencyKey, m.toAddress])).toEqual([
      [`message.${message.id}.user.${idOf(helper)}`, emailOf(helper)],
    ]);
    expect(mails[0]?.subject).toBe('[Waiji] LI MING 发来消息');
    expect(mails[0]?.textBody).toContain('  > Has the deposit arrived?');
    expect(mails[0]?.textBody).toContain(`${PUBLIC_URL}/cases/${caseId}`);

    // Unread totals: the assignee has one; the owner answers for other cases only (this one is the helper's).
    const totals = (await helper.get('/api/conversations/unread')).json<UnreadMessagesResponse>();
    expect(totals).toEqual({
      total: 1,
      cases: [
        { caseId, type: 'BANK_CARD_VERIFICATION', clientName: 'LI MING', unread: 1, latestAt: message.createdAt },
      ],
    });
    expect((await owner.get('/api/conversations/unread')).json<UnreadMessagesResponse>().total).toBe(0);

    // Marking read clears it for the helper only; a VIEWER may read and mark read, but not write.
    const read = await helper.post(`/api/cases/${caseId}/messages/read`, {});
    expect(read.status).toBe(200);
    expect(read.json<ConversationReadResponse>()).toEqual({ unread: 0, lastReadAt: message.createdAt });
    expect((await helper.get('/api/conversations/unread')).json<UnreadMessagesResponse>()).toEqual({
      total: 0,
      cases: [],
    });
    // …and so are the bell's notifications of it.
    expect((await messageNotifications(helper)).filter((n) => n.caseId === caseId)).toEqual([
      expect.objectContaining({ readAt: expect.any(String) }),
    ]);
    expect((await viewer.get(`/api/cases/${caseId}/messages`)).json<ConversationResponse>().unread).toBe(1);
    expect((await viewer.post(`/api/cases/${caseId}/messages/read`, {})).json<ConversationReadResponse>().unread).toBe(
      0,
    );
    expect((await viewer.post(`/api/cases/${caseId}/messages`, { body: 'hello' })).status).toBe(403);

    // Read up to just before a newer message (the newest the page showed): that one stays unread.
    const later = await portal.post(`/api/portal/cases/${caseId}/messages`, { body: 'And the card?' });
    const second = later.json<ConversationMessage>();
    const justBefore = new Date(Date.parse(second.createdAt) - 1).toISOString();
    const partial = await viewer.post(`/api/cases/${caseId}/messages/read`, { upTo: justBefore });
    expect(partial.json<ConversationReadResponse>()).toEqual({ unread: 1, lastReadAt: justBefore });
    // The mark never moves back.
    const back = await viewer.post(`/api/cases/${caseId}/messages/read`, { upTo: '0000-01-01T00:00:00Z' });
    expect(back.json<ConversationReadResponse>()).toEqual({ unread: 1, lastReadAt: justBefore });
  });

  it('helper → client: in the portal as unread, in-app for the portal user, an email in the client’s language with one-click unsubscribe', async () => {
    const { caseId, clientId, portal } = await arrange({
      email: 'zhang.wei@example.test',
      emailConsent: true,
      preferredLanguage: 'zh',
      passportName: 'ZHANG WEI',
    });

    const sent = await helper.post(`/api/cases/${caseId}/messages`, { body: '请上传护照首页。\nThanks!' });
    expect(sent.status).toBe(201);
    const message = sent.json<ConversationMessage>();
    expect(message).toMatchObject({ fromClient: false, mine: true, author: { displayName: '王助手' } });

    const conversation = (await portal.get(`/api/portal/cases/${caseId}/messages`)).json<ConversationResponse>();
    expect(conversation).toMatchObject({ unread: 1, items: [{ id: message.id, fromClient: false, mine: false }] });
    expect((await portal.get('/api/portal/messages/unread')).json<UnreadMessagesResponse>()).toEqual({
      total: 1,
      cases: [
        { caseId, type: 'BANK_CARD_VERIFICATION', clientName: 'ZHANG WEI', unread: 1, latestAt: message.createdAt },
      ],
    });
    // The helper's own message is not unread for helpers (it is from their side).
    expect((await owner.get(`/api/cases/${caseId}/messages`)).json<ConversationResponse>().unread).toBe(0);

    const [notification] = await messageNotifications(portal);
    const [organization] = await sql<{ name: string }>(kit.db.url, `SELECT name FROM "organization" WHERE id = $1`, [
      owner.organizationId,
    ]);
    expect(notification).toMatchObject({ caseId, title: `${organization?.name} 发来新消息` });
    expect(await messageNotifications(owner)).toEqual([]);

    // One email, to the client, none to the author or the other helpers.
    const mails = await outbound(caseId);
    expect(mails.map((m) => [m.idempotencyKey, m.toAddress])).toEqual([
      [`message.${message.id}.client.${clientId}`, 'zhang.wei@example.test'],
    ]);
    const [hash] = await sql<{ unsubscribeToken: string | null }>(
      kit.db.url,
      `SELECT "unsubscribeToken" FROM "client" WHERE id = $1`,
      [clientId],
    );
    expect(hash?.unsubscribeToken).toMatch(/^[0-9a-f]{64}$/);

    await services(kit.app).outbox.deliverDue();
    const delivered = kit.mail.list().filter((m) => m.to.includes('zhang.wei@example.test'));
    expect(delivered).toHaveLength(1);
    const raw = delivered[0]?.raw ?? '';
    expect(delivered[0]?.subject).toMatch(/：关于您的案件的新消息$/);
    const body = bodyOf(raw);
    expect(body).toContain('ZHANG WEI，您好');
    expect(body).toContain('请上传护照首页。');
    expect(body).toContain(`${PUBLIC_URL}/portal/cases/${caseId}`);
    expect(headerOf(raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    const link = /<(https:\/\/waiji\.example\.test\/api\/unsubscribe\/([A-Za-z0-9_-]+))>/.exec(
      headerOf(raw, 'List-Unsubscribe'),
    );
    expect(link?.[2]).toBeDefined();
    expect((await kit.app.inject({ method: 'GET', url: `/api/unsubscribe/${link?.[2]}` })).statusCode).toBe(200);

    const read = await portal.post(`/api/portal/cases/${caseId}/messages/read`, {});
    expect(read.json<ConversationReadResponse>()).toEqual({ unread: 0, lastReadAt: message.createdAt });
    expect((await portal.get('/api/portal/messages/unread')).json<UnreadMessagesResponse>().total).toBe(0);
  });

  it('emails an English client in English, and a client without consent not at all (in-app only)', async () => {
    const english = await arrange({ email: 'sam.lee@example.test', emailConsent: true, preferredLanguage: 'en' });
    const sent = (
      await helper.post(`/api/cases/${english.caseId}/messages`, { body: 'Please check your card.' })
    ).json<ConversationMessage>();
    const [mail] = await outbound(english.caseId);
    expect(mail?.subject).toMatch(/: a new message about your case$/);
    expect(mail?.textBody).toContain('Hello LI MING,');
    expect(mail?.textBody).toContain('王助手 at ');
    expect(mail?.textBody).toContain('  > Please check your card.');
    expect(mail?.idempotencyKey).toBe(`message.${sent.id}.client.${english.clientId}`);

    const silent = await arrange({ email: 'no.consent@example.test', emailConsent: false });
    await helper.post(`/api/cases/${silent.caseId}/messages`, { body: 'Any news?' });
    expect(await outbound(silent.caseId)).toEqual([]);
    expect((await messageNotifications(silent.portal)).map((n) => n.body)).toEqual(['Any news?']);
  });

  it('tells every helper when nobody is assigned, by email only those with email on, after the quiet hours', async () => {
    const { caseId, portal } = await arrange({}, null);
    expect((await owner.put('/api/notifications/preferences', { email: 'OFF' })).status).toBe(200);
    // Quiet hours around now, in minutes of the organization's day.
    const [local] = await sql<{ minute: number; zone: string }>(
      kit.db.url,
      `SELECT (extract(hour FROM now() AT TIME ZONE o.timezone) * 60 + extract(minute FROM now() AT TIME ZONE o.timezone))::int AS minute, o.timezone AS zone
         FROM "organization" o WHERE o.id = $1`,
      [owner.organizationId],
    );
    const minute = local?.minute ?? 0;
    await sql(kit.db.url, `UPDATE "organization" SET "quietHoursStart" = $2, "quietHoursEnd" = $3 WHERE id = $1`, [
      owner.organizationId,
      (minute + 1440 - 60) % 1440,
      (minute + 120) % 1440,
    ]);
    try {
      const message = (
        await portal.post(`/api/portal/cases/${caseId}/messages`, { body: 'Hello everyone' })
      ).json<ConversationMessage>();
      expect((await messageNotifications(owner)).map((n) => n.body)).toEqual(['Hello everyone']);
      expect((await messageNotifications(helper)).some((n) => n.caseId === caseId)).toBe(true);
      const mails = await sql<{ idempotencyKey: string; wait: number }>(
        kit.db.url,
        `SELECT "idempotencyKey", extract(epoch FROM "nextAttemptAt" - now())::int AS wait
           FROM "outbound_email" WHERE "idempotencyKey" LIKE $1`,
        [`message.${message.id}.%`],
      );
      // The owner reads a daily digest: no email. The helper's waits for the end of the quiet hours.
      expect(mails.map((m) => m.idempotencyKey)).toEqual([`message.${message.id}.user.${idOf(helper)}`]);
      expect(mails[0]?.wait).toBeGreaterThan(118 * 60);
    } finally {
      await owner.put('/api/notifications/preferences', { email: 'MINE_AND_UNASSIGNED' });
      await sql(
        kit.db.url,
        `UPDATE "organization" SET "quietHoursStart" = NULL, "quietHoursEnd" = NULL WHERE id = $1`,
        [owner.organizationId],
      );
    }
  });

  it('keeps each conversation to its organization and its client: 404 elsewhere, 403 across the portal line', async () => {
    const { caseId } = await arrange();
    const message = (await helper.post(`/api/cases/${caseId}/messages`, { body: 'secret-ish' })).json<{
      id: string;
    }>();
    expect(message.id).toBeDefined();

    const stranger = await signUp(kit.app, { kind: 'AGENCY' });
    expect((await stranger.get(`/api/cases/${caseId}/messages`)).status).toBe(404);
    expect((await stranger.post(`/api/cases/${caseId}/messages`, { body: 'hi' })).status).toBe(404);
    expect((await stranger.post(`/api/cases/${caseId}/messages/read`, {})).status).toBe(404);
    expect((await stranger.get('/api/conversations/unread')).json<UnreadMessagesResponse>().total).toBe(0);

    // Another client of the same organization.
    const other = await arrange({ passportName: 'OTHER CLIENT' });
    for (const reply of [
      await other.portal.get(`/api/portal/cases/${caseId}/messages`),
      await other.portal.post(`/api/portal/cases/${caseId}/messages`, { body: 'hi' }),
      await other.portal.post(`/api/portal/cases/${caseId}/messages/read`, {}),
    ]) {
      expect(reply.status).toBe(404);
      expect(reply.text).not.toContain('secret-ish');
    }
    expect((await other.portal.get('/api/portal/messages/unread')).json<UnreadMessagesResponse>().total).toBe(0);

    // Staff use /api/cases, clients the portal.
    expect((await helper.get(`/api/portal/cases/${caseId}/messages`)).status).toBe(403);
    expect((await other.portal.get(`/api/cases/${other.caseId}/messages`)).status).toBe(403);
    expect((await other.portal.get('/api/conversations/unread')).status).toBe(403);

    // An archived case leaves the portal; helpers keep reading it but do not write to the client any more.
    await owner.post(`/api/cases/${other.caseId}/archive`);
    expect((await other.portal.get(`/api/portal/cases/${other.caseId}/messages`)).status).toBe(404);
    expect((await helper.get(`/api/cases/${other.caseId}/messages`)).status).toBe(200);
    expect((await helper.post(`/api/cases/${other.caseId}/messages`, { body: 'late' })).status).toBe(409);
  });

  it('refuses an empty, too long or NUL-bearing message', async () => {
    const { caseId, portal } = await arrange();
    for (const body of ['   ', 'x'.repeat(4001), 'a\u0000b']) {
      expect((await helper.post(`/api/cases/${caseId}/messages`, { body })).status).toBe(400);
      expect((await portal.post(`/api/portal/cases/${caseId}/messages`, { body })).status).toBe(400);
    }
    expect((await helper.post(`/api/cases/${caseId}/messages`, { body: 'x'.repeat(4000) })).status).toBe(201);
  });

  it('shows messages in both timelines, and internal notes never to the client', async () => {
    const { caseId, portal } = await arrange();
    expect(
      (await owner.post(`/api/cases/${caseId}/notes`, { body: 'INTERNAL-ONLY client seems nervous' })).status,
    ).toBe(201);
    await portal.post(`/api/portal/cases/${caseId}/messages`, { body: 'When will it be done?' });
    await helper.post(`/api/cases/${caseId}/messages`, { body: 'Within two days.' });

    const staff = (await owner.get(`/api/cases/${caseId}/events`)).json<TimelineResponse>().items;
    expect(staff.map((e) => e.action)).toEqual(['CREATED', 'NOTE', 'CONVERSATION', 'CONVERSATION']);
    expect(staff.slice(2).map((e) => [e.data, e.actor?.displayName])).toEqual([
      [{ body: 'When will it be done?', fromClient: true }, 'Li Ming'],
      [{ body: 'Within two days.', fromClient: false }, '王助手'],
    ]);

    const detail = await portal.get(`/api/portal/cases/${caseId}`);
    const timeline = detail.json<PortalCaseDetailResponse>().timeline;
    expect(timeline.map((e) => [e.action, e.message])).toEqual([
      ['CREATED', undefined],
      ['CONVERSATION', { body: 'When will it be done?', fromClient: true, authorName: 'Li Ming' }],
      ['CONVERSATION', { body: 'Within two days.', fromClient: false, authorName: '王助手' }],
    ]);
    // Nothing the client can read carries the note.
    for (const path of [
      `/api/portal/cases/${caseId}`,
      '/api/portal/cases',
      `/api/portal/cases/${caseId}/messages`,
      '/api/portal/messages/unread',
      '/api/notifications?limit=50',
    ]) {
      const reply = await portal.get(path);
      expect(reply.status).toBe(200);
      expect(reply.text).not.toContain('INTERNAL-ONLY');
    }
  });
});
