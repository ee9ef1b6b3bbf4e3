import { createHash } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ApiToken, ApiTokenList, CreatedApiToken } from '@waiji/contract';
import { addMember, createClientAndCase, signUp, sql, type TestUser, useTestApp } from '../testing/kit';

jest.setTimeout(90_000);

type Answer = {
  status: number;
  body: { error?: { code: string; details?: { reason?: string } } } & Record<string, unknown>;
};

/** A request the way a script sends it: the bearer token only, no cookie, no CSRF header. */
async function withBearer(
  app: NestFastifyApplication,
  token: string,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await app.inject({
    method,
    url,
    payload: payload === undefined ? undefined : JSON.stringify(payload),
    headers: {
      authorization: `Bearer ${token}`,
      ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
  });
  return { status: response.statusCode, body: response.body ? (JSON.parse(response.body) as Answer['body']) : {} };
}

async function makeToken(user: TestUser, body: Record<string, unknown>): Promise<CreatedApiToken> {
  const response = await user.post('/api/integrations/tokens', { name: 'script', ...body });
  if (response.status !== 201) throw new Error(`token: ${response.status} ${response.text}`);
  return response.json<CreatedApiToken>();
}

describe('API tokens: bearer authentication with scopes, expiry, revocation and last use', () => {
  const kit = useTestApp();
  let owner: TestUser;
  let other: TestUser;

  beforeAll(async () => {
    owner = await signUp(kit.app);
    other = await signUp(kit.app);
  });

  it('is shown once, stored as its sha256 only, recognisable by its prefix, and audited', async () => {
    const created = await makeToken(owner, { scopes: ['cases:read'], expiresInDays: 30 });
    expect(created.token).toMatch(/^wj_[A-Za-z0-9_-]{43}$/);
    expect(created.item.prefix).toBe(created.token.slice(0, 11));
    expect(created.item.kind).toBe('PERSONAL');
    const rows = await sql<{ tokenHash: string; expiresAt: Date }>(
      kit.db.url,
      `SELECT "tokenHash", "expiresAt" FROM "api_token" WHERE id = $1`,
      [created.item.id],
    );
    expect(rows[0]?.tokenHash).toBe(createHash('sha256').update(created.token).digest('hex'));
    const days = ((rows[0]?.expiresAt.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);
    const stored = await sql(kit.db.url, `SELECT * FROM "api_token" WHERE "tokenHash" = $1 OR name = $1`, [
      created.token,
    ]);
    expect(stored).toHaveLength(0);
    // The list never carries the secret.
    const list = (await owner.get('/api/integrations/tokens')).json<ApiTokenList>();
    expect(JSON.stringify(list)).not.toContain(created.token);
    expect(list.items.some((item) => item.id === created.item.id)).toBe(true);
    const audit = await sql<{ action: string }>(kit.db.url, `SELECT action FROM "audit_log" WHERE "targetId" = $1`, [
      created.item.id,
    ]);
    expect(audit.map((row) => row.action)).toEqual(['api_token.created']);
  });

  it('reads with cases:read, and refuses every write with 403 TOKEN_SCOPE', async () => {
    const { caseId } = await createClientAndCase(owner);
    const { token } = await makeToken(owner, { scopes: ['cases:read'] });
    const read = await withBearer(kit.app, token, 'GET', `/api/cases/${caseId}`);
    expect(read.status).toBe(200);
    expect(read.body['id']).toBe(caseId);
    const write = await withBearer(kit.app, token, 'POST', '/api/clients', { passportName: 'READ ONLY' });
    expect(write.status).toBe(403);
    expect(write.body.error?.details?.reason).toBe('TOKEN_SCOPE');
    // Even a write a viewer may make (their own saved views) is refused to a read-only token.
    const view = await withBearer(kit.app, token, 'POST', '/api/saved-views', { name: 'x', filters: {} });
    expect(view.status).toBe(403);
    expect(view.body.error?.details?.reason).toBe('TOKEN_SCOPE');
  });

  it('writes with cases:write without any CSRF token, acting as its user', async () => {
    const { token } = await makeToken(owner, { scopes: ['cases:read', 'cases:write'] });
    const client = await withBearer(kit.app, token, 'POST', '/api/clients', { passportName: 'BEARER CLIENT' });
    expect(client.status).toBe(201);
    const kase = await withBearer(kit.app, token, 'POST', '/api/cases', {
      clientId: client.body['id'],
      type: 'BANK_CARD_VERIFICATION',
    });
    expect(kase.status).toBe(201);
    const moved = await withBearer(kit.app, token, 'POST', `/api/cases/${String(kase.body['id'])}/transitions`, {
      action: 'submit',
      version: kase.body['version'],
      payload: { bank: 'BOC', cardLast4: '4321' },
    });
    expect(moved.status).toBe(200);
    const actor = await sql<{ actorId: string }>(
      kit.db.url,
      `SELECT "actorId" FROM "case_event" WHERE "caseId" = $1 AND "versionAfter" = 1`,
      [kase.body['id']],
    );
    expect(actor[0]?.actorId).toBe(owner.me?.user.id);
    // An admin route is beyond cases:write (HELPER).
    const admin = await withBearer(kit.app, token, 'GET', '/api/admin/outbox');
    expect(admin.status).toBe(403);
    expect(admin.body.error?.details?.reason).toBe('TOKEN_SCOPE');
  });

  it('the admin scope reaches admin routes; a helper cannot grant it, a viewer cannot grant cases:write', async () => {
    const { token } = await makeToken(owner, { scopes: ['admin'] });
    expect((await withBearer(kit.app, token, 'GET', '/api/admin/outbox')).status).toBe(200);
    const helper = await addMember(kit, owner, 'HELPER');
    const refused = await helper.post('/api/integrations/tokens', { name: 'x', scopes: ['admin'] });
    expect(refused.status).toBe(403);
    const orgToken = await helper.post('/api/integrations/tokens', {
      name: 'x',
      kind: 'ORGANIZATION',
      scopes: ['cases:read'],
    });
    expect(orgToken.status).toBe(403);
    const viewer = await addMember(kit, owner, 'VIEWER');
    expect((await viewer.post('/api/integrations/tokens', { name: 'x', scopes: ['cases:write'] })).status).toBe(403);
    const viewerToken = await makeToken(viewer, { scopes: ['cases:read'] });
    expect((await withBearer(kit.app, viewerToken.token, 'GET', '/api/cases')).status).toBe(200);
  });

  it("a personal token is capped by its user's current role and ends with the membership", async () => {
    const helper = await addMember(kit, owner, 'HELPER');
    const { token } = await makeToken(helper, { scopes: ['cases:read', 'cases:write'] });
    expect((await withBearer(kit.app, token, 'POST', '/api/clients', { passportName: 'BY HELPER' })).status).toBe(201);
    await sql(kit.db.url, `UPDATE "membership" SET role = 'VIEWER' WHERE "userId" = $1 AND "organizationId" = $2`, [
      helper.me?.user.id,
      owner.organizationId,
    ]);
    const demoted = await withBearer(kit.app, token, 'POST', '/api/clients', { passportName: 'BY VIEWER' });
    expect(demoted.status).toBe(403);
    expect(demoted.body.error?.details?.reason).toBe('ROLE');
    await sql(kit.db.url, `DELETE FROM "membership" WHERE "userId" = $1 AND "organizationId" = $2`, [
      helper.me?.user.id,
      owner.organizationId,
    ]);
    const gone = await withBearer(kit.app, token, 'GET', '/api/cases');
    expect(gone.status).toBe(401);
    expect(gone.body.error?.details?.reason).toBe('TOKEN_INVALID');
  });

  it('an organization token acts with its scopes whatever its maker does later', async () => {
    const admin = await addMember(kit, owner, 'ADMIN');
    const created = await makeToken(admin, { kind: 'ORGANIZATION', scopes: ['cases:write'] });
    expect(created.item.kind).toBe('ORGANIZATION');
    await sql(kit.db.url, `DELETE FROM "membership" WHERE "userId" = $1 AND "organizationId" = $2`, [
      admin.me?.user.id,
      owner.organizationId,
    ]);
    expect((await withBearer(kit.app, created.token, 'POST', '/api/clients', { passportName: 'ORG' })).status).toBe(
      201,
    );
    // The owner sees it (admins see every token) and can revoke it.
    const list = (await owner.get('/api/integrations/tokens')).json<ApiTokenList>();
    expect(list.items.find((item) => item.id === created.item.id)?.kind).toBe('ORGANIZATION');
    expect((await owner.post(`/api/integrations/tokens/${created.item.id}/revoke`)).status).toBe(200);
    expect((await withBearer(kit.app, created.token, 'GET', '/api/cases')).status).toBe(401);
  });

  it('refuses an expired, a revoked and an unknown token with 401', async () => {
    const expired = await makeToken(owner, { scopes: ['cases:read'], expiresInDays: 1 });
    expect((await withBearer(kit.app, expired.token, 'GET', '/api/cases')).status).toBe(200);
    await sql(kit.db.url, `UPDATE "api_token" SET "expiresAt" = now() - interval '1 second' WHERE id = $1`, [
      expired.item.id,
    ]);
    const late = await withBearer(kit.app, expired.token, 'GET', '/api/cases');
    expect(late.status).toBe(401);
    expect(late.body.error?.code).toBe('UNAUTHENTICATED');

    const revoked = await makeToken(owner, { scopes: ['cases:read'], expiresInDays: null });
    expect(revoked.item.expiresAt).toBeNull();
    const answer = await owner.post(`/api/integrations/tokens/${revoked.item.id}/revoke`);
    expect(answer.status).toBe(200);
    expect(answer.json<ApiToken>().revokedAt).not.toBeNull();
    expect((await withBearer(kit.app, revoked.token, 'GET', '/api/cases')).status).toBe(401);
    const audit = await sql<{ action: string }>(
      kit.db.url,
      `SELECT action FROM "audit_log" WHERE "targetId" = $1 ORDER BY at`,
      [revoked.item.id],
    );
    expect(audit.map((row) => row.action)).toEqual(['api_token.created', 'api_token.revoked']);

    const unknown = await withBearer(kit.app, `wj_${'A'.repeat(43)}`, 'GET', '/api/cases');
    expect(unknown.status).toBe(401);
    expect(unknown.body.error?.details?.reason).toBe('TOKEN_INVALID');
    expect((await withBearer(kit.app, 'not-a-token', 'GET', '/api/cases')).status).toBe(401);
  });

  it('records the last use at most once a minute', async () => {
    const created = await makeToken(owner, { scopes: ['cases:read'] });
    expect(created.item.lastUsedAt).toBeNull();
    const lastUsed = async () =>
      (
        await sql<{ lastUsedAt: Date | null }>(kit.db.url, `SELECT "lastUsedAt" FROM "api_token" WHERE id = $1`, [
          created.item.id,
        ])
      )[0]?.lastUsedAt ?? null;
    await withBearer(kit.app, created.token, 'GET', '/api/cases');
    const first = await lastUsed();
    expect(first).not.toBeNull();
    await withBearer(kit.app, created.token, 'GET', '/api/cases');
    expect((await lastUsed())?.getTime()).toBe(first?.getTime());
    await sql(kit.db.url, `UPDATE "api_token" SET "lastUsedAt" = now() - interval '2 minutes' WHERE id = $1`, [
      created.item.id,
    ]);
    const before = Date.now() - 5_000;
    await withBearer(kit.app, created.token, 'GET', '/api/cases');
    expect((await lastUsed())?.getTime()).toBeGreaterThan(before);
  });

  it("answers 404 for another organization's case, and sees only its own organization's list", async () => {
    const foreign = await createClientAndCase(other);
    const { token } = await makeToken(owner, { scopes: ['cases:read', 'cases:write'] });
    const read = await withBearer(kit.app, token, 'GET', `/api/cases/${foreign.caseId}`);
    expect(read.status).toBe(404);
    const write = await withBearer(kit.app, token, 'POST', `/api/cases/${foreign.caseId}/transitions`, {
      action: 'approve',
      version: foreign.version,
    });
    expect(write.status).toBe(404);
    const list = await withBearer(kit.app, token, 'GET', '/api/cases?limit=200');
    const ids = (list.body['items'] as { id: string }[]).map((item) => item.id);
    expect(ids).not.toContain(foreign.caseId);
  });

  it('cannot manage accounts, sessions or tokens; with a cookie too, the bearer decides', async () => {
    const { token } = await makeToken(owner, { scopes: ['admin'] });
    expect((await withBearer(kit.app, token, 'GET', '/api/cases')).status).toBe(200);
    const me = await withBearer(kit.app, token, 'GET', '/api/auth/me');
    expect(me.status).toBe(403);
    expect(me.body.error?.details?.reason).toBe('TOKEN_NOT_ALLOWED');
    const logout = await withBearer(kit.app, token, 'POST', '/api/auth/logout-everywhere', {});
    expect(logout.status).toBe(403);
    expect(logout.body.error?.details?.reason).toBe('TOKEN_NOT_ALLOWED');
    const mint = await withBearer(kit.app, token, 'POST', '/api/integrations/tokens', {
      name: 'x',
      scopes: ['cases:read'],
    });
    expect(mint.status).toBe(403);
    expect(mint.body.error?.details?.reason).toBe('TOKEN_NOT_ALLOWED');
    // The owner's cookie and CSRF token would allow this write; the read-only bearer sent with them does not.
    const readOnly = await makeToken(owner, { scopes: ['cases:read'] });
    const both = await owner.request(
      'POST',
      '/api/clients',
      { passportName: 'COOKIE AND BEARER' },
      { authorization: `Bearer ${readOnly.token}` },
    );
    expect(both.status).toBe(403);
    expect(both.json<{ error: { details: { reason: string } } }>().error.details.reason).toBe('TOKEN_SCOPE');
  });

  it('a member revokes only their own tokens; an admin any of the organization', async () => {
    const helper = await addMember(kit, owner, 'HELPER');
    const mine = await makeToken(owner, { scopes: ['cases:read'] });
    expect((await helper.post(`/api/integrations/tokens/${mine.item.id}/revoke`)).status).toBe(404);
    const theirs = await makeToken(helper, { scopes: ['cases:read'] });
    const helperList = (await helper.get('/api/integrations/tokens')).json<ApiTokenList>();
    expect(helperList.items.map((item) => item.id)).toEqual([theirs.item.id]);
    expect((await owner.post(`/api/integrations/tokens/${theirs.item.id}/revoke`)).status).toBe(200);
    expect((await other.post(`/api/integrations/tokens/${mine.item.id}/revoke`)).status).toBe(404);
  });
});
