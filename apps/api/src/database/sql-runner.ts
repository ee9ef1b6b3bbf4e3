import type { Prisma } from '../generated/prisma/client';

/**
 * What the SQL builders need: a tagged `$queryRaw`. A Prisma transaction client is one, and so is the pg-pool
 * transaction of the hot paths (cases/tenant-read.ts), so a builder runs unchanged in either.
 */
export type SqlRunner = {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): PromiseLike<T>;
};
