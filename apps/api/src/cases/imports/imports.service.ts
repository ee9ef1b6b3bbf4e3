import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { z } from 'zod';
import { bankCodes, caseTypes, documentChecklist } from '@waiji/domain';
import {
  cardLast4,
  createClientRequest,
  importColumns,
  type ImportCommitRequest,
  type ImportJobResponse,
  priorities,
  tag,
} from '@waiji/contract';
import type { AuthContext } from '../../auth/auth-context';
import { ApiError } from '../../common/api-error';
import { CONFIG, type Config } from '../../config/config';
import { TenantDatabase, type Tx } from '../../database/tenant-database';
import { PassportCipher, passportLast4 } from '../../clients/passport-cipher';
import { replanCases } from '../../reminders/reminder-planner';
import { SchedulerIdentity } from '../../scheduler/scheduler-identity';
import { checklistKey } from '../checklist.service';
import { CsvError, parseCsv } from './csv';

/** The largest file an upload reads; the controller reads no further either. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const MAX_ROWS = 100_000;
const MAX_STORED_ERRORS = 1_000;
const BATCH = 500;

type ImportError = { line: number; field?: string; message: string };

/** The job's lease went to another run (this one paused longer than the lease): that run carries on. */
class ImportTakenOver extends ApiError {
  constructor() {
    super('CONFLICT', 'This import paused too long and was taken over; follow its progress or upload the file again');
  }
}

export type RecoveryStats = { resumed: number; completed: number; abandoned: number };
export type PurgeStats = { jobs: number; rows: number };

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

const EXPIRED_MESSAGE = 'Not committed in time: the validated rows were deleted; upload the file again';

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

const PURGE_JOBS_PER_STATEMENT = 20;

/** A validated row as staged between the dry run and the commit; the passport number is already encrypted. */
type StagedRow = {
  externalRef: string;
  client: Record<string, unknown>;
  case: { type: string; bank: string | null; cardLast4: string | null; tags: string[]; priority: string } | null;
};

const caseColumns = z.object({
  caseType: z.enum(caseTypes).optional(),
  bank: z.enum(bankCodes).optional(),
  cardLast4: cardLast4.optional(),
  tags: z.array(tag).max(20).optional(),
  priority: z.enum(priorities).optional(),
});

const known = new Map<string, (typeof importColumns)[number]>(importColumns.map((column) => [column.toLowerCase(), column]));

type JobRow = {
  id: string;
  fileName: string;
  status: ImportJobResponse['status'];
  totalRows: number;
  processedRows: number;
  createdRows: number;
  skippedRows: number;
  errors: unknown;
  createdAt: Date;
  finishedAt: Date | null;
};

