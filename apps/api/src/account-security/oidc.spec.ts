import { createHash } from 'node:crypto';
import { CONFIG, type Config } from '../config/config';
import { TestBrowser } from '../testing/browser';
import { addMember, signUp, sql, type TestUser, useTestApp } from '../testing/kit';
import { startOidcProvider, type TestOidcProvider, throughProvider, visitCallback } from '../testing/oidc-provider';

// Single sign-on against a real OpenID provider (oidc-provider 9, its own process on a random port): the happy path
// with just-in-time membership, a wrong audience, an expired ID token, a replayed callback and nonce, and a person of
// a domain the organization does not allow.

const kit = useTestApp({ sql: true });
const CLIENT_ID = 'waiji-test';
const CLIENT_SECRET = 'a-client-secret-of-the-test-provider';
const ACCOUNTS = {
  alice: { email: 'alice@uni.test', name: 'Alice Student' },
  bob: { email: 'bob@elsewhere.test', name: 'Bob Elsewhere' },
  carol: { email: 'carol@uni.test', name: 'Carol Staff' },
  erin: { email: 'erin@uni.test', name: 'Erin Elsewhere' },
};

let provider: TestOidcProvider;
let owner: TestUser;
let organizationId: string;
let publicUrl: string;

beforeAll(async () => {
  publicUrl = kit.app.get<Config>(CONFIG).publicUrl;
  provider = await startOidcProvider({
    clients: [
      { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [`${publicUrl}/api/auth/sso/callback`] },
    ],
    accounts: ACCOUNTS,
  });
  owner = await signUp(kit.app, { kind: 'UNIVERSITY' });
  organizationId = owner.organizationId;
  const saved = await owner.put('/api/organization/sso', {
    enabled: true,
    issuer: provider.issuer,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    allowedDomains: ['uni.test'],
    defaultRole: 'HELPER',
    jitMembership: true,
  });
  if (saved.status !== 200) throw new Error(`saving SSO failed: ${saved.status} ${saved.text}`);
});

afterAll(() => {
  provider.stop();
});

/** The browser's way through: our start → the provider (which signs in whoever the test chose) → back to us. */
async function providerRedirect(browser: TestBrowser): Promise<string> {
  const url = await throughProvider(browser, provider, organizationId);
  expect(url.startsWith(`${publicUrl}/api/auth/sso/callback?`)).toBe(true);
  return url;
}

const callback = visitCallback;

