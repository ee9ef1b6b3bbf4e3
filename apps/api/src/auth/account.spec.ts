import { mailTo, signUp, TEST_PASSWORD, TestUser, tokenFromMail, uniqueEmail, useTestApp } from '../testing/kit';

jest.setTimeout(60_000);

const PUBLIC_URL = 'https://waiji.example';
const NEW_PASSWORD = 'another-long-password-77';

describe('account links: password reset and email verification (through the in-process SMTP server)', () => {
  const kit = useTestApp({ env: { PUBLIC_URL }, sql: true });

  describe('email verification', () => {
    it('mails a link to PUBLIC_URL/verify-email at sign-up; the account signs in only once the link confirmed it; the link works once', async () => {
      const email = uniqueEmail('verify');
      const signup = await new TestUser(kit.app).post('/api/auth/signup', {
        email,
        password: TEST_PASSWORD,
        displayName: 'V',
        kind: 'PERSONAL',
      });
      expect(signup.status).toBe(202);
      expect(signup.headers['set-cookie']).toBeUndefined();
      const [mail] = await mailTo(kit.app, email);
      expect(mail?.subject).toBe('Confirm your email address');
      expect(mail?.raw.replace(/=\r?\n/g, '')).toContain(`${PUBLIC_URL}/verify-email?token=3D`);
      const token = await tokenFromMail(kit.app, email, '/verify-email');
      expect(token.length).toBeGreaterThanOrEqual(43);
      // Before the link: the right password answers like a wrong one, and a fresh link is mailed.
      const early = await new TestUser(kit.app).post('/api/auth/login', { email, password: TEST_PASSWORD });
      expect(early.status).toBe(401);
      expect(early.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED', message: 'Wrong email or password' } });
      expect(await mailTo(kit.app, email)).toHaveLength(2);

      expect((await new TestUser(kit.app).post('/api/auth/verify-email', { token })).status).toBe(204);
      const user = new TestUser(kit.app);
      expect((await user.post('/api/auth/login', { email, password: TEST_PASSWORD })).status).toBe(200);
      expect(user.me?.user.emailVerified).toBe(true);
      const again = await new TestUser(kit.app).post('/api/auth/verify-email', { token });
      expect(again.status).toBe(400);
      expect(again.json()).toMatchObject({ error: { code: 'BAD_REQUEST', details: { field: 'token' } } });
    });

    it('resends a fresh link to a signed-in unverified user, and refuses once verified', async () => {
      const email = uniqueEmail('resend');
      const user = await signUp(kit.app, { email, verified: false });
      const first = await tokenFromMail(kit.app, email, '/verify-email');
      const before = (await mailTo(kit.app, email)).length;
      const resent = await user.post('/api/auth/verify-email/resend');
      expect(resent.status).toBe(202);
      const second = await tokenFromMail(kit.app, email, '/verify-email');
      expect(second).not.toBe(first);
      expect(await mailTo(kit.app, email)).toHaveLength(before + 1);
      expect((await new TestUser(kit.app).post('/api/auth/verify-email', { token: second })).status).toBe(204);
      expect((await user.post('/api/auth/verify-email/resend')).status).toBe(409);
      expect((await new TestUser(kit.app).post('/api/auth/verify-email/resend')).status).toBe(401);
    });

    it('refuses an unknown or malformed token, and a reset token used as a verification token', async () => {
      expect((await new TestUser(kit.app).post('/api/auth/verify-email', { token: 'A'.repeat(43) })).status).toBe(400);
      const malformed = await new TestUser(kit.app).post('/api/auth/verify-email', { token: 'not a token!' });
      expect(malformed.status).toBe(400);
      expect(malformed.json<{ error: { message: string } }>().error.message).toContain('token');
      const email = uniqueEmail('purpose');
      await signUp(kit.app, { email });
      await new TestUser(kit.app).post('/api/auth/password-reset/request', { email });
      const resetToken = await tokenFromMail(kit.app, email, '/reset-password');
      expect((await new TestUser(kit.app).post('/api/auth/verify-email', { token: resetToken })).status).toBe(400);
    });
  });

  describe('password reset', () => {
    it('resets by the mailed single-use link, ends every session, and the new password works', async () => {
      const email = uniqueEmail('reset');
      const user = await signUp(kit.app, { email });
      const requested = await new TestUser(kit.app).post('/api/auth/password-reset/request', {
        email: email.toUpperCase(),
      });
      expect(requested.status).toBe(202);
      const mails = (await mailTo(kit.app, email)).filter((m) => m.subject === 'Reset your Waiji password');
      expect(mails).toHaveLength(1);
      expect(mails[0]?.raw.replace(/=\r?\n/g, '')).toContain(`${PUBLIC_URL}/reset-password?token=3D`);
      const token = await tokenFromMail(kit.app, email, '/reset-password');

      const common = await new TestUser(kit.app).post('/api/auth/password-reset/confirm', {
        token,
        password: 'password1234',
      });
      expect(common.status).toBe(400);
      expect(common.json<{ error: { message: string } }>().error.message).toContain('password');

      expect(
        (await new TestUser(kit.app).post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD }))
          .status,
      ).toBe(204);
      expect((await user.get('/api/auth/me')).status).toBe(401);
      expect((await new TestUser(kit.app).post('/api/auth/login', { email, password: TEST_PASSWORD })).status).toBe(
        401,
      );
      const fresh = new TestUser(kit.app);
      expect((await fresh.post('/api/auth/login', { email, password: NEW_PASSWORD })).status).toBe(200);
      // The link proved the mailbox.
      expect(fresh.me?.user.emailVerified).toBe(true);

      const reused = await new TestUser(kit.app).post('/api/auth/password-reset/confirm', {
        token,
        password: 'yet-another-password-99',
      });
      expect(reused.status).toBe(400);
      expect(reused.json()).toMatchObject({ error: { details: { field: 'token' } } });
    });

    it('answers the same for an unknown address, and mails nothing', async () => {
      const known = uniqueEmail('known');
      await signUp(kit.app, { email: known });
      const unknown = uniqueEmail('nobody');
      const a = await new TestUser(kit.app).post('/api/auth/password-reset/request', { email: known });
      const b = await new TestUser(kit.app).post('/api/auth/password-reset/request', { email: unknown });
      expect(a.status).toBe(202);
      expect(b.status).toBe(a.status);
      expect(b.text).toBe(a.text);
      expect(await mailTo(kit.app, unknown)).toHaveLength(0);
    });

    it('refuses an expired link', async () => {
      const email = uniqueEmail('expired');
      await signUp(kit.app, { email });
      await new TestUser(kit.app).post('/api/auth/password-reset/request', { email });
      const token = await tokenFromMail(kit.app, email, '/reset-password');
      await kit.sql.query(
        `UPDATE "email_token" SET "expiresAt" = now() - interval '1 second' WHERE purpose = 'RESET_PASSWORD' AND "userId" = (SELECT id FROM "user" WHERE email = $1)`,
        [email],
      );
      expect(
        (await new TestUser(kit.app).post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD }))
          .status,
      ).toBe(400);
      expect((await new TestUser(kit.app).post('/api/auth/login', { email, password: TEST_PASSWORD })).status).toBe(
        200,
      );
    });

    it('keeps the reset link valid for PASSWORD_RESET_MINUTES (default 60) and stores only its hash', async () => {
      const email = uniqueEmail('ttl');
      await signUp(kit.app, { email });
      await new TestUser(kit.app).post('/api/auth/password-reset/request', { email });
      const token = await tokenFromMail(kit.app, email, '/reset-password');
      const rows = await kit.sql.query<{ tokenHash: string; minutes: number }>(
        `SELECT "tokenHash", EXTRACT(EPOCH FROM ("expiresAt" - "createdAt")) / 60 AS minutes FROM "email_token"
         WHERE purpose = 'RESET_PASSWORD' AND "userId" = (SELECT id FROM "user" WHERE email = $1)`,
        [email],
      );
      expect(rows.rows).toHaveLength(1);
      expect(Number(rows.rows[0]?.minutes)).toBeCloseTo(60, 0);
      expect(rows.rows[0]?.tokenHash).not.toContain(token);
    });
  });

  describe('passwords', () => {
    it.each([
      ['too short', 'short-pw1', 'at least 10'],
      ['common', 'qwertyuiop', 'common'],
      ['common in another case', 'Password123', 'common'],
    ])('refuses a %s password at sign-up, naming the field', async (_label, password, reason) => {
      const response = await new TestUser(kit.app).post('/api/auth/signup', {
        email: uniqueEmail(),
        password,
        displayName: 'P',
        kind: 'PERSONAL',
      });
      expect(response.status).toBe(400);
      const body = response.json<{
        error: { message: string; details: { issues: { field: string; message: string }[] } };
      }>();
      expect(body.error.message).toContain('password');
      expect(body.error.details.issues.find((issue) => issue.field === 'password')?.message).toContain(reason);
    });

    it('stores argon2id hashes with at least the OWASP parameters', async () => {
      const email = uniqueEmail('argon');
      await signUp(kit.app, { email });
      const row = await kit.sql.query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "user" WHERE email = $1`, [
        email,
      ]);
      const hash = row.rows[0]?.passwordHash ?? '';
      expect(hash).toMatch(/^\$argon2id\$v=19\$/);
      expect(Number(/m=(\d+)/.exec(hash)?.[1])).toBeGreaterThanOrEqual(19_456);
      expect(Number(/t=(\d+)/.exec(hash)?.[1])).toBeGreaterThanOrEqual(2);
      expect(Number(/p=(\d+)/.exec(hash)?.[1])).toBeGreaterThanOrEqual(1);
    });
  });
});

describe('throttling of reset and sign-up', () => {
  const kit = useTestApp();

  it('throttles reset requests per account (10 an hour) with 429 + Retry-After, the same for an unknown address', async () => {
    const known = uniqueEmail('throttle-known');
    await signUp(kit.app, { email: known });
    for (const email of [known, uniqueEmail('throttle-unknown')]) {
      for (let i = 0; i < 10; i += 1)
        expect((await new TestUser(kit.app).post('/api/auth/password-reset/request', { email })).status).toBe(202);
      const throttled = await new TestUser(kit.app).post('/api/auth/password-reset/request', { email });
      expect(throttled.status).toBe(429);
      expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect((await mailTo(kit.app, known)).filter((m) => m.subject.startsWith('Reset'))).toHaveLength(10);
  });

  it('throttles repeated sign-ups per address (10 an hour) with 429 + Retry-After, the same for a taken and a new address', async () => {
    const taken = uniqueEmail('dupe');
    await signUp(kit.app, { email: taken });
    for (const email of [taken, uniqueEmail('fresh')]) {
      // The taken address's own sign-up counted already.
      for (let i = email === taken ? 1 : 0; i < 10; i += 1) {
        expect(
          (
            await new TestUser(kit.app).post('/api/auth/signup', {
              email,
              password: TEST_PASSWORD,
              displayName: 'D',
              kind: 'PERSONAL',
            })
          ).status,
        ).toBe(202);
      }
      const throttled = await new TestUser(kit.app).post('/api/auth/signup', {
        email,
        password: TEST_PASSWORD,
        displayName: 'D',
        kind: 'PERSONAL',
      });
      expect(throttled.status).toBe(429);
      expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it('throttles guessing at reset tokens per IP', async () => {
    // Earlier requests from this IP (the reset requests above) count too: the IP limit is 30 an hour.
    let status = 0;
    for (let i = 0; i < 31 && status !== 429; i += 1) {
      status = (
        await new TestUser(kit.app).post('/api/auth/password-reset/confirm', {
          token: `guess${'x'.repeat(40)}${i}`,
          password: NEW_PASSWORD,
        })
      ).status;
      expect([400, 429]).toContain(status);
    }
    expect(status).toBe(429);
  });
});
