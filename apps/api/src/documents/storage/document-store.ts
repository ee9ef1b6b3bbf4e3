import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, type Config } from '../../config/config';
import type { Tx } from '../../database/tenant-database';
import {
  CHUNK_BYTES,
  DocumentKeyring,
  openChunk,
  sealChunks,
  type SealedChunk,
  type WrappedKey,
} from './document-keys';

/** Which file: the stored document's organization and id (both bind its encryption). */
export type DocumentRef = { organizationId: string; documentId: string };

/** What the document row keeps about its stored bytes. */
export type StoredFile = WrappedKey & { storage: string; chunkSize: number; chunkCount: number };

/**
 * Where encrypted document bytes live. The default driver keeps them in PostgreSQL (document_chunk), inside the
 * caller's transaction, so a failed upload leaves nothing behind and every API instance reads the same files. An
 * S3-compatible driver would implement the same three calls on objects named by the document id (the chunks as
 * one object each, or one object with the sealed chunks in sequence); it is not written (no S3-compatible server
 * installs in this environment to test it against).
 */
export type DocumentStore = {
  readonly name: string;
  /** Encrypts the bytes under a new data key (no I/O): done before the upload's transaction opens. */
  seal(ref: DocumentRef, plain: Buffer): SealedFile;
  /** Stores sealed bytes, in the caller's transaction (the document row, holding `sealed.file`, exists already). */
  write(tx: Tx, ref: DocumentRef, sealed: SealedFile): Promise<void>;
  /** The decrypted bytes; throws when they do not decrypt (altered, or a master key that is not configured). */
  read(tx: Tx, ref: DocumentRef, file: StoredFile): Promise<Buffer>;
  /** Removes the bytes (the document row stays with the caller). Returns how many pieces were removed. */
  remove(tx: Tx, ref: DocumentRef): Promise<number>;
};

export type SealedFile = { file: StoredFile; chunks: SealedChunk[] };

export const DOCUMENT_STORE = Symbol('DOCUMENT_STORE');

/** The master keys of the configuration. */
export function keyringOf(config: Config): DocumentKeyring {
  return new DocumentKeyring(config.encryption.key, config.encryption.previous);
}

@Injectable()
export class PgDocumentStore implements DocumentStore {
  readonly name = 'pg';
  readonly keyring: DocumentKeyring;

  constructor(@Inject(CONFIG) config: Config) {
    this.keyring = keyringOf(config);
  }

  seal(ref: DocumentRef, plain: Buffer): SealedFile {
    const dataKey = DocumentKeyring.newDataKey();
    try {
      const chunks = sealChunks(dataKey, ref.documentId, plain);
      const wrapped = this.keyring.wrap(dataKey, ref.organizationId, ref.documentId);
      return { file: { ...wrapped, storage: this.name, chunkSize: CHUNK_BYTES, chunkCount: chunks.length }, chunks };
    } finally {
      dataKey.fill(0);
    }
  }

  async write(tx: Tx, ref: DocumentRef, sealed: SealedFile): Promise<void> {
    // A few chunks per statement: bounded parameters, few round trips.
    for (let start = 0; start < sealed.chunks.length; start += 8) {
      const batch = sealed.chunks.slice(start, start + 8);
      await tx.sql.query(
        `INSERT INTO "document_chunk" ("organizationId", "documentId", "index", "iv", "data")
         SELECT $1::uuid, $2::uuid, x.i, x.iv, x.data
           FROM unnest($3::int[], $4::bytea[], $5::bytea[]) AS x(i, iv, data)`,
        [
          ref.organizationId,
          ref.documentId,
          batch.map((c) => c.index),
          batch.map((c) => c.iv),
          batch.map((c) => c.data),
        ],
      );
    }
  }

  async read(tx: Tx, ref: DocumentRef, file: StoredFile): Promise<Buffer> {
    const dataKey = this.keyring.unwrap(file, ref.organizationId, ref.documentId);
    try {
      const { rows } = await tx.sql.query<SealedChunk>(
        `SELECT "index", "iv", "data" FROM "document_chunk"
          WHERE "organizationId" = $1::uuid AND "documentId" = $2::uuid ORDER BY "index"`,
        [ref.organizationId, ref.documentId],
      );
      if (rows.length !== file.chunkCount) throw new Error('document chunks missing');
      return Buffer.concat(rows.map((chunk) => openChunk(dataKey, ref.documentId, chunk, file.chunkCount)));
    } finally {
      dataKey.fill(0);
    }
  }

  async remove(tx: Tx, ref: DocumentRef): Promise<number> {
    const result = await tx.sql.query(
      `DELETE FROM "document_chunk" WHERE "organizationId" = $1::uuid AND "documentId" = $2::uuid`,
      [ref.organizationId, ref.documentId],
    );
    return result.rowCount ?? 0;
  }
}
