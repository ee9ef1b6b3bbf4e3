import type { ReportSummaryQuery } from '@waiji/contract';
import { Prisma } from '../generated/prisma/client';
import { ApiError } from '../common/api-error';
import type { Tx } from '../database/tenant-database';

// What every report query shares: the range in the organization's time zone, one "now", and the SQL fragments
// for state changes and the type filter.

export type Bounds = { timezone: string; start: Date; end: Date; now: Date; today: string };
export type Scope = Bounds & { organizationId: string; query: ReportSummaryQuery };

/** A state-changing event: it enters `toState` and ends the stay in the previous state. */
export const stateChange = (alias: string) =>
  Prisma.raw(`${alias}."toState" IS NOT NULL AND ${alias}."toState" IS DISTINCT FROM ${alias}."fromState"`);

export function typeFilter(scope: Scope, alias = 'c'): Prisma.Sql {
  return scope.query.type
    ? Prisma.sql`AND ${Prisma.raw(alias)}."type" = ${scope.query.type}::"CaseType"`
    : Prisma.empty;
}

/** The type filter for a query on events alone: no join with the cases unless a type is asked for. */
export function eventTypeFilter(scope: Scope, alias = 'e'): Prisma.Sql {
  const e = Prisma.raw(alias);
  return scope.query.type
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "case" tc WHERE tc.id = ${e}."caseId" AND tc."organizationId" = ${e}."organizationId" AND tc."type" = ${scope.query.type}::"CaseType")`
    : Prisma.empty;
}

/** The range's start and end in the organization's time zone, the transaction's now and the local today. */
export async function readBounds(tx: Tx, organizationId: string, query: ReportSummaryQuery): Promise<Bounds> {
  const rows = await tx.$queryRaw<Bounds[]>`
    SELECT o.timezone,
           (${query.from}::date::timestamp AT TIME ZONE o.timezone) AS start,
           ((${query.to}::date + 1)::timestamp AT TIME ZONE o.timezone) AS "end",
           now() AS now,
           (now() AT TIME ZONE o.timezone)::date::text AS today
    FROM "organization" o WHERE o.id = ${organizationId}::uuid`;
  const bounds = rows[0];
  if (!bounds) throw new ApiError('NOT_FOUND', 'Organization not found');
  return bounds;
}
