import type { ReportSummaryQuery } from '@waiji/contract';
import { Prisma } from '../generated/prisma/client';
import { ApiError } from '../common/api-error';
import type { Tx } from '../database/tenant-database';

// What every report query shares: the range in the organization's time zone, one "now", and the SQL fragments
// for state changes and the case filters (type, tag).

export type Bounds = { timezone: string; start: Date; end: Date; now: Date; today: string };
export type Scope = Bounds & { organizationId: string; query: ReportSummaryQuery };

/** A state-changing event: it enters `toState` and ends the stay in the previous state. */
export const stateChange = (alias: string) =>
  Prisma.raw(`${alias}."toState" IS NOT NULL AND ${alias}."toState" IS DISTINCT FROM ${alias}."fromState"`);

/** The report's case filters (type, tag) on the cases aliased `alias`. */
export function caseFilter(scope: Scope, alias = 'c'): Prisma.Sql {
  const c = Prisma.raw(alias);
  const { type, tag } = scope.query;
  return Prisma.sql`${type ? Prisma.sql`AND ${c}."type" = ${type}::"CaseType"` : Prisma.empty} ${
    tag ? Prisma.sql`AND ${c}.tags @> ARRAY[${tag}]::text[]` : Prisma.empty
  }`;
}

/** The case filters for a query on events alone: no join with the cases unless a filter is asked for. */
export function eventCaseFilter(scope: Scope, alias = 'e'): Prisma.Sql {
  const e = Prisma.raw(alias);
  return scope.query.type || scope.query.tag
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "case" tc WHERE tc.id = ${e}."caseId" AND tc."organizationId" = ${e}."organizationId" ${caseFilter(scope, 'tc')})`
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
