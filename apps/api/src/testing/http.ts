import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { MeResponse } from '@waiji/contract';
import { AccountService } from '../auth/account.service';
import { TenantDatabase } from '../database/tenant-database';
import { MailService } from '../mail/mail.service';
import { tokenFromMail } from './mail';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Reply = {
  status: number;
  body: unknown;
  json: <T = Record<string, unknown>>() => T;
  headers: Record<string, string | string[] | number | undefined>;
  text: string;
};

let counter = 0;
/** A unique email per call, so test files never collide. */
export function uniqueEmail(prefix = 'user'): string {
  counter += 1;
  return `${prefix}.${process.env['JEST_WORKER_ID'] ?? '0'}.${Date.now().toString(36)}.${counter}@example.test`;
}

export const TEST_PASSWORD = 'a-long-test-password-42';

/** A browser-like caller: keeps the session cookie and sends the CSRF token on state-changing requests. */
export class TestUser {
  cookie: string | undefined;
  csrf: string | undefined;
  me: MeResponse | undefined;

  constructor(private readonly app: NestFastifyApplication) {}

  async request(method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const response = await this.app.inject({
      method,
      url,
      payload: payload === undefined ? undefined : typeof payload === 'string' ? payload : JSON.stringify(payload),
      headers: {
        ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: `waiji_session=${this.cookie}` } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
    });
    const setCookie = response.cookies.find((c) => c.name === 'waiji_session');
    if (setCookie) this.cookie = setCookie.value || undefined;
    let body: unknown = undefined;
    try {
      body = response.body ? JSON.parse(response.body) : undefined;
    } catch {
      body = response.body;
    }
    if (body && typeof body === 'object' && 'csrfToken' in body) {
      this.me = body as MeResponse;
      this.csrf = this.me.csrfToken;
    }
    return {
      status: response.statusCode,
      body,
      json: <T>() => body as T,
      headers: response.headers,
      text: response.body,
    };
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, payload?: unknown) {
    return this.request('POST', url, payload ?? {});
  }
  patch(url: string, payload: unknown) {
    return this.request('PATCH', url, payload);
  }
  put(url: string, payload: unknown) {
    return this.request('PUT', url, payload);
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }

  get organizationId(): string {
    const id = this.me?.organization?.id;
    if (!id) throw new Error('This test user has no current organization');
    return id;
  }
}

/**
 * Signs up a new user with their own organization and returns them signed in, the way a person does: sign-up
 * (202, "check your email"), the emailed confirmation link, then sign-in. `verified: false` then puts the user
 * back into the state of an account from before sign-up required a confirmed address (signed in, address
 * unconfirmed, a fresh unused link in the mailbox), for tests of what an unconfirmed user may not do.
 */
export async function signUp(
  app: NestFastifyApplication,
  options: {
    kind?: 'AGENCY' | 'UNIVERSITY' | 'PERSONAL';
    email?: string;
    organizationName?: string;
    verified?: boolean;
  } = {},
): Promise<TestUser> {
  const user = new TestUser(app);
  const kind = options.kind ?? 'AGENCY';
  const email = options.email ?? uniqueEmail(kind.toLowerCase());
  const response = await user.post('/api/auth/signup', {
    email,
    password: TEST_PASSWORD,
    displayName: `Test ${kind}`,
    kind,
    ...(kind === 'PERSONAL' ? {} : { organizationName: options.organizationName ?? `Org ${uniqueEmail('org')}` }),
  });
  if (response.status !== 202) throw new Error(`signup failed: ${response.status} ${response.text}`);
  const token = await confirmationToken(app, email);
  const confirmed = await new TestUser(app).post('/api/auth/verify-email', { token });
  if (confirmed.status !== 204) throw new Error(`confirming ${email} failed: ${confirmed.status} ${confirmed.text}`);
  const login = await user.post('/api/auth/login', { email, password: TEST_PASSWORD });
  if (login.status !== 200) throw new Error(`signing in ${email} failed: ${login.status} ${login.text}`);
  if (options.verified === false) await unconfirmEmail(app, user);
  return user;
}

/**
 * The token of the confirmation link: from the mail the in-process SMTP server received, or, in an app that sends
 * to a real SMTP server of its test (SMTP_URL set, e.g. the outbox tests), a fresh one issued by the app's own
 * AccountService (the confirmation endpoint that takes it is the real one either way).
 */
async function confirmationToken(app: NestFastifyApplication, email: string): Promise<string> {
  if (app.get(MailService).capture) return tokenFromMail(app, email, '/verify-email');
  const account = app.get(AccountService);
  return app.get(TenantDatabase).system(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    return account.issueToken(tx, user.id, 'VERIFY_EMAIL');
  });
}

/** The address of a signed-in test user becomes unconfirmed again, and the resend endpoint mails it a fresh link. */
export async function unconfirmEmail(app: NestFastifyApplication, user: TestUser): Promise<void> {
  const userId = user.me?.user.id;
  if (!userId) throw new Error('unconfirmEmail needs a signed-in test user');
  await app
    .get(TenantDatabase)
    .system((tx) => tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: null } }));
  const resent = await user.post('/api/auth/verify-email/resend');
  if (resent.status !== 202) throw new Error(`resending a link failed: ${resent.status} ${resent.text}`);
  await user.get('/api/auth/me');
}

/** Opens the confirmation link mailed to `user` (the newest one) and reloads their session, now verified. */
export async function verifyEmail(app: NestFastifyApplication, user: TestUser): Promise<void> {
  const email = user.me?.user.email;
  if (!email) throw new Error('verifyEmail needs a signed-in test user');
  const token = await tokenFromMail(app, email, '/verify-email');
  const verified = await new TestUser(app).post('/api/auth/verify-email', { token });
  if (verified.status !== 204) throw new Error(`verifying ${email} failed: ${verified.status} ${verified.text}`);
  await user.get('/api/auth/me');
}
