import type { QueryResult, QueryResultRow } from 'pg';
import type { Prisma } from '../generated/prisma/client';

/**
 * What the SQL builders need: a tagged `$queryRaw`. A Prisma transaction client is one (Prisma's value types:
 * numeric as Decimal, bigint as BigInt), and so is a transaction's `tx.sql` (pg's value types, named statements),
 * so a builder runs unchanged in either.
 */
export type SqlRunner = {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): PromiseLike<T>;
};

/**
 * Hand SQL on one connection, a transaction's (`tx.sql`) or a system session's (TenantDatabase.session):
 * `$queryRaw` runs a named (prepared) statement, `query` a statement as pg runs it.
 */
export type Sql = SqlRunner & {
  query<R extends QueryResultRow = QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
};
