import { randomUUID } from 'node:crypto';
import type { AuditPage, InvitationResponse, MembersResponse } from '@waiji/contract';
import {
  insertClient,
  inviteMember,
  mailPart,
  mailTo,
  signUp,
  TEST_PASSWORD,
  TestUser,
  tokenFromMail,
  uniqueEmail,
  useTestApp,
  verifyEmail,
} from '../testing/kit';

jest.setTimeout(60_000);

type ErrorReply = {
  error: { code: string; message: string; details?: { reason?: string; field?: string; issues?: { field: string }[] } };
};

describe('organization: members, roles, invitations, settings, audit log', () => {
  const kit = useTestApp({ env: { PUBLIC_URL: 'https://app.waiji.example' }, sql: true });
  let owner: TestUser;

  beforeAll(async () => {
    owner = await signUp(kit.app, { kind: 'AGENCY', organizationName: 'Alpha Relocation', verified: true });
  });

  const members = async (user: TestUser) =>
    (await user.get('/api/organization/members')).json<MembersResponse>().members;
  const memberId = (user: TestUser) => user.me?.user.id ?? '';

  describe('invitations', () => {
    it('invites by email; the link creates the account (verified), adds the membership and signs in there', async () => {
      const email = uniqueEmail('invitee');
      const created = await owner.post('/api/organization/invitations', { email, role: 'HELPER' });
      expect(created.status).toBe(201);
      const invitation = created.json<InvitationResponse>();
      expect(invitation).toMatchObject({
        email,
        role: 'HELPER',
        status: 'PENDING',
        clientId: null,
        invitedBy: { userId: memberId(owner) },
      });
      expect(new Date(invitation.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
      expect(created.text).not.toMatch(/token/i);

      const [mail] = await mailTo(kit.app, email);
      expect(mail?.subject).toBe('Invitation to Alpha Relocation on Waiji');
      expect(mail?.raw.replace(/=\r?\n/g, '')).toContain('https://app.waiji.example/accept-invitation?token=3D');
      const token = await tokenFromMail(kit.app, email, '/accept-invitation');

      const invitee = new TestUser(kit.app);
      const accepted = await invitee.post('/api/auth/invitations/accept', {
        token,
        password: TEST_PASSWORD,
        displayName: 'Ivy Invitee',
      });
      expect(accepted.status).toBe(200);
      expect(invitee.me).toMatchObject({
        role: 'HELPER',
        organization: { id: owner.organizationId },
        user: { email, displayName: 'Ivy Invitee', emailVerified: true },
      });
      expect((await invitee.get('/api/auth/me')).status).toBe(200);
      expect((await members(owner)).find((m) => m.email === email)).toMatchObject({
        role: 'HELPER',
        emailVerified: true,
      });
      const listed = (await owner.get('/api/organization/invitations')).json<{ invitations: InvitationResponse[] }>()
        .invitations;
      expect(listed.find((i) => i.id === invitation.id)?.status).toBe('ACCEPTED');

      const reused = await new TestUser(kit.app).post('/api/auth/invitations/accept', {
        token,
        password: TEST_PASSWORD,
        displayName: 'Again',
      });
      expect(reused.status).toBe(400);
      expect(reused.json<ErrorReply>().error.details?.field).toBe('token');
    });

    it('asks a new invitee for a password (the password rule applies) and a display name', async () => {
      const email = uniqueEmail('newbie');
      await owner.post('/api/organization/invitations', { email, role: 'VIEWER' });
      const token = await tokenFromMail(kit.app, email, '/accept-invitation');
      const missing = await new TestUser(kit.app).post('/api/auth/invitations/accept', { token });
      expect(missing.status).toBe(400);
      expect(missing.json<ErrorReply>().error.message).toMatch(/password.*displayName/);
      const common = await new TestUser(kit.app).post('/api/auth/invitations/accept', {
        token,
        password: '1234567890',
        displayName: 'N',
      });
      expect(common.status).toBe(400);
      expect(common.json<ErrorReply>().error.details?.issues?.map((i) => i.field)).toEqual(['password']);
      // The failed attempts did not use the invitation up.
      expect(
        (
          await new TestUser(kit.app).post('/api/auth/invitations/accept', {
            token,
            password: TEST_PASSWORD,
            displayName: 'N',
          })
        ).status,
      ).toBe(200);
    });

    it('lets an existing account join only when signed in as it or with its password', async () => {
      const email = uniqueEmail('existing');
      const existing = await signUp(kit.app, { email, kind: 'PERSONAL' });
      await owner.post('/api/organization/invitations', { email, role: 'VIEWER' });
      const token = await tokenFromMail(kit.app, email, '/accept-invitation');
      const stranger = new TestUser(kit.app);
      expect((await stranger.post('/api/auth/invitations/accept', { token })).status).toBe(401);
      const wrong = await stranger.post('/api/auth/invitations/accept', { token, password: 'not-the-password-1' });
      expect(wrong.status).toBe(401);
      expect(stranger.cookie).toBeUndefined();
      const oldCookie = existing.cookie;
      const joined = await existing.post('/api/auth/invitations/accept', { token });
      expect(joined.status).toBe(200);
      expect(existing.cookie).not.toBe(oldCookie);
      expect(existing.me?.memberships.map((m) => m.role).sort()).toEqual(['OWNER', 'VIEWER']);
      expect(existing.me?.organization?.id).toBe(owner.organizationId);
      const old = new TestUser(kit.app);
      old.cookie = oldCookie;
      expect((await old.get('/api/auth/me')).status).toBe(401);
    });

    it('accepts an existing account with its password, and refuses a revoked, replaced or expired invitation', async () => {
      const email = uniqueEmail('second-org');
      await signUp(kit.app, { email, kind: 'PERSONAL' });
      const first = (
        await owner.post('/api/organization/invitations', { email, role: 'HELPER' })
      ).json<InvitationResponse>();
      const firstToken = await tokenFromMail(kit.app, email, '/accept-invitation');
      expect((await owner.delete(`/api/organization/invitations/${first.id}`)).status).toBe(204);
      expect(
        (
          await new TestUser(kit.app).post('/api/auth/invitations/accept', {
            token: firstToken,
            password: TEST_PASSWORD,
          })
        ).status,
      ).toBe(400);

      await owner.post('/api/organization/invitations', { email, role: 'HELPER' });
      const replacedToken = await tokenFromMail(kit.app, email, '/accept-invitation');
      await owner.post('/api/organization/invitations', { email, role: 'VIEWER' });
      const currentToken = await tokenFromMail(kit.app, email, '/accept-invitation');
      expect(
        (
          await new TestUser(kit.app).post('/api/auth/invitations/accept', {
            token: replacedToken,
            password: TEST_PASSWORD,
          })
        ).status,
      ).toBe(400);

      await kit.sql.query(
        `UPDATE "invitation" SET "expiresAt" = now() - interval '1 second' WHERE "tokenHash" = encode(sha256($1::bytea), 'hex')`,
        [currentToken],
      );
      expect(
        (
          await new TestUser(kit.app).post('/api/auth/invitations/accept', {
            token: currentToken,
            password: TEST_PASSWORD,
          })
        ).status,
      ).toBe(400);
      await kit.sql.query(
        `UPDATE "invitation" SET "expiresAt" = now() + interval '1 day' WHERE "tokenHash" = encode(sha256($1::bytea), 'hex')`,
        [currentToken],
      );
      const user = new TestUser(kit.app);
      expect(
        (await user.post('/api/auth/invitations/accept', { token: currentToken, password: TEST_PASSWORD })).status,
      ).toBe(200);
      expect(user.me?.role).toBe('VIEWER');
    });

    it('refuses to invite a member, an ADMIN inviting an OWNER, and staff below ADMIN', async () => {
      const admin = await inviteMember(kit.app, owner, 'ADMIN');
      const taken = await owner.post('/api/organization/invitations', { email: admin.me?.user.email, role: 'HELPER' });
      expect(taken.status).toBe(409);
      const adminInvitesOwner = await admin.post('/api/organization/invitations', {
        email: uniqueEmail(),
        role: 'OWNER',
      });
      expect(adminInvitesOwner.status).toBe(403);
      expect((await admin.post('/api/organization/invitations', { email: uniqueEmail(), role: 'ADMIN' })).status).toBe(
        201,
      );
      expect((await owner.post('/api/organization/invitations', { email: uniqueEmail(), role: 'OWNER' })).status).toBe(
        201,
      );
      for (const role of ['HELPER', 'VIEWER'] as const) {
        const member = await inviteMember(kit.app, owner, role);
        expect(
          (await member.post('/api/organization/invitations', { email: uniqueEmail(), role: 'VIEWER' })).status,
        ).toBe(403);
        expect((await member.get('/api/organization/invitations')).status).toBe(403);
      }
    });

    it('links a CLIENT invitation to one client record of this organization', async () => {
      const clientId = await insertClient(kit.db.url, owner.organizationId, 'Alphaclient');
      const other = await signUp(kit.app, { organizationName: 'Other Org' });
      const foreignClient = await insertClient(kit.db.url, other.organizationId, 'Foreignclient');
      const withoutClient = await owner.post('/api/organization/invitations', { email: uniqueEmail(), role: 'CLIENT' });
      expect(withoutClient.status).toBe(400);
      expect(withoutClient.json<ErrorReply>().error.message).toContain('clientId');
      expect(
        (await owner.post('/api/organization/invitations', { email: uniqueEmail(), role: 'HELPER', clientId })).status,
      ).toBe(400);
      expect(
        (
          await owner.post('/api/organization/invitations', {
            email: uniqueEmail(),
            role: 'CLIENT',
            clientId: foreignClient,
          })
        ).status,
      ).toBe(404);
      const client = await inviteMember(kit.app, owner, 'CLIENT', { clientId });
      expect(client.me).toMatchObject({ role: 'CLIENT', clientId });
      expect((await client.get('/api/organization/members')).status).toBe(403);
      expect((await members(owner)).find((m) => m.userId === memberId(client))).toMatchObject({
        role: 'CLIENT',
        clientId,
      });
    });

    it('refuses an inviter whose email address is not confirmed (403 EMAIL_NOT_VERIFIED), staff and portal invitations alike, and mails nothing', async () => {
      const unconfirmed = await signUp(kit.app, { organizationName: 'Unconfirmed Org', verified: false });
      const clientId = await insertClient(kit.db.url, unconfirmed.organizationId, 'Unconfirmedclient');
      const helperEmail = uniqueEmail('never-mailed');
      const clientEmail = uniqueEmail('never-mailed-client');
      for (const body of [
        { email: helperEmail, role: 'HELPER' },
        { email: clientEmail, role: 'CLIENT', clientId },
      ]) {
        const refused = await unconfirmed.post('/api/organization/invitations', body);
        expect(refused.status).toBe(403);
        expect(refused.json<ErrorReply>().error).toMatchObject({
          code: 'FORBIDDEN',
          details: { reason: 'EMAIL_NOT_VERIFIED' },
        });
        expect(refused.json<ErrorReply>().error.message).toMatch(/confirm your email address/i);
      }
      expect(await mailTo(kit.app, helperEmail)).toHaveLength(0);
      expect(await mailTo(kit.app, clientEmail)).toHaveLength(0);
      expect(
        (await unconfirmed.get('/api/organization/invitations')).json<{ invitations: InvitationResponse[] }>()
          .invitations,
      ).toHaveLength(0);

      await verifyEmail(kit.app, unconfirmed);
      expect(
        (await unconfirmed.post('/api/organization/invitations', { email: helperEmail, role: 'HELPER' })).status,
      ).toBe(201);
      expect(await mailTo(kit.app, helperEmail)).toHaveLength(1);
    });

    it('mails fixed wording around the organization’s name; names the inviter chose are one quoted line in the body, escaped in HTML, never a link', async () => {
      const hostile = await signUp(kit.app, { organizationName: 'Plain Org', verified: true });
      const organizationName = 'Evil <a href="https://evil.example/x">Corp</a>\r\nBcc: victim@example.test';
      const inviterName = 'Mallory <img src=x onerror=alert(1)>\r\n\r\nYour account is locked\u202E\u200B, call us';
      // Straight into the database: names stored before today's input rules must be safe in the email too.
      await kit.sql.query(`UPDATE "organization" SET name = $1 WHERE id = $2`, [
        organizationName,
        hostile.organizationId,
      ]);
      await kit.sql.query(`UPDATE "user" SET "displayName" = $1 WHERE id = $2`, [inviterName, memberId(hostile)]);
      const email = uniqueEmail('quoted');
      expect((await hostile.post('/api/organization/invitations', { email, role: 'HELPER' })).status).toBe(201);

      const [mail] = await mailTo(kit.app, email);
      if (!mail) throw new Error('no invitation mail');
      const flatOrganization = 'Evil <a href="https://evil.example/x">Corp</a> Bcc: victim@example.test';
      const flatInviter = 'Mallory <img src=x onerror=alert(1)> Your account is locked , call us';
      expect(mail.subject).toBe(`Invitation to ${flatOrganization} on Waiji`);
      const head = mail.raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
      expect(head).not.toMatch(/^Bcc:/im);

      const text = mailPart(mail, 'text/plain');
      const inviterEmail = hostile.me?.user.email ?? '';
      expect(text.split(/\r?\n/)).toContain(
        `“${flatInviter}” <${inviterEmail}> invited you to join “${flatOrganization}” on Waiji as a Helper.`,
      );
      expect(text).not.toMatch(/^(Your account|Bcc:)/m);
      expect(text).not.toMatch(/[\u202E\u200B]/);

      const html = mailPart(mail, 'text/html');
      expect(html).not.toContain('<img');
      expect(html).not.toContain('evil.example/x">');
      expect(html.match(/<a\s/g)).toHaveLength(1);
      expect(html).toMatch(/<a href="https:\/\/app\.waiji\.example\/accept-invitation\?token=[A-Za-z0-9_-]+">/);
      expect(html).toContain('“Mallory &#60;img src=x onerror=alert(1)&#62; Your account is locked , call us”');
      expect(html).toContain(
        '“Evil &#60;a href=&#34;https://evil.example/x&#34;&#62;Corp&#60;/a&#62; Bcc: victim@example.test”',
      );
    });

    it('sends INVITATIONS_PER_DAY (50) invitations per organization in any 24 hours, then answers 429 THROTTLED with the wait', async () => {
      const busy = await signUp(kit.app, { organizationName: 'Busy Org', verified: true });
      // 47 invitations already sent today, the oldest 23 hours ago.
      await kit.sql.query(
        `INSERT INTO "invitation" ("organizationId", email, role, "tokenHash", "invitedById", "expiresAt", "createdAt")
         SELECT $1::uuid, 'earlier' || g || '@example.test', 'VIEWER', md5($1::text || g), $2::uuid, now() + interval '6 days', now() - interval '23 hours' + (g - 1) * interval '1 second'
         FROM generate_series(1, 47) AS g`,
        [busy.organizationId, memberId(busy)],
      );
      // Five at once for the last three places: the count is taken under a lock, so exactly three go out.
      const emails = Array.from({ length: 5 }, () => uniqueEmail('burst'));
      const burst = await Promise.all(
        emails.map((email) => busy.post('/api/organization/invitations', { email, role: 'HELPER' })),
      );
      expect(burst.map((reply) => reply.status).sort()).toEqual([201, 201, 201, 429, 429]);
      const mailed = await Promise.all(emails.map(async (email) => (await mailTo(kit.app, email)).length));
      expect(mailed.reduce((sum, count) => sum + count, 0)).toBe(3);

      const over = await busy.post('/api/organization/invitations', { email: uniqueEmail('over'), role: 'HELPER' });
      expect(over.status).toBe(429);
      const error = over.json<{ error: { code: string; message: string; details: { retryAfterSeconds: number } } }>()
        .error;
      expect(error.code).toBe('THROTTLED');
      expect(error.message).toBe('This organization has sent 50 invitations in the last 24 hours; try again in 1 hour');
      // The oldest counted invitation (23 hours old) leaves the window in about an hour.
      expect(error.details.retryAfterSeconds).toBeGreaterThan(3500);
      expect(error.details.retryAfterSeconds).toBeLessThanOrEqual(3600);
      expect(over.headers['retry-after']).toBe(String(error.details.retryAfterSeconds));
      // Another organization is not held back.
      expect(
        (await owner.post('/api/organization/invitations', { email: uniqueEmail('elsewhere'), role: 'HELPER' })).status,
      ).toBe(201);

      await kit.sql.query(
        `UPDATE "invitation" SET "createdAt" = now() - interval '25 hours' WHERE "organizationId" = $1 AND email = 'earlier1@example.test'`,
        [busy.organizationId],
      );
      expect(
        (await busy.post('/api/organization/invitations', { email: uniqueEmail('next-day'), role: 'HELPER' })).status,
      ).toBe(201);
    });
  });

  describe('roles', () => {
    it('ends the member’s sessions on a role change; they sign in again with the new role', async () => {
      const email = uniqueEmail('promoted');
      const helper = await inviteMember(kit.app, owner, 'HELPER', { email });
      const changed = await owner.patch(`/api/organization/members/${memberId(helper)}`, { role: 'ADMIN' });
      expect(changed.status).toBe(200);
      expect(changed.json()).toMatchObject({ role: 'ADMIN', email });
      expect((await helper.get('/api/auth/me')).status).toBe(401);
      const again = new TestUser(kit.app);
      await again.post('/api/auth/login', { email, password: TEST_PASSWORD });
      expect(again.me?.role).toBe('ADMIN');
      // Setting the same role again changes nothing and ends nothing.
      expect((await owner.patch(`/api/organization/members/${memberId(again)}`, { role: 'ADMIN' })).status).toBe(200);
      expect((await again.get('/api/auth/me')).status).toBe(200);
    });

    it('keeps owners in the hands of owners, and never demotes the last owner', async () => {
      const org = await signUp(kit.app, { organizationName: 'Owners Inc', verified: true });
      const admin = await inviteMember(kit.app, org, 'ADMIN');
      const helper = await inviteMember(kit.app, org, 'HELPER');
      const ownerId = memberId(org);
      const demoteOwner = await admin.patch(`/api/organization/members/${ownerId}`, { role: 'VIEWER' });
      expect(demoteOwner.status).toBe(403);
      expect((await admin.patch(`/api/organization/members/${memberId(helper)}`, { role: 'OWNER' })).status).toBe(403);
      expect((await admin.delete(`/api/organization/members/${ownerId}`)).status).toBe(403);
      expect((await admin.patch(`/api/organization/members/${memberId(helper)}`, { role: 'VIEWER' })).status).toBe(200);

      const last = await org.patch(`/api/organization/members/${ownerId}`, { role: 'ADMIN' });
      expect(last.status).toBe(409);
      expect(last.json<ErrorReply>().error.details?.reason).toBe('LAST_OWNER');
      expect((await org.delete(`/api/organization/members/${ownerId}`)).status).toBe(409);

      expect((await org.patch(`/api/organization/members/${memberId(admin)}`, { role: 'OWNER' })).status).toBe(200);
      // Now there are two owners: the first may step down (and its own session ends with the change).
      expect((await org.patch(`/api/organization/members/${ownerId}`, { role: 'ADMIN' })).status).toBe(200);
      expect((await org.get('/api/auth/me')).status).toBe(401);
    });

    it('changes a member to CLIENT only with a client of this organization', async () => {
      const helper = await inviteMember(kit.app, owner, 'HELPER');
      const clientId = await insertClient(kit.db.url, owner.organizationId, 'Becomesclient');
      expect((await owner.patch(`/api/organization/members/${memberId(helper)}`, { role: 'CLIENT' })).status).toBe(400);
      expect(
        (await owner.patch(`/api/organization/members/${memberId(helper)}`, { role: 'CLIENT', clientId: randomUUID() }))
          .status,
      ).toBe(404);
      expect(
        (await owner.patch(`/api/organization/members/${memberId(helper)}`, { role: 'CLIENT', clientId })).json(),
      ).toMatchObject({ role: 'CLIENT', clientId });
    });

    it('answers 404 for an unknown member and 400 for a malformed id', async () => {
      expect((await owner.patch(`/api/organization/members/${randomUUID()}`, { role: 'VIEWER' })).status).toBe(404);
      const malformed = await owner.delete('/api/organization/members/not-a-uuid');
      expect(malformed.status).toBe(400);
      expect(malformed.json<ErrorReply>().error.message).toContain('userId');
    });
  });

  describe('removal', () => {
    it('removes a member and ends their sessions for this organization at once, not elsewhere', async () => {
      const email = uniqueEmail('leaver');
      const ownOrg = await signUp(kit.app, { email, organizationName: 'Leaver Own Org' });
      const ownOrganizationId = ownOrg.organizationId;
      await owner.post('/api/organization/invitations', { email, role: 'HELPER' });
      const token = await tokenFromMail(kit.app, email, '/accept-invitation');
      const inAlpha = new TestUser(kit.app);
      await inAlpha.post('/api/auth/invitations/accept', { token, password: TEST_PASSWORD });
      expect(inAlpha.me?.organization?.id).toBe(owner.organizationId);
      const elsewhere = new TestUser(kit.app);
      await elsewhere.post('/api/auth/login', { email, password: TEST_PASSWORD });
      await elsewhere.post('/api/auth/switch-organization', { organizationId: ownOrganizationId });
      expect(elsewhere.me?.organization?.id).toBe(ownOrganizationId);

      expect((await owner.delete(`/api/organization/members/${memberId(inAlpha)}`)).status).toBe(204);
      expect((await inAlpha.get('/api/organization/members')).status).toBe(401);
      expect((await elsewhere.get('/api/organization/members')).status).toBe(200);
      expect((await members(owner)).some((m) => m.email === email)).toBe(false);
      const back = await elsewhere.post('/api/auth/switch-organization', { organizationId: owner.organizationId });
      expect(back.status).toBe(404);
    });
  });

  describe('settings', () => {
    it('reads for staff and updates name and time zone for OWNER and ADMIN, validating the zone', async () => {
      const org = await signUp(kit.app, { organizationName: 'Settings Org', verified: true });
      const helper = await inviteMember(kit.app, org, 'HELPER');
      expect((await helper.get('/api/organization')).json()).toMatchObject({
        name: 'Settings Org',
        kind: 'AGENCY',
        timezone: 'Asia/Shanghai',
      });
      expect((await helper.patch('/api/organization', { name: 'Nope' })).status).toBe(403);
      const updated = await org.patch('/api/organization', { name: 'Settings Org Renamed', timezone: 'Europe/Berlin' });
      expect(updated.status).toBe(200);
      expect(updated.json()).toMatchObject({ name: 'Settings Org Renamed', timezone: 'Europe/Berlin' });
      const bad = await org.patch('/api/organization', { timezone: 'Mars/Olympus_Mons' });
      expect(bad.status).toBe(400);
      expect(bad.json<ErrorReply>().error.message).toContain('timezone');
      expect((await org.patch('/api/organization', {})).status).toBe(400);
      expect(
        (await org.patch('/api/organization', { policy: { reviewDueDays: 3 } })).json<ErrorReply>().error.message,
      ).toContain('policy');
    });
  });

  describe('audit log', () => {
    it('records logins, role changes, invitations and removals, for OWNER and ADMIN only', async () => {
      const org = await signUp(kit.app, { organizationName: 'Audited Org', verified: true });
      const adminEmail = uniqueEmail('audit-admin');
      const admin = await inviteMember(kit.app, org, 'ADMIN', { email: adminEmail });
      const helper = await inviteMember(kit.app, org, 'HELPER');
      const viewer = await inviteMember(kit.app, org, 'VIEWER');
      const revoked = (
        await org.post('/api/organization/invitations', { email: uniqueEmail(), role: 'VIEWER' })
      ).json<InvitationResponse>();
      await org.delete(`/api/organization/invitations/${revoked.id}`);
      await org.patch(`/api/organization/members/${memberId(helper)}`, { role: 'VIEWER' });
      await org.delete(`/api/organization/members/${memberId(viewer)}`);
      await new TestUser(kit.app).post('/api/auth/login', { email: adminEmail, password: 'wrong-password-000' });
      const relogged = new TestUser(kit.app);
      await relogged.post('/api/auth/login', { email: adminEmail, password: TEST_PASSWORD });

      const page = await admin.get('/api/audit?limit=200');
      expect(page.status).toBe(200);
      const entries = page.json<AuditPage>().entries;
      const actions = entries.map((e) => e.action);
      for (const action of [
        'auth.signup',
        'auth.login',
        'auth.login_failed',
        'invitation.created',
        'invitation.accepted',
        'invitation.revoked',
        'member.role_changed',
        'member.removed',
      ]) {
        expect(actions).toContain(action);
      }
      expect(entries.find((e) => e.action === 'member.role_changed')).toMatchObject({
        actor: { userId: memberId(org) },
        targetType: 'user',
        targetId: memberId(helper),
        data: { from: 'HELPER', to: 'VIEWER' },
      });
      expect(entries.find((e) => e.action === 'auth.login_failed')?.data).toMatchObject({ email: adminEmail });
      expect(entries.every((e, i) => i === 0 || (entries[i - 1]?.at ?? '') >= e.at)).toBe(true);
      expect((await helper.get('/api/audit')).status).toBe(401); // the role change ended the helper's session
      for (const user of [relogged]) expect((await user.get('/api/audit')).status).toBe(200);
      const viewerNow = new TestUser(kit.app);
      await viewerNow.post('/api/auth/login', { email: helper.me?.user.email, password: TEST_PASSWORD });
      expect((await viewerNow.get('/api/audit')).status).toBe(403);
      // Another organization's log is not this one's.
      expect(
        (await owner.get('/api/audit?limit=200')).json<AuditPage>().entries.some((e) => e.data['email'] === adminEmail),
      ).toBe(false);
    });

    it('records each passport reveal (the clients module audits it) for OWNER and ADMIN to see', async () => {
      const org = await signUp(kit.app, { organizationName: 'Reveal Org', verified: true });
      const helper = await inviteMember(kit.app, org, 'HELPER');
      const created = await org.post('/api/clients', { passportName: 'Reveal Person', passportNumber: 'E12345678' });
      expect(created.status).toBe(201);
      const clientId = created.json<{ id: string }>().id;
      const revealed = await helper.post(`/api/clients/${clientId}/reveal-passport`);
      expect(revealed.json()).toEqual({ passportNumber: 'E12345678' });
      const entries = (await org.get('/api/audit?action=client.pii_revealed')).json<AuditPage>().entries;
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        actor: { userId: memberId(helper) },
        targetType: 'client',
        targetId: clientId,
        data: { field: 'passportNumber' },
      });
      expect(JSON.stringify(entries)).not.toContain('E12345678');
    });

    it('pages with a cursor: every entry once, newest first', async () => {
      const org = await signUp(kit.app, { organizationName: 'Paged Org' });
      for (let i = 0; i < 7; i += 1) await org.patch('/api/organization', { name: `Paged Org ${i}` });
      const all = (await org.get('/api/audit?limit=200')).json<AuditPage>();
      expect(all.nextCursor).toBeNull();
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: AuditPage = (
          await org.get(`/api/audit?limit=3${cursor ? `&cursor=${cursor}` : ''}`)
        ).json<AuditPage>();
        expect(page.entries.length).toBeLessThanOrEqual(3);
        seen.push(...page.entries.map((e) => e.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all.entries.map((e) => e.id));
      expect(all.entries.length).toBe(9); // auth.signup, auth.login (after the emailed confirmation) + 7 updates
      const organizationUpdates = (await org.get('/api/audit?action=organization.')).json<AuditPage>().entries;
      expect(organizationUpdates).toHaveLength(7);
      expect(organizationUpdates[0]?.data).toMatchObject({ after: { name: 'Paged Org 6' } });
    });

    it('answers 400 naming the parameter for a bad cursor, limit or unknown parameter', async () => {
      for (const [query, field] of [
        ['cursor=bm90LWEtY3Vyc29y', 'cursor'],
        ['cursor=%25%25', 'cursor'],
        ['limit=abc', 'limit'],
        ['limit=0', 'limit'],
        ['sort=asc', 'sort'],
      ] as const) {
        const response = await owner.get(`/api/audit?${query}`);
        expect(response.status).toBe(400);
        expect(response.json<ErrorReply>().error.message).toContain(field);
      }
    });

    it('is append-only in the database, for the app role, the system role and the table owner alike', async () => {
      const attempts = [`UPDATE "audit_log" SET action = 'tampered'`, `DELETE FROM "audit_log"`];
      for (const role of ['waiji_app', 'waiji_system', null]) {
        for (const statement of attempts) {
          await kit.sql.query('BEGIN');
          if (role)
            await kit.sql.query(`SELECT set_config('role', $1, true), set_config('app.org_id', $2, true)`, [
              role,
              owner.organizationId,
            ]);
          await expect(kit.sql.query(statement)).rejects.toThrow(/permission denied|append-only/);
          await kit.sql.query('ROLLBACK');
        }
      }
      const count = await kit.sql.query<{ n: string }>(
        `SELECT count(*) AS n FROM "audit_log" WHERE action = 'tampered'`,
      );
      expect(Number(count.rows[0]?.n)).toBe(0);
    });
  });
});
