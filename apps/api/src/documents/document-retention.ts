import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, type Config } from '../config/config';
import { insertEventsSql } from '../database/case-events';
import { TenantDatabase } from '../database/tenant-database';
import { Prisma } from '../generated/prisma/client';

/**
 * The retention policy (GDPR/PIPL): a case's document files are deleted `organization.documentRetentionDays` after
 * the case closed (approved, or archived — whichever came first). The scheduler's `documents` job runs this on every
 * instance; one statement claims due files (FOR UPDATE SKIP LOCKED), deletes their encrypted chunks, marks them
 * purged (the metadata and review stay), and writes an audit row and a DOCUMENT timeline entry per file.
 */
@Injectable()
export class DocumentRetention {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** Purges up to one batch of due files; returns how many. */
  async purgeDue(now: Date = new Date()): Promise<{ purged: number }> {
    const limit = Math.min(this.config.scheduler.batchSize, 200);
    const due = Prisma.sql`
      SELECT d.id, d."organizationId", d."caseId", d.kind
        FROM "document" d
        JOIN "case" c ON c.id = d."caseId"
        JOIN "organization" o ON o.id = d."organizationId"
       WHERE d."purgedAt" IS NULL
         AND (c."archivedAt" IS NOT NULL OR c.state = 'APPROVED')
         AND LEAST(c."archivedAt", CASE WHEN c.state = 'APPROVED' THEN c."stateEnteredAt" END)
             + make_interval(days => o."documentRetentionDays") <= ${now}::timestamptz
       ORDER BY d."createdAt"
       LIMIT ${limit}
       FOR UPDATE OF d SKIP LOCKED`;
    // Hand SQL (tx.sql), not Prisma's $queryRaw: the scheduler runs this at start and every few minutes, and Prisma's
    // first query loads its query compiler (~70 MB of RSS) — it waits for the first request that needs the ORM.
    const [result] = await this.db.system(
      async (tx) =>
        await tx.sql.$queryRaw<{ purged: number }[]>`
        WITH due AS (${due}),
        chunks AS (
          DELETE FROM "document_chunk" ch USING due WHERE ch."documentId" = due.id RETURNING 1
        ), purged AS (
          UPDATE "document" d SET "purgedAt" = ${now}, "mrzNumberEnc" = NULL
            FROM due WHERE d.id = due.id
          RETURNING d.id, d."organizationId", d."caseId", d.kind
        ), audited AS (
          INSERT INTO "audit_log" ("organizationId", "actorId", action, "targetType", "targetId", data, at)
          SELECT p."organizationId", NULL, 'document.purged', 'document', p.id::text,
                 jsonb_build_object('caseId', p."caseId", 'kind', p.kind, 'reason', 'retention'), ${now}
            FROM purged p
          RETURNING 1
        ), logged AS (
          ${insertEventsSql(
            Prisma.sql`SELECT p."organizationId", p."caseId", 'DOCUMENT'::text AS action, NULL::"CaseState" AS "fromState",
                              NULL::"CaseState" AS "toState", NULL::uuid AS "actorId", NULL::text AS "reasonCode",
                              NULL::text AS "originalMessage",
                              jsonb_build_object('event', 'purged', 'documentId', p.id, 'kind', p.kind) AS data,
                              NULL::int AS "versionAfter", ${now}::timestamptz AS at
                         FROM purged p`,
            Prisma.sql`RETURNING 1`,
          )}
        )
        SELECT (SELECT count(*) FROM purged)::int AS purged,
               (SELECT count(*) FROM chunks)::int + (SELECT count(*) FROM audited)::int + (SELECT count(*) FROM logged)::int AS written`,
    );
    return { purged: result?.purged ?? 0 };
  }
}
