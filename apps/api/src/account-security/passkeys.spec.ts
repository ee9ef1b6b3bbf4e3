import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import { CONFIG, type Config } from '../config/config';
import { signUp, TEST_PASSWORD, useTestApp } from '../testing/kit';
import { details, TestBrowser } from './testing-browser';

// Passkeys through the real app, with a software authenticator made here from node:crypto: ES256 keys, attestation
// "none", assertions signed over authenticatorData ‖ sha256(clientDataJSON), a signature counter that grows.

const kit = useTestApp({ sql: true });
const b64 = (bytes: Buffer) => bytes.toString('base64url');

/** Just enough CBOR for an attestation object and a COSE key: maps, byte strings, text and small integers. */
function cbor(value: unknown): Buffer {
  const head = (major: number, length: number) =>
    length < 24
      ? Buffer.from([(major << 5) | length])
      : length < 256
        ? Buffer.from([(major << 5) | 24, length])
        : Buffer.from([(major << 5) | 25, length >> 8, length & 255]);
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (Buffer.isBuffer(value)) return Buffer.concat([head(2, value.length), value]);
  if (typeof value === 'string') return Buffer.concat([head(3, Buffer.byteLength(value)), Buffer.from(value)]);
  if (value instanceof Map)
    return Buffer.concat([head(5, value.size), ...[...value].flatMap(([k, v]) => [cbor(k), cbor(v)])]);
  throw new Error('unsupported');
}

class SoftwareAuthenticator {
  private readonly key: KeyObject;
  private readonly publicJwk: { x: string; y: string };
  readonly credentialId = randomBytes(16);
  counter = 0;

  constructor(
    private readonly origin: string,
    private readonly rpId: string,
    private readonly userHandle: string,
  ) {
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.key = pair.privateKey;
    this.publicJwk = pair.publicKey.export({ format: 'jwk' }) as { x: string; y: string };
  }

  private authData(flags: number, attested?: Buffer): Buffer {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(this.counter);
    const rpHash = createHash('sha256').update(this.rpId).digest();
    return Buffer.concat([rpHash, Buffer.from([flags]), count, ...(attested ? [attested] : [])]);
  }

  register(challenge: string) {
    const cose = cbor(
      new Map<number, unknown>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(this.publicJwk.x, 'base64url')],
        [-3, Buffer.from(this.publicJwk.y, 'base64url')],
      ]),
    );
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.credentialId.length);
    const attested = Buffer.concat([Buffer.alloc(16), idLength, this.credentialId, cose]);
    const clientData = Buffer.from(JSON.stringify({ type: 'webauthn.create', challenge, origin: this.origin }));
    const attestation = cbor(
      new Map<string, unknown>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', this.authData(0x45, attested)],
      ]),
    );
    return {
      id: b64(this.credentialId),
      rawId: b64(this.credentialId),
      type: 'public-key',
      response: { clientDataJSON: b64(clientData), attestationObject: b64(attestation), transports: ['internal'] },
      clientExtensionResults: {},
    };
  }

  assert(challenge: string, options: { verified?: boolean; counter?: number } = {}) {
    this.counter = options.counter ?? this.counter + 1;
    const authData = this.authData(options.verified === false ? 0x01 : 0x05);
    const clientData = Buffer.from(JSON.stringify({ type: 'webauthn.get', challenge, origin: this.origin }));
    const signature = sign(
      'sha256',
      Buffer.concat([authData, createHash('sha256').update(clientData).digest()]),
      this.key,
    );
    return {
      id: b64(this.credentialId),
      rawId: b64(this.credentialId),
      type: 'public-key',
      response: {
        clientDataJSON: b64(clientData),
        authenticatorData: b64(authData),
        signature: b64(signature),
        userHandle: b64(Buffer.from(this.userHandle)),
      },
      clientExtensionResults: {},
    };
  }
}

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
