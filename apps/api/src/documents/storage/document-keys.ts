import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

// Envelope encryption for document files: every file has its own random 256-bit data key; its bytes are encrypted
// with it in chunks (AES-256-GCM, a fresh IV per chunk, the document id and chunk index as associated data, so chunks
// cannot be reordered, swapped between files or truncated unnoticed); the data key is stored wrapped (AES-256-GCM) by
// the master key from ENCRYPTION_KEY, named by a key id, so the master key can rotate (`npm run documents:rewrap`).

const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Plaintext bytes per stored chunk. */
export const CHUNK_BYTES = 256 * 1024;

/** A master key's public name: a hash of the key, so the stored id says which key wraps a file without revealing it. */
export function keyIdOf(masterKey: Buffer): string {
  return createHash('sha256').update('waiji document master key\0').update(masterKey).digest('hex').slice(0, 16);
}

function seal(key: Buffer, plain: Buffer, aad: string): { iv: Buffer; data: Buffer } {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad));
  const data = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return { iv, data };
}

function open(key: Buffer, iv: Buffer, sealed: Buffer, aad: string): Buffer {
  if (sealed.length < TAG_BYTES) throw new Error('sealed data too short');
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
}

export type WrappedKey = { keyId: string; wrapped: Buffer };

/** The master keys: the current one wraps new data keys, the previous ones (ENCRYPTION_KEYS_PREVIOUS) still unwrap. */
export class DocumentKeyring {
  readonly currentId: string;
  private readonly keys: Map<string, Buffer>;

  constructor(current: Buffer, previous: readonly Buffer[] = []) {
    if (current.length !== 32) throw new Error('the master key must be 32 bytes');
    this.currentId = keyIdOf(current);
    this.keys = new Map([...previous.map((key) => [keyIdOf(key), key] as const), [this.currentId, current]]);
  }

  /** A fresh random data key for one file. */
  static newDataKey(): Buffer {
    return randomBytes(32);
  }

  /** The data key wrapped by the current master key, bound to its organization and document. */
  wrap(dataKey: Buffer, organizationId: string, documentId: string): WrappedKey {
    const key = this.keys.get(this.currentId);
    if (!key) throw new Error('no current key');
    const { iv, data } = seal(key, dataKey, wrapAad(this.currentId, organizationId, documentId));
    return { keyId: this.currentId, wrapped: Buffer.concat([iv, data]) };
  }

  /** The data key, or an Error when the key id is unknown or the wrapped key does not open (a wrong master key). */
  unwrap(stored: WrappedKey, organizationId: string, documentId: string): Buffer {
    const key = this.keys.get(stored.keyId);
    if (!key)
      throw new Error(`document key ${stored.keyId} is not configured (ENCRYPTION_KEY / ENCRYPTION_KEYS_PREVIOUS)`);
    return open(
      key,
      stored.wrapped.subarray(0, IV_BYTES),
      stored.wrapped.subarray(IV_BYTES),
      wrapAad(stored.keyId, organizationId, documentId),
    );
  }
}

function wrapAad(keyId: string, organizationId: string, documentId: string): string {
  return `waiji-document-key:${keyId}:${organizationId}:${documentId}`;
}

function chunkAad(documentId: string, index: number, count: number): string {
  return `waiji-document-chunk:${documentId}:${index}/${count}`;
}

export type SealedChunk = { index: number; iv: Buffer; data: Buffer };

/** The file's bytes as sealed chunks of CHUNK_BYTES (the last one shorter; an empty file is one empty chunk). */
export function sealChunks(
  dataKey: Buffer,
  documentId: string,
  plain: Buffer,
  chunkBytes = CHUNK_BYTES,
): SealedChunk[] {
  const count = Math.max(1, Math.ceil(plain.length / chunkBytes));
  return Array.from({ length: count }, (_, index) => ({
    index,
    ...seal(dataKey, plain.subarray(index * chunkBytes, (index + 1) * chunkBytes), chunkAad(documentId, index, count)),
  }));
}

/** One chunk's plaintext; throws when it was altered, moved or belongs to another file. */
export function openChunk(dataKey: Buffer, documentId: string, chunk: SealedChunk, count: number): Buffer {
  return open(dataKey, chunk.iv, chunk.data, chunkAad(documentId, chunk.index, count));
}
