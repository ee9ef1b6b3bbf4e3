import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { TestBrowser } from './browser';

/**
 * A real OpenID provider (oidc-provider, oidc-provider.mjs in its own process on a free loopback port) for tests of
 * single sign-on, and the browser's way through it.
 */

export type OidcAccounts = Record<string, { email: string; name: string; email_verified?: boolean }>;
export type OidcClient = { client_id: string; client_secret: string; redirect_uris: string[] };

export type TestOidcProvider = {
  issuer: string;
  /** Who signs in at the next interaction, and which claim of the next ID token is spoilt (re-signed, so only it). */
  next(account: string, tamper?: 'audience' | 'expired'): Promise<void>;
  stop(): void;
};

export async function startOidcProvider(options: {
  clients: OidcClient[];
  accounts: OidcAccounts;
}): Promise<TestOidcProvider> {
  const child = spawn(process.execPath, [join(__dirname, 'oidc-provider.mjs')], {
    env: {
      ...process.env,
      OIDC_CLIENTS: JSON.stringify(options.clients),
      OIDC_ACCOUNTS: JSON.stringify(options.accounts),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /READY (\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`the OpenID provider exited with ${code}`)));
  });
  return {
    issuer,
    async next(account, tamper) {
      const answer = await fetch(`${issuer}/_test/next`, { method: 'POST', body: JSON.stringify({ account, tamper }) });
      if (answer.status !== 204) throw new Error(`the OpenID provider's /_test/next answered ${answer.status}`);
    },
    stop: () => child.kill(),
  };
}

/**
 * The browser's way out to the provider and back: our /start for `organizationId` (a 302 to the provider), then the
 * provider's redirects (it signs in whoever `next` chose) until it sends the browser to our callback, whose URL
 * (absolute) is returned — not yet visited.
 */
export async function throughProvider(
  browser: TestBrowser,
  provider: TestOidcProvider,
  organizationId: string,
): Promise<string> {
  const start = await browser.get(`/api/auth/sso/${organizationId}/start`);
  if (start.status !== 302) throw new Error(`/start answered ${start.status}`);
  let url = String(start.headers['location']);
  if (!url.startsWith(provider.issuer)) throw new Error(`/start sent the browser to ${url}`);
  const jar = new Map<string, string>();
  for (let hop = 0; hop < 10 && url.startsWith(provider.issuer); hop++) {
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const set of response.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const index = pair?.indexOf('=') ?? -1;
      if (pair && index > 0) jar.set(pair.slice(0, index), pair.slice(index + 1));
    }
    const location = response.headers.get('location');
    if (!location)
      throw new Error(`the provider answered ${response.status} without a redirect: ${await response.text()}`);
    url = new URL(location, url).toString();
  }
  return url;
}

/** Visits our callback `url` (from `throughProvider`) in `browser`; returns where the app then sends it. */
export async function visitCallback(browser: TestBrowser, url: string): Promise<string> {
  const target = new URL(url);
  const reply = await browser.get(`${target.pathname}${target.search}`);
  if (reply.status !== 302) throw new Error(`the callback answered ${reply.status}`);
  return String(reply.headers['location']);
}
