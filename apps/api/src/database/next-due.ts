import { Prisma } from '../generated/prisma/client';
import type { SqlRunner } from './sql-runner';

/**
 * A case's nextDueAt — the one definition. It is the earliest moment one of the case's PENDING reminders is due:
 * its snoozedUntil when snoozed, else its dueAt; manual reminders count; null when nothing is pending. The case
 * row stores it so the list sorts and filters overdue cases on an index, so every write that changes a PENDING
 * reminder recomputes it in the same transaction, either in SQL from the reminder table (nextDueSql,
 * refreshNextDueAt) or, when the writes are still being planned, from the reminders they leave behind (nextDueOf).
 */

/** A reminder as far as its due moment goes. */
export type DueReminder = { dueAt: Date | string; snoozedUntil: Date | string | null };

/** When a PENDING reminder is due: when it was snoozed until, else its dueAt. */
export function effectiveDueAt(reminder: DueReminder): Date {
  return new Date(reminder.snoozedUntil ?? reminder.dueAt);
}

/** nextDueAt of a case whose PENDING reminders are `pending`. */
export function nextDueOf(pending: Iterable<DueReminder>): Date | null {
  let earliest: number | null = null;
  for (const reminder of pending) {
    const at = effectiveDueAt(reminder).getTime();
    if (earliest === null || at < earliest) earliest = at;
  }
  return earliest === null ? null : new Date(earliest);
}

/**
 * nextDueAt as a scalar SQL subquery, for the case whose organization and id the two SQL expressions name
 * (e.g. `c."organizationId"`, `c.id`). Inside one statement it sees the reminder table as the statement began.
 */
export function nextDueSql(organizationId: string, caseId: string): string {
  return `(SELECT min(coalesce(r."snoozedUntil", r."dueAt")) FROM "reminder" r
            WHERE r."organizationId" = ${organizationId} AND r."caseId" = ${caseId} AND r.status = 'PENDING')`;
}

/** Recompute one case's nextDueAt from its PENDING reminders, e.g. after a helper snoozed or added one. */
export async function refreshNextDueAt(
  tx: SqlRunner,
  scope: { organizationId: string; caseId: string },
): Promise<void> {
  await tx.$queryRaw`
    UPDATE "case" c SET "nextDueAt" = ${Prisma.raw(nextDueSql('c."organizationId"', 'c.id'))}
    WHERE c."organizationId" = ${scope.organizationId}::uuid AND c.id = ${scope.caseId}::uuid
    RETURNING c.id`;
}
