import type { BankCode, CaseType, ReasonCode } from '@waiji/domain';
import { Prisma } from '../generated/prisma/client';
import type { Tx } from '../database/tenant-database';
import { eventCaseFilter, type Scope, stateChange, caseFilter } from './reports.scope';

// The counting reports' SQL: cases by state, the funnel, outcomes. Each function is one read; ReportsService
// turns the rows into the answer.

export type StateCount = { state: string; count: number };
export type TagStateCount = StateCount & { tag: string | null };
export type FunnelRow = { submitted: number; deposit: number; review: number; approved: number };
export type OutcomeRow = {
  byBank: boolean;
  /** The (c.type) grouping set (issue 18): successes and failures per case type. */
  byType: boolean;
  type: CaseType | null;
  succeeded: number;
  failed: number;
  bank: BankCode | null;
  reasonCode: ReasonCode | null;
  approvals: number;
  rejections: number;
};

/**
 * Each non-archived case at `asOf` with the state it was in then and its tags, as a subquery (id, tags, state). Up
 * to now the case row is the truth; for a range that ended in the past, the timeline is replayed to its end.
 */
function caseStatesAt(scope: Scope, asOf: Date): Prisma.Sql {
  const org = scope.organizationId;
  return asOf.getTime() === scope.now.getTime()
    ? Prisma.sql`
          SELECT c.id, c.tags, c.state::text AS state
          FROM "case" c
          WHERE c."organizationId" = ${org}::uuid AND c."archivedAt" IS NULL ${caseFilter(scope)}`
    : Prisma.sql`
          SELECT c.id, c.tags, COALESCE(
              (SELECT e."toState" FROM "case_event" e
                WHERE e."organizationId" = c."organizationId" AND e."caseId" = c.id AND ${stateChange('e')} AND e.at <= ${asOf}::timestamptz
                ORDER BY e.at DESC, e."versionAfter" DESC NULLS LAST LIMIT 1),
              -- before its first state change: that change's fromState (its toState if the change created it)
              (SELECT COALESCE(e."fromState", e."toState") FROM "case_event" e
                WHERE e."organizationId" = c."organizationId" AND e."caseId" = c.id AND ${stateChange('e')}
                ORDER BY e.at, e."versionAfter" NULLS FIRST LIMIT 1),
              c.state)::text AS state
          FROM "case" c
          WHERE c."organizationId" = ${org}::uuid AND c."createdAt" <= ${asOf}::timestamptz
            AND (c."archivedAt" IS NULL OR c."archivedAt" > ${asOf}::timestamptz) ${caseFilter(scope)}`;
}

/** Non-archived cases per state at `asOf` (only states that have cases). */
export async function casesByStateRows(tx: Tx, scope: Scope, asOf: Date): Promise<StateCount[]> {
  return tx.$queryRaw<StateCount[]>`
    SELECT s.state, count(*)::int AS count FROM (${caseStatesAt(scope, asOf)}) s GROUP BY s.state`;
}

/** The same cases per tag (null: no tag) and state, only pairs that have cases. */
export async function tagStateRows(tx: Tx, scope: Scope, asOf: Date): Promise<TagStateCount[]> {
  return tx.$queryRaw<TagStateCount[]>`
    SELECT t.tag, s.state, count(*)::int AS count
    FROM (${caseStatesAt(scope, asOf)}) s
    LEFT JOIN LATERAL unnest(s.tags) AS t(tag) ON true
    GROUP BY t.tag, s.state`;
}

/** Per stage, the cases whose first submission falls in the range and that reached the stage (zeros if none). */
export async function funnelRow(tx: Tx, scope: Scope): Promise<FunnelRow> {
  // One pass over the organization's state changes: per case, its first submission and the stages it reached.
  const rows = await tx.$queryRaw<FunnelRow[]>`
    SELECT count(*)::int AS submitted,
           count(*) FILTER (WHERE deposit)::int AS deposit,
           count(*) FILTER (WHERE review)::int AS review,
           count(*) FILTER (WHERE approved)::int AS approved
    FROM (
      SELECT min(e.at) FILTER (WHERE e."toState" = 'SUBMITTED') AS first_submitted,
             bool_or(e."toState" = 'AWAITING_DEPOSIT') AS deposit,
             bool_or(e."toState" = 'MANUAL_REVIEW') AS review,
             bool_or(e."toState" = 'APPROVED') AS approved
      FROM "case_event" e
      WHERE e."organizationId" = ${scope.organizationId}::uuid AND ${stateChange('e')}
        AND e."toState" IN ('SUBMITTED', 'AWAITING_DEPOSIT', 'MANUAL_REVIEW', 'APPROVED') ${eventCaseFilter(scope)}
      GROUP BY e."caseId"
    ) per_case
    WHERE first_submitted >= ${scope.start}::timestamptz AND first_submitted < ${scope.end}::timestamptz`;
  return rows[0] ?? { submitted: 0, deposit: 0, review: 0, approved: 0 };
}

// The states a decision enters (caseOutcome in the domain): success, failure; both together.
const SUCCEEDED = Prisma.sql`('APPROVED', 'RESTRICTION_LIFTED')`;
const FAILED = Prisma.sql`('REJECTED', 'ISSUER_DECLINED', 'CARD_UNSUPPORTED', 'RISK_CONTROL', 'STILL_RESTRICTED')`;
const DECIDED = Prisma.sql`('APPROVED', 'RESTRICTION_LIFTED', 'REJECTED', 'ISSUER_DECLINED', 'CARD_UNSUPPORTED', 'RISK_CONTROL', 'STILL_RESTRICTED')`;

/** Decisions in the range, grouped by the case's bank and, for rejections, by reason: one pass, two grouping sets. */
export async function outcomeRows(tx: Tx, scope: Scope): Promise<OutcomeRow[]> {
  // case.bank and case_event.reasonCode are text columns written only from the domain's codes.
  return tx.$queryRaw<OutcomeRow[]>`
    SELECT GROUPING(c.bank) = 0 AS "byBank", GROUPING(c.type) = 0 AS "byType", c.bank, e."reasonCode",
           CASE WHEN GROUPING(c.type) = 0 THEN c.type::text END AS type,
           count(*) FILTER (WHERE e."toState" = 'APPROVED')::int AS approvals,
           count(*) FILTER (WHERE e."toState" = 'REJECTED')::int AS rejections,
           count(*) FILTER (WHERE e."toState" IN ${SUCCEEDED})::int AS succeeded,
           count(*) FILTER (WHERE e."toState" IN ${FAILED})::int AS failed
    FROM "case_event" e
    JOIN "case" c ON c.id = e."caseId" AND c."organizationId" = e."organizationId"
    WHERE e."organizationId" = ${scope.organizationId}::uuid AND e."toState" IN ${DECIDED} AND ${stateChange('e')}
      AND e.at >= ${scope.start}::timestamptz AND e.at < ${scope.end}::timestamptz ${caseFilter(scope)}
    GROUP BY GROUPING SETS ((c.bank), (e."reasonCode"), (c.type))`;
}
