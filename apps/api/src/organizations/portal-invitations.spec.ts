import type {
  BulkPortalInvitationResponse,
  InvitationPreviewResponse,
  InvitationResponse,
  InvitationsResponse,
} from '@waiji/contract';
import { formatLocal } from '../scheduler/local-time';
import {
  createCase,
  createClient,
  inviteMember,
  mailPart,
  mailTo,
  signUp,
  TEST_PASSWORD,
  TestUser,
  tokenFromMail,
  uniqueEmail,
  useTestApp,
} from '../testing/kit';

jest.setTimeout(60_000);

type ErrorReply = { error: { code: string; details?: { field?: string; reason?: string } } };

describe('portal invitations: in bulk, in the invitee’s language, previewed before accepting', () => {
  const kit = useTestApp({ env: { PUBLIC_URL: 'https://app.waiji.example' }, sql: true });
  let owner: TestUser;

  beforeAll(async () => {
    owner = await signUp(kit.app, { kind: 'UNIVERSITY', organizationName: 'Tsinghua ISO', verified: true });
  });

  /** The text of the one invitation mailed to this address. */
  const mailText = async (email: string) => {
    const [mail, ...more] = await mailTo(kit.app, email);
    if (!mail || more.length > 0) throw new Error(`expected one mail to ${email}`);
    return mailPart(mail, 'text/plain');
  };

  const invitations = async (user: TestUser) =>
    (await user.get('/api/organization/invitations')).json<InvitationsResponse>().invitations;

  it('invites the clients of a selection of cases, skipping those without an email, already invited or in the portal, and a repeated address', async () => {
    const zhEmail = uniqueEmail('li');
    const enEmail = uniqueEmail('ana');
    const pendingEmail = uniqueEmail('pending');
    const memberEmail = uniqueEmail('member');
    const li = await createClient(owner, { passportName: 'LI WEI', email: zhEmail, preferredLanguage: 'zh' });
    const ana = await createClient(owner, { passportName: 'ANA SILVA', email: enEmail.toUpperCase() });
    const noEmail = await createClient(owner, { passportName: 'NO MAIL' });
    const pending = await createClient(owner, { passportName: 'PENDING PERSON', email: pendingEmail });
    const portal = await createClient(owner, { passportName: 'PORTAL USER', email: memberEmail });
    const sibling = await createClient(owner, { passportName: 'LI NA', email: zhEmail, allowDuplicate: true });
    await inviteMember(kit.app, owner, 'CLIENT', { clientId: portal.id, email: memberEmail });
    expect(
      (await owner.post('/api/organization/invitations', { email: pendingEmail, role: 'CLIENT', clientId: pending.id }))
        .status,
    ).toBe(201);
    const cases = [];
    for (const client of [li, ana, noEmail, pending, portal, sibling]) cases.push(await createCase(owner, client.id));
    // Li's second case: one client, one invitation.
    cases.push(await createCase(owner, li.id, { type: 'APP_PASSPORT_VERIFICATION' }));

    const reply = await owner.post('/api/organization/invitations/portal', { caseIds: cases.map((c) => c.id) });
    expect(reply.status).toBe(200);
    const result = reply.json<BulkPortalInvitationResponse>();
    expect(result.invited.map((row) => [row.clientName, row.email])).toEqual([
      ['LI WEI', zhEmail],
      ['ANA SILVA', enEmail],
    ]);
    expect(result.skipped.map((row) => [row.clientName, row.reason])).toEqual([
      ['NO MAIL', 'NO_EMAIL'],
      ['PENDING PERSON', 'ALREADY_INVITED'],
      ['PORTAL USER', 'ALREADY_MEMBER'],
      ['LI NA', 'SAME_EMAIL'],
    ]);
    expect(result.retryAfterSeconds).toBeNull();
    expect(result.remaining).toBe(50 - 4); // the member's, the pending one and these two

    // Each mail in the client's language; the pending client got no second one.
    const [zhMail] = await mailTo(kit.app, zhEmail);
    expect(zhMail?.subject).toBe('邀请您加入 Waiji 上的 Tsinghua ISO');
    const [enMail] = await mailTo(kit.app, enEmail);
    expect(enMail?.subject).toBe('Invitation to Tsinghua ISO on Waiji');
    expect(await mailText(enEmail)).toMatch(/invited you to join “Tsinghua ISO” on Waiji as a Client\./);
    expect(await mailTo(kit.app, pendingEmail)).toHaveLength(1);

    // The list says whom each invitation is for.
    const listed = await invitations(owner);
    expect(listed.find((row) => row.email === zhEmail)).toMatchObject({
      role: 'CLIENT',
      status: 'PENDING',
      clientId: li.id,
      client: { id: li.id, name: 'LI WEI' },
    });
    expect(listed.find((row) => row.email === memberEmail)?.client).toEqual({ id: portal.id, name: 'PORTAL USER' });

    // The same selection again: nobody is invited twice.
    const again = (
      await owner.post('/api/organization/invitations/portal', { caseIds: cases.map((c) => c.id) })
    ).json<BulkPortalInvitationResponse>();
    expect(again.invited).toHaveLength(0);
    expect(again.skipped.map((row) => [row.clientName, row.reason])).toEqual([
      ['LI WEI', 'ALREADY_INVITED'],
      ['ANA SILVA', 'ALREADY_INVITED'],
      ['NO MAIL', 'NO_EMAIL'],
      ['PENDING PERSON', 'ALREADY_INVITED'],
      ['PORTAL USER', 'ALREADY_MEMBER'],
      // Li Wei's invitation waits at that address: a new one would revoke it.
      ['LI NA', 'SAME_EMAIL'],
    ]);

    // The invited client joins the portal through the mailed link.
    const token = await tokenFromMail(kit.app, zhEmail, '/accept-invitation');
    const student = new TestUser(kit.app);
    const accepted = await student.post('/api/auth/invitations/accept', {
      token,
      password: TEST_PASSWORD,
      displayName: 'Li Wei',
    });
    expect(accepted.status).toBe(200);
    expect(student.me).toMatchObject({ role: 'CLIENT', clientId: li.id });
  });

  it('writes the invitation to a Chinese-speaking client in Chinese, with the role’s name and the expiry in Beijing time', async () => {
    const email = uniqueEmail('zhang');
    const client = await createClient(owner, { passportName: 'ZHANG SAN', email, preferredLanguage: 'zh' });
    const created = await owner.post('/api/organization/invitations', { email, role: 'CLIENT', clientId: client.id });
    expect(created.status).toBe(201);
    const invitation = created.json<InvitationResponse>();
    expect(invitation.client).toEqual({ id: client.id, name: 'ZHANG SAN' });

    const [mail] = await mailTo(kit.app, email);
    if (!mail) throw new Error('no invitation mail');
    const text = mailPart(mail, 'text/plain');
    const expires = formatLocal(new Date(invitation.expiresAt), 'Asia/Shanghai');
    expect(text).toContain(`邀请您以“客户”身份加入 Waiji 上的“Tsinghua ISO”。`);
    expect(text).toContain(`请在 ${expires}（北京时间）之前打开下面的链接接受邀请。`);
    expect(text).not.toMatch(/CLIENT|GMT|invited you/);
    expect(mailPart(mail, 'text/html')).toContain('客户门户');
  });

  it('writes a member’s invitation in the language chosen, else the inviter’s, on the organization’s clock', async () => {
    const berlin = await signUp(kit.app, { organizationName: 'Berlin Desk', verified: true });
    expect((await berlin.patch('/api/organization', { timezone: 'Europe/Berlin' })).status).toBe(200);
    const chosen = uniqueEmail('chosen');
    const created = (
      await berlin.post('/api/organization/invitations', { email: chosen, role: 'ADMIN', language: 'zh' })
    ).json<InvitationResponse>();
    const chosenText = await mailText(chosen);
    expect(chosenText).toContain(`以“管理员”身份加入 Waiji 上的“Berlin Desk”。`);
    expect(chosenText).toContain(`${formatLocal(new Date(created.expiresAt), 'Europe/Berlin')}（Europe/Berlin 时间）`);

    const plain = uniqueEmail('plain');
    const second = (
      await berlin.post('/api/organization/invitations', { email: plain, role: 'ADMIN' })
    ).json<InvitationResponse>();
    const text = await mailText(plain);
    expect(text).toContain('on Waiji as an Admin.');
    expect(text).toContain(
      `Open this link before ${formatLocal(new Date(second.expiresAt), 'Europe/Berlin')} (Europe/Berlin time) to accept.`,
    );
  });

  it('invites up to what is left of the daily allowance and says how many were left out and for how long', async () => {
    const busy = await signUp(kit.app, { organizationName: 'Busy University', verified: true });
    // 48 of the 50 sent already, the oldest 20 hours ago.
    await kit.sql.query(
      `INSERT INTO "invitation" ("organizationId", email, role, "tokenHash", "invitedById", "expiresAt", "createdAt")
       SELECT $1::uuid, 'earlier' || g || '@example.test', 'VIEWER', md5($1::text || g), $2::uuid, now() + interval '6 days', now() - interval '20 hours' + g * interval '1 second'
       FROM generate_series(1, 48) AS g`,
      [busy.organizationId, busy.me?.user.id],
    );
    const clients = [];
    for (let i = 1; i <= 5; i += 1) {
      clients.push(await createClient(busy, { passportName: `STUDENT ${i}`, email: uniqueEmail(`student${i}`) }));
    }
    const reply = await busy.post('/api/organization/invitations/portal', { clientIds: clients.map((c) => c.id) });
    expect(reply.status).toBe(200);
    const result = reply.json<BulkPortalInvitationResponse>();
    expect(result.invited.map((row) => row.clientName)).toEqual(['STUDENT 1', 'STUDENT 2']);
    expect(result.skipped).toEqual(
      clients.slice(2).map((c) => ({ clientId: c.id, clientName: c.passportName, reason: 'OVER_QUOTA' })),
    );
    expect(result.remaining).toBe(0);
    // The oldest counted invitation leaves the window in about four hours.
    expect(result.retryAfterSeconds).toBeGreaterThan(4 * 3600 - 120);
    expect(result.retryAfterSeconds).toBeLessThanOrEqual(4 * 3600 + 5);
    const mailed = await Promise.all(clients.map(async (c) => (await mailTo(kit.app, c.email ?? '')).length));
    expect(mailed).toEqual([1, 1, 0, 0, 0]);
    // The single invitation is refused as before.
    expect((await busy.post('/api/organization/invitations', { email: uniqueEmail('x'), role: 'HELPER' })).status).toBe(
      429,
    );
  });

  it('is for owners and admins with a confirmed address, within their organization', async () => {
    const helper = await inviteMember(kit.app, owner, 'HELPER');
    const client = await createClient(owner, { passportName: 'ONLY MINE', email: uniqueEmail('mine') });
    expect((await helper.post('/api/organization/invitations/portal', { clientIds: [client.id] })).status).toBe(403);
    const other = await signUp(kit.app, { verified: true });
    const foreign = (
      await other.post('/api/organization/invitations/portal', { clientIds: [client.id] })
    ).json<BulkPortalInvitationResponse>();
    expect(foreign).toMatchObject({ invited: [], skipped: [] });
    expect(await mailTo(kit.app, client.email ?? '')).toHaveLength(0);
    expect((await owner.post('/api/organization/invitations/portal', {})).status).toBe(400);
    expect(
      (await owner.post('/api/organization/invitations/portal', { clientIds: [client.id], caseIds: [client.id] }))
        .status,
    ).toBe(400);
    const unconfirmed = await signUp(kit.app, { verified: false });
    const own = await createClient(unconfirmed, { passportName: 'WAITING', email: uniqueEmail('waiting') });
    const refused = await unconfirmed.post('/api/organization/invitations/portal', { clientIds: [own.id] });
    expect(refused.status).toBe(403);
    expect(refused.json<ErrorReply>().error.details?.reason).toBe('EMAIL_NOT_VERIFIED');
  });

  describe('the invitation page’s preview', () => {
    const preview = (token: string) =>
      new TestUser(kit.app).get(`/api/auth/invitations/preview?token=${encodeURIComponent(token)}`);

    it('names the organization, the inviter and the role, and nothing else', async () => {
      const email = uniqueEmail('previewed');
      await owner.post('/api/organization/invitations', { email, role: 'VIEWER' });
      const token = await tokenFromMail(kit.app, email, '/accept-invitation');
      const reply = await preview(token);
      expect(reply.status).toBe(200);
      expect(reply.json<InvitationPreviewResponse>()).toEqual({
        organizationName: 'Tsinghua ISO',
        inviterName: 'Test UNIVERSITY',
        role: 'VIEWER',
      });
      expect(reply.text).not.toContain(email);
    });

    it('answers an unknown, expired or used link as accepting it would, and throttles guessing', async () => {
      const email = uniqueEmail('expired');
      await owner.post('/api/organization/invitations', { email, role: 'HELPER' });
      const token = await tokenFromMail(kit.app, email, '/accept-invitation');
      await kit.sql.query(`UPDATE "invitation" SET "expiresAt" = now() - interval '1 minute' WHERE email = $1`, [
        email,
      ]);
      const expired = await preview(token);
      expect(expired.status).toBe(400);
      expect(expired.json<ErrorReply>().error.details?.field).toBe('token');

      const unknown = await preview('x'.repeat(43));
      expect(unknown.status).toBe(400);
      expect(unknown.json<ErrorReply>().error.details?.field).toBe('token');
      expect((await preview('short')).status).toBe(400);

      const statuses: number[] = [];
      for (let i = 0; i < 30; i += 1) statuses.push((await preview(`guess${String(i).padStart(40, '0')}`)).status);
      expect(statuses).toContain(429);
    });
  });
});
