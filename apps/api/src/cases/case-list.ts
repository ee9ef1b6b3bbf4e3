import type { CaseFilters, CaseListQuery } from '@waiji/contract';
import { caseFilters } from '@waiji/contract';
import { Prisma } from '../generated/prisma/client';
import { caseStates, caseTypes, documentChecklist, oneOf, priorities } from '@waiji/domain';
import { decodeCursor, encodeCursor, instantOf, isUuid } from '../database/keyset';
import { CASE_COLUMNS, type CaseRow } from './case-rows';
import type { SqlRunner } from '../database/sql-runner';
import type { AuthContext } from '../auth/auth-context';
import { ApiError } from '../common/api-error';

type Sort = NonNullable<CaseFilters['sort']>;
type Order = NonNullable<CaseFilters['order']>;

/** Opaque keyset cursor: the sort, the last row's sort value and id. */
type Cursor = { s: Sort; o: Order; v: string | null; id: string };

/** The priority sort's cursor value, "PRIORITY|updatedAt": within a priority, cases go by their last change. */
function priorityValue(v: string): { priority: (typeof priorities)[number]; updatedAt: string } | undefined {
  const [priority, updatedAt, ...rest] = v.split('|');
  return oneOf(priorities, priority) && updatedAt !== undefined && rest.length === 0 && instantOf(updatedAt)
    ? { priority, updatedAt }
    : undefined;
}

/**
 * A cursor of this sort and order only: its value is a state for the state sort, a priority and a time for the
 * priority sort, else a row time (or null).
 */
function readCaseCursor(text: string, sort: Sort, order: Order): Cursor {
  return decodeCursor(text, (value) => {
    const cursor = (value ?? {}) as Partial<Record<keyof Cursor, unknown>>;
    if (cursor.s !== sort || cursor.o !== order || !isUuid(cursor.id)) return undefined;
    const v = cursor.v;
    if (v !== null && typeof v !== 'string') return undefined;
    const valueOk =
      sort === 'priority'
        ? v !== null && priorityValue(v) !== undefined
        : v === null || (sort === 'state' ? caseStates.some((state) => state === v) : instantOf(v) !== undefined);
    return valueOk ? { s: sort, o: order, v, id: cursor.id } : undefined;
  });
}

const ESCAPE_LIKE = /[\\%_]/g;

/** Whether each case type's own checklist items are required, as rows for SQL (an added item says it itself). */
const REQUIRED_ITEMS = Prisma.join(
  caseTypes.flatMap((type) =>
    documentChecklist(type).map(
      (item) => Prisma.sql`(${type}::text, ${item.anyOf.join('_OR_')}::text, ${item.required}::boolean)`,
    ),
  ),
);

/** A case has no required document request left that is not accepted or waived (cases/checklist.service.ts). */
const DOCUMENTS_READY = Prisma.sql`NOT EXISTS (
  SELECT 1 FROM "checklist_item" i
    LEFT JOIN (VALUES ${REQUIRED_ITEMS}) AS t(type, document, required)
      ON t.type = c.type::text AND t.document = i.document
   WHERE i."caseId" = c.id AND i.status NOT IN ('ACCEPTED', 'WAIVED') AND coalesce(i.required, t.required, true))`;

const likePattern = (q: string) => `%${q.toLowerCase().replace(ESCAPE_LIKE, (char) => `\\${char}`)}%`;

/** The text search samples the organization's latest cases … */
export const SEARCH_SAMPLE = 1000;
/** … and a word found in at least this many of them is common. */
export const SEARCH_COMMON = 5;

/**
 * How the text filter runs (issue 21). Under row-level security LIKE cannot be an index condition, so a rare
 * word goes through waiji_search_cases (SECURITY DEFINER, bound to the transaction's organization, on the
 * trigram index: migration 20261202200000_search_and_reports), and a common one stays a plain LIKE, which the
 * planner checks row by row along the sort's index until the page is full (few rows for a common word). Which one:
 * how often the word occurs in the organization's latest SEARCH_SAMPLE cases (one short walk of an index). Both
 * paths answer the same cases; the choice only decides how fast.
 */
