import type { CaseState, ReasonCode, TimelineAction } from '@waiji/domain';
import { Prisma } from '../generated/prisma/client';
import type { SqlRunner } from './sql-runner';

/**
 * Timeline entries of a case (the "case_event" table, append-only by grants and a trigger), written in one place:
 * insertEventsSql is the only INSERT. appendEvent writes one entry and returns it as the timeline shows it,
 * appendEvents writes many in one statement; a statement that writes an entry together with other rows (a
 * transition, a new case with its checklist) embeds insertEventsSql as a data-modifying CTE over eventValues (one
 * entry, e.g. only if an update happened) or eventRecords (many, as one jsonb parameter).
 */

/** A case_event row as the timeline shows it, with its actor's name. */
export type EventRow = {
  id: string;
  // action and reasonCode are text columns; NewEvent (and the transition's insert) write only these values.
  action: TimelineAction;
  fromState: CaseState | null;
  toState: CaseState | null;
  actorId: string | null;
  actorName: string | null;
  at: Date;
  versionAfter: number | null;
  reasonCode: ReasonCode | null;
  originalMessage: string | null;
  data: Record<string, unknown>;
};

export type NewEvent = {
  organizationId: string;
  caseId: string;
  action: TimelineAction;
  actorId: string | null;
  at: Date;
  fromState?: CaseState | null;
  toState?: CaseState | null;
  reasonCode?: ReasonCode | null;
  originalMessage?: string | null;
  data?: Record<string, unknown>;
  /** The case's version after this entry: 0 for its creation, the new version for a transition; else null. */
  versionAfter?: number | null;
};

const COLUMNS = Prisma.raw(
  `"organizationId", "caseId", action, "fromState", "toState", "actorId", "reasonCode", "originalMessage", data, "versionAfter", at`,
);

/** The record type of eventRecords' rows, for jsonb_to_recordset. */
const RECORD = Prisma.raw(
  `"organizationId" uuid, "caseId" uuid, action text, "fromState" "CaseState", "toState" "CaseState", "actorId" uuid, ` +
    `"reasonCode" text, "originalMessage" text, data jsonb, "versionAfter" int, at timestamptz`,
);

/**
 * The INSERT of case events, as a statement or a data-modifying CTE: one entry per row of `source`, a query with
 * the columns of eventValues or eventRecords.
 */
export function insertEventsSql(source: Prisma.Sql, returning: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`INSERT INTO "case_event" (${COLUMNS}) SELECT ${COLUMNS} FROM (${source}) e ${returning}`;
}

/** One entry as a row source; `from` (e.g. FROM a CTE) makes it conditional on that CTE having a row. */
export function eventValues(event: NewEvent, from: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`SELECT ${event.organizationId}::uuid AS "organizationId", ${event.caseId}::uuid AS "caseId", ${event.action}::text AS action,
    ${event.fromState ?? null}::"CaseState" AS "fromState", ${event.toState ?? null}::"CaseState" AS "toState", ${event.actorId}::uuid AS "actorId",
    ${event.reasonCode ?? null}::text AS "reasonCode", ${event.originalMessage ?? null}::text AS "originalMessage",
    ${JSON.stringify(event.data ?? {})}::jsonb AS data, ${event.versionAfter ?? null}::int AS "versionAfter", ${event.at}::timestamptz AS at
    ${from}`;
}

/** Many entries as a row source from one jsonb parameter. */
export function eventRecords(events: NewEvent[]): Prisma.Sql {
  const records = events.map((event) => ({ ...event, data: event.data ?? {}, at: event.at.toISOString() }));
  return Prisma.sql`SELECT * FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS r(${RECORD})`;
}

/** Appends one timeline entry; returns it as the timeline shows it. */
export async function appendEvent(tx: SqlRunner, event: NewEvent): Promise<EventRow> {
  const rows = await tx.$queryRaw<EventRow[]>(
    insertEventsSql(
      eventValues(event),
      Prisma.sql`RETURNING id, action, "fromState", "toState", "actorId", (SELECT "displayName" FROM "user" WHERE id = "actorId") AS "actorName",
                 at, "versionAfter", "reasonCode", "originalMessage", data`,
    ),
  );
  return rows[0] as EventRow;
}

/** Appends many timeline entries in one statement. */
export async function appendEvents(tx: SqlRunner, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.$queryRaw(insertEventsSql(eventRecords(events)));
}
