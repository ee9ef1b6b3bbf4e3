import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
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
import { TenantDatabase, type Tx } from '../../database/tenant-database';
import { PassportCipher, passportLast4 } from '../../clients/passport-cipher';
import { replanCases } from '../../reminders/reminder-planner';
import { checklistKey } from '../checklist.service';
import { CsvError, parseCsv } from './csv';

const MAX_BYTES = 50 * 1024 * 1024;
const MAX_ROWS = 100_000;
const MAX_STORED_ERRORS = 1_000;
const BATCH = 500;

type ImportError = { line: number; field?: string; message: string };

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
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly cipher: PassportCipher,
  ) {}

  async upload(auth: AuthContext, fileName: string, body: Readable): Promise<ImportJobResponse> {
    const scope = { organizationId: auth.organizationId };
    const job = await this.db.run(scope, (tx) =>
      tx.importJob.create({ data: { organizationId: auth.organizationId, createdById: auth.userId, fileName, fileHash: '', status: 'RUNNING' }, select: { id: true } }),
    );
    const hash = createHash('sha256');
    const hashed = (async function* () {
      for await (const chunk of body as AsyncIterable<Buffer | string>) {
        hash.update(chunk);
        yield chunk;
      }
    })();
    const errors: ImportError[] = [];
    let errorRows = 0;
    let totalRows = 0;
    let batch: { line: number; data: StagedRow }[] = [];
    const seen = new Map<string, number>();
    const flush = async () => {
      if (batch.length === 0) return;
      const rows = batch;
      batch = [];
      await this.db.run(scope, (tx) =>
        tx.$executeRaw`
          INSERT INTO "import_row" ("organizationId", "importJobId", line, data)
          SELECT ${auth.organizationId}::uuid, ${job.id}::uuid, x.line, x.data
          FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(line int, data jsonb)`,
      );
    };
    const fail = (error: ImportError) => {
      if (errors.length < MAX_STORED_ERRORS) errors.push(error);
    };
    try {
      let header: (typeof importColumns)[number][] | null = null;
      for await (const record of parseCsv(hashed, { maxBytes: MAX_BYTES })) {
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
          continue;
        }
        const firstLine = seen.get(row.staged.externalRef);
        if (firstLine !== undefined) {
          errorRows += 1;
          fail({ line: record.line, field: 'externalRef', message: `externalRef ${row.staged.externalRef} already appears on line ${firstLine}` });
          continue;
        }
        seen.set(row.staged.externalRef, record.line);
        batch.push({ line: record.line, data: row.staged });
        if (batch.length >= BATCH) await flush();
      }
      if (!header) throw new CsvError('The file is empty; the first line must name the columns', 1);
      await flush();
    } catch (error) {
      if (!(error instanceof CsvError || error instanceof ApiError)) {
        await this.finish(auth, job.id, { status: 'FAILED', totalRows, errors: [...errors, { line: 0, message: 'The upload failed; try again' }], fileHash: hash.digest('hex') });
        throw error;
      }
      const line = error instanceof CsvError ? error.line : 1;
      await this.db.run(scope, (tx) => tx.importRow.deleteMany({ where: { organizationId: auth.organizationId, importJobId: job.id } }));
      return this.finish(auth, job.id, { status: 'FAILED', totalRows, errors: [{ line, message: error.message }, ...errors], fileHash: hash.digest('hex') });
    }
    return this.finish(auth, job.id, { status: 'VALIDATED', totalRows, errors, fileHash: hash.digest('hex'), errorRows });
  }

  get(auth: AuthContext, jobId: string): Promise<ImportJobResponse> {
    return this.db.run({ organizationId: auth.organizationId }, (tx) => this.load(tx, auth.organizationId, jobId));
  }

  /** Creates the staged clients and cases in batches (each its own transaction, so progress shows). */
  async commit(auth: AuthContext, jobId: string, input: ImportCommitRequest): Promise<ImportJobResponse> {
    const scope = { organizationId: auth.organizationId };
    await this.db.run(scope, async (tx) => {
      const job = await tx.importJob.findFirst({ where: { id: jobId, organizationId: auth.organizationId }, select: { status: true, errors: true, totalRows: true } });
      if (!job) throw new ApiError('NOT_FOUND', 'No such import');
      const locked = await tx.$queryRaw<{ status: string }[]>`SELECT status FROM "import_job" WHERE id = ${jobId}::uuid FOR UPDATE`;
      const status = locked[0]?.status;
      const staged = await tx.importRow.count({ where: { organizationId: auth.organizationId, importJobId: jobId } });
      if (status === 'COMPLETED') throw new ApiError('CONFLICT', 'This import was committed already');
      if (status === 'RUNNING') throw new ApiError('CONFLICT', 'This import is running; follow its progress');
      if (status === 'FAILED' && staged === 0) throw new ApiError('DOMAIN_RULE', 'This file could not be read; fix it and upload it again');
      if (Array.isArray(job.errors) && job.errors.length > 0 && !input.skipInvalid) {
        throw new ApiError('DOMAIN_RULE', 'The file has invalid rows: fix them and upload again, or commit with skipInvalid to import only the valid rows', { errors: job.errors.length });
      }
      await tx.importJob.update({ where: { id: jobId }, data: { status: 'RUNNING', finishedAt: null } });
    });
    try {
      for (;;) {
        const done = await this.db.run(scope, (tx) => this.commitBatch(tx, auth, jobId), { timeout: 60_000 });
        if (done === 0) break;
      }
      await this.db.run(scope, (tx) => tx.importJob.update({ where: { id: jobId }, data: { status: 'COMPLETED', finishedAt: new Date() } }));
    } catch (error) {
      await this.db.run(scope, (tx) => tx.importJob.update({ where: { id: jobId }, data: { status: 'FAILED', finishedAt: new Date() } }));
      throw error;
    }
    return this.get(auth, jobId);
  }

  private async commitBatch(tx: Tx, auth: AuthContext, jobId: string): Promise<number> {
    const now = new Date();
    const org = auth.organizationId;
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
          SELECT ${org}::uuid, x.id, 'CREATED', 'PREPARING', ${auth.userId}::uuid, jsonb_build_object('attempt', 1, 'type', x.type, 'importJobId', ${jobId}::text), 0, ${now}
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

  private async finish(
    auth: AuthContext,
    jobId: string,
    result: { status: 'VALIDATED' | 'FAILED'; totalRows: number; errors: ImportError[]; fileHash: string; errorRows?: number },
  ): Promise<ImportJobResponse> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      await tx.importJob.update({
        where: { id: jobId },
        data: { status: result.status, totalRows: result.totalRows, errors: result.errors, fileHash: result.fileHash, finishedAt: result.status === 'FAILED' ? new Date() : null },
      });
      return this.load(tx, auth.organizationId, jobId, result.errorRows);
    });
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
