import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ImportCommitRequest, ImportJobResponse, ImportQuery } from '@waiji/contract';
import type { AuthContext } from '../../auth/auth-context';
import { ApiError } from '../../common/api-error';
import { CONFIG, type Config } from '../../config/config';
import { TenantDatabase, type Tx } from '../../database/tenant-database';
import { PassportCipher, passportLast4 } from '../../clients/passport-cipher';
import { InvitationsService } from '../../organizations/invitations.service';
import { SchedulerIdentity } from '../../scheduler/scheduler-identity';
import { CsvError, parseCsv } from './csv';
import {
  BATCH,
  commitBatch,
  createUploadJob,
  failCommit,
  failUpload,
  finishCommit,
  finishUpload,
  type Lease,
  loadJob,
  lockForCommit,
  pauseCommit,
  renewLease,
  resolveKnownIds,
  stageRows,
  type StagedRow,
  startCommit,
  toStaged,
} from './import-jobs';
import { portalInvitationsAfterCommit } from './import-invitations';
import { abandonUpload, claimExpired, purgeStale, PURGE_JOBS_PER_STATEMENT, type PurgeStats } from './import-recovery';
import { ImportFile, type ImportError, unknownIdProblem } from './import-rows';

export type { PurgeStats };

/** The largest file an upload reads; the controller reads no further either. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const MAX_STORED_ERRORS = 1_000;
/**
 * The preview's transaction compares every staged row with the organization's clients (duplicate warnings): for a
 * large file in an organization with many look-alike clients that outlasts Prisma's default 5 s, and the dry run of a
 * valid file would fail.
 */
const PREVIEW_TIMEOUT_MS = 60_000;

/** The job's lease went to another run (this one paused longer than the lease): that run carries on. */
class ImportTakenOver extends ApiError {
  constructor() {
    super('CONFLICT', 'This import paused too long and was taken over; follow its progress or upload the file again');
  }
}

