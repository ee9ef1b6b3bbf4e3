import { Injectable } from '@nestjs/common';
import { funnelStages, type ReportSummaryQuery, type ReportSummaryResponse, timedStates } from '@waiji/contract';
import { type BankCode, caseStates, type ReasonCode } from '@waiji/domain';
import { Prisma } from '../generated/prisma/client';
import type { AuthContext } from '../auth/auth-context';
import { ApiError } from '../common/api-error';
import { TenantDatabase, type Tx } from '../database/tenant-database';

type Bounds = { timezone: string; start: Date; end: Date; now: Date; today: string };
type Scope = Bounds & { organizationId: string; query: ReportSummaryQuery };

/** A state-changing event: it enters `toState` and ends the stay in the previous state. */
const stateChange = (alias: string) =>
  Prisma.raw(`${alias}."toState" IS NOT NULL AND ${alias}."toState" IS DISTINCT FROM ${alias}."fromState"`);

const round = (value: number | null, digits: number): number | null =>
  value === null ? null : Number(value.toFixed(digits));
const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : round(part / whole, 4));
/** Ascending by text, null last (the order SQL's NULLS LAST would give). */
const nullsLast = (x: string | null, y: string | null): number =>
  x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;

/** Every local day from `from` to `to` inclusive, as YYYY-MM-DD (calendar arithmetic, no time zone involved). */
function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/**
 * Organization reports, computed in PostgreSQL inside one tenant transaction (one snapshot, one "now"); see the
 * descriptions in libs/contract/src/reports.ts for the exact definitions.
 */
@Injectable()
export class ReportsService {
  constructor(private readonly db: TenantDatabase) {}

  summary(auth: AuthContext, query: ReportSummaryQuery): Promise<ReportSummaryResponse> {
    return this.db.run(
      { organizationId: auth.organizationId },
      async (tx) => {
        // The aggregates sort ~100k rows per organization; keep those sorts in memory for this transaction only.
        await tx.$executeRaw`SET LOCAL work_mem = '32MB'`;
        const scope: Scope = {
          ...(await this.bounds(tx, auth.organizationId, query)),
          organizationId: auth.organizationId,
          query,
        };
        const asOf = scope.end < scope.now ? scope.end : scope.now;
        const casesByState = await this.casesByState(tx, scope, asOf);
        const funnel = await this.funnel(tx, scope);
        const timeInState = await this.timeInState(tx, scope);
        const outcomes = await this.outcomes(tx, scope);
        const overdue = await this.overdue(tx, scope);
        return {
          range: {
            from: query.from,
            to: query.to,
            timezone: scope.timezone,
            type: query.type ?? null,
            start: scope.start.toISOString(),
            end: scope.end.toISOString(),
            generatedAt: scope.now.toISOString(),
          },
          casesByState: {
            asOf: asOf.toISOString(),
            total: casesByState.reduce((sum, row) => sum + row.count, 0),
            counts: casesByState,
          },
          funnel,
          timeInState,
          ...outcomes,
          overdue,
        };
      },
      { timeout: 30_000 },
    );
  }

