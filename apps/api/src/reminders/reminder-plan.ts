import {
  type CaseEventRecord,
  type CaseSnapshot,
  type Deadline,
  deadlinesFor,
  pastWhenRecorded,
  type Policy,
} from '@waiji/domain';
import { type DueReminder, nextDueOf } from '../database/next-due';
import { type CaseFacts, organizationPolicy, snapshotOf, type StoredEvent, toEventRecord } from './reminder-snapshot';

// The pure half of the reminder planner: from what it read of a case to the reminder writes that bring the case
// in line with its deadlines, by the rules in reminder-planner.ts (which reads and writes the database).

/** Reminder.audience values. */
export type ReminderAudience = 'HELPER' | 'CLIENT' | 'BOTH';

export type PlannedReminder = {
  kind: string;
  key: string;
  audience: ReminderAudience;
  dueAt: Date;
  reason: string;
  reasonZh: string;
  /** When what it warns of is over (a document's expiry); see the domain's pastWhenRecorded. */
  lapsesAt?: Date;
};

type ExistingReminder = {
  id: string;
  kind: string;
  key: string | null;
  status: string;
  manual: boolean;
  dueAt: string;
  snoozedUntil: string | null;
  reason: string | null;
  audience: string;
};

/** What the planner reads of a case: its row, and PLANNER_COLUMNS (reminder-planner.ts). */
export type PlannerRow = CaseFacts & {
  id: string;
  nextDueAt: Date | null;
  archivedAt: Date | null;
  passportExpiry: Date | null;
  visaExpiry: Date | null;
  timezone: string;
  policy: unknown;
  /** The case's own "snooze until" (its chases wait for it). */
  caseSnoozedUntil: Date | null;
  events: StoredEvent[];
  reminders: ExistingReminder[];
};

const audienceOf: Record<Deadline['audience'], ReminderAudience> = { helper: 'HELPER', client: 'CLIENT', both: 'BOTH' };

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
    ...(deadline.lapsesAt ? { lapsesAt: deadline.lapsesAt } : {}),
  }));
}

export type CaseWrites = {
  deleteIds: string[];
  updates: (PlannedReminder & { id: string })[];
  inserts: PlannedReminder[];
  nextDueAt: Date | null;
};

/**
 * The reminder writes that bring one case in line with its deadlines now (pure). A deadline met for the first time
 * (no reminder has its key) that was already over is not planned: nobody missed it, so nobody is chased for it.
 */
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
      pending.push({ dueAt: next.dueAt, snoozedUntil: null, kind: next.kind });
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
    if (existingByKey.has(reminder.key) || pastWhenRecorded(reminder, now)) continue;
    const { lapsesAt: _lapsesAt, ...insert } = reminder;
    writes.inserts.push(insert);
    pending.push({ dueAt: reminder.dueAt, snoozedUntil: null, kind: reminder.kind });
  }
  writes.nextDueAt = nextDueOf(pending, row.caseSnoozedUntil);
  return writes;
}
