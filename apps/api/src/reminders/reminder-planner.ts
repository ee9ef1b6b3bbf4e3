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
import type { Tx } from '../database/tenant-database';

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
 * - case.nextDueAt becomes the earliest PENDING reminder (snoozedUntil when snoozed, manual ones included).
 */

export type PlannerScope = { organizationId: string; caseId: string };

/** Reminder.audience values. */
export type ReminderAudience = 'HELPER' | 'CLIENT' | 'BOTH';

export type PlannedReminder = { kind: string; key: string; audience: ReminderAudience; dueAt: Date; reason: string; reasonZh: string };

export type PlanResult = { caseId: string; nextDueAt: Date | null; inserted: number; updated: number; deleted: number };

type ExistingReminder = { id: string; key: string | null; status: string; manual: boolean; dueAt: string; snoozedUntil: string | null; reason: string | null; audience: string };

type PlannerRow = {
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
export type StoredEvent = { action: string; fromState: CaseState | null; toState: CaseState | null; at: string | Date; reasonCode: string | null; data: Record<string, unknown> };

const audienceOf: Record<Deadline['audience'], ReminderAudience> = { helper: 'HELPER', client: 'CLIENT', both: 'BOTH' };
const MACHINE_EVENTS = ['submit', 'resubmit', 'confirm_deposit', 'reject', 'await_deposit', 'start_review', 'approve'];

/** The organization's policy: its `policy` JSON over the domain defaults, in its time zone. Invalid overrides fall back. */
export function organizationPolicy(timezone: string, overrides: unknown): Policy {
  const given = overrides !== null && typeof overrides === 'object' && !Array.isArray(overrides) ? overrides : {};
  const merged = validatePolicy({ timeZone: timezone, ...given });
  if (merged.ok) return merged.policy;
  const zoneOnly = validatePolicy({ timeZone: timezone });
  return zoneOnly.ok ? zoneOnly.policy : { ...defaultPolicy };
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
export function plannedReminders(snapshot: CaseSnapshot, events: CaseEventRecord[], policy: Policy, now: Date): PlannedReminder[] {
  return deadlinesFor(snapshot, events, policy, now).map((deadline) => ({
    kind: deadline.kind,
    key: deadline.key,
    audience: audienceOf[deadline.audience],
    dueAt: deadline.dueAt,
    reason: deadline.reason.en,
    reasonZh: deadline.reason.zh,
  }));
}

type CaseWrites = { deleteIds: string[]; updates: (PlannedReminder & { id: string })[]; inserts: PlannedReminder[]; nextDueAt: Date | null };

function writesFor(row: PlannerRow, now: Date): CaseWrites {
  // An archived case has no deadlines; its manual reminders stay.
  const planned = row.archivedAt ? [] : plannedReminders(snapshotOf(row), row.events.map(toEventRecord), organizationPolicy(row.timezone, row.policy), now);
  const plannedByKey = new Map(planned.map((reminder) => [reminder.key, reminder]));
  const existingByKey = new Map(row.reminders.filter((r) => r.key !== null).map((r) => [r.key as string, r]));
  const writes: CaseWrites = { deleteIds: [], updates: [], inserts: [], nextDueAt: null };
  const pendingDue: number[] = [];
  for (const reminder of row.reminders) {
    if (reminder.status !== 'PENDING') continue;
    const next = reminder.key === null || reminder.manual ? undefined : plannedByKey.get(reminder.key);
    if (reminder.manual || (next && reminder.snoozedUntil !== null)) {
      pendingDue.push(new Date(reminder.snoozedUntil ?? reminder.dueAt).getTime());
    } else if (!next) {
      writes.deleteIds.push(reminder.id);
    } else {
      pendingDue.push(next.dueAt.getTime());
      if (new Date(reminder.dueAt).getTime() !== next.dueAt.getTime() || reminder.reason !== next.reason || reminder.audience !== next.audience) {
        writes.updates.push({ ...next, id: reminder.id });
      }
    }
  }
  for (const reminder of planned) {
    if (existingByKey.has(reminder.key)) continue;
    writes.inserts.push(reminder);
    pendingDue.push(reminder.dueAt.getTime());
  }
  writes.nextDueAt = pendingDue.length > 0 ? new Date(Math.min(...pendingDue)) : null;
  return writes;
}

/**
 * Replace the planned reminders of these cases (one organization) and set their nextDueAt: one read, one
 * write, whatever the number of cases. Unknown ids (or another organization's) are ignored.
 */
export async function replanCases(tx: Tx, organizationId: string, caseIds: string[], now: Date = new Date()): Promise<PlanResult[]> {
  if (caseIds.length === 0) return [];
  const rows = await tx.$queryRaw<PlannerRow[]>`
    SELECT c.id, c.type, c.state, c."stateEnteredAt", c.attempt, c."submittedAt", c.bank, c."cardLast4", c."retryAfter",
           c."lastReasonCode", c."nextDueAt", c."archivedAt", cl."passportExpiry", cl."visaExpiry", o.timezone, o.policy,
           coalesce((SELECT json_agg(json_build_object('action', e.action, 'fromState', e."fromState", 'toState', e."toState",
                                                       'at', e.at, 'reasonCode', e."reasonCode", 'data', e.data) ORDER BY e.at)
                     FROM "case_event" e
                     WHERE e."organizationId" = c."organizationId" AND e."caseId" = c.id AND e.action = ANY(${MACHINE_EVENTS}::text[])
                       AND e."versionAfter" IS NOT NULL AND (e.data->>'attempt')::int = c.attempt), '[]'::json) AS events,
           coalesce((SELECT json_agg(json_build_object('id', r.id, 'key', r.key, 'status', r.status, 'manual', r.manual,
                                                       'dueAt', r."dueAt", 'snoozedUntil', r."snoozedUntil", 'reason', r.reason,
                                                       'audience', r.audience))
                     FROM "reminder" r WHERE r."organizationId" = c."organizationId" AND r."caseId" = c.id), '[]'::json) AS reminders
    FROM "case" c
    JOIN "client" cl ON cl.id = c."clientId" AND cl."organizationId" = c."organizationId"
    JOIN "organization" o ON o.id = c."organizationId"
    WHERE c."organizationId" = ${organizationId}::uuid AND c.id = ANY(${caseIds}::uuid[])`;

  const deleteIds: string[] = [];
  const updates: Record<string, unknown>[] = [];
  const inserts: Record<string, unknown>[] = [];
  const nextDue: { id: string; nextDueAt: string | null }[] = [];
  const results: PlanResult[] = [];
  for (const row of rows) {
    const writes = writesFor(row, now);
    deleteIds.push(...writes.deleteIds);
    for (const u of writes.updates) updates.push({ id: u.id, kind: u.kind, audience: u.audience, dueAt: u.dueAt.toISOString(), reason: u.reason, reasonZh: u.reasonZh });
    for (const i of writes.inserts) inserts.push({ caseId: row.id, kind: i.kind, key: i.key, audience: i.audience, dueAt: i.dueAt.toISOString(), reason: i.reason, reasonZh: i.reasonZh });
    if ((row.nextDueAt?.getTime() ?? null) !== (writes.nextDueAt?.getTime() ?? null)) nextDue.push({ id: row.id, nextDueAt: writes.nextDueAt?.toISOString() ?? null });
    results.push({ caseId: row.id, nextDueAt: writes.nextDueAt, inserted: writes.inserts.length, updated: writes.updates.length, deleted: writes.deleteIds.length });
  }
  if (deleteIds.length + updates.length + inserts.length + nextDue.length === 0) return results;

  // One statement: the CTEs touch different reminder rows, and the case update reads none of them.
  await tx.$executeRaw`
    WITH deleted AS (
      DELETE FROM "reminder"
      WHERE "organizationId" = ${organizationId}::uuid AND id = ANY(${deleteIds}::uuid[]) AND status = 'PENDING'
    ), updated AS (
      UPDATE "reminder" r SET kind = x.kind, audience = x.audience, "dueAt" = x."dueAt", reason = x.reason, "reasonZh" = x."reasonZh", "updatedAt" = now()
      FROM jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) AS x(id uuid, kind text, audience text, "dueAt" timestamptz, reason text, "reasonZh" text)
      WHERE r."organizationId" = ${organizationId}::uuid AND r.id = x.id AND r.status = 'PENDING'
    ), inserted AS (
      INSERT INTO "reminder" ("organizationId", "caseId", kind, key, audience, "dueAt", reason, "reasonZh", "updatedAt")
      SELECT ${organizationId}::uuid, x."caseId", x.kind, x.key, x.audience, x."dueAt", x.reason, x."reasonZh", now()
      FROM jsonb_to_recordset(${JSON.stringify(inserts)}::jsonb)
        AS x("caseId" uuid, kind text, key text, audience text, "dueAt" timestamptz, reason text, "reasonZh" text)
      ON CONFLICT ("caseId", key) DO NOTHING
    )
    UPDATE "case" c SET "nextDueAt" = x."nextDueAt"
    FROM jsonb_to_recordset(${JSON.stringify(nextDue)}::jsonb) AS x(id uuid, "nextDueAt" timestamptz)
    WHERE c."organizationId" = ${organizationId}::uuid AND c.id = x.id`;
  return results;
}

/** Replace one case's planned reminders and set its nextDueAt (see the rules above). */
export async function replaceReminders(tx: Tx, scope: PlannerScope, now: Date = new Date()): Promise<PlanResult | undefined> {
  const [result] = await replanCases(tx, scope.organizationId, [scope.caseId], now);
  return result;
}

/** Recompute case.nextDueAt alone from its PENDING reminders, e.g. after a tick sent one or a helper snoozed one. */
export async function refreshNextDueAt(tx: Tx, scope: PlannerScope): Promise<void> {
  await tx.$executeRaw`
    UPDATE "case" c SET "nextDueAt" = (
      SELECT min(coalesce(r."snoozedUntil", r."dueAt")) FROM "reminder" r
      WHERE r."organizationId" = c."organizationId" AND r."caseId" = c.id AND r.status = 'PENDING')
    WHERE c."organizationId" = ${scope.organizationId}::uuid AND c.id = ${scope.caseId}::uuid`;
}
