import type { CaseTagsResponse } from '@waiji/contract';
import type { SqlRunner } from '../database/sql-runner';

/**
 * The organization's tags on live cases that contain `q` (case-insensitive), those starting with it first, then the
 * most used, each with its number of live cases. Tags are a text[] column: the query unnests the organization's live
 * cases from the (organizationId, …) indexes. A GIN index on tags could not serve it (nor the list's tag filter) under
 * row-level security, whose tenant role only turns leakproof operators into index conditions (see the migration
 * 20261121000302_case_list_indexes): about as costly as the list's text search on the same cases.
 */
export async function tagSuggestions(
  tx: SqlRunner,
  organizationId: string,
  q: string | undefined,
  limit: number,
): Promise<CaseTagsResponse> {
  const needle = (q ?? '').toLowerCase();
  const rows = await tx.$queryRaw<{ tag: string; count: number }[]>`
    SELECT t.tag, count(*)::int AS count
    FROM "case" c CROSS JOIN LATERAL unnest(c.tags) AS t(tag)
    WHERE c."organizationId" = ${organizationId}::uuid AND c."archivedAt" IS NULL AND c.tags <> '{}'
      AND strpos(lower(t.tag), ${needle}) > 0
    GROUP BY t.tag
    ORDER BY strpos(lower(t.tag), ${needle}) = 1 DESC, count(*) DESC, lower(t.tag), t.tag COLLATE "C"
    LIMIT ${limit}`;
  return { items: rows.map((row) => ({ tag: row.tag, count: row.count })) };
}
