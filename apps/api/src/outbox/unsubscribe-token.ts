import { createHmac, hkdfSync } from 'node:crypto';
import { sha256 } from '../auth/tokens';

/**
 * One-click unsubscribe links. The token is an HMAC of the client id under a key derived (HKDF) from
 * ENCRYPTION_KEY, so every email to a client carries the same working link without the database holding
 * it: client.unsubscribeToken keeps only its sha256, which is what the public endpoint looks up.
 */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(encryptionKey: Buffer) {
    this.key = Buffer.from(hkdfSync('sha256', encryptionKey, Buffer.alloc(0), 'waiji unsubscribe v1', 32));
  }

  tokenFor(clientId: string): string {
    return createHmac('sha256', this.key).update(clientId).digest('base64url');
  }

  hashFor(clientId: string): string {
    return sha256(this.tokenFor(clientId));
  }

  static hash(token: string): string {
    return sha256(token);
  }
}
