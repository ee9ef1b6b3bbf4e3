import { timedStates } from '@waiji/contract';
import { Prisma } from '../generated/prisma/client';
import type { Tx } from '../database/tenant-database';
import { eventCaseFilter, type Scope, stateChange, caseFilter } from './reports.scope';

// The reports over spans of time: stays in a state, and the days a reminder or a case was overdue. Each function
// is one read; ReportsService turns the rows into the answer.

export type StayRow = { stays: number; open: number; percentiles: [number, number] | null };
export type OverdueDay = { day: string; cases: number; reminders: number };

/** Stays in each of `timedStates`, in that order: count, how many are still open, median and p90 in days. */
export async function timeInStateRows(tx: Tx, scope: Scope): Promise<StayRow[]> {
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
  const rows = await tx.$queryRaw<{ states: StayRow[] }[]>`
    WITH ev AS MATERIALIZED (
      SELECT e."caseId", e."fromState", e."toState", e.at,
             lead(e.at) OVER w AS next_at,
             row_number() OVER w AS n
      FROM "case_event" e
      WHERE e."organizationId" = ${org}::uuid AND ${stateChange('e')} AND e.at >= ${start}::timestamptz ${eventCaseFilter(scope)}
      WINDOW w AS (PARTITION BY e."caseId" ORDER BY e.at, e."versionAfter")
    ), stays AS (
      SELECT ev."caseId", ev."toState" AS state, ev.at AS entered_at, ev.next_at AS left_at
      FROM ev WHERE ev.at < ${end}::timestamptz
      UNION ALL
      -- from the case's creation: in its first event's fromState, or with no events at all, in its current state
      SELECT c.id, COALESCE(first."fromState", c.state), c."createdAt", first.at
      FROM "case" c
      LEFT JOIN ev first ON first."caseId" = c.id AND first.n = 1
      WHERE c."organizationId" = ${org}::uuid AND c."createdAt" >= ${start}::timestamptz AND c."createdAt" < ${end}::timestamptz ${caseFilter(scope)}
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
  return rows[0]?.states ?? [];
}

/** Overdue cases and reminders per local day, from the range's first day to its last one or today if earlier. */
export async function overdueDays(tx: Tx, scope: Scope): Promise<OverdueDay[]> {
  const { organizationId: org, timezone: tz, query, today, start, now } = scope;
  const lastDay = query.to < today ? query.to : today;
  // Each reminder's overdue span [overdue_from, dealt_at) becomes the local days whose end falls inside it
  // (today's "end" is now); spans of one case are merged; a running sum of +1/-1 at span edges gives the counts.
  // A day ends at local midnight, so: first day = local date of overdue_from; last day = the day before the one
  // that contains dealt_at (two days before, when dealt_at is exactly midnight).
  if (query.from > lastDay) return [];
  return tx.$queryRaw<OverdueDay[]>`
    WITH due AS (
      SELECT r.id, r."caseId", r."organizationId", r.status, r."updatedAt", c."archivedAt",
             GREATEST(r."createdAt", COALESCE(r."snoozedUntil", r."dueAt")) AS overdue_from
      FROM "reminder" r
      JOIN "case" c ON c.id = r."caseId" AND c."organizationId" = r."organizationId"
      WHERE r."organizationId" = ${org}::uuid ${caseFilter(scope)}
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
}
