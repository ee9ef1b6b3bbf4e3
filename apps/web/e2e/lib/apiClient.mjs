// A tiny API client for end-to-end set-up: a cookie jar and the CSRF header, like the browser's session.
import { waitForMail } from './mail.mjs';

/** Signs up or logs in through the API and returns a client bound to that session. */
export class ApiSession {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.cookies = new Map();
    this.csrfToken = undefined;
    this.me = undefined;
  }

  async request(method, path, body, headers = {}) {
    const init = { method, headers: { accept: 'application/json', ...headers } };
    if (this.cookies.size > 0)
      init.headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (method !== 'GET' && this.csrfToken) init.headers['x-csrf-token'] = this.csrfToken;
    if (body !== undefined) {
      if (typeof body === 'string') init.body = body;
      else {
        init.headers['content-type'] = 'application/json';
        init.body = JSON.stringify(body);
      }
    }
    const response = await fetch(`${this.baseUrl}${path}`, init);
    for (const cookie of response.headers.getSetCookie?.() ?? []) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    const text = await response.text();
    let json;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = text;
    }
    if (!response.ok) {
      const error = new Error(`${method} ${path} → ${response.status}: ${text.slice(0, 300)}`);
      error.status = response.status;
      error.body = json;
      throw error;
    }
    return json;
  }

  get(path) {
    return this.request('GET', path);
  }

  post(path, body, headers) {
    return this.request('POST', path, body, headers);
  }

  /** Signs up as a person does: sign-up ("check your email"), the emailed confirmation link, then sign-in. */
  async signUp({ email, password, displayName, kind = 'AGENCY', organizationName }) {
    await this.post('/api/auth/signup', {
      email,
      password,
      displayName,
      kind,
      ...(organizationName ? { organizationName } : {}),
    });
    const [, token] = await waitForMail(this.baseUrl, email, /verify-email\?token=([A-Za-z0-9_-]{20,})/);
    await this.post('/api/auth/verify-email', { token });
    return this.logIn(email, password);
  }

  async logIn(email, password) {
    this.me = await this.post('/api/auth/login', { email, password });
    this.csrfToken = this.me.csrfToken;
    return this.me;
  }

  /** The session cookies in the shape Playwright's `context.addCookies` takes. */
  playwrightCookies() {
    const url = new URL(this.baseUrl);
    return [...this.cookies].map(([name, value]) => ({
      name,
      value,
      domain: url.hostname,
      path: '/',
      httpOnly: true,
      sameSite: 'Lax',
    }));
  }
}
