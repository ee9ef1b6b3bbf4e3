import { clientDeadlines, type ReminderFact } from '@waiji/domain';
import type { PortalDeadline } from '@waiji/contract';
import type { SqlRunner } from '../database/sql-runner';

/** The case's pending reminders that concern its client, soonest first (the domain's clientDeadlines decides which). */
export async function portalDeadlines(
  tx: SqlRunner,
  organizationId: string,
  caseId: string,
): Promise<PortalDeadline[]> {
  const rows = await tx.$queryRaw<ReminderFact[]>`
    SELECT kind, key, audience, manual, coalesce("snoozedUntil", "dueAt") AS "dueAt"
    FROM "reminder"
    WHERE "organizationId" = ${organizationId}::uuid AND "caseId" = ${caseId}::uuid AND status = 'PENDING'`;
  return clientDeadlines(rows).map(({ dueAt, ...deadline }) => ({ ...deadline, dueAt: dueAt.toISOString() }));
}
