import { type CaseType, initialSnapshot } from '@waiji/domain';
import { Prisma } from '../generated/prisma/client';
import type { SqlRunner } from '../database/sql-runner';
import { type CaseWrites, planCase, type PlannerRow } from './reminder-plan';

/**
 * The reminder planner: a case's reminders follow from its state, its events, its client's document
 * expiries and the organization's policy (libs/domain `deadlinesFor`). Called in the same transaction as
 * whatever changed one of those (a transition, a new case, a client's passport or visa expiry).
 *
 * Rules, per case:
 * - a planned reminder carries the deadline's stable `key`; (caseId, key) is unique, so a key that was sent,
 *   claimed, dismissed, cancelled or failed is never planned again, and racing replans cannot double it;
 * - PENDING planned reminders whose key is no longer a deadline are deleted; those whose key still is are
 *   updated in place (same id), unless a helper snoozed them; new keys are inserted;
 * - a deadline met for the first time that was already over (a retry date read from a years-old message, an old
 *   case imported) gets no reminder: no "overdue" mail for what nobody missed (the domain's pastWhenRecorded);
 * - manual reminders are never touched; an archived case has no planned reminders;
 * - case.nextDueAt follows from the PENDING reminders left afterwards (database/next-due.ts).
 * This file reads the cases and writes the reminders; `planCase` (reminder-plan.ts, pure) decides the writes.
 */

export type PlannerScope = { organizationId: string; caseId: string };

export type PlanResult = { caseId: string; nextDueAt: Date | null; inserted: number; updated: number; deleted: number };

const MACHINE_EVENTS = ['submit', 'resubmit', 'confirm_deposit', 'reject', 'await_deposit', 'start_review', 'approve'];

/**
 * What the planner needs besides the case row, for a query over "case" c JOIN "client" cl JOIN "organization" o:
 * the client's document expiries, the organization's zone and policy, the machine events of the current attempt
 * (without those an UNDO took back) and every reminder of the case.
 */
export const PLANNER_COLUMNS = Prisma.sql`
  c."archivedAt", c."snoozedUntil" AS "caseSnoozedUntil", cl."passportExpiry", cl."visaExpiry", o.timezone, o.policy,
  coalesce((SELECT json_agg(json_build_object('action', e.action, 'fromState', e."fromState", 'toState', e."toState",
                                              'at', e.at, 'reasonCode', e."reasonCode", 'data', e.data) ORDER BY e.at)
            FROM "case_event" e
            WHERE e."organizationId" = c."organizationId" AND e."caseId" = c.id AND e.action = ANY(${MACHINE_EVENTS}::text[])
              AND e."versionAfter" IS NOT NULL AND (e.data->>'attempt')::int = c.attempt
              AND NOT EXISTS (SELECT 1 FROM "case_event" u
                              WHERE u."organizationId" = e."organizationId" AND u."caseId" = e."caseId" AND u.action = 'UNDO'
                                AND (u.data->>'undoneVersion')::int = e."versionAfter")), '[]'::json) AS events,
  coalesce((SELECT json_agg(json_build_object('id', r.id, 'kind', r.kind, 'key', r.key, 'status', r.status, 'manual', r.manual,
                                              'dueAt', r."dueAt", 'snoozedUntil', r."snoozedUntil", 'reason', r.reason,
                                              'audience', r.audience))
            FROM "reminder" r WHERE r."organizationId" = c."organizationId" AND r."caseId" = c.id), '[]'::json) AS reminders`;

/**
 * The data-modifying CTEs (named planned_deleted, planned_updated, planned_inserted) that apply `plans` to the
 * reminder table, each only when `guard` holds (a transition passes "its case update happened"). They touch
 * different rows, so they can share one statement with other writes.
 */
export function reminderWriteCtes(
  organizationId: string,
  plans: { caseId: string; writes: CaseWrites }[],
  guard: Prisma.Sql = Prisma.sql`true`,
): Prisma.Sql {
  const deleteIds = plans.flatMap((plan) => plan.writes.deleteIds);
  const updates = plans.flatMap((plan) =>
    plan.writes.updates.map((u) => ({
      id: u.id,
      kind: u.kind,
      audience: u.audience,
      dueAt: u.dueAt.toISOString(),
      reason: u.reason,
      reasonZh: u.reasonZh,
    })),
  );
  const inserts = plans.flatMap((plan) =>
    plan.writes.inserts.map((i) => ({
      caseId: plan.caseId,
      kind: i.kind,
      key: i.key,
      audience: i.audience,
      dueAt: i.dueAt.toISOString(),
      reason: i.reason,
      reasonZh: i.reasonZh,
    })),
  );
  return Prisma.sql`
    planned_deleted AS (
      DELETE FROM "reminder"
      WHERE "organizationId" = ${organizationId}::uuid AND id = ANY(${deleteIds}::uuid[]) AND status = 'PENDING' AND ${guard}
    ), planned_updated AS (
      UPDATE "reminder" r SET kind = x.kind, audience = x.audience, "dueAt" = x."dueAt", reason = x.reason, "reasonZh" = x."reasonZh", "updatedAt" = now()
      FROM jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) AS x(id uuid, kind text, audience text, "dueAt" timestamptz, reason text, "reasonZh" text)
      WHERE r."organizationId" = ${organizationId}::uuid AND r.id = ANY(${updates.map((u) => u.id)}::uuid[]) AND r.id = x.id
        AND r.status = 'PENDING' AND ${guard}
    ), planned_inserted AS (
      INSERT INTO "reminder" ("organizationId", "caseId", kind, key, audience, "dueAt", reason, "reasonZh", "updatedAt")
      SELECT ${organizationId}::uuid, x."caseId", x.kind, x.key, x.audience, x."dueAt", x.reason, x."reasonZh", now()
      FROM jsonb_to_recordset(${JSON.stringify(inserts)}::jsonb)
        AS x("caseId" uuid, kind text, key text, audience text, "dueAt" timestamptz, reason text, "reasonZh" text)
      WHERE ${guard}
      ON CONFLICT ("caseId", key) DO NOTHING
    )`;
}

