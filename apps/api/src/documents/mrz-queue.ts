import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { DocumentFindingResponse, MrzFields } from '@waiji/contract';
import { PassportCipher } from '../clients/passport-cipher';
import { TenantDatabase } from '../database/tenant-database';
import { SchedulerIdentity } from '../scheduler/scheduler-identity';
import { findDocument, storedFileOf } from './document-rows';
import { compareMrzWithClient, readMrz, stopMrzReader } from './inspection';
import { DOCUMENT_STORE, type DocumentStore } from './storage/document-store';

/** Waiting readings held in memory per instance; more wait in the database for the sweep. */
const QUEUE_LIMIT = 16;
/** A claim on a reading lasts this long; a reading not finished by then (a dead instance) is taken over. */
const CLAIM_MS = 2 * 60_000;
/** A reading that failed this often (not "unreadable": an error) is given up as UNREADABLE. */
const MAX_ATTEMPTS = 3;
/** The sweep leaves a fresh upload to the in-process queue of the instance that took it for this long. */
const SWEEP_GRACE_MS = 30_000;

type Job = { organizationId: string; documentId: string };

/**
 * Reads a passport data page's MRZ after the upload has been answered: a bounded in-process queue (one reading at a
 * time per instance; OCR is CPU-bound) fed by uploads, and a sweep the scheduler runs for readings left PENDING
 * (a restart, a full queue, another instance that died). Each reading is claimed in the database first
 * (mrzClaimedBy / mrzLeaseUntil, like the reminders' claims), so two instances never read the same file.
 */
@Injectable()
export class MrzQueue implements OnModuleDestroy {
  private readonly logger = new Logger('MrzQueue');
  private readonly waiting: Job[] = [];
  private running: Promise<void> | null = null;
  private stopping = false;

  constructor(
    private readonly db: TenantDatabase,
    private readonly cipher: PassportCipher,
    private readonly identity: SchedulerIdentity,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
  ) {}

  /** Queues a reading; false when the queue is full (the sweep picks it up later). */
  enqueue(organizationId: string, documentId: string): boolean {
    if (this.stopping || this.waiting.length >= QUEUE_LIMIT) return false;
    if (this.waiting.some((job) => job.documentId === documentId)) return true;
    this.waiting.push({ organizationId, documentId });
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
    return true;
  }

  /** Resolves when nothing is waiting or being read (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** The scheduler's sweep: readings still PENDING whose claim is free, oldest first, into the queue. */
  async sweep(now: Date = new Date()): Promise<number> {
    const room = QUEUE_LIMIT - this.waiting.length;
    if (room <= 0) return 0;
    const rows = await this.db.session((sql) =>
      sql.query<{ organizationId: string; id: string }>(
        `SELECT "organizationId", id FROM "document"
          WHERE "mrzStatus" = 'PENDING' AND ("mrzLeaseUntil" IS NULL OR "mrzLeaseUntil" < $1)
            AND "createdAt" < $2 ORDER BY "createdAt" LIMIT $3`,
        [now, new Date(now.getTime() - SWEEP_GRACE_MS), room],
      ),
    );
    for (const row of rows.rows) this.enqueue(row.organizationId, row.id);
    return rows.rows.length;
  }

  private async drain(): Promise<void> {
    for (let job = this.waiting.shift(); job && !this.stopping; job = this.waiting.shift()) {
      try {
        await this.read(job, new Date());
      } catch (error) {
        this.logger.warn(
          `MRZ reading of document ${job.documentId} failed: ${error instanceof Error ? error.name : 'error'}`,
        );
      }
    }
  }