/**
 * CSV import of clients with their cases. Upload = dry run: the file is streamed, validated row by row (errors
 * with line numbers) and the valid rows are staged. Commit = one job that creates clients and cases in
 * batches, with progress on the job; the client's externalRef makes a re-import create nothing twice.
 *
 * A RUNNING job (upload or commit) is leased to the instance that runs it, which renews the lease with every
 * batch. If that instance dies, the scheduler's `imports` tick (or the user's commit) takes the job over once the
 * lease has run out: a commit resumes from the rows still staged (each batch deletes its staged rows in the
 * transaction that creates their clients and cases, so nothing is created twice), an upload fails (its file is
 * gone). Staged rows never committed are deleted after IMPORT_STAGED_RETENTION_HOURS.
 */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger('Imports');

  constructor(
    private readonly db: TenantDatabase,
    private readonly cipher: PassportCipher,
    @Inject(CONFIG) private readonly config: Config,
    private readonly identity: SchedulerIdentity,
  ) {}

  async upload(auth: AuthContext, fileName: string, body: Readable): Promise<ImportJobResponse> {
    const scope = { organizationId: auth.organizationId };
    const leaseMs = this.config.scheduler.leaseMs;
    const jobId = await this.db.run(scope, async (tx) => {
      const [created] = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO "import_job" ("organizationId", "createdById", "fileName", "fileHash", status, "claimedBy", "leaseUntil")
        VALUES (${auth.organizationId}::uuid, ${auth.userId}::uuid, ${fileName}, '', 'RUNNING', ${this.identity.id}, now() + ${leaseMs} * interval '1 millisecond')
        RETURNING id`;
      if (!created) throw new Error('import_job insert returned no row');
      return created.id;
    });
    const hash = createHash('sha256');
    let bytes = 0;
    // Not destroyed when the parse stops early: the controller reads the rest of the body off the connection.
    const chunks = body.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer | string>;
    const hashed = (async function* () {
      for await (const chunk of chunks) {
        bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
        if (bytes > MAX_IMPORT_BYTES) throw new ApiError('PAYLOAD_TOO_LARGE', `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it`);
        hash.update(chunk);
        yield chunk;
      }
    })();
    const errors: ImportError[] = [];
    let errorRows = 0;
    let totalRows = 0;
    let batch: { line: number; data: StagedRow }[] = [];
    let renewAt = Date.now() + leaseMs / 3;
    const seen = new Map<string, number>();
    const flush = async () => {
      const rows = batch;
      batch = [];
      await this.db.run(scope, async (tx) => {
        await this.renew(tx, auth.organizationId, jobId);
        if (rows.length === 0) return;
        await tx.$executeRaw`
          INSERT INTO "import_row" ("organizationId", "importJobId", line, data)
          SELECT ${auth.organizationId}::uuid, ${jobId}::uuid, x.line, x.data
          FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(line int, data jsonb)`;
      });
      renewAt = Date.now() + leaseMs / 3;
    };
    const fail = (error: ImportError) => {
      if (errors.length < MAX_STORED_ERRORS) errors.push(error);
    };
    try {
      let header: (typeof importColumns)[number][] | null = null;
      for await (const record of parseCsv(hashed)) {
        if (!header) {
          header = this.readHeader(record.fields);
          continue;
        }
        totalRows += 1;
        if (totalRows > MAX_ROWS) throw new CsvError(`More than ${MAX_ROWS} rows; split the file`, record.line);
        const row = this.validate(header, record.fields, record.line, auth.organizationId);
        if ('errors' in row) {
          errorRows += 1;
          row.errors.forEach(fail);
        } else {
          const firstLine = seen.get(row.staged.externalRef);
          if (firstLine !== undefined) {
            errorRows += 1;
            fail({ line: record.line, field: 'externalRef', message: `externalRef ${row.staged.externalRef} already appears on line ${firstLine}` });
          } else {
            seen.set(row.staged.externalRef, record.line);
            batch.push({ line: record.line, data: row.staged });
          }
        }
        // A file of invalid rows stages nothing, yet its run must show it is alive.
        if (batch.length >= BATCH || Date.now() >= renewAt) await flush();
      }
      if (!header) throw new CsvError('The file is empty; the first line must name the columns', 1);
      await flush();
    } catch (error) {
      const unreadable = error instanceof CsvError ? { line: error.line, message: error.message } : { line: 0, message: error instanceof ApiError ? error.message : 'The upload failed; try again' };
      const stored = [unreadable, ...errors];
      await this.db.run(scope, async (tx) => {
        await tx.importRow.deleteMany({ where: { organizationId: auth.organizationId, importJobId: jobId } });
        await tx.$executeRaw`
          UPDATE "import_job" SET status = 'FAILED', "totalRows" = ${totalRows}, errors = ${JSON.stringify(stored)}::jsonb, "fileHash" = ${hash.digest('hex')},
                 "finishedAt" = now(), "claimedBy" = NULL, "leaseUntil" = NULL
           WHERE id = ${jobId}::uuid AND "organizationId" = ${auth.organizationId}::uuid AND status = 'RUNNING' AND "claimedBy" = ${this.identity.id}`;
      });
      // A file that cannot be read is the caller's to fix: 422 with the line, never a job that looks created.
      if (error instanceof CsvError) {
        throw new ApiError('DOMAIN_RULE', `Line ${error.line}: ${error.message}`, { importId: jobId, line: error.line, errors: stored });
      }
      if (error instanceof ApiError && !(error instanceof ImportTakenOver)) throw new ApiError(error.code, error.message, { importId: jobId });
      throw error;
    }
    return this.db.run(scope, async (tx) => {
      const finished = await tx.$executeRaw`
        UPDATE "import_job" SET status = 'VALIDATED', "totalRows" = ${totalRows}, errors = ${JSON.stringify(errors)}::jsonb, "fileHash" = ${hash.digest('hex')},
               "claimedBy" = NULL, "leaseUntil" = NULL
         WHERE id = ${jobId}::uuid AND "organizationId" = ${auth.organizationId}::uuid AND status = 'RUNNING' AND "claimedBy" = ${this.identity.id}`;
      if (finished === 0) throw new ImportTakenOver();
      return this.load(tx, auth.organizationId, jobId, errorRows);
    });
  }

  get(auth: AuthContext, jobId: string): Promise<ImportJobResponse> {
    return this.db.run({ organizationId: auth.organizationId }, (tx) => this.load(tx, auth.organizationId, jobId));
  }

  /**
   * Creates the staged clients and cases in batches (each its own transaction, so progress shows). A RUNNING job
   * whose lease ran out (its instance died) is taken over and resumed.
   */
  async commit(auth: AuthContext, jobId: string, input: ImportCommitRequest): Promise<ImportJobResponse> {
    const scope = { organizationId: auth.organizationId };
    await this.db.run(scope, async (tx) => {
      const [job] = await tx.$queryRaw<{ status: string; errors: unknown; committing: boolean; expired: boolean }[]>`
        SELECT status, errors, "committedById" IS NOT NULL AS committing, ("leaseUntil" IS NULL OR "leaseUntil" < now()) AS expired
          FROM "import_job" WHERE id = ${jobId}::uuid AND "organizationId" = ${auth.organizationId}::uuid FOR UPDATE`;
      if (!job) throw new ApiError('NOT_FOUND', 'No such import');
      const staged = await tx.importRow.count({ where: { organizationId: auth.organizationId, importJobId: jobId } });
      if (job.status === 'COMPLETED') throw new ApiError('CONFLICT', 'This import was committed already');
      if (job.status === 'RUNNING' && !job.expired) throw new ApiError('CONFLICT', 'This import is running; follow its progress');
      if (job.status === 'RUNNING' && !job.committing) throw new ApiError('DOMAIN_RULE', 'The upload of this file was interrupted; upload it again');
      if (job.status === 'FAILED' && staged === 0) throw new ApiError('DOMAIN_RULE', 'Nothing of this file is left to import (it could not be read, or was not committed in time); upload it again');
      if (job.status !== 'RUNNING' && Array.isArray(job.errors) && job.errors.length > 0 && !input.skipInvalid) {
        throw new ApiError('DOMAIN_RULE', 'The file has invalid rows: fix them and upload again, or commit with skipInvalid to import only the valid rows', { errors: job.errors.length });
      }
      await tx.$executeRaw`
        UPDATE "import_job" SET status = 'RUNNING', "finishedAt" = NULL, "committedById" = ${auth.userId}::uuid,
               "claimedBy" = ${this.identity.id}, "leaseUntil" = now() + ${this.config.scheduler.leaseMs} * interval '1 millisecond'
         WHERE id = ${jobId}::uuid`;
    });
    await this.runCommit(auth.organizationId, jobId, auth.userId);
    return this.get(auth, jobId);
  }

  /**
   * The commit's batches under this instance's lease, until nothing is staged ('done') or, with a deadline, until
   * it passes ('paused': the lease is handed back so the next tick carries on at once).
   */
  private async runCommit(organizationId: string, jobId: string, actorId: string | null, deadline?: number): Promise<'done' | 'paused'> {
    const scope = { organizationId };
    try {
      for (;;) {
        const done = await this.db.run(scope, (tx) => this.commitBatch(tx, organizationId, actorId, jobId), { timeout: 60_000 });
        if (done === 0) break;
        if (deadline !== undefined && Date.now() > deadline) {
          await this.db.run(scope, (tx) => tx.$executeRaw`
            UPDATE "import_job" SET "leaseUntil" = now() WHERE id = ${jobId}::uuid AND status = 'RUNNING' AND "claimedBy" = ${this.identity.id}`);
          return 'paused';
        }
      }
      await this.db.run(scope, async (tx) => {
        const finished = await tx.$executeRaw`
          UPDATE "import_job" SET status = 'COMPLETED', "finishedAt" = now(), "claimedBy" = NULL, "leaseUntil" = NULL
           WHERE id = ${jobId}::uuid AND status = 'RUNNING' AND "claimedBy" = ${this.identity.id}`;
        if (finished === 0) throw new ImportTakenOver();
      });
      return 'done';
    } catch (error) {
      if (!(error instanceof ImportTakenOver)) {
        await this.db.run(scope, (tx) => tx.$executeRaw`
          UPDATE "import_job" SET status = 'FAILED', "finishedAt" = now(), "claimedBy" = NULL, "leaseUntil" = NULL
           WHERE id = ${jobId}::uuid AND status = 'RUNNING' AND "claimedBy" = ${this.identity.id}`);
      }
      throw error;
    }
  }

  /**
   * The scheduler's `imports` tick, first half: takes over RUNNING jobs whose lease ran out. A commit is resumed
   * (until `budgetMs` has passed; the next tick goes on), an upload fails and its staged rows are deleted.
   */
  async recoverInterrupted(budgetMs = 30_000): Promise<RecoveryStats> {
    const deadline = Date.now() + budgetMs;
    const stats: RecoveryStats = { resumed: 0, completed: 0, abandoned: 0 };
    while (Date.now() <= deadline) {
      const [job] = await this.db.session(async (client) => (await client.query<{ id: string; organizationId: string; committedById: string | null }>(CLAIM_EXPIRED_SQL, [this.identity.id, this.config.scheduler.leaseMs])).rows);
      if (!job) break;
      if (job.committedById === null) {
        await this.db.run({ organizationId: job.organizationId }, async (tx) => {
          await tx.importRow.deleteMany({ where: { organizationId: job.organizationId, importJobId: job.id } });
          await tx.$executeRaw`
            UPDATE "import_job" SET status = 'FAILED', "finishedAt" = now(), "claimedBy" = NULL, "leaseUntil" = NULL,
                   errors = jsonb_build_array(jsonb_build_object('line', 0, 'message', 'The upload was interrupted; upload the file again')) || errors
             WHERE id = ${job.id}::uuid AND status = 'RUNNING' AND "claimedBy" = ${this.identity.id}`;
        });
        stats.abandoned += 1;
        continue;
      }
      stats.resumed += 1;
      try {
        if ((await this.runCommit(job.organizationId, job.id, job.committedById, deadline)) === 'done') stats.completed += 1;
      } catch (error) {
        // The job is FAILED with its remaining rows staged: the user can commit it again.
        this.logger.error(`import ${job.id}: resumed commit failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      }
    }
    return stats;
  }

  /** The scheduler's `imports` tick, second half: deletes staged rows of imports not committed within the retention. */
  async purgeStaged(): Promise<PurgeStats> {
    const total: PurgeStats = { jobs: 0, rows: 0 };
    for (;;) {
      const [result] = await this.db.session(async (client) =>
        (await client.query<PurgeStats>(PURGE_SQL, [this.config.imports.stagedRetentionHours, PURGE_JOBS_PER_STATEMENT, EXPIRED_MESSAGE])).rows,
      );
      total.jobs += result?.jobs ?? 0;
      total.rows += result?.rows ?? 0;
      if ((result?.jobs ?? 0) < PURGE_JOBS_PER_STATEMENT) return total;
    }
  }

  /** Extends this instance's lease on a RUNNING job, in the caller's transaction; a lost lease ends this run. */
  private async renew(tx: Tx, organizationId: string, jobId: string): Promise<void> {
    const renewed = await tx.$executeRaw`
      UPDATE "import_job" SET "leaseUntil" = now() + ${this.config.scheduler.leaseMs} * interval '1 millisecond'
       WHERE id = ${jobId}::uuid AND "organizationId" = ${organizationId}::uuid AND status = 'RUNNING' AND "claimedBy" = ${this.identity.id}`;
    if (renewed === 0) throw new ImportTakenOver();
  }

  private async commitBatch(tx: Tx, org: string, actorId: string | null, jobId: string): Promise<number> {
    const now = new Date();
    // First, so that a run which lost its lease writes nothing (the job row stays locked until this batch commits).
    await this.renew(tx, org, jobId);
    // Two imports of one organization never interleave, so "no case of this type yet" stays true until insert.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`waiji:import:${org}`}))`;
    const rows = await tx.$queryRaw<{ id: string; line: number; data: StagedRow }[]>`
      SELECT id, line, data FROM "import_row" WHERE "organizationId" = ${org}::uuid AND "importJobId" = ${jobId}::uuid ORDER BY line LIMIT ${BATCH}`;
    if (rows.length === 0) return 0;
    const clients = rows.map((row) => ({ ...row.data.client, externalRef: row.data.externalRef }));
    const createdClients = await tx.$queryRaw<{ externalRef: string }[]>`
      INSERT INTO "client" ("organizationId", "externalRef", "passportName", "bankName", nationality, "birthDate", "passportNumberEnc", "passportLast4",
                            "passportExpiry", "visaType", "visaExpiry", phone, email, "preferredLanguage", "updatedAt")
      SELECT ${org}::uuid, x."externalRef", x."passportName", x."bankName", x.nationality, x."birthDate", x."passportNumberEnc", x."passportLast4",
             x."passportExpiry", x."visaType", x."visaExpiry", x.phone, x.email, coalesce(x."preferredLanguage", 'en'), ${now}
      FROM jsonb_to_recordset(${JSON.stringify(clients)}::jsonb) AS x("externalRef" text, "passportName" text, "bankName" text, nationality text,
           "birthDate" date, "passportNumberEnc" text, "passportLast4" text, "passportExpiry" date, "visaType" text, "visaExpiry" date,
           phone text, email text, "preferredLanguage" text)
      ON CONFLICT ("organizationId", "externalRef") DO NOTHING
      RETURNING "externalRef"`;
    const wanted = rows.filter((row) => row.data.case).map((row) => ({ externalRef: row.data.externalRef, ...row.data.case }));
    const createdCases = await tx.$queryRaw<{ id: string; type: string; externalRef: string }[]>`
      INSERT INTO "case" ("organizationId", "clientId", type, bank, "cardLast4", tags, priority, "stateEnteredAt", "createdAt", "updatedAt")
      SELECT ${org}::uuid, cl.id, x.type::"CaseType", x.bank, x."cardLast4", ARRAY(SELECT jsonb_array_elements_text(x.tags)), x.priority::"Priority", ${now}, ${now}, ${now}
      FROM jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb) AS x("externalRef" text, type text, bank text, "cardLast4" text, tags jsonb, priority text)
      JOIN "client" cl ON cl."organizationId" = ${org}::uuid AND cl."externalRef" = ANY(${wanted.map((w) => w.externalRef)}::text[]) AND cl."externalRef" = x."externalRef"
      WHERE NOT EXISTS (SELECT 1 FROM "case" c WHERE c."organizationId" = ${org}::uuid AND c."clientId" = cl.id AND c.type = x.type::"CaseType" AND c."archivedAt" IS NULL)
      RETURNING id, type, (SELECT "externalRef" FROM "client" WHERE id = "clientId") AS "externalRef"`;
    if (createdCases.length > 0) {
      const checklist = createdCases.flatMap((c) => documentChecklist(c.type as (typeof caseTypes)[number]).map((item) => ({ caseId: c.id, document: checklistKey(item.anyOf) })));
      await tx.$executeRaw`
        WITH events AS (
          INSERT INTO "case_event" ("organizationId", "caseId", action, "toState", "actorId", data, "versionAfter", at)
          SELECT ${org}::uuid, x.id, 'CREATED', 'PREPARING', ${actorId}::uuid, jsonb_build_object('attempt', 1, 'type', x.type, 'importJobId', ${jobId}::text), 0, ${now}
          FROM jsonb_to_recordset(${JSON.stringify(createdCases)}::jsonb) AS x(id uuid, type text)
        )
        INSERT INTO "checklist_item" ("organizationId", "caseId", document, "updatedAt")
        SELECT ${org}::uuid, x."caseId", x.document, ${now} FROM jsonb_to_recordset(${JSON.stringify(checklist)}::jsonb) AS x("caseId" uuid, document text)`;
      await replanCases(tx, org, createdCases.map((c) => c.id), now);
    }
    const touched = new Set([...createdClients.map((c) => c.externalRef), ...createdCases.map((c) => c.externalRef)]);
    const created = rows.filter((row) => touched.has(row.data.externalRef)).length;
    await tx.importRow.deleteMany({ where: { organizationId: org, id: { in: rows.map((row) => row.id) } } });
    await tx.$executeRaw`
      UPDATE "import_job" SET "processedRows" = "processedRows" + ${rows.length}, "createdRows" = "createdRows" + ${created},
             "skippedRows" = "skippedRows" + ${rows.length - created}
      WHERE id = ${jobId}::uuid AND "organizationId" = ${org}::uuid`;
    return rows.length;
  }

  private readHeader(fields: string[]): (typeof importColumns)[number][] {
    const columns = fields.map((name) => name.trim());
    const unknown = columns.filter((name) => !known.has(name.toLowerCase()));
    if (unknown.length > 0) throw new CsvError(`Unknown column(s): ${unknown.join(', ')}. Known columns: ${importColumns.join(', ')}`, 1);
    const header = columns.map((name) => known.get(name.toLowerCase()) as (typeof importColumns)[number]);
    const duplicate = header.find((name, index) => header.indexOf(name) !== index);
    if (duplicate) throw new CsvError(`Column ${duplicate} appears twice`, 1);
    for (const required of ['externalRef', 'passportName'] as const) {
      if (!header.includes(required)) throw new CsvError(`The column ${required} is required`, 1);
    }
    return header;
  }

  private validate(header: (typeof importColumns)[number][], fields: string[], line: number, organizationId: string): { staged: StagedRow } | { errors: ImportError[] } {
    if (fields.length !== header.length) {
      return { errors: [{ line, message: `Expected ${header.length} fields, found ${fields.length}` }] };
    }
    const values: Record<string, string> = {};
    header.forEach((name, index) => {
      const value = (fields[index] ?? '').trim();
      if (value !== '') values[name] = value;
    });
    const errors: ImportError[] = [];
    const { caseType, bank, cardLast4: card, tags, priority, ...clientValues } = values;
    const client = createClientRequest.safeParse(clientValues);
    if (!client.success) for (const issue of client.error.issues) errors.push({ line, field: String(issue.path[0] ?? ''), message: issue.message });
    if (!values['externalRef']) errors.push({ line, field: 'externalRef', message: 'is required (it is how a re-import recognises the client)' });
    const caseFields = caseColumns.safeParse({
      caseType,
      bank,
      cardLast4: card,
      tags: tags?.split(/[;|]/).map((item) => item.trim()).filter((item) => item !== ''),
      priority: priority?.toUpperCase(),
    });
    if (!caseFields.success) for (const issue of caseFields.error.issues) errors.push({ line, field: String(issue.path[0] ?? ''), message: issue.message });
    if (caseFields.success && !caseFields.data.caseType && (bank || card || tags || priority)) {
      errors.push({ line, field: 'caseType', message: 'is required when bank, cardLast4, tags or priority is given' });
    }
    if (errors.length > 0 || !client.success || !caseFields.success) return { errors };
    const c = client.data;
    const number = c.passportNumber ?? null;
    return {
      staged: {
        externalRef: c.externalRef as string,
        client: {
          passportName: c.passportName,
          bankName: c.bankName ?? null,
          nationality: c.nationality ?? null,
          birthDate: c.birthDate ?? null,
          passportNumberEnc: number ? this.cipher.encrypt(number, organizationId) : null,
          passportLast4: number ? passportLast4(number) : null,
          passportExpiry: c.passportExpiry ?? null,
          visaType: c.visaType ?? null,
          visaExpiry: c.visaExpiry ?? null,
          phone: c.phone ?? null,
          email: c.email ?? null,
          preferredLanguage: c.preferredLanguage ?? null,
        },
        case: caseFields.data.caseType
          ? {
              type: caseFields.data.caseType,
              bank: caseFields.data.bank ?? null,
              cardLast4: caseFields.data.cardLast4 ?? null,
              tags: [...new Set(caseFields.data.tags ?? [])],
              priority: caseFields.data.priority ?? 'NORMAL',
            }
          : null,
      },
    };
  }

  private async load(tx: Tx, organizationId: string, jobId: string, errorRows?: number): Promise<ImportJobResponse> {
    const rows = await tx.$queryRaw<(JobRow & { staged: number })[]>`
      SELECT j.id, j."fileName", j.status, j."totalRows", j."processedRows", j."createdRows", j."skippedRows", j.errors, j."createdAt", j."finishedAt",
             (SELECT count(*)::int FROM "import_row" r WHERE r."organizationId" = j."organizationId" AND r."importJobId" = j.id) AS staged
      FROM "import_job" j WHERE j."organizationId" = ${organizationId}::uuid AND j.id = ${jobId}::uuid`;
    const job = rows[0];
    if (!job) throw new ApiError('NOT_FOUND', 'No such import');
    const errors = Array.isArray(job.errors) ? (job.errors as ImportError[]) : [];
    const validRows = job.staged + job.processedRows;
    return {
      id: job.id,
      fileName: job.fileName,
      status: job.status,
      totalRows: job.totalRows,
      validRows: job.status === 'FAILED' && validRows === 0 ? 0 : validRows,
      processedRows: job.processedRows,
      createdRows: job.createdRows,
      skippedRows: job.skippedRows,
      errorCount: errorRows ?? (job.status === 'FAILED' && validRows === 0 ? errors.length : Math.max(job.totalRows - validRows, 0)),
      errors,
      createdAt: job.createdAt.toISOString(),
      finishedAt: job.finishedAt?.toISOString() ?? null,
    };
  }
}