const hasWrites = (writes: CaseWrites) => writes.deleteIds.length + writes.updates.length + writes.inserts.length > 0;

/**
 * Replace the planned reminders of these cases (one organization) and set their nextDueAt: one read, one
 * write, whatever the number of cases. Unknown ids (or another organization's) are ignored.
 */
export async function replanCases(
  tx: SqlRunner,
  organizationId: string,
  caseIds: string[],
  now: Date = new Date(),
): Promise<PlanResult[]> {
  if (caseIds.length === 0) return [];
  const rows = await tx.$queryRaw<PlannerRow[]>`
    SELECT c.id, c.type, c.state, c."stateEnteredAt", c.attempt, c."submittedAt", c.bank, c."cardLast4", c."retryAfter",
           c."lastReasonCode", c."nextDueAt", ${PLANNER_COLUMNS}
    FROM "case" c
    JOIN "client" cl ON cl.id = c."clientId" AND cl."organizationId" = c."organizationId"
    JOIN "organization" o ON o.id = c."organizationId"
    WHERE c."organizationId" = ${organizationId}::uuid AND c.id = ANY(${caseIds}::uuid[])`;
  const plans = rows.map((row) => ({ caseId: row.id, row, writes: planCase(row, now) }));
  const nextDue = plans
    .filter((plan) => (plan.row.nextDueAt?.getTime() ?? null) !== (plan.writes.nextDueAt?.getTime() ?? null))
    .map((plan) => ({ id: plan.caseId, nextDueAt: plan.writes.nextDueAt?.toISOString() ?? null }));
  if (nextDue.length > 0 || plans.some((plan) => hasWrites(plan.writes))) {
    await tx.$queryRaw`
      WITH ${reminderWriteCtes(organizationId, plans)}
      UPDATE "case" c SET "nextDueAt" = x."nextDueAt"
      FROM jsonb_to_recordset(${JSON.stringify(nextDue)}::jsonb) AS x(id uuid, "nextDueAt" timestamptz)
      WHERE c."organizationId" = ${organizationId}::uuid AND c.id = ANY(${nextDue.map((entry) => entry.id)}::uuid[]) AND c.id = x.id
      RETURNING c.id`;
  }
  return plans.map((plan) => ({
    caseId: plan.caseId,
    nextDueAt: plan.writes.nextDueAt,
    inserted: plan.writes.inserts.length,
    updated: plan.writes.updates.length,
    deleted: plan.writes.deleteIds.length,
  }));
}

/** A case about to be inserted, with what the planner reads of its client (as stored). */
export type NewCase = {
  id: string;
  type: CaseType;
  bank: string | null;
  cardLast4: string | null;
  passportExpiry: Date | null;
  visaExpiry: Date | null;
};

/**
 * The reminder writes (inserts only) and nextDueAt of cases about to be inserted at `now`, without a read: what
 * replanCases would decide right after the insert, for a new case is PREPARING since `now` on its first attempt, with
 * no reminders and none of the events deadlines read (CREATED is not a machine event). A bulk insert (an import)
 * writes each case's nextDueAt with the case instead of updating every new row again, then inserts the reminders
 * with reminderWriteCtes in the same transaction.
 */
export function planNewCases(
  organization: { timezone: string; policy: unknown },
  cases: NewCase[],
  now: Date,
): { caseId: string; writes: CaseWrites }[] {
  return cases.map((kase) => ({
    caseId: kase.id,
    writes: planCase(
      {
        ...kase,
        // A fresh case as the machines define one (PREPARING since now, first attempt).
        ...initialSnapshot(kase.type, now),
        nextDueAt: null,
        archivedAt: null,
        caseSnoozedUntil: null,
        timezone: organization.timezone,
        policy: organization.policy,
        events: [],
        reminders: [],
      },
      now,
    ),
  }));
}

/** Replace one case's planned reminders and set its nextDueAt (see the rules above). */
export async function replaceReminders(
  tx: SqlRunner,
  scope: PlannerScope,
  now: Date = new Date(),
): Promise<PlanResult | undefined> {
  const [result] = await replanCases(tx, scope.organizationId, [scope.caseId], now);
  return result;
}
