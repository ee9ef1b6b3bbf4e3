import { signUp, TEST_PASSWORD, TestUser, uniqueEmail, useTestApp } from '../testing/kit';
import { sha256 } from './tokens';

jest.setTimeout(60_000);

describe('sessions: idle and absolute timeouts, revocation, new token on privilege change', () => {
  const kit = useTestApp({ env: { SESSION_IDLE_MINUTES: '30', SESSION_ABSOLUTE_HOURS: '2' }, sql: true });

  const session = async (user: TestUser) =>
    (
      await kit.sql.query<{ id: string; lastSeenAt: Date; expiresAt: Date; createdAt: Date; revokedAt: Date | null }>(
        `SELECT id, "lastSeenAt", "expiresAt", "createdAt", "revokedAt" FROM "session" WHERE "tokenHash" = $1`,
        [sha256(user.cookie ?? '')],
      )
    ).rows[0];

  it('ends a session unused for SESSION_IDLE_MINUTES, and clears the cookie', async () => {
    const user = await signUp(kit.app);
    const row = await session(user);
    await kit.sql.query(`UPDATE "session" SET "lastSeenAt" = now() - interval '31 minutes' WHERE id = $1`, [row?.id]);
    const reply = await user.get('/api/auth/me');
    expect(reply.status).toBe(401);
    expect(String(reply.headers['set-cookie'])).toMatch(/waiji_session=;.*Max-Age=0/);
  });

  it('keeps a session used within the idle limit alive and moves its idle clock forward', async () => {
    const user = await signUp(kit.app);
    const row = await session(user);
    await kit.sql.query(`UPDATE "session" SET "lastSeenAt" = now() - interval '29 minutes' WHERE id = $1`, [row?.id]);
    expect((await user.get('/api/auth/me')).status).toBe(200);
    const after = await session(user);
    expect(Date.now() - (after?.lastSeenAt.getTime() ?? 0)).toBeLessThan(60_000);
  });

  it('ends a session SESSION_ABSOLUTE_HOURS after sign-in however active it is', async () => {
    const user = await signUp(kit.app);
    const row = await session(user);
    expect(((row?.expiresAt.getTime() ?? 0) - (row?.createdAt.getTime() ?? 0)) / 3_600_000).toBeCloseTo(2, 1);
    await kit.sql.query(
      `UPDATE "session" SET "expiresAt" = now() - interval '1 second', "lastSeenAt" = now() WHERE id = $1`,
      [row?.id],
    );
    expect((await user.get('/api/auth/me')).status).toBe(401);
  });

  it('refuses a revoked session at once', async () => {
    const user = await signUp(kit.app);
    expect((await user.get('/api/organization')).status).toBe(200);
    await kit.sql.query(`UPDATE "session" SET "revokedAt" = now() WHERE id = $1`, [(await session(user))?.id]);
    expect((await user.get('/api/organization')).status).toBe(401);
    expect((await user.post('/api/auth/logout-everywhere')).status).toBe(401);
  });

  it('issues a new token when switching organization, and the old one stops working', async () => {
    const user = await signUp(kit.app);
    const other = await signUp(kit.app);
    // Put `user` into a second organization directly, then switch.
    await kit.sql.query(
      `INSERT INTO "membership" ("organizationId", "userId", role, "updatedAt") VALUES ($1, $2, 'VIEWER', now())`,
      [other.organizationId, user.me?.user.id],
    );
    const before = user.cookie;
    const switched = await user.post('/api/auth/switch-organization', { organizationId: other.organizationId });
    expect(switched.status).toBe(200);
    expect(user.me).toMatchObject({ role: 'VIEWER', organization: { id: other.organizationId } });
    expect(user.cookie).not.toBe(before);
    const stale = new TestUser(kit.app);
    stale.cookie = before;
    expect((await stale.get('/api/auth/me')).status).toBe(401);
    // An organization the user does not belong to answers 404, and the session stays as it was.
    expect(
      (await user.post('/api/auth/switch-organization', { organizationId: '00000000-0000-4000-8000-00000000abcd' }))
        .status,
    ).toBe(404);
    expect((await user.get('/api/auth/me')).status).toBe(200);
  });

  it('marks the cookie Secure when COOKIE_SECURE is on (the production default)', async () => {
    await kit.withApp({ COOKIE_SECURE: 'true' }, async (secureApp) => {
      const email = uniqueEmail('secure');
      await signUp(secureApp, { email, kind: 'PERSONAL', verified: true });
      const response = await secureApp.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ email, password: TEST_PASSWORD }),
      });
      expect(response.cookies.find((c) => c.name === 'waiji_session')).toMatchObject({
        secure: true,
        httpOnly: true,
        sameSite: 'Lax',
      });
    });
  });
});
