import { Injectable } from '@nestjs/common';
import { documentChecklist } from '@waiji/domain';
import type {
  CaseListQuery,
  CaseListResponse,
  CaseResponse,
  CaseTagsQuery,
  CaseTagsResponse,
  CreateCaseRequest,
  UpdateCaseRequest,
} from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { ApiError } from '../common/api-error';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { replaceReminders } from '../reminders/reminder-planner';
import { AssignmentNotices } from './assignment-notices';
import { listCasePage, mergeFilters, viewFilters } from './case-list';
import { tagSuggestions } from './case-tags';
import { appendEvent, eventValues, insertEventsSql } from '../database/case-events';
import { loadCase, toCaseResponse } from './case-rows';
import { checklistKey } from './checklist.service';
import { caseCreatedPayload, recordWebhookEvent } from '../webhooks/webhook-events';

/** Staff member of the organization (not a portal client), or 422. */
export async function assertAssignable(tx: Tx, organizationId: string, userId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ ok: number }[]>`
    SELECT 1 AS ok FROM "membership" WHERE "organizationId" = ${organizationId}::uuid AND "userId" = ${userId}::uuid AND role <> 'CLIENT'`;
  if (rows.length === 0)
    throw new ApiError('DOMAIN_RULE', 'The assignee must be a staff member of this organization', {
      field: 'assigneeId',
    });
}