  private async bounds(tx: Tx, organizationId: string, query: ReportSummaryQuery): Promise<Bounds> {
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

  private typeFilter(scope: Scope, alias = 'c'): Prisma.Sql {
    return scope.query.type
      ? Prisma.sql`AND ${Prisma.raw(alias)}."type" = ${scope.query.type}::"CaseType"`
      : Prisma.empty;
  }

  /** The type filter for a query on events alone: no join with the cases unless a type is asked for. */
  private eventTypeFilter(scope: Scope, alias = 'e'): Prisma.Sql {
    const e = Prisma.raw(alias);
    return scope.query.type
      ? Prisma.sql`AND EXISTS (SELECT 1 FROM "case" tc WHERE tc.id = ${e}."caseId" AND tc."organizationId" = ${e}."organizationId" AND tc."type" = ${scope.query.type}::"CaseType")`
      : Prisma.empty;
  }

  private async casesByState(tx: Tx, scope: Scope, asOf: Date) {
    const org = scope.organizationId;
    // Up to now the case row is the truth; for a range that ended in the past, replay the timeline to its end.
    const rows =
      asOf.getTime() === scope.now.getTime()
        ? await tx.$queryRaw<{ state: string; count: number }[]>`
            SELECT c.state::text AS state, count(*)::int AS count
            FROM "case" c
            WHERE c."organizationId" = ${org}::uuid AND c."archivedAt" IS NULL ${this.typeFilter(scope)}
            GROUP BY c.state`
        : await tx.$queryRaw<{ state: string; count: number }[]>`
            SELECT s.state::text AS state, count(*)::int AS count
            FROM (
              SELECT COALESCE(
                (SELECT e."toState" FROM "case_event" e
                  WHERE e."organizationId" = c."organizationId" AND e."caseId" = c.id AND ${stateChange('e')} AND e.at <= ${asOf}::timestamptz
                  ORDER BY e.at DESC, e."versionAfter" DESC NULLS LAST LIMIT 1),
                -- before its first state change: that change's fromState (its toState if the change created it)
                (SELECT COALESCE(e."fromState", e."toState") FROM "case_event" e
                  WHERE e."organizationId" = c."organizationId" AND e."caseId" = c.id AND ${stateChange('e')}
                  ORDER BY e.at, e."versionAfter" NULLS FIRST LIMIT 1),
                c.state) AS state
              FROM "case" c
              WHERE c."organizationId" = ${org}::uuid AND c."createdAt" <= ${asOf}::timestamptz
                AND (c."archivedAt" IS NULL OR c."archivedAt" > ${asOf}::timestamptz) ${this.typeFilter(scope)}
            ) s
            GROUP BY s.state`;
    const counts = new Map(rows.map((row) => [row.state, row.count]));
    return caseStates.map((state) => ({ state, count: counts.get(state) ?? 0 }));
  }

  private async funnel(tx: Tx, scope: Scope): Promise<ReportSummaryResponse['funnel']> {
    // One pass over the organization's state changes: per case, its first submission and the stages it reached.
    const rows = await tx.$queryRaw<{ submitted: number; deposit: number; review: number; approved: number }[]>`
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
          AND e."toState" IN ('SUBMITTED', 'AWAITING_DEPOSIT', 'MANUAL_REVIEW', 'APPROVED') ${this.eventTypeFilter(scope)}
        GROUP BY e."caseId"
      ) per_case
      WHERE first_submitted >= ${scope.start}::timestamptz AND first_submitted < ${scope.end}::timestamptz`;
    const row = rows[0] ?? { submitted: 0, deposit: 0, review: 0, approved: 0 };
    const cases = {
      SUBMITTED: row.submitted,
      AWAITING_DEPOSIT: row.deposit,
      MANUAL_REVIEW: row.review,
      APPROVED: row.approved,
    };
    return funnelStages.map((stage) => ({
      stage,
      cases: cases[stage],
      shareOfSubmitted: ratio(cases[stage], row.submitted),
    }));
  }

  private async timeInState(tx: Tx, scope: Scope): Promise<ReportSummaryResponse['timeInState']> {
    const org = scope.organizationId;
    const { start, end, now } = scope;
    // One aggregate row, a JSON object per state (FILTER instead of GROUP BY spares a sort of every stay by state).
    const perState = Prisma.join(
      timedStates.map(
        (state) => Prisma.sql`json_build_object(
          'stays', count(*) FILTER (WHERE state = ${state}::"CaseState"),
          'open', count(*) FILTER (WHERE state = ${state}::"CaseState" AND open),
          'percentiles', percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY days) FILTER (WHERE state = ${state}::"CaseState"))`,
      ),
    );
    // Events from the range start on suffice: a stay that began in the range ends at a later event, and a case
    // created in the range has all its events after its creation.
    const rows = await tx.$queryRaw<
      { states: { stays: number; open: number; percentiles: [number, number] | null }[] }[]
    >`
      WITH ev AS MATERIALIZED (
        SELECT e."caseId", e."fromState", e."toState", e.at,
               lead(e.at) OVER w AS next_at,
               row_number() OVER w AS n
        FROM "case_event" e
        WHERE e."organizationId" = ${org}::uuid AND ${stateChange('e')} AND e.at >= ${start}::timestamptz ${this.eventTypeFilter(scope)}
        WINDOW w AS (PARTITION BY e."caseId" ORDER BY e.at, e."versionAfter")
      ), stays AS (
        SELECT ev."caseId", ev."toState" AS state, ev.at AS entered_at, ev.next_at AS left_at
        FROM ev WHERE ev.at < ${end}::timestamptz
        UNION ALL
        -- from the case's creation: in its first event's fromState, or with no events at all, in its current state
        SELECT c.id, COALESCE(first."fromState", c.state), c."createdAt", first.at
        FROM "case" c
        LEFT JOIN ev first ON first."caseId" = c.id AND first.n = 1
        WHERE c."organizationId" = ${org}::uuid AND c."createdAt" >= ${start}::timestamptz AND c."createdAt" < ${end}::timestamptz ${this.typeFilter(scope)}
          AND (first."caseId" IS NULL OR first."fromState" IS NOT NULL)
      ), measured AS (
        -- date_part gives float8 (extract would give numeric, much slower to sort)
        SELECT s.state, s.left_at IS NULL AS open,
               GREATEST(0, date_part('epoch', COALESCE(
                 s.left_at,
                 LEAST(${now}::timestamptz, (SELECT a."archivedAt" FROM "case" a WHERE a.id = s."caseId" AND a."organizationId" = ${org}::uuid))
               ) - s.entered_at)) / 86400 AS days
        FROM stays s
        WHERE s.state <> 'APPROVED'
      )
      SELECT json_build_array(${perState}) AS states FROM measured`;
    const states = rows[0]?.states ?? [];
    return timedStates.map((state, i) => {
      const row = states[i];
      const [median, p90] = row?.percentiles ?? [null, null];
      return {
        state,
        stays: row?.stays ?? 0,
        openStays: row?.open ?? 0,
        medianDays: round(median, 3),
        p90Days: round(p90, 3),
      };
    });
  }

  /** Decisions in the range, grouped by the case's bank and, for rejections, by reason: one pass, two grouping sets. */
  private async outcomes(
    tx: Tx,
    scope: Scope,
  ): Promise<Pick<ReportSummaryResponse, 'outcomesByBank' | 'outcomesByReason'>> {
    // case.bank and case_event.reasonCode are text columns written only from the domain's codes.
    const rows = await tx.$queryRaw<
      { byBank: boolean; bank: BankCode | null; reasonCode: ReasonCode | null; approvals: number; rejections: number }[]
    >`
      SELECT GROUPING(c.bank) = 0 AS "byBank", c.bank, e."reasonCode",
             count(*) FILTER (WHERE e."toState" = 'APPROVED')::int AS approvals,
             count(*) FILTER (WHERE e."toState" = 'REJECTED')::int AS rejections
      FROM "case_event" e
      JOIN "case" c ON c.id = e."caseId" AND c."organizationId" = e."organizationId"
      WHERE e."organizationId" = ${scope.organizationId}::uuid AND e."toState" IN ('APPROVED', 'REJECTED') AND ${stateChange('e')}
        AND e.at >= ${scope.start}::timestamptz AND e.at < ${scope.end}::timestamptz ${this.typeFilter(scope)}
      GROUP BY GROUPING SETS ((c.bank), (e."reasonCode"))`;
    const byBank = rows
      .filter((row) => row.byBank)
      .map(({ bank, approvals, rejections }) => {
        const decisions = approvals + rejections;
        return {
          bank,
          approvals,
          rejections,
          decisions,
          approvalRate: ratio(approvals, decisions),
          rejectionRate: ratio(rejections, decisions),
        };
      })
      .sort((x, y) => y.decisions - x.decisions || nullsLast(x.bank, y.bank));
    const decisions = byBank.reduce((sum, row) => sum + row.decisions, 0);
    const byReason = rows
      .filter((row) => !row.byBank && row.rejections > 0)
      .sort((x, y) => y.rejections - x.rejections || nullsLast(x.reasonCode, y.reasonCode));
    const rejections = byReason.reduce((sum, row) => sum + row.rejections, 0);
    return {
      outcomesByBank: byBank,
      outcomesByReason: byReason.map(({ reasonCode, rejections: count }) => ({
        reasonCode,
        rejections: count,
        shareOfRejections: ratio(count, rejections),
        rateOfDecisions: ratio(count, decisions),
      })),
    };
  }

  private async overdue(tx: Tx, scope: Scope): Promise<ReportSummaryResponse['overdue']> {
    const { organizationId: org, timezone: tz, query, today, start, now } = scope;
    const lastDay = query.to < today ? query.to : today;
    // Each reminder's overdue span [overdue_from, dealt_at) becomes the local days whose end falls inside it
    // (today's "end" is now); spans of one case are merged; a running sum of +1/-1 at span edges gives the counts.
    // A day ends at local midnight, so: first day = local date of overdue_from; last day = the day before the one
    // that contains dealt_at (two days before, when dealt_at is exactly midnight).
    const rows =
      query.from > lastDay
        ? []
        : await tx.$queryRaw<{ day: string; cases: number; reminders: number }[]>`
      WITH due AS (
        SELECT r.id, r."caseId", r."organizationId", r.status, r."updatedAt", c."archivedAt",
               GREATEST(r."createdAt", COALESCE(r."snoozedUntil", r."dueAt")) AS overdue_from
        FROM "reminder" r
        JOIN "case" c ON c.id = r."caseId" AND c."organizationId" = r."organizationId"
        WHERE r."organizationId" = ${org}::uuid ${this.typeFilter(scope)}
      ), overdue AS MATERIALIZED (
        SELECT due."caseId", due.overdue_from,
               LEAST(
                 CASE WHEN due.status IN ('CANCELLED', 'DISMISSED') THEN due."updatedAt" END,
                 (SELECT e.at FROM "case_event" e
                   WHERE e."organizationId" = due."organizationId" AND e."caseId" = due."caseId" AND ${stateChange('e')}
                     AND e.at > due.overdue_from
                   ORDER BY e.at LIMIT 1),
                 due."archivedAt") AS dealt_at
        FROM due
        WHERE due.overdue_from < LEAST(((${lastDay}::date + 1)::timestamp AT TIME ZONE ${tz}), ${now}::timestamptz)
          -- cancelled or dismissed, or the case archived, before it came due or before the range: never counted
          AND NOT (due.status IN ('CANCELLED', 'DISMISSED') AND due."updatedAt" <= GREATEST(due.overdue_from, ${start}::timestamptz))
          AND NOT (due."archivedAt" IS NOT NULL AND due."archivedAt" <= GREATEST(due.overdue_from, ${start}::timestamptz))
      ), spans AS (
        SELECT "caseId",
               GREATEST(${query.from}::date, (overdue_from AT TIME ZONE ${tz})::date) AS first_day,
               LEAST(${lastDay}::date, COALESCE(((dealt_at AT TIME ZONE ${tz}) - interval '1 microsecond')::date - 1, ${lastDay}::date)) AS last_day
        FROM overdue
      ), reminder_spans AS (
        SELECT "caseId", first_day, last_day FROM spans WHERE first_day <= last_day
      ), ordered AS (
        SELECT "caseId", first_day, last_day,
               max(last_day) OVER (PARTITION BY "caseId" ORDER BY first_day, last_day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
        FROM reminder_spans
      ), islands AS (
        SELECT "caseId", first_day, last_day,
               count(*) FILTER (WHERE reach IS NULL OR first_day > reach) OVER (PARTITION BY "caseId" ORDER BY first_day, last_day) AS island
        FROM ordered
      ), case_spans AS (
        SELECT min(first_day) AS first_day, max(last_day) AS last_day FROM islands GROUP BY "caseId", island
      ), edges AS (
        SELECT first_day AS day, 1 AS cases, 0 AS reminders FROM case_spans
        UNION ALL SELECT last_day + 1, -1, 0 FROM case_spans
        UNION ALL SELECT first_day, 0, 1 FROM reminder_spans
        UNION ALL SELECT last_day + 1, 0, -1 FROM reminder_spans
      ), per_day AS (
        SELECT day, sum(cases) AS cases, sum(reminders) AS reminders FROM edges GROUP BY day
      )
      SELECT d::date::text AS day,
             (sum(COALESCE(per_day.cases, 0)) OVER w)::int AS cases,
             (sum(COALESCE(per_day.reminders, 0)) OVER w)::int AS reminders
      FROM generate_series(${query.from}::date, ${lastDay}::date, interval '1 day') d
      LEFT JOIN per_day ON per_day.day = d::date
      WINDOW w AS (ORDER BY d)`;
    const byDay = new Map(rows.map((row) => [row.day, row]));
    return daysOf(query.from, query.to).map((date) =>
      date > today
        ? { date, cases: null, reminders: null }
        : { date, cases: byDay.get(date)?.cases ?? 0, reminders: byDay.get(date)?.reminders ?? 0 },
    );
  }
}
