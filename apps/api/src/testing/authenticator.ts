import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import { generate } from 'otplib';

/**
 * Second factors as a person's devices give them, for tests: an authenticator app's code (otplib, from the secret the
 * app showed) and a software passkey authenticator made from node:crypto — ES256 keys, attestation "none", assertions
 * signed over authenticatorData ‖ sha256(clientDataJSON), a signature counter that grows.
 */

/** The authenticator app's 6-digit code for `secret`, now or `offsetSeconds` from now (30 s per step). */
export function totpCode(secret: string, offsetSeconds = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });
}

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

/** One passkey on one device, for the relying party at `origin` (`rpId` its host name) and the user `userHandle`. */
export class SoftwareAuthenticator {
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

  /** The browser's answer to registration options with this `challenge` (navigator.credentials.create). */
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

  /**
   * The browser's answer to sign-in options with this `challenge` (navigator.credentials.get); `verified: false`
   * leaves the user-verification flag off, `counter` sets the signature counter (a clone's stale one).
   */
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
