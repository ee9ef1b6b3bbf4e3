import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client';
import { DatabasePool, PrismaService } from './prisma.service';
import { PrismaJoin } from './prisma-join';
import type { Sql } from './sql-runner';
import { inTransaction, sqlOn, withConnection } from './transaction';

export type { Sql };

/** A transaction: Prisma's typed client, and `sql` for hand SQL (named statements) in the same transaction. */
export type Tx = Prisma.TransactionClient & { readonly sql: Sql };

export type TenantScope = { organizationId: string };

export type TxOptions = {
  readOnly?: boolean;
  /** How long the transaction may run once it has used Prisma (Prisma's default: 5 s). */
  timeout?: number;
};

/**
 * The only way to reach tenant tables, and the only way to open a transaction. `run` opens one as `waiji_app`
 * bound to an organization, so row-level security filters every tenant table even if a query forgets its `where`;
 * `system` is for work that crosses organizations by design (scheduler claims, login, invitation tokens) and runs
 * as `waiji_system`. Either way BEGIN and the binding go in one round trip, and the work gets Prisma's typed client
 * plus `tx.sql`, both on the transaction's one connection: Prisma joins at its first query, so work that runs only
 * hand SQL (the case list, transitions) never touches the ORM. `session` is the system role without a transaction,
 * for the scheduler's long runs whose statements must each commit at once (outbox delivery marks).
 */
@Injectable()
export class TenantDatabase {
  constructor(
    private readonly pool: DatabasePool,
    private readonly prisma: PrismaService,
  ) {}

  run<T>(scope: TenantScope, work: (tx: Tx) => Promise<T>, options: TxOptions = {}): Promise<T> {
    return this.transaction({ organizationId: scope.organizationId }, work, options);
  }

  system<T>(work: (tx: Tx) => Promise<T>, options: TxOptions = {}): Promise<T> {
    return this.transaction('system', work, options);
  }

  /**
   * Statements as `waiji_system` on one pooled connection, each committing on its own (unless the work opens a
   * transaction). The role is reset before the connection goes back to the pool; a connection that failed midway
   * is destroyed, never reused with the role still set.
   */
  session<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    return withConnection(this.pool, async (connection, clean) => {
      await connection.query('SET ROLE waiji_system');
      const result = await work(sqlOn(connection));
      await connection.query('RESET ROLE');
      clean();
      return result;
    });
  }

  private transaction<T>(
    binding: TenantScope | 'system',
    work: (tx: Tx) => Promise<T>,
    options: TxOptions,
  ): Promise<T> {
    return inTransaction(
      this.pool,
      binding,
      async (sql, connection) => {
        const prisma = new PrismaJoin(this.prisma, connection, options.timeout);
        try {
          const result = await work(prisma.client({ sql }));
          await prisma.commit();
          return result;
        } catch (error) {
          await prisma.abandon(error);
          throw error;
        }
      },
      { readOnly: options.readOnly },
    );
  }
}
