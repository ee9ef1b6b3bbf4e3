import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { CONFIG, type Config } from '../config/config';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM for passport numbers: base64 of iv | tag | ciphertext, bound to the organization (additional
 * authenticated data), so a ciphertext copied into another organization's row does not decrypt.
 */
@Injectable()
export class PassportCipher {
  private readonly key: Buffer;
  /** Former keys (ENCRYPTION_KEYS_PREVIOUS): what they encrypted still decrypts after a rotation. */
  private readonly previous: readonly Buffer[];

  constructor(@Inject(CONFIG) config: Config) {
    this.key = config.encryption.key;
    this.previous = config.encryption.previous;
    if (config.encryption.source === 'development') {
      new Logger('PassportCipher').warn(
        '!!! ENCRYPTION_KEY is not set: passport numbers are encrypted with a FIXED DEVELOPMENT KEY. Set ENCRYPTION_KEY (openssl rand -base64 32) for real data. !!!',
      );
    }
  }

  encrypt(plain: string, organizationId: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(organizationId));
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
  }

  decrypt(encoded: string, organizationId: string): string {
    try {
      return this.decryptWith(this.key, encoded, organizationId);
    } catch (error) {
      // GCM's tag tells whether a key fits: after a rotation, what a former key encrypted still opens.
      for (const key of this.previous) {
        try {
          return this.decryptWith(key, encoded, organizationId);
        } catch {
          // the next former key
        }
      }
      throw error;
    }
  }

  private decryptWith(key: Buffer, encoded: string, organizationId: string): string {
    const raw = Buffer.from(encoded, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(organizationId));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }
}

/** The last four characters of a normalised passport number: all any answer shows. */
export function passportLast4(passportNumber: string): string {
  return passportNumber.slice(-4);
}
