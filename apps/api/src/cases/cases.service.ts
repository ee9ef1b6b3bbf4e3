import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { documentChecklist } from '@waiji/domain';
import type {
  BulkAssignRequest,
  BulkResponse,
  BulkTagRequest,
  CaseFilters,
  CaseListQuery,
  CaseListResponse,
  CaseResponse,
  CreateCaseRequest,
  UpdateCaseRequest,
} from '@waiji/contract';
import { caseFilters } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { ApiError } from '../common/api-error';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { replaceReminders } from '../reminders/reminder-planner';
import { csvLine } from './imports/csv';
import { listCasePage } from './case-list';
import type { SqlRunner } from '../database/sql-runner';
import { appendEvent, appendEvents, eventValues, insertEventsSql } from '../database/case-events';
import { loadCase, toCaseResponse } from './case-rows';
import { checklistKey } from './checklist.service';

/** Saved-view filters under the query's own; the query string wins field by field. */
export function mergeFilters(
  view: CaseFilters | undefined,
  query: Omit<CaseListQuery, 'view' | 'cursor' | 'limit'>,
): CaseFilters {
  const merged: Record<string, unknown> = { ...(view ?? {}) };
  for (const [key, value] of Object.entries(query)) if (value !== undefined) merged[key] = value;
  return merged as CaseFilters;
}

/** Staff member of the organization (not a portal client), or 422. */
export async function assertAssignable(tx: Tx, organizationId: string, userId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ ok: number }[]>`
    SELECT 1 AS ok FROM "membership" WHERE "organizationId" = ${organizationId}::uuid AND "userId" = ${userId}::uuid AND role <> 'CLIENT'`;
  if (rows.length === 0)
    throw new ApiError('DOMAIN_RULE', 'The assignee must be a staff member of this organization', {
      field: 'assigneeId',
    });
}

const EXPORT_COLUMNS = [
  'id',
  'clientName',
  'clientBankName',
  'passportLast4',
  'type',
  'state',
  'version',
  'attempt',
  'bank',
  'cardLast4',
  'tags',
  'priority',
  'assignee',
  'nextDueAt',
  'retryAfter',
  'lastReasonCode',
  'createdAt',
  'updatedAt',
];

/** A saved view's filters (the caller's own view), or 404. */
async function viewFilters(tx: SqlRunner, auth: AuthContext, viewId: string): Promise<CaseFilters> {
  const views = await tx.$queryRaw<{ filters: unknown }[]>`
    SELECT filters FROM "saved_view" WHERE "organizationId" = ${auth.organizationId}::uuid AND "userId" = ${auth.userId}::uuid AND id = ${viewId}::uuid`;
  const view = views[0];
  if (!view) throw new ApiError('NOT_FOUND', 'No such saved view');
  const parsed = caseFilters.safeParse(view.filters);
  return parsed.success ? parsed.data : {};
}

@Injectable()
export class CasesService {
  constructor(private readonly db: TenantDatabase) {}

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
        return { items: page.rows.map((row) => toCaseResponse(row, now)), nextCursor: page.nextCursor };
      },
      { readOnly: true },
    );
  }

  /**
   * The filtered list as CSV, streamed page by page (each page its own short transaction). The saved view and the
   * first page are read before the stream is handed over, so a refusal (no such view, a bad filter) is answered as
   * a JSON error, not as a file that fails once its headers are out.
   */
  async exportCsv(auth: AuthContext, query: CaseListQuery): Promise<Readable> {
    const db = this.db;
    const now = new Date();
    const { view, cursor: _cursor, limit: _limit, ...rest } = query;
    const filters = mergeFilters(
      view ? await db.run(auth, ({ sql }) => viewFilters(sql, auth, view), { readOnly: true }) : undefined,
      rest,
    );
    const pageAfter = (cursor: string | undefined) =>
      db.run(
        auth,
        ({ sql }) =>
          listCasePage(
            sql,
            { organizationId: auth.organizationId, userId: auth.userId },
            filters,
            { cursor, limit: 1000 },
            now,
          ),
        { readOnly: true },
      );
    const first = await pageAfter(undefined);
    async function* lines(): AsyncGenerator<string> {
      yield csvLine(EXPORT_COLUMNS);
      let page = first;
      for (;;) {
        let chunk = '';
        for (const row of page.rows) {
          chunk += csvLine([
            row.id,
            row.passportName,
            row.clientBankName,
            row.passportLast4,
            row.type,
            row.state,
            row.version,
            row.attempt,
            row.bank,
            row.cardLast4,
            row.tags.join(';'),
            row.priority,
            row.assigneeName,
            row.nextDueAt?.toISOString(),
            row.retryAfter?.toISOString(),
            row.lastReasonCode,
            row.createdAt.toISOString(),
            row.updatedAt.toISOString(),
          ]);
        }
        yield chunk;
        if (!page.nextCursor) return;
        page = await pageAfter(page.nextCursor);
      }
    }
    return Readable.from(lines());
  }

  get(auth: AuthContext, caseId: string): Promise<CaseResponse> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) =>
      toCaseResponse(await loadCase(tx, auth.organizationId, caseId)),
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
      return toCaseResponse(await loadCase(tx, auth.organizationId, created.id), now);
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
      if (Object.keys(changes).length === 0) return toCaseResponse(current, now);
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
      return toCaseResponse(await loadCase(tx, auth.organizationId, caseId), now);
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
      return toCaseResponse(await loadCase(tx, auth.organizationId, caseId), now);
    });
  }

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
