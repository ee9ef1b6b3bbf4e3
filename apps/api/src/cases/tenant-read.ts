import { createHash } from 'node:crypto';
import { Prisma } from '../generated/prisma/client';
import type { DatabasePool } from '../database/prisma.service';
import type { SqlRunner } from '../database/sql-runner';

// Defined with the other database building blocks; the case modules still name it from here.
export type { SqlRunner };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A tenant transaction straight on the pg pool, for the hot paths (the case list, transitions): bound to the
 * organization exactly as TenantDatabase.run binds it (role waiji_app, app.org_id, so RLS filters every row),
 * without the ORM's transaction machinery, and with BEGIN and the binding in one round trip.
 */
export async function tenantTransaction<T>(
  pool: DatabasePool,
  organizationId: string,
  work: (sql: SqlRunner) => Promise<T>,
  options: { readOnly?: boolean } = {},
): Promise<T> {
  // Checked, so it can be inlined into the one simple-protocol round trip below.
  if (!UUID.test(organizationId)) throw new Error('organizationId must be a uuid');
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(`BEGIN${options.readOnly ? ' READ ONLY' : ''}; SELECT set_config('role', 'waiji_app', true), set_config('app.org_id', '${organizationId}', true)`);
    const runner: SqlRunner = {
      async $queryRaw<R>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<R> {
        const sql = query instanceof Prisma.Sql ? query : Prisma.sql(query, ...(values as Prisma.Sql[]));
        // Named by their text, so each connection parses and plans a statement shape once (PostgreSQL re-plans
        // by itself when the role, and so the row-level security, differs from the one it was planned for).
        const name = `w${createHash('sha1').update(sql.text).digest('base64url')}`;
        return (await client.query({ name, text: sql.text, values: sql.values })).rows as R;
      },
    };
    const result = await work(runner);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: unknown) => {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    });
    throw error;
  } finally {
    // A connection that could not roll back is discarded, never reused with a transaction open.
    client.release(broken);
  }
}

/** A read-only tenant transaction on the pool (see tenantTransaction). */
export function tenantRead<T>(pool: DatabasePool, organizationId: string, work: (sql: SqlRunner) => Promise<T>): Promise<T> {
  return tenantTransaction(pool, organizationId, work, { readOnly: true });
}
