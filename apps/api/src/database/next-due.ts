import { snoozableKinds } from '@waiji/domain';
import { Prisma } from '../generated/prisma/client';
import type { SqlRunner } from './sql-runner';

/**
 * A case's nextDueAt — the one definition. It is the earliest moment one of the case's PENDING reminders is due:
 * its snoozedUntil when snoozed, else its dueAt — and for a chase (the domain's snoozableKinds) no earlier than the
 * case's own snoozedUntil; manual reminders count; null when nothing is pending. The case row stores it so the list
 * sorts and filters overdue cases on an index, so every write that changes a PENDING reminder (or the case's snooze)
 * recomputes it in the same transaction, either in SQL from the reminder table (nextDueSql, refreshNextDueAt) or,
 * when the writes are still being planned, from the reminders they leave behind (nextDueOf). The reminder tick
 * claims a reminder when its effective due moment (effectiveDueSql) has come.
 */

/** A reminder as far as its due moment goes (a kind this list does not hold back, when none is given). */
export type DueReminder = { dueAt: Date | string; snoozedUntil: Date | string | null; kind?: string };

const held = new Set<string>(snoozableKinds);

/** When a PENDING reminder is due: when it was snoozed until, else its dueAt; a chase not before the case's snooze. */
export function effectiveDueAt(reminder: DueReminder, caseSnoozedUntil: Date | string | null = null): Date {
  const own = new Date(reminder.snoozedUntil ?? reminder.dueAt);
  if (caseSnoozedUntil === null || reminder.kind === undefined || !held.has(reminder.kind)) return own;
  const until = new Date(caseSnoozedUntil);
  return until.getTime() > own.getTime() ? until : own;
}

/** nextDueAt of a case whose PENDING reminders are `pending` and whose own snooze is `caseSnoozedUntil`. */
export function nextDueOf(pending: Iterable<DueReminder>, caseSnoozedUntil: Date | string | null = null): Date | null {
  let earliest: number | null = null;
  for (const reminder of pending) {
    const at = effectiveDueAt(reminder, caseSnoozedUntil).getTime();
    if (earliest === null || at < earliest) earliest = at;
  }
  return earliest === null ? null : new Date(earliest);
}

const HELD_KINDS = `'{${snoozableKinds.join(',')}}'::text[]`;

/**
 * effectiveDueAt in SQL, for the reminder row `r` (an alias) and the SQL expression of its case's snoozedUntil.
 * (greatest ignores a NULL snooze.)
 */
export function effectiveDueSql(r: string, caseSnoozedUntil: string): string {
  return `CASE WHEN ${r}.kind = ANY(${HELD_KINDS}) THEN greatest(coalesce(${r}."snoozedUntil", ${r}."dueAt"), ${caseSnoozedUntil})
               ELSE coalesce(${r}."snoozedUntil", ${r}."dueAt") END`;
}

/**
 * nextDueAt as a scalar SQL subquery, for the case whose organization and id the two SQL expressions name
 * (e.g. `c."organizationId"`, `c.id`). Inside one statement it sees the reminder table as the statement began.
 */
export function nextDueSql(organizationId: string, caseId: string): string {
  const snooze = `(SELECT s."snoozedUntil" FROM "case" s WHERE s."organizationId" = ${organizationId} AND s.id = ${caseId})`;
  return `(SELECT min(${effectiveDueSql('r', snooze)}) FROM "reminder" r
            WHERE r."organizationId" = ${organizationId} AND r."caseId" = ${caseId} AND r.status = 'PENDING')`;
}

/** Recompute one case's nextDueAt from its PENDING reminders, e.g. after a helper snoozed it or added a reminder. */
export async function refreshNextDueAt(
  tx: SqlRunner,
  scope: { organizationId: string; caseId: string },
): Promise<void> {
  await tx.$queryRaw`
    UPDATE "case" c SET "nextDueAt" = ${Prisma.raw(nextDueSql('c."organizationId"', 'c.id'))}
    WHERE c."organizationId" = ${scope.organizationId}::uuid AND c.id = ${scope.caseId}::uuid
    RETURNING c.id`;
}