export async function searchPath(tx: SqlRunner, organizationId: string, q: string): Promise<'index' | 'scan'> {
  const rows = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*) FILTER (WHERE s."searchText" LIKE ${likePattern(q)})::int AS n
    FROM (SELECT c."searchText" FROM "case" c WHERE c."organizationId" = ${organizationId}::uuid
          ORDER BY c."updatedAt" DESC LIMIT ${SEARCH_SAMPLE}) s`;
  return (rows[0]?.n ?? 0) >= SEARCH_COMMON ? 'scan' : 'index';
}

/** The WHERE conditions of the filters (always within the organization); `search`: see searchPath. */
export function filterConditions(
  organizationId: string,
  userId: string,
  filters: CaseFilters,
  now: Date,
  search: 'index' | 'scan' = 'index',
): Prisma.Sql[] {
  const where: Prisma.Sql[] = [Prisma.sql`c."organizationId" = ${organizationId}::uuid`];
  const archived = filters.archived ?? 'exclude';
  if (archived === 'exclude') where.push(Prisma.sql`c."archivedAt" IS NULL`);
  if (archived === 'only') where.push(Prisma.sql`c."archivedAt" IS NOT NULL`);
  if (filters.state?.length === 1) where.push(Prisma.sql`c.state = ${filters.state[0]}::"CaseState"`);
  else if (filters.state) where.push(Prisma.sql`c.state = ANY(${filters.state}::"CaseState"[])`);
  if (filters.type?.length === 1) where.push(Prisma.sql`c.type = ${filters.type[0]}::"CaseType"`);
  else if (filters.type) where.push(Prisma.sql`c.type = ANY(${filters.type}::"CaseType"[])`);
  if (filters.priority) where.push(Prisma.sql`c.priority = ANY(${filters.priority}::"Priority"[])`);
  if (filters.assignee === 'none') where.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (filters.assignee)
    where.push(Prisma.sql`c."assigneeId" = ${filters.assignee === 'me' ? userId : filters.assignee}::uuid`);
  if (filters.bank) where.push(Prisma.sql`c.bank = ${filters.bank}`);
  if (filters.tag) where.push(Prisma.sql`c.tags @> ARRAY[${filters.tag}]::text[]`);
  if (filters.clientId) where.push(Prisma.sql`c."clientId" = ${filters.clientId}::uuid`);
  if (filters.overdue === true) where.push(Prisma.sql`c."nextDueAt" < ${now}`);
  if (filters.overdue === false) where.push(Prisma.sql`(c."nextDueAt" IS NULL OR c."nextDueAt" >= ${now})`);
  if (filters.dueBefore) where.push(Prisma.sql`c."nextDueAt" < ${new Date(filters.dueBefore)}`);
  if (filters.documentsReady === true) where.push(DOCUMENTS_READY);
  if (filters.documentsReady === false) where.push(Prisma.sql`NOT ${DOCUMENTS_READY}`);
  if (filters.q) {
    const pattern = likePattern(filters.q);
    where.push(
      search === 'index'
        ? Prisma.sql`c.id IN (SELECT waiji_search_cases(${pattern}))`
        : // The pattern as a sub-select: planned as "a common word", the planner walks the sort's index.
          Prisma.sql`c."searchText" LIKE (SELECT ${pattern}::text)`,
    );
  }
  return where;
}

const sortColumn: Record<Exclude<Sort, 'priority'>, Prisma.Sql> = {
  updatedAt: Prisma.sql`c."updatedAt"`,
  createdAt: Prisma.sql`c."createdAt"`,
  nextDueAt: Prisma.sql`c."nextDueAt"`,
  state: Prisma.sql`c.state`,
};

function cursorCondition(cursor: Cursor): Prisma.Sql {
  const after = cursor.o === 'asc' ? Prisma.raw('>') : Prisma.raw('<');
  if (cursor.s === 'priority') {
    const value = cursor.v === null ? undefined : priorityValue(cursor.v);
    if (!value)
      throw new ApiError('INVALID_CURSOR', 'Invalid cursor: pass back the nextCursor of the previous page, unchanged');
    return Prisma.sql`(c.priority, c."updatedAt", c.id) ${after} (${value.priority}::"Priority", ${new Date(value.updatedAt)}::timestamptz, ${cursor.id}::uuid)`;
  }
  const column = sortColumn[cursor.s];
  const value =
    cursor.s === 'state'
      ? Prisma.sql`${cursor.v}::"CaseState"`
      : Prisma.sql`${cursor.v === null ? null : new Date(cursor.v)}::timestamptz`;
  if (cursor.s !== 'nextDueAt') return Prisma.sql`(${column}, c.id) ${after} (${value}, ${cursor.id}::uuid)`;
  // nextDueAt sorts NULLS LAST both ways: after a null only nulls follow; after a date, later dates, then the nulls.
  if (cursor.v === null) return Prisma.sql`(c."nextDueAt" IS NULL AND c.id ${after} ${cursor.id}::uuid)`;
  return Prisma.sql`((c."nextDueAt", c.id) ${after} (${value}, ${cursor.id}::uuid) OR c."nextDueAt" IS NULL)`;
}

export type CasePage = { rows: CaseRow[]; nextCursor: string | null };

/** The case columns the page query carries out of its inner select. */
const PAGE_COLUMNS = Prisma.sql`
  c.id, c."organizationId", c."clientId", c.type, c.state, c.version, c.attempt, c."stateEnteredAt", c."submittedAt", c."assigneeId",
  c.bank, c."cardLast4", c."cardNetwork", c."cardIssuingCountry", c."cardDeclines", c.tags, c.priority, c."retryAfter",
  c."lastReasonCode", c."nextDueAt", c."archivedAt", c."createdAt", c."updatedAt"`;

/**
 * One page of the filtered, sorted case list: keyset pagination on (sort value, id). The page is chosen from
 * the case table alone (every filter is a case column) and only its rows are joined to client and assignee.
 */
export async function listCasePage(
  tx: SqlRunner,
  scope: { organizationId: string; userId: string },
  filters: CaseFilters,
  page: { cursor?: string | undefined; limit: number },
  now: Date,
): Promise<CasePage> {
  const sort: Sort = filters.sort ?? 'updatedAt';
  const order: Order = filters.order ?? (sort === 'nextDueAt' || sort === 'state' ? 'asc' : 'desc');
  const search = filters.q ? await searchPath(tx, scope.organizationId, filters.q) : undefined;
  const where = filterConditions(scope.organizationId, scope.userId, filters, now, search);
  if (page.cursor) where.push(cursorCondition(readCaseCursor(page.cursor, sort, order)));
  const direction = Prisma.raw(order === 'asc' ? 'ASC' : 'DESC');
  const nulls = sort === 'nextDueAt' ? Prisma.raw(' NULLS LAST') : Prisma.empty;
  // Priority: the most urgent first (the enum's order), then by last change; the index (organizationId, priority,
  // updatedAt) serves it.
  const orderBy =
    sort === 'priority'
      ? Prisma.sql`ORDER BY c.priority ${direction}, c."updatedAt" ${direction}, c.id ${direction}`
      : Prisma.sql`ORDER BY ${sortColumn[sort]} ${direction}${nulls}, c.id ${direction}`;
  const rows = await tx.$queryRaw<CaseRow[]>`
    SELECT ${CASE_COLUMNS}
    FROM (SELECT ${PAGE_COLUMNS} FROM "case" c WHERE ${Prisma.join(where, ' AND ')} ${orderBy} LIMIT ${page.limit + 1}) c
    JOIN "client" cl ON cl.id = c."clientId" AND cl."organizationId" = c."organizationId"
    LEFT JOIN "user" u ON u.id = c."assigneeId"
    ${orderBy}`;
  const more = rows.length > page.limit;
  const pageRows = more ? rows.slice(0, page.limit) : rows;
  const last = pageRows[pageRows.length - 1];
  const nextCursor =
    more && last
      ? encodeCursor({
          s: sort,
          o: order,
          v:
            sort === 'state'
              ? last.state
              : sort === 'priority'
                ? `${last.priority}|${last.updatedAt.toISOString()}`
                : (last[sort]?.toISOString() ?? null),
          id: last.id,
        })
      : null;
  return { rows: pageRows, nextCursor };
}

/** Saved-view filters under the query's own; the query string wins field by field. */
export function mergeFilters(
  view: CaseFilters | undefined,
  query: Omit<CaseListQuery, 'view' | 'cursor' | 'limit'>,
): CaseFilters {
  const merged: Record<string, unknown> = { ...(view ?? {}) };
  for (const [key, value] of Object.entries(query)) if (value !== undefined) merged[key] = value;
  return merged as CaseFilters;
}

/** A saved view's filters (the caller's own view or one shared with the organization), or 404. */
export async function viewFilters(tx: SqlRunner, auth: AuthContext, viewId: string): Promise<CaseFilters> {
  const views = await tx.$queryRaw<{ filters: unknown }[]>`
    SELECT filters FROM "saved_view"
    WHERE "organizationId" = ${auth.organizationId}::uuid AND id = ${viewId}::uuid AND ("userId" = ${auth.userId}::uuid OR shared)`;
  const view = views[0];
  if (!view) throw new ApiError('NOT_FOUND', 'No such saved view');
  const parsed = caseFilters.safeParse(view.filters);
  return parsed.success ? parsed.data : {};
}
