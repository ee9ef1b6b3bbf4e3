import { signUp, TEST_PASSWORD, TestUser, uniqueEmail, useTestApp } from '../testing/kit';

describe('auth: sign-up, sessions, CSRF, throttling', () => {
  const kit = useTestApp({ env: { LOGIN_FAILURES_PER_HOUR: '5' }, sql: true });

  it.each(['AGENCY', 'UNIVERSITY', 'PERSONAL'] as const)(
    'signs up a %s owner who signs in once the emailed link confirms the address',
    async (kind) => {
      const user = await signUp(kit.app, { kind, verified: true });
      const me = await user.get('/api/auth/me');
      expect(me.status).toBe(200);
      expect(me.json()).toMatchObject({ role: 'OWNER', organization: { kind } });
    },
  );

  it('sets an HttpOnly, SameSite=Lax session cookie with a 256-bit token, stored only as a hash', async () => {
    const email = uniqueEmail();
    await signUp(kit.app, { email, kind: 'PERSONAL', verified: true });
    const response = await kit.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    const cookie = response.cookies.find((c) => c.name === 'waiji_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(Buffer.from(cookie?.value ?? '', 'base64url').length).toBeGreaterThanOrEqual(16);
    const rows = await kit.sql.query(
      'SELECT "tokenHash" FROM "session" s JOIN "user" u ON u.id = s."userId" WHERE u.email = $1',
      [email],
    );
    for (const row of rows.rows) {
      expect(row.tokenHash).not.toContain(cookie?.value);
      expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('refuses bad input at sign-up with 400 naming the field', async () => {
    const short = await new TestUser(kit.app).post('/api/auth/signup', {
      email: uniqueEmail(),
      password: 'short',
      displayName: 'Y',
      kind: 'PERSONAL',
    });
    expect(short.status).toBe(400);
    expect(short.json<{ error: { message: string } }>().error.message).toContain('password');
    const unknown = await new TestUser(kit.app).post('/api/auth/signup', {
      email: uniqueEmail(),
      password: TEST_PASSWORD,
      displayName: 'Y',
      kind: 'PERSONAL',
      isAdmin: true,
    });
    expect(unknown.status).toBe(400);
    const agencyWithoutName = await new TestUser(kit.app).post('/api/auth/signup', {
      email: uniqueEmail(),
      password: TEST_PASSWORD,
      displayName: 'Y',
      kind: 'AGENCY',
    });
    expect(agencyWithoutName.status).toBe(400);
    expect(agencyWithoutName.json<{ error: { message: string } }>().error.message).toContain('organizationName');
  });

  it('logs in with a fresh token (no session fixation) and logs out', async () => {
    const email = uniqueEmail();
    const first = await signUp(kit.app, { email });
    const oldCookie = first.cookie;
    const second = new TestUser(kit.app);
    second.cookie = oldCookie; // an attacker-planted or stale token
    const login = await second.post('/api/auth/login', { email, password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    expect(second.cookie).toBeDefined();
    expect(second.cookie).not.toBe(oldCookie);
    const stale = await first.get('/api/auth/me');
    expect(stale.status).toBe(401);
    expect((await second.post('/api/auth/logout')).status).toBe(204);
    second.cookie = login.headers['set-cookie'] ? second.cookie : second.cookie;
    const after = await new TestUser(kit.app).request('GET', '/api/auth/me', undefined, {
      cookie: `waiji_session=${oldCookie}`,
    });
    expect(after.status).toBe(401);
  });

  it('rejects a revoked session after sign-out everywhere', async () => {
    const email = uniqueEmail();
    const a = await signUp(kit.app, { email });
    const b = new TestUser(kit.app);
    await b.post('/api/auth/login', { email, password: TEST_PASSWORD });
    expect((await a.post('/api/auth/logout-everywhere')).json()).toMatchObject({ revoked: 2 });
    expect((await b.get('/api/auth/me')).status).toBe(401);
  });

  it('requires the CSRF token on state-changing requests', async () => {
    const user = await signUp(kit.app);
    const csrf = user.csrf;
    user.csrf = undefined;
    expect((await user.post('/api/auth/logout-everywhere')).status).toBe(403);
    user.csrf = 'wrong-token';
    const wrong = await user.post('/api/auth/logout-everywhere');
    expect(wrong.status).toBe(403);
    expect(wrong.json()).toMatchObject({ error: { code: 'FORBIDDEN', details: { reason: 'CSRF' } } });
    user.csrf = csrf;
    expect((await user.post('/api/auth/logout-everywhere')).status).toBe(200);
  });

  it('answers a wrong password with 401 and throttles with 429 + Retry-After after the limit', async () => {
    const email = uniqueEmail();
    await signUp(kit.app, { email });
    const caller = new TestUser(kit.app);
    for (let i = 0; i < 5; i += 1) {
      expect((await caller.post('/api/auth/login', { email, password: 'wrong-password-123' })).status).toBe(401);
    }
    const throttled = await caller.post('/api/auth/login', { email, password: TEST_PASSWORD });
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('audits failed logins', async () => {
    const email = uniqueEmail();
    await signUp(kit.app, { email });
    await new TestUser(kit.app).post('/api/auth/login', { email, password: 'wrong-password-123' });
    const rows = await kit.sql.query(
      `SELECT action FROM "audit_log" WHERE action = 'auth.login_failed' AND data->>'email' = $1`,
      [email],
    );
    expect(rows.rowCount).toBe(1);
  });

  it('answers 401 without a session', async () => {
    expect((await new TestUser(kit.app).get('/api/auth/me')).status).toBe(401);
  });
});