describe('OpenID Connect sign-in', () => {
  it('signs a person of an allowed domain in, makes them a member (just in time) and links the identity', async () => {
    await provider.next('alice');
    const browser = new TestBrowser(kit.app);
    const back = await callback(browser, await providerRedirect(browser));
    expect(back).toBe('/');
    const me = await browser.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      user: { email: 'alice@uni.test', displayName: 'Alice Student', emailVerified: true },
      organization: { id: organizationId },
      role: 'HELPER',
    });
    const identities = await sql(kit.db.url, `SELECT "userId", issuer, subject FROM "sso_identity" WHERE email = $1`, [
      'alice@uni.test',
    ]);
    expect(identities).toEqual([
      { userId: (me.body['user'] as { id: string }).id, issuer: provider.issuer, subject: 'alice' },
    ]);
    const audit = await sql<{ action: string }>(
      kit.db.url,
      `SELECT action FROM "audit_log" WHERE "organizationId" = $1 AND action IN ('member.joined_by_sso', 'auth.login') AND "actorId" = $2`,
      [organizationId, (me.body['user'] as { id: string }).id],
    );
    expect(audit.map((a) => a.action).sort()).toEqual(['auth.login', 'member.joined_by_sso']);

    // Again: the same user, no second membership.
    await provider.next('alice');
    const again = new TestBrowser(kit.app);
    expect(await callback(again, await providerRedirect(again))).toBe('/');
    const [count] = await sql<{ n: string }>(
      kit.db.url,
      `SELECT count(*)::text AS n FROM "membership" m JOIN "user" u ON u.id = m."userId" WHERE u.email = 'alice@uni.test'`,
    );
    expect(count?.n).toBe('1');
  });

  it('refuses an ID token for another audience', async () => {
    await provider.next('carol', 'audience');
    const browser = new TestBrowser(kit.app);
    expect(await callback(browser, await providerRedirect(browser))).toBe('/sign-in?sso_error=SSO_FAILED');
    expect(browser.cookies.has('waiji_session')).toBe(false);
    expect(await sql(kit.db.url, `SELECT id FROM "user" WHERE email = 'carol@uni.test'`)).toEqual([]);
  });

  it('refuses an expired ID token', async () => {
    await provider.next('carol', 'expired');
    const browser = new TestBrowser(kit.app);
    expect(await callback(browser, await providerRedirect(browser))).toBe('/sign-in?sso_error=SSO_FAILED');
    expect(browser.cookies.has('waiji_session')).toBe(false);
  });

  it('refuses a replayed callback, and an ID token whose nonce belongs to another sign-in', async () => {
    await provider.next('carol');
    const browser = new TestBrowser(kit.app);
    const first = await providerRedirect(browser);
    // Another sign-in started in the same browser (its own state and nonce) before the first comes back.
    await provider.next('carol');
    const second = await providerRedirect(browser);
    // The first's code and PKCE verifier under the second's state: everything matches but the nonce.
    const hash = (value: string) => createHash('sha256').update(value).digest('hex');
    const firstState = new URL(first).searchParams.get('state') ?? '';
    const secondState = new URL(second).searchParams.get('state') ?? '';
    await kit.sql.query(
      `UPDATE "auth_challenge" b SET data = jsonb_set(b.data, '{codeVerifier}', a.data->'codeVerifier')
         FROM "auth_challenge" a WHERE a."tokenHash" = $1 AND b."tokenHash" = $2`,
      [hash(firstState), hash(secondState)],
    );
    const mixed = new URL(first);
    mixed.searchParams.set('state', secondState);
    expect(await callback(browser, mixed.toString())).toBe('/sign-in?sso_error=SSO_FAILED');
    // The second sign-in's state is spent: its own callback, replayed now, is refused too.
    expect(await callback(browser, second)).toBe('/sign-in?sso_error=SSO_EXPIRED');
    expect(browser.cookies.has('waiji_session')).toBe(false);

    // A callback that worked once does not work twice.
    await provider.next('alice');
    const fresh = new TestBrowser(kit.app);
    const url = await providerRedirect(fresh);
    expect(await callback(fresh, url)).toBe('/');
    const replay = new TestBrowser(kit.app);
    replay.cookies.set('waiji_sso', fresh.cookies.get('waiji_sso') ?? 'x');
    expect(await callback(replay, url)).toBe('/sign-in?sso_error=SSO_EXPIRED');
    expect(replay.cookies.has('waiji_session')).toBe(false);
  });

  it('refuses a person of a domain the organization does not allow, and audits it', async () => {
    await provider.next('bob');
    const browser = new TestBrowser(kit.app);
    expect(await callback(browser, await providerRedirect(browser))).toBe('/sign-in?sso_error=SSO_DOMAIN_NOT_ALLOWED');
    expect(browser.cookies.has('waiji_session')).toBe(false);
    expect(await sql(kit.db.url, `SELECT id FROM "user" WHERE email = 'bob@elsewhere.test'`)).toEqual([]);
    const refused = await sql(
      kit.db.url,
      `SELECT data FROM "audit_log" WHERE action = 'auth.sso_refused' AND "organizationId" = $1`,
      [organizationId],
    );
    expect(refused).toHaveLength(1);
  });

  it('never signs in an account of another organization, even of an allowed domain', async () => {
    // Erin has her own (agency) account with this address; the university's provider must not open it.
    const erin = await signUp(kit.app, { email: 'erin@uni.test' });
    await provider.next('erin');
    const browser = new TestBrowser(kit.app);
    expect(await callback(browser, await providerRedirect(browser))).toBe('/sign-in?sso_error=SSO_ACCOUNT_ELSEWHERE');
    expect(browser.cookies.has('waiji_session')).toBe(false);
    const memberships = await sql<{ organizationId: string }>(
      kit.db.url,
      `SELECT "organizationId" FROM "membership" WHERE "userId" = $1`,
      [erin.me?.user.id],
    );
    expect(memberships).toEqual([{ organizationId: erin.organizationId }]);
    expect(await sql(kit.db.url, `SELECT id FROM "sso_identity" WHERE email = 'erin@uni.test'`)).toEqual([]);
  });

  it('refuses a callback in a browser that did not start the sign-in', async () => {
    await provider.next('alice');
    const started = new TestBrowser(kit.app);
    const url = await providerRedirect(started);
    expect(await callback(new TestBrowser(kit.app), url)).toBe('/sign-in?sso_error=SSO_FAILED');
  });
});

describe('single sign-on settings', () => {
  it('keeps the client secret encrypted and never shows it; checks the issuer; admins only', async () => {
    const shown = await owner.get('/api/organization/sso');
    expect(shown.status).toBe(200);
    expect(shown.json()).toMatchObject({
      configured: true,
      enabled: true,
      issuer: provider.issuer,
      clientId: CLIENT_ID,
      hasClientSecret: true,
      allowedDomains: ['uni.test'],
      redirectUri: `${publicUrl}/api/auth/sso/callback`,
    });
    expect(shown.text).not.toContain(CLIENT_SECRET);
    const [row] = await sql<{ clientSecretEnc: string }>(
      kit.db.url,
      `SELECT "clientSecretEnc" FROM "organization_sso" WHERE "organizationId" = $1`,
      [organizationId],
    );
    expect(row?.clientSecretEnc).not.toContain(CLIENT_SECRET);

    const unreachable = await owner.put('/api/organization/sso', {
      enabled: true,
      issuer: 'http://127.0.0.1:9/nothing',
      clientId: CLIENT_ID,
      allowedDomains: ['uni.test'],
      defaultRole: 'VIEWER',
      jitMembership: true,
    });
    expect(unreachable.status).toBe(422);
    const badDomain = await owner.put('/api/organization/sso', {
      enabled: true,
      issuer: provider.issuer,
      clientId: CLIENT_ID,
      allowedDomains: ['not a domain'],
      defaultRole: 'VIEWER',
      jitMembership: true,
    });
    expect(badDomain.status).toBe(400);

    const helper = await addMember(kit, owner, 'HELPER');
    expect((await helper.get('/api/organization/sso')).status).toBe(403);

    // The sign-in page finds the organization by id or by the address's domain.
    const visitor = new TestBrowser(kit.app);
    expect((await visitor.get(`/api/auth/sso/${organizationId}`)).body).toMatchObject({ organizationId });
    expect((await visitor.post('/api/auth/sso/discover', { email: 'dan@uni.test' })).body).toMatchObject({
      organizationId,
    });
    expect((await visitor.post('/api/auth/sso/discover', { email: 'dan@nowhere.test' })).status).toBe(404);
  });
});