/** Cases one at a time (open, read, edit, archive) and the list; bulk edits and the CSV export have their own services. */
@Injectable()
export class CasesService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly assignments: AssignmentNotices,
  ) {}

  async list(auth: AuthContext, query: CaseListQuery): Promise<CaseListResponse> {
    const now = new Date();
    return this.db.run(
      auth,
      async ({ sql }) => {
        const { view, cursor, limit, ...rest } = query;
        const filters = mergeFilters(view ? await viewFilters(sql, auth, view) : undefined, rest);
        const page = await listCasePage(
          sql,
          { organizationId: auth.organizationId, userId: auth.userId },
          filters,
          { cursor, limit },
          now,
        );
        return { items: page.rows.map((row) => toCaseResponse(row, auth, now)), nextCursor: page.nextCursor };
      },
      { readOnly: true },
    );
  }

  /** Tag suggestions for the list's tag filter. */
  tags(auth: AuthContext, query: CaseTagsQuery): Promise<CaseTagsResponse> {
    return this.db.run(auth, ({ sql }) => tagSuggestions(sql, auth.organizationId, query.q, query.limit), {
      readOnly: true,
    });
  }

  get(auth: AuthContext, caseId: string): Promise<CaseResponse> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) =>
      toCaseResponse(await loadCase(tx, auth.organizationId, caseId), auth),
    );
  }

  create(auth: AuthContext, input: CreateCaseRequest): Promise<CaseResponse> {
    const now = new Date();
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const client = await tx.client.findFirst({
        where: { id: input.clientId, organizationId: auth.organizationId },
        select: { id: true, archivedAt: true },
      });
      if (!client) throw new ApiError('NOT_FOUND', 'No such client');
      if (client.archivedAt)
        throw new ApiError('DOMAIN_RULE', 'The client is archived; restore the client first', { field: 'clientId' });
      if (input.assigneeId) await assertAssignable(tx, auth.organizationId, input.assigneeId);
      const created = await tx.case.create({
        data: {
          organizationId: auth.organizationId,
          clientId: input.clientId,
          type: input.type,
          stateEnteredAt: now,
          bank: input.bank ?? null,
          cardLast4: input.cardLast4 ?? null,
          assigneeId: input.assigneeId ?? null,
          tags: input.tags ?? [],
          priority: input.priority ?? 'NORMAL',
          createdAt: now,
          updatedAt: now,
        },
        select: { id: true },
      });
      await createCaseExtras(tx, {
        organizationId: auth.organizationId,
        caseId: created.id,
        type: input.type,
        actorId: auth.userId,
        now,
      });
      await replaceReminders(tx, { organizationId: auth.organizationId, caseId: created.id }, now);
      await recordWebhookEvent(
        tx.sql,
        auth.organizationId,
        'case.created',
        caseCreatedPayload({ id: created.id, ...input }),
      );
      if (input.assigneeId)
        await this.assignments.afterAssign(tx, auth.organizationId, [created.id], input.assigneeId, auth.userId, now);
      return toCaseResponse(await loadCase(tx, auth.organizationId, created.id), auth, now);
    });
  }

  update(auth: AuthContext, caseId: string, input: UpdateCaseRequest): Promise<CaseResponse> {
    const now = new Date();
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const current = await loadCase(tx, auth.organizationId, caseId, { forUpdate: true });
      const cardChange =
        (input.bank !== undefined && input.bank !== current.bank) ||
        (input.cardLast4 !== undefined && input.cardLast4 !== current.cardLast4);
      if (cardChange && current.state !== 'PREPARING') {
        throw new ApiError(
          'DOMAIN_RULE',
          'The card can only be changed while preparing; afterwards it changes with submit or resubmit',
          { field: input.bank !== undefined ? 'bank' : 'cardLast4' },
        );
      }
      if (input.assigneeId) await assertAssignable(tx, auth.organizationId, input.assigneeId);
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      const note = (field: string, from: unknown, to: unknown) => {
        if (to !== undefined && JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
      };
      note('assigneeId', current.assigneeId, input.assigneeId);
      note('tags', current.tags, input.tags);
      note('priority', current.priority, input.priority);
      note('bank', current.bank, input.bank);
      note('cardLast4', current.cardLast4, input.cardLast4);
      if (Object.keys(changes).length === 0) return toCaseResponse(current, auth, now);
      await tx.case.update({
        where: { id: caseId, organizationId: auth.organizationId },
        data: {
          ...(input.assigneeId !== undefined ? { assigneeId: input.assigneeId } : {}),
          ...(input.tags !== undefined ? { tags: input.tags } : {}),
          ...(input.priority !== undefined ? { priority: input.priority } : {}),
          ...(input.bank !== undefined ? { bank: input.bank } : {}),
          ...(input.cardLast4 !== undefined ? { cardLast4: input.cardLast4 } : {}),
          updatedAt: now,
        },
      });
      await appendEvent(tx, {
        organizationId: auth.organizationId,
        caseId,
        action: 'UPDATED',
        actorId: auth.userId,
        at: now,
        data: { changes },
      });
      if (changes['assigneeId'] && input.assigneeId)
        await this.assignments.afterAssign(tx, auth.organizationId, [caseId], input.assigneeId, auth.userId, now);
      return toCaseResponse(await loadCase(tx, auth.organizationId, caseId), auth, now);
    });
  }

  setArchived(auth: AuthContext, caseId: string, archived: boolean): Promise<CaseResponse> {
    const now = new Date();
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const current = await loadCase(tx, auth.organizationId, caseId, { forUpdate: true });
      if ((current.archivedAt !== null) !== archived) {
        await tx.case.update({
          where: { id: caseId, organizationId: auth.organizationId },
          data: { archivedAt: archived ? now : null, updatedAt: now },
        });
        await appendEvent(tx, {
          organizationId: auth.organizationId,
          caseId,
          action: archived ? 'ARCHIVED' : 'RESTORED',
          actorId: auth.userId,
          at: now,
        });
        await replaceReminders(tx, { organizationId: auth.organizationId, caseId }, now);
      }
      return toCaseResponse(await loadCase(tx, auth.organizationId, caseId), auth, now);
    });
  }
}

/** What every new case gets besides its row: the CREATED event (version 0) and the document checklist. */
export async function createCaseExtras(
  tx: Tx,
  input: {
    organizationId: string;
    caseId: string;
    type: CreateCaseRequest['type'];
    actorId: string | null;
    now: Date;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  const documents = documentChecklist(input.type).map((item) => checklistKey(item.anyOf));
  const created = eventValues({
    organizationId: input.organizationId,
    caseId: input.caseId,
    action: 'CREATED',
    toState: 'PREPARING',
    actorId: input.actorId,
    data: { attempt: 1, type: input.type, ...(input.data ?? {}) },
    versionAfter: 0,
    at: input.now,
  });
  await tx.$executeRaw`
    WITH event AS (${insertEventsSql(created)})
    INSERT INTO "checklist_item" ("organizationId", "caseId", document, "updatedAt")
    SELECT ${input.organizationId}::uuid, ${input.caseId}::uuid, d, ${input.now} FROM unnest(${documents}::text[]) d`;
}
