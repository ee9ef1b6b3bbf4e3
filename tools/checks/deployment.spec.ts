import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '../..');

type Service = {
  environment?: Record<string, string>;
  ports?: string[];
  expose?: string[];
  command?: string;
  image?: string;
};
const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
};
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');

/** The shipped docker-compose.yml runs production: it must not carry a usable secret or send cookies in the clear (audit M7). */
describe('docker-compose.yml, as shipped', () => {
  const app = compose.services['app'];
  const env = app?.environment ?? {};

  it('runs the app in production and refuses to start without an ENCRYPTION_KEY of the operator’s (no default key)', () => {
    expect(env['NODE_ENV']).toBe('production');
    // `${VAR:?message}` makes compose stop with the message when VAR is unset; `${VAR:-default}` would publish a key.
    expect(env['ENCRYPTION_KEY']).toMatch(/^\$\{ENCRYPTION_KEY:\?[^}]+\}$/);
    expect(JSON.stringify(compose)).not.toMatch(/ENCRYPTION_KEY:-/);
  });

  it('puts the app behind a TLS proxy: Secure cookies, an https PUBLIC_URL, X-Forwarded-For trusted from one hop only, no port of its own', () => {
    expect(env['COOKIE_SECURE']).toBe('true');
    expect(env['PUBLIC_URL']).toMatch(/^https:\/\//);
    expect(env['TRUST_PROXY']).toBe('1');
    expect(app?.ports ?? []).toEqual([]);
    const proxy = Object.values(compose.services).find((service) => service.command?.includes('reverse-proxy'));
    expect(proxy?.ports).toEqual(expect.arrayContaining(['443:443']));
    expect(proxy?.command).toContain('--to app:3000');
  });

  it('publishes the mail catcher’s UI (every captured email) on this host only', () => {
    for (const port of compose.services['mail']?.ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:/);
  });

  it('makes the image listen on all interfaces only inside the container (the app’s default is loopback)', () => {
    expect(dockerfile).toMatch(/^ENV .*\bHOST=0\.0\.0\.0\b/m);
  });
});
