import {
  type BankCode,
  type CaseAction,
  type CaseEventRecord,
  type CaseSnapshot,
  type CaseState,
  type CaseType,
  type Deadline,
  deadlinesFor,
  defaultPolicy,
  type Policy,
  type ReasonCode,
  validatePolicy,
} from '@waiji/domain';
import { Prisma } from '../generated/prisma/client';
import { type DueReminder, nextDueOf } from '../database/next-due';
import type { SqlRunner } from '../database/sql-runner';

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
 * - manual reminders are never touched; an archived case has no planned reminders;
 * - case.nextDueAt follows from the PENDING reminders left afterwards (database/next-due.ts).
 */

export type PlannerScope = { organizationId: string; caseId: string };

/** Reminder.audience values. */
export type ReminderAudience = 'HELPER' | 'CLIENT' | 'BOTH';

export type PlannedReminder = {
  kind: string;
  key: string;
  audience: ReminderAudience;
  dueAt: Date;
  reason: string;
  reasonZh: string;
};

export type PlanResult = { caseId: string; nextDueAt: Date | null; inserted: number; updated: number; deleted: number };

type ExistingReminder = {
  id: string;
  key: string | null;
  status: string;
  manual: boolean;
  dueAt: string;
  snoozedUntil: string | null;
  reason: string | null;
  audience: string;
};

/** What the planner reads of a case: its row, and PLANNER_COLUMNS. */
export type PlannerRow = {
  id: string;
  type: CaseType;
  state: CaseState;
  stateEnteredAt: Date;
  attempt: number;
  submittedAt: Date | null;
  bank: string | null;
  cardLast4: string | null;
  retryAfter: Date | null;
  lastReasonCode: string | null;
  nextDueAt: Date | null;
  archivedAt: Date | null;
  passportExpiry: Date | null;
  visaExpiry: Date | null;
  timezone: string;
  policy: unknown;
  events: StoredEvent[];
  reminders: ExistingReminder[];
};

/** A case_event row as the planner reads it (the domain event's extras live in `data`). */
export type StoredEvent = {
  action: string;
  fromState: CaseState | null;
  toState: CaseState | null;
  at: string | Date;
  reasonCode: string | null;
  data: Record<string, unknown>;
};

const audienceOf: Record<Deadline['audience'], ReminderAudience> = { helper: 'HELPER', client: 'CLIENT', both: 'BOTH' };
const MACHINE_EVENTS = ['submit', 'resubmit', 'confirm_deposit', 'reject', 'await_deposit', 'start_review', 'approve'];

/**
 * The organization's policy: its `policy` JSON over the domain defaults, in its time zone. Each override is
 * validated on its own, so one invalid field falls back to the default without discarding the valid ones.
 */
export function organizationPolicy(timezone: string, overrides: unknown): Policy {
  const given =
    overrides !== null && typeof overrides === 'object' && !Array.isArray(overrides)
      ? (overrides as Record<string, unknown>)
      : {};
  const valid: Record<string, unknown> = {};
  for (const [key, value] of Object.entries({ timeZone: timezone, ...given })) {
    if (validatePolicy({ [key]: value }).ok) valid[key] = value;
  }
  const merged = validatePolicy(valid);
  return merged.ok ? merged.policy : { ...defaultPolicy };
}

