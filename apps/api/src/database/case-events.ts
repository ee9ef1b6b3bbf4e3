import type { CaseState, ReasonCode, TimelineAction } from '@waiji/domain';
import type { SqlRunner } from './sql-runner';

// Timeline entries of a case (the "case_event" table, append-only by grants and a trigger).

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
};

/** Appends a timeline entry that is not a transition (versionAfter stays null); returns it as the timeline shows it. */
export async function appendEvent(tx: SqlRunner, event: NewEvent): Promise<EventRow> {
  const rows = await tx.$queryRaw<EventRow[]>`
    INSERT INTO "case_event" ("organizationId", "caseId", action, "fromState", "toState", "actorId", "reasonCode", "originalMessage", data, at)
    VALUES (${event.organizationId}::uuid, ${event.caseId}::uuid, ${event.action}, ${event.fromState ?? null}::"CaseState",
            ${event.toState ?? null}::"CaseState", ${event.actorId}::uuid, ${event.reasonCode ?? null}, ${event.originalMessage ?? null},
            ${JSON.stringify(event.data ?? {})}::jsonb, ${event.at})
    RETURNING id, action, "fromState", "toState", "actorId", (SELECT "displayName" FROM "user" WHERE id = "actorId") AS "actorName",
              at, "versionAfter", "reasonCode", "originalMessage", data`;
  return rows[0] as EventRow;
}
