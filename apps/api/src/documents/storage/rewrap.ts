import type { Pool } from 'pg';
import { inTransaction } from '../../database/transaction';
import type { DocumentKeyring } from './document-keys';

/** Documents re-wrapped per transaction. */
const BATCH = 200;

/**
 * Re-wraps every document data key not wrapped by the keyring's current master key (`npm run documents:rewrap`,
 * after ENCRYPTION_KEY changed and the former key moved to ENCRYPTION_KEYS_PREVIOUS). Only the 32-byte data keys
 * are touched: the files' chunks stay as they are. Batches of BATCH rows, each locked (FOR UPDATE SKIP LOCKED) in a
 * transaction of its own as waiji_system, so it runs beside live API instances and can be stopped and run again.
 */
export async function rewrapDocumentKeys(
  pool: Pool,
  keyring: DocumentKeyring,
  log: (line: string) => void = () => undefined,
): Promise<{ rewrapped: number; failed: number }> {
  let rewrapped = 0;
  const failed = new Set<string>();
  for (;;) {
    const seen = await inTransaction(pool, 'system', async (sql) => {
      const { rows } = await sql.query<{ id: string; organizationId: string; keyId: string; wrappedKey: Buffer }>(
        `SELECT id, "organizationId", "keyId", "wrappedKey" FROM "document"
          WHERE "keyId" <> $1 AND NOT (id = ANY($2::uuid[]))
          ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED`,
        [keyring.currentId, [...failed], BATCH],
      );
      for (const row of rows) {
        let next: { keyId: string; wrapped: Buffer };
        try {
          const dataKey = keyring.unwrap({ keyId: row.keyId, wrapped: row.wrappedKey }, row.organizationId, row.id);
          next = keyring.wrap(dataKey, row.organizationId, row.id);
          dataKey.fill(0);
        } catch {
          failed.add(row.id);
          log(`document ${row.id}: its key ${row.keyId} is not configured or does not open it; left as it is`);
          continue;
        }
        await sql.query(`UPDATE "document" SET "keyId" = $2, "wrappedKey" = $3 WHERE id = $1`, [
          row.id,
          next.keyId,
          next.wrapped,
        ]);
        rewrapped += 1;
      }
      return rows.length;
    });
    if (seen === 0) break;
  }
  return { rewrapped, failed: failed.size };
}
