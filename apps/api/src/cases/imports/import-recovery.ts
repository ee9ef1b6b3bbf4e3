import type { Sql } from '../../database/sql-runner';
import type { Tx } from '../../database/tenant-database';
import type { Lease } from './import-jobs';

/**
 * The scheduler's side of import jobs: taking over a job whose run died (its lease ran out) and deleting staged
 * rows (passport numbers among them) never committed within the retention. Claims and purges cross organizations
 * and run in a system session; failing an abandoned upload runs in its organization's transaction.
 */

/** An upload whose instance died: its file is gone, so the job fails and its staged rows go. */
export async function abandonUpload(tx: Tx, job: { id: string; organizationId: string }, lease: Lease): Promise<void> {
  await tx.importRow.deleteMany({ where: { organizationId: job.organizationId, importJobId: job.id } });
  await tx.$executeRaw`
    UPDATE "import_job" SET status = 'FAILED', "finishedAt" = now(), "claimedBy" = NULL, "leaseUntil" = NULL,
           errors = jsonb_build_array(jsonb_build_object('line', 0, 'message', 'The upload was interrupted; upload the file again')) || errors
     WHERE id = ${job.id}::uuid AND status = 'RUNNING' AND "claimedBy" = ${lease.owner}`;
}

// A RUNNING job whose lease ran out was left by a process that died (a live run renews its lease with every batch).
// One at a time: a resumed commit runs before the next is claimed, so claims never wait unleased.
const CLAIM_EXPIRED_SQL = `
UPDATE "import_job" j SET "claimedBy" = $1, "leaseUntil" = now() + $2 * interval '1 millisecond'
  FROM (SELECT id FROM "import_job"
         WHERE status = 'RUNNING' AND ("leaseUntil" IS NULL OR "leaseUntil" < now())
         ORDER BY "leaseUntil" NULLS FIRST, id
         FOR UPDATE SKIP LOCKED
         LIMIT 1) due
 WHERE j.id = due.id
RETURNING j.id, j."organizationId", j."committedById"`;

/** Takes over one RUNNING job whose lease ran out, across organizations (a system session). */
export async function claimExpired(
  sql: Sql,
  lease: Lease,
): Promise<{ id: string; organizationId: string; committedById: string | null } | undefined> {
  const claimed = await sql.query<{ id: string; organizationId: string; committedById: string | null }>(
    CLAIM_EXPIRED_SQL,
    [lease.owner, lease.ms],
  );
  return claimed.rows[0];
}

export type PurgeStats = { jobs: number; rows: number };

const EXPIRED_MESSAGE = 'Not committed in time: the validated rows were deleted; upload the file again';

/** Jobs whose staged rows one purge statement deletes at most. */
export const PURGE_JOBS_PER_STATEMENT = 20;

// Staged rows (passport numbers among them) of jobs that were validated or failed and not committed within the
// retention are deleted; a validated job becomes FAILED, with the reason first among its errors.
const PURGE_SQL = `
WITH stale AS (
  SELECT j.id, j."organizationId", j.status FROM "import_job" j
   WHERE j.status IN ('VALIDATED', 'FAILED') AND j."createdAt" < now() - $1 * interval '1 hour'
     AND EXISTS (SELECT 1 FROM "import_row" r WHERE r."organizationId" = j."organizationId" AND r."importJobId" = j.id)
   ORDER BY j."createdAt"
   FOR UPDATE SKIP LOCKED
   LIMIT $2
), purged AS (
  DELETE FROM "import_row" r USING stale s WHERE r."organizationId" = s."organizationId" AND r."importJobId" = s.id RETURNING 1
), expired AS (
  UPDATE "import_job" j SET status = 'FAILED', "finishedAt" = now(), errors = jsonb_build_array(jsonb_build_object('line', 0, 'message', $3::text)) || j.errors
    FROM stale s WHERE j.id = s.id AND s.status = 'VALIDATED'
  RETURNING 1
)
SELECT (SELECT count(*) FROM stale)::int AS jobs, (SELECT count(*) FROM purged)::int AS rows, (SELECT count(*) FROM expired)::int AS expired`;

/** Deletes the staged rows of up to PURGE_JOBS_PER_STATEMENT jobs older than the retention, across organizations. */
export async function purgeStale(sql: Sql, retentionHours: number): Promise<PurgeStats> {
  const [result] = (await sql.query<PurgeStats>(PURGE_SQL, [retentionHours, PURGE_JOBS_PER_STATEMENT, EXPIRED_MESSAGE]))
    .rows;
  return { jobs: result?.jobs ?? 0, rows: result?.rows ?? 0 };
}
