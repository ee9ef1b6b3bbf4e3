import { Injectable } from '@nestjs/common';
import type { CaseSnoozeResponse, CaseWatchersResponse } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { ApiError } from '../common/api-error';
import { appendEvent } from '../database/case-events';
import { refreshNextDueAt } from '../database/next-due';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { loadCase } from './case-rows';

/** How far ahead a case may be snoozed. */
const MAX_SNOOZE_DAYS = 366;

/**
 * Keeping track of a case without owning it. Following (case_watcher): anyone of the organization but a portal client
 * may follow a case, and then hears of it as of their own (reminder-recipients.ts). Snoozing (case.snoozedUntil): a
 * helper holds back the case's chases until a date (database/next-due.ts); it shows on the timeline as an UPDATED
 * entry of snoozedUntil and ends by itself when the date comes.
 */
@Injectable()
export class FollowUpService {
  constructor(private readonly db: TenantDatabase) {}

  watchers(auth: AuthContext, caseId: string): Promise<CaseWatchersResponse> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      await loadCase(tx, auth.organizationId, caseId);
      return this.watchersOf(tx, auth, caseId);
    });
  }

  /** Follow (true) or stop following (false) the case, as the caller; doing it twice changes nothing. */
  setWatching(auth: AuthContext, caseId: string, watching: boolean): Promise<CaseWatchersResponse> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      await loadCase(tx, auth.organizationId, caseId);
      if (watching) {
        await tx.$executeRaw`
          INSERT INTO "case_watcher" ("organizationId", "caseId", "userId")
          VALUES (${auth.organizationId}::uuid, ${caseId}::uuid, ${auth.userId}::uuid)
          ON CONFLICT ("caseId", "userId") DO NOTHING`;
      } else {
        await tx.caseWatcher.deleteMany({
          where: { organizationId: auth.organizationId, caseId, userId: auth.userId },
        });
      }
      return this.watchersOf(tx, auth, caseId);
    });
  }

  snoozeState(auth: AuthContext, caseId: string): Promise<CaseSnoozeResponse> {
    const now = new Date();
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => this.snoozeOf(tx, auth, caseId, now));
  }

  /** Snooze the case's chases until `until` (null: wake it now); its nextDueAt follows in the same transaction. */
  snooze(auth: AuthContext, caseId: string, until: Date | null): Promise<CaseSnoozeResponse> {
    const now = new Date();
    if (until && until.getTime() <= now.getTime())
      throw new ApiError('DOMAIN_RULE', 'until must be in the future', { field: 'until' });
    if (until && until.getTime() > now.getTime() + MAX_SNOOZE_DAYS * 86_400_000)
      throw new ApiError('DOMAIN_RULE', `A case can be snoozed for ${MAX_SNOOZE_DAYS} days at most`, {
        field: 'until',
      });
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const current = await loadCase(tx, auth.organizationId, caseId, { forUpdate: true });
      if (current.archivedAt) throw new ApiError('DOMAIN_RULE', 'The case is archived; restore it first');
      const [row] = await tx.$queryRaw<{ snoozedUntil: Date | null }[]>`
        SELECT "snoozedUntil" FROM "case" WHERE "organizationId" = ${auth.organizationId}::uuid AND id = ${caseId}::uuid`;
      const from = row?.snoozedUntil && row.snoozedUntil > now ? row.snoozedUntil : null;
      if ((from?.getTime() ?? null) !== (until?.getTime() ?? null)) {
        await tx.$executeRaw`
          UPDATE "case" SET "snoozedUntil" = ${until}, "updatedAt" = ${now}
          WHERE "organizationId" = ${auth.organizationId}::uuid AND id = ${caseId}::uuid`;
        await refreshNextDueAt(tx, { organizationId: auth.organizationId, caseId });
        await appendEvent(tx, {
          organizationId: auth.organizationId,
          caseId,
          action: 'UPDATED',
          actorId: auth.userId,
          at: now,
          data: { changes: { snoozedUntil: { from: from?.toISOString() ?? null, to: until?.toISOString() ?? null } } },
        });
      }
      return this.snoozeOf(tx, auth, caseId, now);
    });
  }

  private async watchersOf(tx: Tx, auth: AuthContext, caseId: string): Promise<CaseWatchersResponse> {
    const rows = await tx.$queryRaw<{ id: string; displayName: string }[]>`
      SELECT u.id, u."displayName" FROM "case_watcher" w JOIN "user" u ON u.id = w."userId"
      WHERE w."organizationId" = ${auth.organizationId}::uuid AND w."caseId" = ${caseId}::uuid
      ORDER BY w."createdAt", u.id`;
    return { watching: rows.some((row) => row.id === auth.userId), watchers: rows };
  }

  private async snoozeOf(tx: Tx, auth: AuthContext, caseId: string, now: Date): Promise<CaseSnoozeResponse> {
    const [row] = await tx.$queryRaw<{ snoozedUntil: Date | null; nextDueAt: Date | null }[]>`
      SELECT "snoozedUntil", "nextDueAt" FROM "case" WHERE "organizationId" = ${auth.organizationId}::uuid AND id = ${caseId}::uuid`;
    if (!row) throw new ApiError('NOT_FOUND', 'No such case');
    const snoozed = row.snoozedUntil && row.snoozedUntil > now ? row.snoozedUntil : null;
    return { snoozedUntil: snoozed?.toISOString() ?? null, nextDueAt: row.nextDueAt?.toISOString() ?? null };
  }
}
