import { Writable } from 'node:stream';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AuditPage } from '@waiji/contract';
import { loadConfig } from '../config/config';
import { createClient, mailTo, signUp, TEST_PASSWORD, type TestUser, useTestDatabase } from '../testing/kit';
import { requestLogUrl } from './log-url';

/** What a default start exposes (audit finding "High" and M2): captured mail, the listening address, proxies. */
jest.setTimeout(60_000);

const DEV_MAIL_TOKEN = 'dev-mail-token-for-tests-0123456789';

describe('what the default start exposes', () => {
  const kit = useTestDatabase();

  it('listens on loopback unless HOST says otherwise', () => {
    expect(loadConfig({ DATABASE_URL: kit.db.url }).host).toBe('127.0.0.1');
    expect(loadConfig({ DATABASE_URL: kit.db.url, HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  describe('captured mail (GET /api/dev/mail)', () => {
    let app: NestFastifyApplication;
    beforeAll(async () => {
      app = await kit.openApp({ DEV_MAIL_TOKEN });
      const user = await signUp(app);
      await mailTo(app, user.me?.user.email ?? ''); // waits for the verification email to reach the capture
    });

    const list = (query: string, remoteAddress = '127.0.0.1', headers: Record<string, string> = {}) =>
      app.inject({ method: 'GET', url: `/api/dev/mail${query}`, remoteAddress, headers });

    it('answers 404 without the start-up token, with a wrong one, and from another machine', async () => {
      expect((await list('')).statusCode).toBe(404);
      expect((await list('?token=wrong')).statusCode).toBe(404);
      expect((await list(`?token=${DEV_MAIL_TOKEN}x`)).statusCode).toBe(404);
      expect((await list(`?token=${DEV_MAIL_TOKEN}`, '203.0.113.9')).statusCode).toBe(404);
      // A forged X-Forwarded-For does not make a remote caller local.
      expect(
        (await list(`?token=${DEV_MAIL_TOKEN}`, '203.0.113.9', { 'x-forwarded-for': '127.0.0.1' })).statusCode,
      ).toBe(404);
    });

    it('lists the mail for a local caller with the token (query or header)', async () => {
      const byQuery = await list(`?token=${DEV_MAIL_TOKEN}`);
      expect(byQuery.statusCode).toBe(200);
      expect(byQuery.json<{ messages: unknown[] }>().messages.length).toBeGreaterThan(0);
      expect((await list('', '::1', { 'x-dev-mail-token': DEV_MAIL_TOKEN })).statusCode).toBe(200);
    });

    it('tells a sign-up that the email waits in the capture, without saying whether the address was taken', async () => {
      const answer = await app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({
          email: 'captured.note@example.test',
          password: TEST_PASSWORD,
          displayName: 'Note Reader',
          kind: 'PERSONAL',
        }),
      });
      expect(answer.statusCode).toBe(202);
      expect(answer.json()).toMatchObject({ accepted: true, mailCaptured: true });
    });

    it('makes a new token at every start when none is configured, and none when mail is really sent', () => {
      const first = loadConfig({ DATABASE_URL: kit.db.url }).devMailToken;
      const second = loadConfig({ DATABASE_URL: kit.db.url }).devMailToken;
      expect(first).toMatch(/^[\w-]{24}$/);
      expect(second).not.toBe(first);
      expect(loadConfig({ DATABASE_URL: kit.db.url, SMTP_URL: 'smtp://127.0.0.1:2525' }).devMailToken).toBeUndefined();
    });
  });

  describe('X-Forwarded-For (TRUST_PROXY)', () => {
    /** A new owner, signed in once more from 10.0.0.5 with an X-Forwarded-For that names `forwardedFor`. */
    const ownerSignedInFrom = async (app: NestFastifyApplication, forwardedFor: string) => {
      const owner = await signUp(app);
      const email = owner.me?.user.email ?? '';
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '10.0.0.5',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
        payload: JSON.stringify({ email, password: TEST_PASSWORD }),
      });
      expect(response.statusCode).toBe(200);
      return owner;
    };
    const loginIps = async (owner: TestUser) => {
      const page = (await owner.get('/api/audit')).json<AuditPage>();
      return page.entries.filter((item) => item.action === 'auth.login').map((item) => item.ip);
    };

    it('is ignored by default: the audit log keeps the address the connection came from', async () => {
      await kit.withApp({}, async (app) => {
        const owner = await ownerSignedInFrom(app, '198.51.100.77');
        // (The other login is the sign-up's own, after the emailed confirmation.)
        expect(await loginIps(owner)).toContain('10.0.0.5');
        expect(await loginIps(owner)).not.toContain('198.51.100.77');
      });
    });

    it('is believed from a configured proxy (hop count or address)', async () => {
      for (const trust of ['1', '10.0.0.0/8']) {
        await kit.withApp({ TRUST_PROXY: trust }, async (app) => {
          const owner = await ownerSignedInFrom(app, '198.51.100.77');
          expect(await loginIps(owner)).toContain('198.51.100.77');
          expect(await loginIps(owner)).not.toContain('10.0.0.5');
        });
      }
    });

    it('refuses a TRUST_PROXY that is neither a hop count nor addresses', () => {
      expect(() => loadConfig({ DATABASE_URL: kit.db.url, TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
      expect(() => loadConfig({ DATABASE_URL: kit.db.url, TRUST_PROXY: '10.0.0.0/40' })).toThrow(/TRUST_PROXY/);
      expect(loadConfig({ DATABASE_URL: kit.db.url, TRUST_PROXY: '127.0.0.1, ::1/128,loopback' }).trustProxy).toEqual([
        '127.0.0.1',
        '::1/128',
        'loopback',
      ]);
    });
  });

  describe('responses with client data and the request log', () => {
    let app: NestFastifyApplication;
    const logLines: string[] = [];
    beforeAll(async () => {
      const destination = new Writable({
        write(chunk: Buffer, _encoding, done) {
          logLines.push(chunk.toString('utf8'));
          done();
        },
      });
      app = await kit.openApp({ LOG_LEVEL: 'info' }, { logDestination: destination });
    });

    it('marks API answers no-store, the passport reveal included', async () => {
      const owner = await signUp(app);
      const client = await createClient(owner, { passportNumber: 'E12345678' });
      const reveal = await owner.post(`/api/clients/${client.id}/reveal-passport`);
      expect(reveal.status).toBe(200);
      expect(reveal.headers['cache-control']).toBe('no-store');
      expect((await owner.get(`/api/clients/${client.id}`)).headers['cache-control']).toBe('no-store');
      expect((await owner.get('/api/cases?q=Test')).headers['cache-control']).toBe('no-store');
    });

    it('keeps search terms and link tokens out of the request log', async () => {
      const owner = await signUp(app);
      await owner.get('/api/cases?q=Zhangsecretname&state=SUBMITTED');
      await app.inject({ method: 'GET', url: '/api/unsubscribe/unsubscribetokensecret' });
      await app.inject({ method: 'GET', url: '/reset-password?token=resettokensecret' });
      await new Promise((resolve) => setImmediate(resolve));
      const log = logLines.join('');
      expect(log).toContain('/api/cases?q=…&state=…');
      expect(log).not.toMatch(/Zhangsecretname|unsubscribetokensecret|resettokensecret/);
    });

    it.each([
      ['/api/cases?q=Wang%20Fang&sort=due', '/api/cases?q=…&sort=…'],
      ['/api/calendar/abc123.ics', '/api/calendar/[secret].ics'],
      ['/api/unsubscribe/tok', '/api/unsubscribe/[token]'],
      ['/verify-email?token=x&token=y', '/verify-email?token=…'],
      ['/api/cases?%E4%BD%A0=1&%ZZ=2', '/api/cases?_=…'],
      ['/api/health', '/api/health'],
    ])('requestLogUrl(%s) → %s', (url, logged) => {
      expect(requestLogUrl(url)).toBe(logged);
    });
  });
});