const dateOrUndefined = (value: unknown): Date | undefined => {
  if (typeof value !== 'string' && !(value instanceof Date)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** A stored event back into the domain's record (only what deadlines read). */
export function toEventRecord(event: StoredEvent): CaseEventRecord {
  const data = event.data ?? {};
  const record: CaseEventRecord = {
    action: event.action as CaseAction,
    fromState: event.fromState as CaseState,
    toState: event.toState as CaseState,
    at: new Date(event.at),
    attempt: typeof data['attempt'] === 'number' ? data['attempt'] : 1,
  };
  if (event.reasonCode) record.reasonCode = event.reasonCode as ReasonCode;
  const retryAfter = dateOrUndefined(data['retryAfter']);
  if (retryAfter) record.retryAfter = retryAfter;
  const receivedAt = dateOrUndefined(data['receivedAt']);
  if (receivedAt) record.receivedAt = receivedAt;
  if (data['reuploadOffered'] === true) record.reuploadOffered = true;
  return record;
}

export function snapshotOf(row: {
  type: CaseType;
  state: CaseState;
  stateEnteredAt: Date;
  attempt: number;
  submittedAt: Date | null;
  bank: string | null;
  cardLast4: string | null;
  retryAfter: Date | null;
  lastReasonCode: string | null;
  passportExpiry?: Date | null;
  visaExpiry?: Date | null;
}): CaseSnapshot {
  return {
    type: row.type,
    state: row.state,
    stateEnteredAt: row.stateEnteredAt,
    attempt: row.attempt,
    submittedAt: row.submittedAt,
    bank: row.bank as BankCode | null,
    cardLast4: row.cardLast4,
    retryAfter: row.retryAfter,
    lastReasonCode: row.lastReasonCode as ReasonCode | null,
    passportExpiry: row.passportExpiry ?? null,
    visaExpiry: row.visaExpiry ?? null,
  };
}

/** The reminders a case should have now (pure; exported for tests and the calendar). */
export function plannedReminders(
  snapshot: CaseSnapshot,
  events: CaseEventRecord[],
  policy: Policy,
  now: Date,
): PlannedReminder[] {
  return deadlinesFor(snapshot, events, policy, now).map((deadline) => ({
    kind: deadline.kind,
    key: deadline.key,
    audience: audienceOf[deadline.audience],
    dueAt: deadline.dueAt,
    reason: deadline.reason.en,
    reasonZh: deadline.reason.zh,
  }));
}

export type CaseWrites = {
  deleteIds: string[];
  updates: (PlannedReminder & { id: string })[];
  inserts: PlannedReminder[];
  nextDueAt: Date | null;
};

/**
 * What the planner needs besides the case row, for a query over "case" c JOIN "client" cl JOIN "organization" o:
 * the client's document expiries, the organization's zone and policy, the machine events of the current attempt
 * and every reminder of the case.
 */
export const PLANNER_COLUMNS = Prisma.sql`
  c."archivedAt", cl."passportExpiry", cl."visaExpiry", o.timezone, o.policy,
  coalesce((SELECT json_agg(json_build_object('action', e.action, 'fromState', e."fromState", 'toState', e."toState",
                                              'at', e.at, 'reasonCode', e."reasonCode", 'data', e.data) ORDER BY e.at)
            FROM "case_event" e
            WHERE e."organizationId" = c."organizationId" AND e."caseId" = c.id AND e.action = ANY(${MACHINE_EVENTS}::text[])
              AND e."versionAfter" IS NOT NULL AND (e.data->>'attempt')::int = c.attempt), '[]'::json) AS events,
  coalesce((SELECT json_agg(json_build_object('id', r.id, 'key', r.key, 'status', r.status, 'manual', r.manual,
                                              'dueAt', r."dueAt", 'snoozedUntil', r."snoozedUntil", 'reason', r.reason,
                                              'audience', r.audience))
            FROM "reminder" r WHERE r."organizationId" = c."organizationId" AND r."caseId" = c.id), '[]'::json) AS reminders`;

/** The reminder writes that bring one case in line with its deadlines now (pure). */
export function planCase(row: PlannerRow, now: Date): CaseWrites {
  // An archived case has no deadlines; its manual reminders stay.
  const planned = row.archivedAt
    ? []
    : plannedReminders(
        snapshotOf(row),
        row.events.map(toEventRecord),
        organizationPolicy(row.timezone, row.policy),
        now,
      );
  const plannedByKey = new Map(planned.map((reminder) => [reminder.key, reminder]));
  const existingByKey = new Map(row.reminders.filter((r) => r.key !== null).map((r) => [r.key as string, r]));
  const writes: CaseWrites = { deleteIds: [], updates: [], inserts: [], nextDueAt: null };
  // The PENDING reminders the writes leave behind.
  const pending: DueReminder[] = [];
  for (const reminder of row.reminders) {
    if (reminder.status !== 'PENDING') continue;
    const next = reminder.key === null || reminder.manual ? undefined : plannedByKey.get(reminder.key);
    if (reminder.manual || (next && reminder.snoozedUntil !== null)) {
      pending.push(reminder);
    } else if (!next) {
      writes.deleteIds.push(reminder.id);
    } else {
      pending.push({ dueAt: next.dueAt, snoozedUntil: null });
      if (
        new Date(reminder.dueAt).getTime() !== next.dueAt.getTime() ||
        reminder.reason !== next.reason ||
        reminder.audience !== next.audience
      ) {
        writes.updates.push({ ...next, id: reminder.id });
      }
    }
  }
  for (const reminder of planned) {
    if (existingByKey.has(reminder.key)) continue;
    writes.inserts.push(reminder);
    pending.push({ dueAt: reminder.dueAt, snoozedUntil: null });
  }
  writes.nextDueAt = nextDueOf(pending);
  return writes;
}

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

/** Replace one case's planned reminders and set its nextDueAt (see the rules above). */
export async function replaceReminders(
  tx: SqlRunner,
  scope: PlannerScope,
  now: Date = new Date(),
): Promise<PlanResult | undefined> {
  const [result] = await replanCases(tx, scope.organizationId, [scope.caseId], now);
  return result;
}
