import { Prisma } from '../generated/prisma/client';
import type { Sql } from './sql-runner';

/**
 * The one place an outbound email is enqueued. A row of "outbound_email" is picked up by the outbox
 * (outbox/outbox.service.ts), which delivers it at or after nextAttemptAt. Its idempotency key is unique, so
 * enqueueing the same email twice — a retried statement, two instances — leaves one row.
 */

/** An email to enqueue. `at`: not before (quiet hours); null means now. */
export type OutboundDraft = {
  key: string;
  address: string;
  subject: string;
  text: string;
  html: string | null;
  headers?: Record<string, string>;
  at: Date | null;
};

/** The record type of a draft in a jsonb array made by draftRecords, for jsonb_to_recordset(…) AS d(…). */
export const DRAFT_RECORD = 'key text, address text, subject text, text text, html text, headers jsonb, at timestamptz';

/** Drafts as the jsonb array DRAFT_RECORD reads, each with any extra fields it carries (e.g. a reminder id to join on). */
export function draftRecords<T extends OutboundDraft>(drafts: T[]): string {
  return JSON.stringify(
    drafts.map((draft) => ({ ...draft, headers: draft.headers ?? {}, at: draft.at?.toISOString() ?? null })),
  );
}

/**
 * The INSERT of outbound emails, as a statement or a data-modifying CTE: one row per row of `drafts`, a query
 * whose columns are "organizationId" and those of DRAFT_RECORD (others are ignored). An existing key is skipped.
 */
export function insertOutboundSql(drafts: string): string {
  return `INSERT INTO "outbound_email" ("organizationId", "idempotencyKey", "toAddress", subject, "textBody", "htmlBody", headers, "nextAttemptAt", "updatedAt")
  SELECT d."organizationId", d.key, d.address, d.subject, d.text, d.html, d.headers, coalesce(d.at, now()), now()
    FROM (${drafts}) d
  ON CONFLICT ("idempotencyKey") DO NOTHING`;
}

/**
 * Cancels outbound emails that have not gone out, as a statement or a data-modifying CTE: the rows matching `where`
 * that are PENDING and not claimed. There is no CANCELLED status: a cancelled email is deleted. The condition is in
 * the DELETE itself: a delivery claims a row with one UPDATE (status SENDING and a lease, under the row's lock), so
 * a DELETE that meets a claim in progress waits for it, re-reads the row and leaves it; a row waiting for a retry is
 * PENDING with no lease, and cancelling it is safe. A SENDING, SENT or FAILED email is never touched: what was sent
 * stays sent.
 */
export function cancelOutboundSql(where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`DELETE FROM "outbound_email" WHERE status = 'PENDING' AND "leaseUntil" IS NULL AND (${where})`;
}

const ENQUEUE_SQL = insertOutboundSql(
  `SELECT $1::uuid AS "organizationId", x.* FROM jsonb_to_recordset($2::jsonb) AS x(${DRAFT_RECORD})`,
);

/** Enqueue an organization's emails on its own; returns how many were new. */
export async function enqueueEmails(
  client: Pick<Sql, 'query'>,
  organizationId: string,
  drafts: OutboundDraft[],
): Promise<number> {
  if (drafts.length === 0) return 0;
  const result = await client.query(ENQUEUE_SQL, [organizationId, draftRecords(drafts)]);
  return result.rowCount ?? 0;
}