export type RecoveryStats = { resumed: number; completed: number; abandoned: number };

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
    private readonly invitations: InvitationsService,
  ) {}

  private get lease(): Lease {
    return { owner: this.identity.id, ms: this.config.scheduler.leaseMs };
  }

  async upload(auth: AuthContext, query: ImportQuery, body: Readable): Promise<ImportJobResponse> {
    const { fileName } = query;
    const settings = { language: query.lang, dateOrder: query.dateOrder };
    const scope = { organizationId: auth.organizationId };
    const lease = this.lease;
    const jobId = await this.db.run(scope, (tx) =>
      createUploadJob(tx, auth.organizationId, auth.userId, fileName, lease),
    );
    const hash = createHash('sha256');
    let bytes = 0;
    // Not destroyed when the parse stops early: the controller reads the rest of the body off the connection.
    const chunks = body.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer | string>;
    const hashed = (async function* () {
      for await (const chunk of chunks) {
        bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
        if (bytes > MAX_IMPORT_BYTES)
          throw new ApiError(
            'PAYLOAD_TOO_LARGE',
            `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; split it`,
          );
        hash.update(chunk);
        yield chunk;
      }
    })();
    const file = new ImportFile(settings);
    const errors: ImportError[] = [];
    let errorRows = 0;
    let batch: { line: number; row: number; data: StagedRow }[] = [];
    let renewAt = Date.now() + lease.ms / 3;
    const flush = async () => {
      const rows = batch;
      batch = [];
      const unknown = await this.db.run(scope, async (tx) => {
        await this.renew(tx, auth.organizationId, jobId);
        // Client and case IDs (an export's) must name this organization's; the rows naming nothing it has are errors.
        const missing = await resolveKnownIds(
          tx,
          auth.organizationId,
          rows.map((row) => row.data),
        );
        const refused = new Set(missing.map((entry) => entry.index));
        const staged = rows.filter((_row, index) => !refused.has(index));
        if (staged.length > 0) await stageRows(tx, auth.organizationId, jobId, staged);
        return missing;
      });
      for (const { index, key, id } of unknown) {
        const at = rows[index];
        if (!at) continue;
        errorRows += 1;
        if (errors.length < MAX_STORED_ERRORS) errors.push(unknownIdProblem(settings, at, file.columnOf(key), key, id));
      }
      renewAt = Date.now() + lease.ms / 3;
    };
    const encrypt = (passportNumber: string) => this.cipher.encrypt(passportNumber, auth.organizationId);
    try {
      for await (const record of parseCsv(hashed, { delimiter: 'auto' })) {
        const outcome = file.read(record);
        if (!outcome) continue; // the header
        if ('errors' in outcome) {
          errorRows += 1;
          for (const error of outcome.errors) if (errors.length < MAX_STORED_ERRORS) errors.push(error);
        } else {
          batch.push({ line: record.line, row: record.row, data: toStaged(outcome.row, encrypt, passportLast4) });
        }
        // A file of invalid rows stages nothing, yet its run must show it is alive.
        if (batch.length >= BATCH || Date.now() >= renewAt) await flush();
      }
      file.finish();
      await flush();
      // Problems found when staging (unknown IDs) came after later rows' own: the list goes in row order.
      errors.sort((a, b) => a.line - b.line);
    } catch (error) {
      const unreadable =
        error instanceof CsvError
          ? { line: error.line, message: error.message }
          : { line: 0, message: error instanceof ApiError ? error.message : 'The upload failed; try again' };
      const stored = [unreadable, ...errors];
      await this.db.run(scope, (tx) =>
        failUpload(tx, auth.organizationId, jobId, lease, {
          totalRows: file.rows,
          errors: stored,
          fileHash: hash.digest('hex'),
        }),
      );
      // A file that cannot be read is the caller's to fix: 422 with the line, never a job that looks created.
      if (error instanceof CsvError) {
        const where = settings.language === 'zh' ? `第 ${error.line} 行：` : `Line ${error.line}: `;
        throw new ApiError('DOMAIN_RULE', `${where}${error.message}`, {
          importId: jobId,
          line: error.line,
          errors: stored,
        });
      }
      if (error instanceof ApiError && !(error instanceof ImportTakenOver))
        throw new ApiError(error.code, error.message, { importId: jobId });
      throw error;
    }
    return this.db.run(
      scope,
      async (tx) => {
        if (
          !(await finishUpload(tx, auth.organizationId, jobId, lease, {
            totalRows: file.rows,
            errors,
            fileHash: hash.digest('hex'),
          }))
        )
          throw new ImportTakenOver();
        return loadJob(tx, auth.organizationId, jobId, errorRows);
      },
      { timeout: PREVIEW_TIMEOUT_MS },
    );
  }

  get(auth: AuthContext, jobId: string): Promise<ImportJobResponse> {
    return this.db.run({ organizationId: auth.organizationId }, (tx) => loadJob(tx, auth.organizationId, jobId), {
      timeout: PREVIEW_TIMEOUT_MS,
    });
  }

  /**
   * Creates the staged clients and cases in batches (each its own transaction, so progress shows). A RUNNING job
   * whose lease ran out (its instance died) is taken over and resumed.
   */
  async commit(auth: AuthContext, jobId: string, input: ImportCommitRequest): Promise<ImportJobResponse> {
    // Refused (403) before anything is created when the caller may not invite.
    const invite = input.invitePortal
      ? await portalInvitationsAfterCommit(this.db, this.invitations, auth, jobId)
      : undefined;
    await this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const job = await lockForCommit(tx, auth.organizationId, jobId);
      if (!job) throw new ApiError('NOT_FOUND', 'No such import');
      if (job.status === 'COMPLETED') throw new ApiError('CONFLICT', 'This import was committed already');
      if (job.status === 'RUNNING' && !job.expired)
        throw new ApiError('CONFLICT', 'This import is running; follow its progress');
      if (job.status === 'RUNNING' && !job.committing)
        throw new ApiError('DOMAIN_RULE', 'The upload of this file was interrupted; upload it again');
      if (job.status === 'FAILED' && job.staged === 0)
        throw new ApiError(
          'DOMAIN_RULE',
          'Nothing of this file is left to import (it could not be read, or was not committed in time); upload it again',
        );
      if (job.status !== 'RUNNING' && Array.isArray(job.errors) && job.errors.length > 0 && !input.skipInvalid) {
        throw new ApiError(
          'DOMAIN_RULE',
          'The file has invalid rows: fix them and upload again, or commit with skipInvalid to import only the valid rows',
          { errors: job.errors.length },
        );
      }
      await startCommit(tx, jobId, auth.userId, this.lease);
    });
    await this.runCommit(auth.organizationId, jobId, auth.userId);
    const job = await this.get(auth, jobId);
    return invite ? { ...job, portalInvitations: await invite() } : job;
  }

  /**
   * The commit's batches under this instance's lease, until nothing is staged ('done') or, with a deadline, until
   * it passes ('paused': the lease is handed back so the next tick carries on at once).
   */
  private async runCommit(
    organizationId: string,
    jobId: string,
    actorId: string | null,
    deadline?: number,
  ): Promise<'done' | 'paused'> {
    const scope = { organizationId };
    const lease = this.lease;
    try {
      for (;;) {
        const done = await this.db.run(
          scope,
          async (tx) => {
            // First, so that a run which lost its lease writes nothing (the job row stays locked until this batch commits).
            await this.renew(tx, organizationId, jobId);
            return commitBatch(tx, organizationId, actorId, jobId);
          },
          { timeout: 60_000 },
        );
        if (done === 0) break;
        if (deadline !== undefined && Date.now() > deadline) {
          await this.db.run(scope, (tx) => pauseCommit(tx, jobId, lease));
          return 'paused';
        }
      }
      await this.db.run(scope, async (tx) => {
        if (!(await finishCommit(tx, jobId, lease))) throw new ImportTakenOver();
      });
      return 'done';
    } catch (error) {
      if (!(error instanceof ImportTakenOver)) await this.db.run(scope, (tx) => failCommit(tx, jobId, lease));
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
    const lease = this.lease;
    while (Date.now() <= deadline) {
      const job = await this.db.session((sql) => claimExpired(sql, lease));
      if (!job) break;
      if (job.committedById === null) {
        await this.db.run({ organizationId: job.organizationId }, (tx) => abandonUpload(tx, job, lease));
        stats.abandoned += 1;
        continue;
      }
      stats.resumed += 1;
      try {
        if ((await this.runCommit(job.organizationId, job.id, job.committedById, deadline)) === 'done')
          stats.completed += 1;
      } catch (error) {
        // The job is FAILED with its remaining rows staged: the user can commit it again.
        this.logger.error(
          `import ${job.id}: resumed commit failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
        );
      }
    }
    return stats;
  }

  /** The scheduler's `imports` tick, second half: deletes staged rows of imports not committed within the retention. */
  async purgeStaged(): Promise<PurgeStats> {
    const total: PurgeStats = { jobs: 0, rows: 0 };
    for (;;) {
      const result = await this.db.session((sql) => purgeStale(sql, this.config.imports.stagedRetentionHours));
      total.jobs += result.jobs;
      total.rows += result.rows;
      if (result.jobs < PURGE_JOBS_PER_STATEMENT) return total;
    }
  }

  /** Extends this instance's lease on a RUNNING job, in the caller's transaction; a lost lease ends this run. */
  private async renew(tx: Tx, organizationId: string, jobId: string): Promise<void> {
    if (!(await renewLease(tx, organizationId, jobId, this.lease))) throw new ImportTakenOver();
  }
}
