import type { DuplicateClientMatch } from '@waiji/contract';
import type { Tx } from '../database/tenant-database';
import { Prisma } from '../generated/prisma/client';

/**
 * "Is this client already here?" — one definition for the new-client form (409 DUPLICATE_CLIENT) and the import's
 * preview (warnings): an existing client of the organization with the same passport last 4 and the same name once
 * normalised, or the same email (case-insensitive). A row naming an existing client by its externalRef is that
 * client (a re-import), not a duplicate of it.
 */

/** What one candidate is compared on; `key` comes back with its matches (an index, an import line). */
export type DuplicateCandidate = {
  key: number;
  passportName: string;
  passportLast4: string | null;
  email: string | null;
  externalRef?: string | null;
};

/** Matches shown per candidate: enough to recognise the client, never a page of them. */
export const MAX_MATCHES_PER_CANDIDATE = 5;

// Spaces and the punctuation bank and passport systems put in or drop from names; what is left is compared.
const NAME_SEPARATORS = "[[:space:],.'’`´ʼ·-]+";

/**
 * A name as compared: lower case, split at spaces and punctuation, the words sorted (surname first or last alike)
 * and joined without spaces (banks drop them; 王磊 and 王 磊 are one name).
 */
const normalisedName = (name: Prisma.Sql): Prisma.Sql =>
  Prisma.sql`array_to_string(ARRAY(SELECT w FROM regexp_split_to_table(lower(${name}), ${NAME_SEPARATORS}) AS w WHERE w <> '' ORDER BY w), '')`;

type MatchRow = {
  key: number;
  id: string;
  passportName: string;
  passportLast4: string | null;
  email: string | null;
  samePassport: boolean;
  sameEmail: boolean;
  openCases: number;
  archivedAt: Date | null;
};

/**
 * The statement over any relation of candidates with the columns key (int), name, last4, email, "externalRef":
 * a literal list (findDuplicateClients) or rows already in the database (the import's staged rows). Each branch
 * is an equality join (last 4 on its index, email), so a large import compares in one pass.
 */
export function duplicateMatchesSql(organizationId: string, candidates: Prisma.Sql, limit: number): Prisma.Sql {
  return Prisma.sql`
    WITH candidate AS (
      SELECT c.key, ${normalisedName(Prisma.sql`c.name`)} AS name, nullif(c.last4, '') AS last4,
             nullif(lower(c.email), '') AS email, c."externalRef"
      FROM (${candidates}) c
    ), found AS (
      SELECT cand.key, cl.id, cl."createdAt", cl."externalRef" AS "clientRef", true AS "samePassport", false AS "sameEmail", cand."externalRef"
      FROM candidate cand
      JOIN "client" cl ON cl."organizationId" = ${organizationId}::uuid AND cl."passportLast4" = cand.last4
      WHERE cand.name <> '' AND ${normalisedName(Prisma.sql`cl."passportName"`)} = cand.name
      UNION ALL
      SELECT cand.key, cl.id, cl."createdAt", cl."externalRef", false, true, cand."externalRef"
      FROM candidate cand
      JOIN "client" cl ON cl."organizationId" = ${organizationId}::uuid AND lower(cl.email) = cand.email
    ), ranked AS (
      -- Each match carries the client's columns ranking needs, so no match is looked up again (an import compares
      -- thousands of rows).
      SELECT f.key, f.id, bool_or(f."samePassport") AS "samePassport", bool_or(f."sameEmail") AS "sameEmail",
             row_number() OVER (PARTITION BY f.key ORDER BY min(f."createdAt"), f.id) AS rank
      FROM found f
      WHERE f."externalRef" IS NULL OR f."clientRef" IS DISTINCT FROM f."externalRef"
      GROUP BY f.key, f.id
    )
    SELECT r.key, cl.id, cl."passportName", cl."passportLast4", cl.email, r."samePassport", r."sameEmail", cl."archivedAt",
           (SELECT count(*)::int FROM "case" c
             WHERE c."organizationId" = cl."organizationId" AND c."clientId" = cl.id AND c."archivedAt" IS NULL
               AND c.state <> 'APPROVED') AS "openCases"
    FROM ranked r JOIN "client" cl ON cl.id = r.id
    WHERE r.rank <= ${MAX_MATCHES_PER_CANDIDATE}
    ORDER BY r.key, r.rank
    LIMIT ${limit}`;
}

/** The matches of each candidate, grouped by key (candidates without any are absent), in key order. */
export async function runDuplicateMatches(
  tx: Tx,
  organizationId: string,
  candidates: Prisma.Sql,
  limit: number,
): Promise<Map<number, DuplicateClientMatch[]>> {
  const rows = await tx.$queryRaw<MatchRow[]>(duplicateMatchesSql(organizationId, candidates, limit));
  const byKey = new Map<number, DuplicateClientMatch[]>();
  for (const row of rows) {
    const matches = byKey.get(row.key) ?? [];
    matches.push({
      id: row.id,
      passportName: row.passportName,
      passportLast4: row.passportLast4,
      email: row.email,
      matchedOn: [...(row.samePassport ? (['passport'] as const) : []), ...(row.sameEmail ? (['email'] as const) : [])],
      openCases: row.openCases,
      archivedAt: row.archivedAt?.toISOString() ?? null,
    });
    byKey.set(row.key, matches);
  }
  return byKey;
}

/** Existing clients that look like each candidate (see the file's comment), in the caller's transaction. */
export function findDuplicateClients(
  tx: Tx,
  organizationId: string,
  candidates: DuplicateCandidate[],
): Promise<Map<number, DuplicateClientMatch[]>> {
  const rows = candidates.map((candidate) => ({
    key: candidate.key,
    name: candidate.passportName,
    last4: candidate.passportLast4,
    email: candidate.email,
    externalRef: candidate.externalRef ?? null,
  }));
  return runDuplicateMatches(
    tx,
    organizationId,
    Prisma.sql`SELECT x.key, x.name, x.last4, x.email, x."externalRef"
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(key int, name text, last4 text, email text, "externalRef" text)`,
    candidates.length * MAX_MATCHES_PER_CANDIDATE,
  );
}

/** How a match reads in an English message ("Ana Silva (passport …1234)"). */
export function describeMatch(match: DuplicateClientMatch): string {
  return `${match.passportName}${match.passportLast4 ? ` (passport …${match.passportLast4})` : ''}`;
}
