import { addMember, createClient, sql, signUp, TEST_PASSWORD, type TestUser, useTestApp } from '../testing/kit';
import { totpCode as codeAt } from '../testing/authenticator';
import { details, TestBrowser } from '../testing/browser';

// Authenticator-app codes, recovery codes, remembered devices, the organization's "staff must use 2FA" rule and an
// admin's reset, through the real app on a real database.

const kit = useTestApp({ sql: true });

/** Turns the app on for a signed-in test user; returns the secret, the code that confirmed it and the recovery codes. */
async function enrol(user: TestUser): Promise<{ secret: string; code: string; recoveryCodes: string[] }> {
  const setup = await user.post('/api/auth/totp/setup');
  expect(setup.status).toBe(200);
  const { secret } = setup.json<{ secret: string }>();
  const code = await codeAt(secret);
  const confirmed = await user.post('/api/auth/totp/confirm', { code });
  expect(confirmed.status).toBe(200);
  return { secret, code, recoveryCodes: confirmed.json<{ recoveryCodes: string[] }>().recoveryCodes };
}

async function auditActions(userId: string): Promise<string[]> {
  const rows = await sql<{ action: string }>(
    kit.db.url,
    `SELECT action FROM "audit_log" WHERE "actorId"::text = $1 OR "targetId" = $1 ORDER BY "at"`,
    [userId],
  );
  return rows.map((r) => r.action);
}

