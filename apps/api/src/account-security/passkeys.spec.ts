import { CONFIG, type Config } from '../config/config';
import { signUp, TEST_PASSWORD, useTestApp } from '../testing/kit';
import { SoftwareAuthenticator } from '../testing/authenticator';
import { details, TestBrowser } from '../testing/browser';

// Passkeys through the real app, with the software authenticator of testing/authenticator.ts (node:crypto ES256 keys,
// attestation "none", a signature counter that grows).

const kit = useTestApp({ sql: true });
describe('passkeys', () => {
  it('registers a passkey, signs in with it alone and as a second factor; a replay or a cloned counter is refused', async () => {
    const publicUrl = new URL(kit.app.get<Config>(CONFIG).publicUrl);
    const owner = await signUp(kit.app);
    const email = owner.me?.user.email ?? '';
    const authenticator = new SoftwareAuthenticator(publicUrl.origin, publicUrl.hostname, owner.me?.user.id ?? '');

    const options = await owner.post('/api/auth/passkeys/options');
    expect(options.status).toBe(200);
    const creation = options.json<{ challenge: string; rp: { id: string } }>();
    expect(creation.rp.id).toBe(publicUrl.hostname);
    const added = await owner.post('/api/auth/passkeys', {
      name: 'Laptop',
      response: authenticator.register(creation.challenge),
    });
    expect(added.status).toBe(201);
    expect(added.json()).toMatchObject({ name: 'Laptop' });
    // A challenge serves once.
    expect(
      (await owner.post('/api/auth/passkeys', { name: 'Again', response: authenticator.register(creation.challenge) }))
        .status,
    ).toBe(400);

    // Password-less.
    const browser = new TestBrowser(kit.app);
    const signIn = await browser.post('/api/auth/passkey/options');
    const challenge = signIn.body['challenge'] as string;
    const assertion = authenticator.assert(challenge);
    const ok = await browser.post('/api/auth/passkey', { response: assertion });
    expect(ok.status).toBe(200);
    expect((await browser.get('/api/auth/me')).body).toMatchObject({ user: { email } });
    // The same assertion again: its challenge is spent.
    expect((await new TestBrowser(kit.app).post('/api/auth/passkey', { response: assertion })).status).toBe(401);
    // Without user verification a passkey alone is not enough.
    const unverified = new TestBrowser(kit.app);
    const options2 = await unverified.post('/api/auth/passkey/options');
    expect(
      (
        await unverified.post('/api/auth/passkey', {
          response: authenticator.assert(options2.body['challenge'] as string, { verified: false }),
        })
      ).status,
    ).toBe(401);

    // As the second factor of a password sign-in.
    const second = new TestBrowser(kit.app);
    const password = await second.login(email, TEST_PASSWORD);
    expect(password.status).toBe(401);
    expect(details(password)).toMatchObject({ reason: 'SECOND_FACTOR_REQUIRED', methods: ['passkey'] });
    const factorOptions = await second.post('/api/auth/second-factor/passkey/options');
    expect(factorOptions.status).toBe(200);
    const finished = await second.post('/api/auth/second-factor/passkey', {
      response: authenticator.assert(factorOptions.body['challenge'] as string),
    });
    expect(finished.status).toBe(200);

    // A cloned authenticator (its counter behind the stored one) is refused.
    const clone = new TestBrowser(kit.app);
    const cloneOptions = await clone.post('/api/auth/passkey/options');
    expect(
      (
        await clone.post('/api/auth/passkey', {
          response: authenticator.assert(cloneOptions.body['challenge'] as string, { counter: 1 }),
        })
      ).status,
    ).toBe(401);

    // Removing it: the password alone signs in again.
    const id = added.json<{ id: string }>().id;
    expect((await owner.delete(`/api/auth/passkeys/${id}`)).status).toBe(204);
    expect((await new TestBrowser(kit.app).login(email, TEST_PASSWORD)).status).toBe(200);
  });
});
