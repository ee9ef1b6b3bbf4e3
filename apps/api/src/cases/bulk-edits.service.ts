import { Injectable } from '@nestjs/common';
import type { BulkAssignRequest, BulkResponse, BulkTagRequest } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { appendEvents } from '../database/case-events';
import { AssignmentNotices } from './assignment-notices';
import { assertAssignable } from './cases.service';

/** One change to many cases at once (assignee, tags): one UPDATE, one UPDATED event per case that changed. */
@Injectable()
export class BulkEditsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly assignments: AssignmentNotices,
  ) {}

  bulkAssign(auth: AuthContext, input: BulkAssignRequest): Promise<BulkResponse> {
    const now = new Date();
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      if (input.assigneeId) await assertAssignable(tx, auth.organizationId, input.assigneeId);
      const changed = await tx.$queryRaw<{ id: string; from: string | null }[]>`
        UPDATE "case" c SET "assigneeId" = ${input.assigneeId}::uuid, "updatedAt" = ${now}
        FROM (SELECT id, "assigneeId" AS "from" FROM "case"
              WHERE "organizationId" = ${auth.organizationId}::uuid AND id = ANY(${input.caseIds}::uuid[])
                AND "assigneeId" IS DISTINCT FROM ${input.assigneeId}::uuid FOR UPDATE) old
        WHERE c."organizationId" = ${auth.organizationId}::uuid AND c.id = old.id
        RETURNING c.id, old."from"`;
      await this.bulkEvents(
        tx,
        auth,
        now,
        changed.map((row) => ({ caseId: row.id, changes: { assigneeId: { from: row.from, to: input.assigneeId } } })),
      );
      await this.assignments.afterAssign(
        tx,
        auth.organizationId,
        changed.map((row) => row.id),
        input.assigneeId ?? null,
        auth.userId,
        now,
      );
      return { updated: changed.length };
    });
  }

  bulkTags(auth: AuthContext, input: BulkTagRequest): Promise<BulkResponse> {
    const now = new Date();
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const changed = await tx.$queryRaw<{ id: string; from: string[]; to: string[] }[]>`
        UPDATE "case" c SET tags = next.tags, "updatedAt" = ${now}
        FROM (SELECT id, tags AS "from",
                     ARRAY(SELECT DISTINCT t FROM unnest(tags || ${input.add}::text[]) t WHERE t <> ALL(${input.remove}::text[]) ORDER BY t) AS tags
              FROM "case" WHERE "organizationId" = ${auth.organizationId}::uuid AND id = ANY(${input.caseIds}::uuid[]) FOR UPDATE) next
        WHERE c."organizationId" = ${auth.organizationId}::uuid AND c.id = next.id AND NOT (next.tags @> next."from" AND next."from" @> next.tags)
        RETURNING c.id, next."from", next.tags AS "to"`;
      await this.bulkEvents(
        tx,
        auth,
        now,
        changed.map((row) => ({ caseId: row.id, changes: { tags: { from: row.from, to: row.to } } })),
      );
      return { updated: changed.length };
    });
  }

  private async bulkEvents(
    tx: Tx,
    auth: AuthContext,
    now: Date,
    entries: { caseId: string; changes: Record<string, unknown> }[],
  ): Promise<void> {
    await appendEvents(
      tx.sql,
      entries.map(({ caseId, changes }) => ({
        organizationId: auth.organizationId,
        caseId,
        action: 'UPDATED',
        actorId: auth.userId,
        at: now,
        data: { changes },
      })),
    );
  }
}
