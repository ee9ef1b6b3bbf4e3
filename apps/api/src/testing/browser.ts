import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { MeResponse } from '@waiji/contract';

export type BrowserReply = {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string | string[] | number | undefined>;
  setCookies: string[];
};

/**
 * A browser for the account-security specs: keeps every cookie the app sets (session, pending sign-in, remembered
 * device, SSO binding), sends the CSRF token once signed in, and can follow the app's redirects.
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>();
  csrf: string | undefined;
  me: MeResponse | undefined;

  constructor(private readonly app: NestFastifyApplication) {}

  async request(
    method: string,
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<BrowserReply> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await this.app.inject({
      method: method as 'GET',
      url,
      payload: payload === undefined ? undefined : JSON.stringify(payload),
      headers: {
        ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(cookie ? { cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
    });
    for (const set of response.cookies) {
      if (set.value && (set.maxAge === undefined || set.maxAge > 0)) this.cookies.set(set.name, set.value);
      else this.cookies.delete(set.name);
    }
    let body: Record<string, unknown> = {};
    try {
      body = response.body ? (JSON.parse(response.body) as Record<string, unknown>) : {};
    } catch {
      body = { text: response.body };
    }
    const me = (body['me'] ?? body) as Partial<MeResponse>;
    if (typeof me.csrfToken === 'string') {
      this.me = me as MeResponse;
      this.csrf = me.csrfToken;
    }
    const raw = response.headers['set-cookie'];
    return {
      status: response.statusCode,
      body,
      headers: response.headers,
      setCookies: raw === undefined ? [] : Array.isArray(raw) ? raw : [String(raw)],
    };
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, payload: unknown = {}) {
    return this.request('POST', url, payload);
  }
  put(url: string, payload: unknown) {
    return this.request('PUT', url, payload);
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }

  login(email: string, password: string) {
    return this.post('/api/auth/login', { email, password });
  }
}

/** The `details` of an error answer. */
export function details(reply: BrowserReply): Record<string, unknown> {
  return ((reply.body['error'] as { details?: Record<string, unknown> } | undefined)?.details ?? {}) as Record<
    string,
    unknown
  >;
}
