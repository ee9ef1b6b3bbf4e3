import { createHash } from 'node:crypto';
import type { ClientBase, Pool, PoolClient } from 'pg';
import { Prisma } from '../generated/prisma/client';
import type { Sql } from './sql-runner';

/** Who a transaction runs as: a tenant (waiji_app bound to its organization) or the system role. */
export type Binding = { organizationId: string } | 'system';

export type TransactionOptions = { readOnly?: boolean };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * BEGIN and the binding as one simple-protocol round trip. set_config(…, true) is transaction-local, so a pooled
 * connection never carries a tenant or a role into its next transaction.
 */
function beginSql(binding: Binding, options: TransactionOptions): string {
  const begin = `BEGIN${options.readOnly ? ' READ ONLY' : ''}`;
  if (binding === 'system') return `${begin}; SELECT set_config('role', 'waiji_system', true)`;
  // Checked, so it can be inlined: the simple protocol takes no parameters.
  if (!UUID.test(binding.organizationId)) throw new Error('organizationId must be a uuid');
  return `${begin}; SELECT set_config('role', 'waiji_app', true), set_config('app.org_id', '${binding.organizationId}', true)`;
}

/** Hand SQL on one connection: `$queryRaw` as a named (prepared) statement, `query` as pg runs it. */
export function sqlOn(connection: ClientBase): Sql {
  return {
    async $queryRaw<R>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<R> {
      const sql = query instanceof Prisma.Sql ? query : Prisma.sql(query, ...(values as Prisma.Sql[]));
      // Named by their text, so each connection parses and plans a statement shape once (PostgreSQL re-plans by
      // itself when the role, and so the row-level security, differs from the one it was planned for).
      const name = `w${createHash('sha1').update(sql.text).digest('base64url')}`;
      return (await connection.query({ name, text: sql.text, values: sql.values })).rows as R;
    },
    query: (text, values) => connection.query(text, values),
  };
}

/**
 * One pooled connection for `work`. A checked-out client has no pool listener: without ours, a server that drops
 * the connection between two queries (a database restart) would emit an unhandled 'error' and kill the process.
 * A connection that failed, or that `work` leaves unclean (`clean` never called), is destroyed, never reused.
 */
export async function withConnection<T>(
  pool: Pool,
  work: (connection: PoolClient, clean: () => void) => Promise<T>,
): Promise<T> {
  const connection = await pool.connect();
  let broken: unknown;
  const onError = (error: unknown) => {
    broken = error;
  };
  connection.on('error', onError);
  let clean = false;
  try {
    return await work(connection, () => {
      clean = true;
    });
  } finally {
    connection.off('error', onError);
    connection.release(clean && broken === undefined ? undefined : true);
  }
}

/**
 * A transaction on the pool, bound as `binding`, with BEGIN and the binding in one round trip. The building block
 * of TenantDatabase (which the application uses); the benchmarks' raw server uses it alone.
 */
export function inTransaction<T>(
  pool: Pool,
  binding: Binding,
  work: (sql: Sql, connection: PoolClient) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  const begin = beginSql(binding, options);
  return withConnection(pool, async (connection, clean) => {
    try {
      await connection.query(begin);
      const result = await work(sqlOn(connection), connection);
      await connection.query('COMMIT');
      clean();
      return result;
    } catch (error) {
      // A connection that could not roll back is discarded, never reused with a transaction open.
      await connection.query('ROLLBACK').then(clean, () => undefined);
      throw error;
    }
  });
}
