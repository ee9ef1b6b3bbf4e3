import type { ChangePasswordResponse, MeResponse } from '@waiji/contract';
import { mailTo, signUp, TEST_PASSWORD, TestUser, useTestApp } from '../testing/kit';

jest.setTimeout(120_000);

const NEW_PASSWORD = 'a-brand-new-passphrase-77';

describe('a signed-in person changes their own account (POST /auth/password, PATCH /auth/profile)', () => {
  const kit = useTestApp({ sql: true });

  const audit = async (userId: string | undefined, action: string) =>
    (
      await kit.sql.query<{ data: Record<string, unknown> }>(
        `SELECT data FROM "audit_log" WHERE "actorId" = $1 AND action = $2 ORDER BY at`,
        [userId, action],
      )
    ).rows;

  describe('password', () => {
    it('changes it with the current one, ends every other session (not this one), audits it and tells the owner', async () => {
      const user = await signUp(kit.app, { kind: 'PERSONAL' });
      const email = user.me?.user.email ?? '';
      const elsewhere = new TestUser(kit.app);
      expect((await elsewhere.post('/api/auth/login', { email, password: TEST_PASSWORD })).status).toBe(200);

      const changed = await user.post('/api/auth/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(changed.status).toBe(200);
      expect(changed.json<ChangePasswordResponse>()).toEqual({ sessionsEnded: 1 });

      expect((await user.get('/api/auth/me')).status).toBe(200);
      expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
      expect((await new TestUser(kit.app).post('/api/auth/login', { email, password: TEST_PASSWORD })).status).toBe(
        401,
      );
      expect((await new TestUser(kit.app).post('/api/auth/login', { email, password: NEW_PASSWORD })).status).toBe(200);
      expect(await audit(user.me?.user.id, 'auth.password_changed')).toEqual([{ data: { sessionsEnded: 1 } }]);
      const subjects = (await mailTo(kit.app, email)).map((mail) => mail.subject);
      expect(subjects).toContain('Your Waiji password was changed');
    });

    it('refuses a wrong current password as a failed sign-in: counted, audited, and throttled like a login', async () => {
      const user = await signUp(kit.app, { kind: 'PERSONAL' });
      const email = user.me?.user.email ?? '';
      const wrong = await user.post('/api/auth/password', {
        currentPassword: 'not-my-password-1',
        newPassword: NEW_PASSWORD,
      });
      expect(wrong.status).toBe(400);
      expect(wrong.json()).toMatchObject({
        error: { code: 'BAD_REQUEST', message: 'The current password is wrong', details: { field: 'currentPassword' } },
      });
      const failures = await kit.sql.query<{ data: Record<string, unknown> }>(
        `SELECT data FROM "audit_log" WHERE action = 'auth.login_failed' AND data->>'email' = $1`,
        [email],
      );
      expect(failures.rows).toEqual([{ data: { email, reason: 'password_change' } }]);

      // Five wrong answers from one address make that address wait, as five wrong sign-ins do: the right one too.
      for (let i = 2; i <= 5; i += 1) {
        const reply = await user.post('/api/auth/password', {
          currentPassword: `not-my-password-${i}`,
          newPassword: NEW_PASSWORD,
        });
        expect(reply.status).toBe(400);
      }
      const throttled = await user.post('/api/auth/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(throttled.status).toBe(429);
      expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
      expect(await audit(user.me?.user.id, 'auth.password_changed')).toEqual([]);
      // The password did not change.
      await kit.sql.query(`DELETE FROM "auth_attempt"`);
      expect((await new TestUser(kit.app).post('/api/auth/login', { email, password: TEST_PASSWORD })).status).toBe(
        200,
      );
    });

    it('checks the new password by the sign-up rule and refuses one equal to the current', async () => {
      const user = await signUp(kit.app, { kind: 'PERSONAL' });
      const same = await user.post('/api/auth/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: TEST_PASSWORD,
      });
      expect(same.status).toBe(400);
      expect(same.json()).toMatchObject({
        error: { code: 'BAD_REQUEST', message: 'The new password must differ from the current one' },
      });
      expect(same.json()).toMatchObject({ error: { details: { field: 'newPassword' } } });
      const short = await user.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
      expect(short.status).toBe(400);
      expect(short.text).toContain('at least 10 characters');
    });

    it('needs a session and its CSRF token', async () => {
      const anonymous = await new TestUser(kit.app).post('/api/auth/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(anonymous.status).toBe(401);
      const user = await signUp(kit.app);
      user.csrf = undefined;
      const forged = await user.post('/api/auth/password', {
        currentPassword: TEST_PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(forged.status).toBe(403);
    });
  });

  describe('profile', () => {
    it('changes the display name and the email language, answers the new session view and audits the field names', async () => {
      const user = await signUp(kit.app, { kind: 'PERSONAL' });
      const changed = await user.patch('/api/auth/profile', { displayName: 'Ana Lima', locale: 'zh' });
      expect(changed.status).toBe(200);
      expect(changed.json<MeResponse>().user).toMatchObject({ displayName: 'Ana Lima', locale: 'zh' });
      expect((await user.get('/api/auth/me')).json<MeResponse>().user.displayName).toBe('Ana Lima');
      expect(await audit(user.me?.user.id, 'auth.profile_updated')).toEqual([
        { data: { fields: ['displayName', 'locale'] } },
      ]);

      // The emails Waiji sends this person now come in Chinese.
      await user.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
      const subjects = (await mailTo(kit.app, user.me?.user.email ?? '')).map((mail) => mail.subject);
      expect(subjects).toContain('您的 Waiji 密码已更改');
    });

    it('refuses an empty change, a name with bidi controls and an unknown language', async () => {
      const user = await signUp(kit.app);
      expect((await user.patch('/api/auth/profile', {})).status).toBe(400);
      expect((await user.patch('/api/auth/profile', { displayName: 'Ana\u202eLima' })).status).toBe(400);
      expect((await user.patch('/api/auth/profile', { locale: 'tlh' })).status).toBe(400);
      expect((await new TestUser(kit.app).patch('/api/auth/profile', { displayName: 'X Y' })).status).toBe(401);
    });
  });
});