  /** Claims, reads and stores one reading. Exposed for tests. */
  async read(job: Job, now: Date): Promise<void> {
    const claimed = await this.db.session((sql) =>
      sql.query<{ mrzAttempts: number }>(
        `UPDATE "document" SET "mrzClaimedBy" = $2, "mrzLeaseUntil" = $3, "mrzAttempts" = "mrzAttempts" + 1
          WHERE id = $1 AND "mrzStatus" = 'PENDING' AND ("mrzLeaseUntil" IS NULL OR "mrzLeaseUntil" < $4)
          RETURNING "mrzAttempts"`,
        [job.documentId, this.identity.id, new Date(now.getTime() + CLAIM_MS), now],
      ),
    );
    const attempt = claimed.rows[0]?.mrzAttempts;
    if (attempt === undefined) return;
    if (attempt > MAX_ATTEMPTS) {
      await this.store_(job, { status: 'UNREADABLE', reason: 'The reading failed repeatedly; retake the photo.' }, [
        { code: 'MRZ_UNREADABLE', severity: 'warn' },
      ]);
      return;
    }
    const { bytes, client } = await this.db.run({ organizationId: job.organizationId }, async (tx) => {
      const row = await findDocument(tx, job.organizationId, job.documentId);
      if (!row || row.purgedAt) return { bytes: null, client: null };
      const file = await this.store.read(
        tx,
        { organizationId: job.organizationId, documentId: job.documentId },
        storedFileOf(row),
      );
      const record = await tx.$queryRaw<
        {
          passportName: string;
          passportNumberEnc: string | null;
          nationality: string | null;
          birthDate: Date | null;
          passportExpiry: Date | null;
        }[]
      >`SELECT cl."passportName", cl."passportNumberEnc", cl.nationality, cl."birthDate", cl."passportExpiry"
          FROM "case" c JOIN "client" cl ON cl.id = c."clientId"
         WHERE c."organizationId" = ${job.organizationId}::uuid AND c.id = ${row.caseId}::uuid`;
      return { bytes: file, client: record[0] ?? null };
    });
    if (!bytes) return;
    const reading = await readMrz(bytes, now);
    if (reading.status === 'unreadable') {
      // Never a guess: the client is asked to retake the photo.
      await this.store_(job, { status: 'UNREADABLE', reason: reading.reason }, [
        { code: 'MRZ_UNREADABLE', severity: 'warn' },
      ]);
      return;
    }
    const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);
    const findings = client
      ? compareMrzWithClient(
          reading,
          {
            passportName: client.passportName,
            passportNumber: client.passportNumberEnc
              ? this.cipher.decrypt(client.passportNumberEnc, job.organizationId)
              : null,
            nationality: client.nationality,
            birthDate: day(client.birthDate),
            passportExpiry: day(client.passportExpiry),
          },
          now.toISOString().slice(0, 10),
        )
      : [];
    const { documentNumber, ...rest } = reading.fields;
    const fields: MrzFields = { ...rest, documentNumberLast4: documentNumber.slice(-4) };
    await this.store_(
      job,
      { status: 'READ', fields, numberEnc: this.cipher.encrypt(documentNumber, job.organizationId) },
      findings,
    );
  }

  private async store_(
    job: Job,
    result: { status: 'READ'; fields: MrzFields; numberEnc: string } | { status: 'UNREADABLE'; reason: string },
    findings: DocumentFindingResponse[],
  ): Promise<void> {
    await this.db.run(
      { organizationId: job.organizationId },
      (tx) =>
        tx.$executeRaw`
        UPDATE "document"
           SET "mrzStatus" = ${result.status}::"MrzStatus",
               "mrzFields" = ${result.status === 'READ' ? JSON.stringify(result.fields) : null}::jsonb,
               "mrzNumberEnc" = ${result.status === 'READ' ? result.numberEnc : null},
               "mrzReason" = ${result.status === 'UNREADABLE' ? result.reason : null},
               findings = findings || ${JSON.stringify(findings)}::jsonb,
               "mrzClaimedBy" = NULL, "mrzLeaseUntil" = NULL
         WHERE "organizationId" = ${job.organizationId}::uuid AND id = ${job.documentId}::uuid
           AND "mrzStatus" = 'PENDING'`,
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.waiting.length = 0;
    await this.idle();
    // The OCR worker is a thread of its own; the app's end is its end.
    await stopMrzReader();
  }
}