describe('authenticator app (TOTP)', () => {
  it('enrols with a QR code and a first code, stores the secret encrypted and gives ten recovery codes', async () => {
    const owner = await signUp(kit.app);
    const setup = await owner.post('/api/auth/totp/setup');
    expect(setup.status).toBe(200);
    const { secret, otpauthUrl, qrCode } = setup.json<{ secret: string; otpauthUrl: string; qrCode: string }>();
    expect(otpauthUrl).toContain(`secret=${secret}`);
    expect(qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    const [stored] = await sql<{ secretEnc: string }>(
      kit.db.url,
      `SELECT "secretEnc" FROM "user_totp" WHERE "userId" = $1`,
      [owner.me?.user.id],
    );
    expect(stored?.secretEnc).toBeDefined();
    expect(stored?.secretEnc).not.toContain(secret);

    // Not on until a right code confirms it.
    expect((await owner.get('/api/auth/security')).json()).toMatchObject({ totp: false });
    const wrong = await owner.post('/api/auth/totp/confirm', {
      code: (Number(await codeAt(secret)) ^ 1).toString().padStart(6, '0'),
    });
    expect(wrong.status).toBe(400);
    const malformed = await owner.post('/api/auth/totp/confirm', { code: '12ab56' });
    expect(malformed.status).toBe(400);

    const confirmed = await owner.post('/api/auth/totp/confirm', { code: await codeAt(secret) });
    expect(confirmed.status).toBe(200);
    const codes = confirmed.json<{ recoveryCodes: string[] }>().recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const hashes = await sql<{ codeHash: string }>(
      kit.db.url,
      `SELECT "codeHash" FROM "recovery_code" WHERE "userId" = $1`,
      [owner.me?.user.id],
    );
    expect(hashes).toHaveLength(10);
    expect(hashes.map((h) => h.codeHash)).not.toContain(codes[0]);
    expect((await owner.get('/api/auth/security')).json()).toMatchObject({ totp: true, recoveryCodesLeft: 10 });
    // A second set-up while on is refused.
    expect((await owner.post('/api/auth/totp/setup')).status).toBe(409);
    expect(await auditActions(owner.me?.user.id ?? '')).toContain('auth.totp_enabled');
  });

  it('signs in only after the code: no session from the password alone, wrong codes refused, a code works once', async () => {
    const owner = await signUp(kit.app);
    const email = owner.me?.user.email ?? '';
    const { secret, code: enrolmentCode } = await enrol(owner);

    const browser = new TestBrowser(kit.app);
    const password = await browser.login(email, TEST_PASSWORD);
    expect(password.status).toBe(401);
    expect(details(password)).toMatchObject({ reason: 'SECOND_FACTOR_REQUIRED', methods: ['totp', 'recovery'] });
    expect(browser.cookies.has('waiji_session')).toBe(false);
    expect(browser.cookies.has('waiji_2fa')).toBe(true);
    expect((await browser.get('/api/auth/me')).status).toBe(401);

    const wrong = await browser.post('/api/auth/second-factor', {
      code: '000000' === (await codeAt(secret)) ? '111111' : '000000',
    });
    expect(wrong.status).toBe(401);
    expect(details(wrong)).toMatchObject({ reason: 'WRONG_SECOND_FACTOR' });

    // The code enrolment used is refused, still inside the ±1 step window (the test reuses that very code: a code
    // made now could belong to the next 30-second step, which CI once crossed); the next step's code works.
    const reused = await browser.post('/api/auth/second-factor', { code: enrolmentCode });
    expect(reused.status).toBe(401);
    const next = await codeAt(secret, 30);
    const ok = await browser.post('/api/auth/second-factor', { code: next });
    expect(ok.status).toBe(200);
    expect(browser.cookies.has('waiji_session')).toBe(true);
    expect(browser.cookies.has('waiji_2fa')).toBe(false);
    expect((await browser.get('/api/auth/me')).status).toBe(200);

    // The same code again, in a fresh sign-in, within its window: refused.
    const again = new TestBrowser(kit.app);
    await again.login(email, TEST_PASSWORD);
    expect((await again.post('/api/auth/second-factor', { code: next })).status).toBe(401);
    // Two steps away (60 s) is outside the ±1 window.
    expect((await again.post('/api/auth/second-factor', { code: await codeAt(secret, 90) })).status).toBe(401);

    // Without a pending sign-in the step answers 401.
    expect((await new TestBrowser(kit.app).post('/api/auth/second-factor', { code: next })).status).toBe(401);
    const actions = await auditActions(owner.me?.user.id ?? '');
    expect(actions).toContain('auth.second_factor_failed');
  });

  it('accepts each recovery code once, case and dash aside', async () => {
    const owner = await signUp(kit.app);
    const email = owner.me?.user.email ?? '';
    const { recoveryCodes } = await enrol(owner);
    const code = recoveryCodes[0] ?? '';

    const first = new TestBrowser(kit.app);
    await first.login(email, TEST_PASSWORD);
    const used = await first.post('/api/auth/second-factor', { recoveryCode: code.toUpperCase().replace('-', ' ') });
    expect(used.status).toBe(200);
    expect((await first.get('/api/auth/security')).body).toMatchObject({ recoveryCodesLeft: 9 });

    const second = new TestBrowser(kit.app);
    await second.login(email, TEST_PASSWORD);
    expect((await second.post('/api/auth/second-factor', { recoveryCode: code })).status).toBe(401);
    expect((await second.post('/api/auth/second-factor', { recoveryCode: recoveryCodes[1] })).status).toBe(200);
  });

  it('remembers a device for 30 days when asked, and forgets it on request', async () => {
    const owner = await signUp(kit.app);
    const email = owner.me?.user.email ?? '';
    const { secret } = await enrol(owner);

    const browser = new TestBrowser(kit.app);
    await browser.login(email, TEST_PASSWORD);
    const ok = await browser.post('/api/auth/second-factor', { code: await codeAt(secret, 30), rememberDevice: true });
    expect(ok.status).toBe(200);
    const deviceCookie = ok.setCookies.find((c) => c.startsWith('waiji_device='));
    expect(deviceCookie).toMatch(/Max-Age=2592000/);
    expect(deviceCookie).toMatch(/HttpOnly/);

    // Signed out, then in again on this browser: the password is enough.
    await browser.post('/api/auth/logout');
    expect((await browser.login(email, TEST_PASSWORD)).status).toBe(200);
    // Another browser still needs the code.
    expect((await new TestBrowser(kit.app).login(email, TEST_PASSWORD)).status).toBe(401);
    // The device cookie of another user does not count.
    const other = await signUp(kit.app);
    const otherBrowser = new TestBrowser(kit.app);
    otherBrowser.cookies.set('waiji_device', browser.cookies.get('waiji_device') ?? '');
    await enrol(other);
    expect((await otherBrowser.login(other.me?.user.email ?? '', TEST_PASSWORD)).status).toBe(401);

    expect((await browser.get('/api/auth/security')).body).toMatchObject({ rememberedDevices: 1 });
    expect((await browser.delete('/api/auth/remembered-devices')).status).toBe(204);
    await browser.post('/api/auth/logout');
    expect((await browser.login(email, TEST_PASSWORD)).status).toBe(401);
  });

  it('throttles wrong codes per account', async () => {
    const owner = await signUp(kit.app);
    const email = owner.me?.user.email ?? '';
    const { secret } = await enrol(owner);
    const browser = new TestBrowser(kit.app);
    await browser.login(email, TEST_PASSWORD);
    const right = await codeAt(secret, 30);
    const wrong = right === '123456' ? '654321' : '123456';
    for (let i = 0; i < 10; i++)
      expect((await browser.post('/api/auth/second-factor', { code: wrong })).status).toBe(401);
    const throttled = await browser.post('/api/auth/second-factor', { code: right });
    expect(throttled.status).toBe(429);
  });

  it('turns off with a current code only', async () => {
    const owner = await signUp(kit.app);
    const { secret } = await enrol(owner);
    expect(
      (
        await owner.post('/api/auth/totp/disable', {
          code: '000000' === (await codeAt(secret, 30)) ? '111111' : '000000',
        })
      ).status,
    ).toBe(400);
    expect((await owner.post('/api/auth/totp/disable', { code: await codeAt(secret, 30) })).status).toBe(204);
    expect((await owner.get('/api/auth/security')).json()).toMatchObject({ totp: false, recoveryCodesLeft: 0 });
    expect(await auditActions(owner.me?.user.id ?? '')).toContain('auth.totp_disabled');
  });
});

describe('the organization requires two-step verification of staff', () => {
  it('lets staff in during the grace period, then makes them enrol at sign-in; portal clients are not required', async () => {
    const owner = await signUp(kit.app);
    const helper = await addMember(kit, owner, 'HELPER');
    const client = await createClient(owner);
    const portal = await addMember(kit, owner, 'CLIENT', client.id);
    const helperEmail = helper.me?.user.email ?? '';

    const on = await owner.put('/api/organization/security', { requireStaff2fa: true, graceDays: 7 });
    expect(on.status).toBe(200);
    expect(on.json()).toMatchObject({ requireStaff2fa: true, graceDays: 7 });
    const members = on.json<{ members: { userId: string; deadline: string | null }[] }>().members;
    expect(members.find((m) => m.userId === helper.me?.user.id)?.deadline).not.toBeNull();
    expect(members.find((m) => m.userId === portal.me?.user.id)?.deadline).toBeNull();

    // Within the grace period: signed in, and told.
    const during = new TestBrowser(kit.app);
    expect((await during.login(helperEmail, TEST_PASSWORD)).status).toBe(200);
    expect((await during.get('/api/auth/security')).body).toMatchObject({ requirement: { overdue: false } });

    // The grace period over (0 days): no session until the helper enrols.
    await owner.put('/api/organization/security', { requireStaff2fa: true, graceDays: 0 });
    const after = new TestBrowser(kit.app);
    const refused = await after.login(helperEmail, TEST_PASSWORD);
    expect(refused.status).toBe(401);
    expect(details(refused)).toMatchObject({ reason: 'ENROLMENT_REQUIRED' });
    expect(after.cookies.has('waiji_session')).toBe(false);
    // The pending sign-in cannot be finished with a code (there is no app yet), only by enrolling.
    expect((await after.post('/api/auth/second-factor', { code: '123456' })).status).toBe(401);
    const setup = await after.post('/api/auth/second-factor/enrol');
    expect(setup.status).toBe(200);
    const secret = setup.body['secret'] as string;
    const enrolled = await after.post('/api/auth/second-factor/enrol/confirm', { code: await codeAt(secret) });
    expect(enrolled.status).toBe(200);
    expect((enrolled.body['recoveryCodes'] as string[]).length).toBe(10);
    expect(after.cookies.has('waiji_session')).toBe(true);
    expect((await after.get('/api/cases')).status).toBe(200);

    // The portal client is never required.
    const portalBrowser = new TestBrowser(kit.app);
    expect((await portalBrowser.login(portal.me?.user.email ?? '', TEST_PASSWORD)).status).toBe(200);
    // Only admins see or change the rule.
    expect((await helper.get('/api/organization/security')).status).toBe(403);
    expect((await helper.put('/api/organization/security', { requireStaff2fa: false, graceDays: 0 })).status).toBe(403);
  });

  it('lets an admin reset a member’s second factor (audited); not an owner’s unless an owner', async () => {
    const owner = await signUp(kit.app);
    const helper = await addMember(kit, owner, 'HELPER');
    const admin = await addMember(kit, owner, 'ADMIN');
    await enrol(helper);
    await enrol(owner);
    const helperId = helper.me?.user.id ?? '';
    const ownerId = owner.me?.user.id ?? '';

    expect((await helper.post(`/api/organization/members/${ownerId}/reset-second-factor`)).status).toBe(403);
    expect((await admin.post(`/api/organization/members/${ownerId}/reset-second-factor`)).status).toBe(403);
    const reset = await admin.post(`/api/organization/members/${helperId}/reset-second-factor`);
    expect(reset.status).toBe(204);
    expect((await helper.get('/api/auth/security')).json()).toMatchObject({ totp: false, recoveryCodesLeft: 0 });
    const [row] = await sql<{ actorId: string; organizationId: string }>(
      kit.db.url,
      `SELECT "actorId", "organizationId" FROM "audit_log" WHERE action = 'auth.second_factor_reset' AND "targetId" = $1::text`,
      [helperId],
    );
    expect(row).toEqual({ actorId: admin.me?.user.id, organizationId: owner.organizationId });
    // Someone of another organization: 404.
    const stranger = await signUp(kit.app);
    expect((await admin.post(`/api/organization/members/${stranger.me?.user.id}/reset-second-factor`)).status).toBe(
      404,
    );
    // The helper signs in with the password alone again.
    expect((await new TestBrowser(kit.app).login(helper.me?.user.email ?? '', TEST_PASSWORD)).status).toBe(200);
  });
});
