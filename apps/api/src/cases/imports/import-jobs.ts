import { randomUUID } from 'node:crypto';
import { type CaseType, type caseTypes, documentChecklist } from '@waiji/domain';
import type { ImportJobResponse, ImportWarning } from '@waiji/contract';
import { ApiError } from '../../common/api-error';
import { describeMatch, runDuplicateMatches } from '../../clients/client-duplicates';
import { eventRecords, insertEventsSql } from '../../database/case-events';
import type { Tx } from '../../database/tenant-database';
import { Prisma } from '../../generated/prisma/client';
import { planNewCases, reminderWriteCtes } from '../../reminders/reminder-planner';
import { checklistKey } from '../checklist.service';
import type { ImportError, ValidRow } from './import-rows';
import { caseCreatedPayload, recordWebhookEvents } from '../../webhooks/webhook-events';

/**
 * The SQL of import jobs: a job row ("import_job") leased to the instance that runs it, the rows staged between the
 * dry run and the commit ("import_row"), the commit's batches, and the scheduler's takeover and purge.
 */

/** The run holding a job: this instance's id, and how long a lease lasts before another run may take the job over. */
export type Lease = { owner: string; ms: number };

/**
 * Rows a commit batch creates in one transaction (and an upload stages in one): each costs a round of statements and
 * a commit, so fewer, larger ones are faster; the rows of one batch are all the import holds in memory.
 */
export const BATCH = 2_000;

/**
 * A validated row as staged between the dry run and the commit; the passport number is already encrypted. The row
 * names its client by `clientId` (checked to exist when staged) or `externalRef`; a `caseId` names a case that exists
 * (rows staged before these two fields existed have neither).
 */
export type StagedRow = {
  externalRef: string | null;
  clientId?: string | null;
  caseId?: string | null;
  client: Record<string, unknown>;
  case: { type: string; bank: string | null; cardLast4: string | null; tags: string[]; priority: string } | null;
};

/** A valid row as it is staged: the passport number encrypted, its last four digits beside it. */
export function toStaged(
  row: ValidRow,
  encrypt: (passportNumber: string) => string,
  last4: (passportNumber: string) => string,
): StagedRow {
  const { passportNumber, ...client } = row.client;
  return {
    externalRef: row.externalRef,
    clientId: row.clientId,
    caseId: row.caseId,
    client: {
      ...client,
      passportNumberEnc: passportNumber ? encrypt(passportNumber) : null,
      passportLast4: passportNumber ? last4(passportNumber) : null,
    },
    case: row.case,
  };
}

export async function createUploadJob(
  tx: Tx,
  organizationId: string,
  userId: string,
  fileName: string,
  lease: Lease,
): Promise<string> {
  const [created] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "import_job" ("organizationId", "createdById", "fileName", "fileHash", status, "claimedBy", "leaseUntil")
    VALUES (${organizationId}::uuid, ${userId}::uuid, ${fileName}, '', 'RUNNING', ${lease.owner}, now() + ${lease.ms} * interval '1 millisecond')
    RETURNING id`;
  if (!created) throw new Error('import_job insert returned no row');
  return created.id;
}

/** Extends the lease on a RUNNING job; false when another run holds it now. */
export async function renewLease(tx: Tx, organizationId: string, jobId: string, lease: Lease): Promise<boolean> {
  const renewed = await tx.$executeRaw`
    UPDATE "import_job" SET "leaseUntil" = now() + ${lease.ms} * interval '1 millisecond'
     WHERE id = ${jobId}::uuid AND "organizationId" = ${organizationId}::uuid AND status = 'RUNNING' AND "claimedBy" = ${lease.owner}`;
  return renewed > 0;
}

export async function stageRows(
  tx: Tx,
  organizationId: string,
  jobId: string,
  rows: { line: number; data: StagedRow }[],
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "import_row" ("organizationId", "importJobId", line, data)
    SELECT ${organizationId}::uuid, ${jobId}::uuid, x.line, x.data
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(line int, data jsonb)`;
}

/**
 * The Client IDs and Case IDs of rows about to be staged, looked up in the organization: a known case names its
 * client; an unknown case ID is dropped (the row's client and case type decide); an unknown client ID falls back to
 * the row's Reference. Answers the rows' indexes naming nothing the organization has (and no Reference).
 */
export async function resolveKnownIds(
  tx: Tx,
  organizationId: string,
  rows: StagedRow[],
): Promise<{ index: number; key: 'clientId' | 'caseId'; id: string }[]> {
  const caseIds = [...new Set(rows.flatMap((row) => (row.caseId ? [row.caseId] : [])))];
  const cases =
    caseIds.length === 0
      ? []
      : await tx.$queryRaw<{ id: string; clientId: string }[]>`
          SELECT id, "clientId" FROM "case" WHERE "organizationId" = ${organizationId}::uuid AND id = ANY(${caseIds}::uuid[])`;
  const clientOfCase = new Map(cases.map((row) => [row.id, row.clientId]));
  for (const row of rows) {
    if (!row.caseId) continue;
    const clientId = clientOfCase.get(row.caseId);
    if (clientId) row.clientId = clientId;
  }
  const clientIds = [...new Set(rows.flatMap((row) => (row.clientId ? [row.clientId] : [])))];
  const clients =
    clientIds.length === 0
      ? []
      : await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "client" WHERE "organizationId" = ${organizationId}::uuid AND id = ANY(${clientIds}::uuid[])`;
  const knownClients = new Set(clients.map((row) => row.id));
  const unknown: { index: number; key: 'clientId' | 'caseId'; id: string }[] = [];
  rows.forEach((row, index) => {
    const caseId = row.caseId;
    if (caseId && !clientOfCase.has(caseId)) row.caseId = null;
    if (row.clientId && !knownClients.has(row.clientId)) {
      const clientId = row.clientId;
      row.clientId = null;
      if (row.externalRef === null) unknown.push({ index, key: 'clientId', id: clientId });
    } else if (!row.clientId && row.externalRef === null && caseId) {
      unknown.push({ index, key: 'caseId', id: caseId });
    }
  });
  return unknown;
}

type UploadResult = { totalRows: number; errors: ImportError[]; fileHash: string };

/** An upload refused part-way: its staged rows go, the job is FAILED with the reason first among its errors. */
export async function failUpload(
  tx: Tx,
  organizationId: string,
  jobId: string,
  lease: Lease,
  result: UploadResult,
): Promise<void> {
  await tx.importRow.deleteMany({ where: { organizationId, importJobId: jobId } });
  await tx.$executeRaw`
    UPDATE "import_job" SET status = 'FAILED', "totalRows" = ${result.totalRows}, errors = ${JSON.stringify(result.errors)}::jsonb, "fileHash" = ${result.fileHash},
           "finishedAt" = now(), "claimedBy" = NULL, "leaseUntil" = NULL
     WHERE id = ${jobId}::uuid AND "organizationId" = ${organizationId}::uuid AND status = 'RUNNING' AND "claimedBy" = ${lease.owner}`;
}

/** The dry run is over: VALIDATED, lease handed back. False when another run holds the job now. */
export async function finishUpload(
  tx: Tx,
  organizationId: string,
  jobId: string,
  lease: Lease,
  result: UploadResult,
): Promise<boolean> {
  const finished = await tx.$executeRaw`
    UPDATE "import_job" SET status = 'VALIDATED', "totalRows" = ${result.totalRows}, errors = ${JSON.stringify(result.errors)}::jsonb, "fileHash" = ${result.fileHash},
           "claimedBy" = NULL, "leaseUntil" = NULL
     WHERE id = ${jobId}::uuid AND "organizationId" = ${organizationId}::uuid AND status = 'RUNNING' AND "claimedBy" = ${lease.owner}`;
  return finished > 0;
}

/** The job, locked until the caller's transaction ends, with how many rows are still staged; undefined if none. */
export async function lockForCommit(
  tx: Tx,
  organizationId: string,
  jobId: string,
): Promise<{ status: string; errors: unknown; committing: boolean; expired: boolean; staged: number } | undefined> {
  const [job] = await tx.$queryRaw<{ status: string; errors: unknown; committing: boolean; expired: boolean }[]>`
    SELECT status, errors, "committedById" IS NOT NULL AS committing, ("leaseUntil" IS NULL OR "leaseUntil" < now()) AS expired
      FROM "import_job" WHERE id = ${jobId}::uuid AND "organizationId" = ${organizationId}::uuid FOR UPDATE`;
  if (!job) return undefined;
  const staged = await tx.importRow.count({ where: { organizationId, importJobId: jobId } });
  return { ...job, staged };
}

export async function startCommit(tx: Tx, jobId: string, userId: string, lease: Lease): Promise<void> {
  await tx.$executeRaw`
    UPDATE "import_job" SET status = 'RUNNING', "finishedAt" = NULL, "committedById" = ${userId}::uuid,
           "claimedBy" = ${lease.owner}, "leaseUntil" = now() + ${lease.ms} * interval '1 millisecond'
     WHERE id = ${jobId}::uuid`;
}

/**
 * Creates the clients and cases of the next BATCH staged rows and deletes those rows, in the caller's transaction;
 * returns how many rows it took (0: nothing left). The caller renews its lease first in the same transaction.
 */
export async function commitBatch(tx: Tx, org: string, actorId: string | null, jobId: string): Promise<number> {
  const now = new Date();
  // Two imports of one organization never interleave, so "no case of this type yet" stays true until insert.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`waiji:import:${org}`}))`;
  const rows = await tx.$queryRaw<{ id: string; line: number; data: StagedRow }[]>`
    SELECT id, line, data FROM "import_row" WHERE "organizationId" = ${org}::uuid AND "importJobId" = ${jobId}::uuid ORDER BY line LIMIT ${BATCH}`;
  if (rows.length === 0) return 0;
  // New clients: rows that name none the organization has by ID; a Reference it has already creates nothing.
  const clients = rows
    .filter((row) => !row.data.clientId && row.data.externalRef !== null)
    .map((row) => ({ ...row.data.client, externalRef: row.data.externalRef }));
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
  // The batch's clients as stored (an existing client keeps its details): their IDs, and the expiries the new cases'
  // reminders are planned from.
  const refs = [
    ...new Set(
      rows.flatMap((row) => (!row.data.clientId && row.data.externalRef !== null ? [row.data.externalRef] : [])),
    ),
  ];
  const ids = [...new Set(rows.flatMap((row) => (row.data.clientId ? [row.data.clientId] : [])))];
  const stored = await tx.$queryRaw<
    { id: string; externalRef: string | null; passportExpiry: Date | null; visaExpiry: Date | null }[]
  >`
    SELECT id, "externalRef", "passportExpiry", "visaExpiry" FROM "client"
    WHERE "organizationId" = ${org}::uuid AND ("externalRef" = ANY(${refs}::text[]) OR id = ANY(${ids}::uuid[]))`;
  const byRef = new Map(
    stored.flatMap((client) => (client.externalRef === null ? [] : [[client.externalRef, client.id]])),
  );
  const byId = new Map(stored.map((client) => [client.id, client]));
  const clientOf = (row: StagedRow) =>
    row.clientId ?? (row.externalRef === null ? undefined : byRef.get(row.externalRef));
  const [organization] = await tx.$queryRaw<{ timezone: string; policy: unknown }[]>`
    SELECT timezone, policy FROM "organization" WHERE id = ${org}::uuid`;
  if (!organization) throw new Error(`organization ${org} not found`);
  // Each new case is planned before it is inserted, so it is written with its nextDueAt (no second write of the row).
  const wanted = rows.flatMap((row) => {
    const client = byId.get(clientOf(row.data) ?? '');
    return row.data.case && client
      ? [{ id: randomUUID(), clientId: client.id, caseId: row.data.caseId ?? null, client, ...row.data.case }]
      : [];
  });
  const plans = new Map(
    planNewCases(
      organization,
      wanted.map((w) => ({
        id: w.id,
        type: w.type as CaseType,
        bank: w.bank,
        cardLast4: w.cardLast4,
        passportExpiry: w.client.passportExpiry,
        visaExpiry: w.client.visaExpiry,
      })),
      now,
    ).map((plan) => [plan.caseId, plan]),
  );
  const records = wanted.map(({ client: _client, ...w }) => ({
    ...w,
    nextDueAt: plans.get(w.id)?.writes.nextDueAt?.toISOString() ?? null,
  }));
  // A case is new unless the row names a case that exists, or the client has an open case of that type.
  const createdCases = await tx.$queryRaw<{ id: string; type: string; clientId: string }[]>`
    INSERT INTO "case" (id, "organizationId", "clientId", type, bank, "cardLast4", tags, priority, "stateEnteredAt", "nextDueAt", "createdAt", "updatedAt")
    SELECT x.id, ${org}::uuid, cl.id, x.type::"CaseType", x.bank, x."cardLast4", ARRAY(SELECT jsonb_array_elements_text(x.tags)), x.priority::"Priority", ${now}, x."nextDueAt", ${now}, ${now}
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS x(id uuid, "clientId" uuid, "caseId" uuid, type text, bank text, "cardLast4" text, tags jsonb, priority text, "nextDueAt" timestamptz)
    JOIN "client" cl ON cl."organizationId" = ${org}::uuid AND cl.id = x."clientId"
    WHERE (x."caseId" IS NULL OR NOT EXISTS (SELECT 1 FROM "case" k WHERE k."organizationId" = ${org}::uuid AND k.id = x."caseId"))
      AND NOT EXISTS (SELECT 1 FROM "case" c WHERE c."organizationId" = ${org}::uuid AND c."clientId" = cl.id AND c.type = x.type::"CaseType" AND c."archivedAt" IS NULL)
    RETURNING id, type, "clientId"`;
  if (createdCases.length > 0) {
    const checklist = createdCases.flatMap((c) =>
      documentChecklist(c.type as (typeof caseTypes)[number]).map((item) => ({
        caseId: c.id,
        document: checklistKey(item.anyOf),
      })),
    );
    const events = eventRecords(
      createdCases.map((c) => ({
        organizationId: org,
        caseId: c.id,
        action: 'CREATED',
        toState: 'PREPARING',
        actorId,
        data: { attempt: 1, type: c.type, importJobId: jobId },
        versionAfter: 0,
        at: now,
      })),
    );
    // The case's CREATED event, checklist and planned reminders: one statement.
    await tx.$executeRaw`
      WITH events AS (${insertEventsSql(events)}),
      ${reminderWriteCtes(
        org,
        createdCases.flatMap((c) => plans.get(c.id) ?? []),
      )}
      INSERT INTO "checklist_item" ("organizationId", "caseId", document, "updatedAt")
      SELECT ${org}::uuid, x."caseId", x.document, ${now} FROM jsonb_to_recordset(${JSON.stringify(checklist)}::jsonb) AS x("caseId" uuid, document text)`;
    await recordWebhookEvents(tx.sql, org, 'case.created', createdCases.map(caseCreatedPayload));
  }
  const newClients = new Set(createdClients.map((c) => c.externalRef));
  const newCases = new Set(createdCases.map((c) => `${c.clientId}|${c.type}`));
  const created = rows.filter(
    (row) =>
      (!row.data.clientId && row.data.externalRef !== null && newClients.has(row.data.externalRef)) ||
      (row.data.case !== null && newCases.has(`${clientOf(row.data) ?? ''}|${row.data.case.type}`)),
  ).length;
  await tx.importRow.deleteMany({ where: { organizationId: org, id: { in: rows.map((row) => row.id) } } });
  await tx.$executeRaw`
    UPDATE "import_job" SET "processedRows" = "processedRows" + ${rows.length}, "createdRows" = "createdRows" + ${created},
           "skippedRows" = "skippedRows" + ${rows.length - created}
    WHERE id = ${jobId}::uuid AND "organizationId" = ${org}::uuid`;
  return rows.length;
}

/** A commit out of time: the lease is handed back (run out now) so the next tick carries on at once. */
export async function pauseCommit(tx: Tx, jobId: string, lease: Lease): Promise<void> {
  await tx.$executeRaw`
    UPDATE "import_job" SET "leaseUntil" = now() WHERE id = ${jobId}::uuid AND status = 'RUNNING' AND "claimedBy" = ${lease.owner}`;
}

/** Nothing left staged: COMPLETED. False when another run holds the job now. */
export async function finishCommit(tx: Tx, jobId: string, lease: Lease): Promise<boolean> {
  const finished = await tx.$executeRaw`
    UPDATE "import_job" SET status = 'COMPLETED', "finishedAt" = now(), "claimedBy" = NULL, "leaseUntil" = NULL
     WHERE id = ${jobId}::uuid AND status = 'RUNNING' AND "claimedBy" = ${lease.owner}`;
  return finished > 0;
}

/** A commit that failed: FAILED, with its remaining rows still staged for another commit. */
export async function failCommit(tx: Tx, jobId: string, lease: Lease): Promise<void> {
  await tx.$executeRaw`
    UPDATE "import_job" SET status = 'FAILED', "finishedAt" = now(), "claimedBy" = NULL, "leaseUntil" = NULL
     WHERE id = ${jobId}::uuid AND status = 'RUNNING' AND "claimedBy" = ${lease.owner}`;
}

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

/** Warnings a preview lists at most, as for errors. */
const MAX_WARNINGS = 1_000;

/** Staged rows that look like clients the organization already has: the same test as a new client's 409. */
async function importWarnings(tx: Tx, organizationId: string, jobId: string): Promise<ImportWarning[]> {
  const matches = await runDuplicateMatches(
    tx,
    organizationId,
    Prisma.sql`SELECT r.line AS key, r.data->'client'->>'passportName' AS name, r.data->'client'->>'passportLast4' AS last4,
                      r.data->'client'->>'email' AS email, r.data->>'externalRef' AS "externalRef"
               FROM "import_row" r WHERE r."organizationId" = ${organizationId}::uuid AND r."importJobId" = ${jobId}::uuid
                 AND r.data->>'clientId' IS NULL`, // a row naming a client by its ID (an export's) is that client
    MAX_WARNINGS * 5,
  );
  return [...matches.entries()].slice(0, MAX_WARNINGS).map(([line, found]) => ({
    line,
    message: `Matches existing client ${found.map(describeMatch).join(', ')}`,
    matches: found,
  }));
}

/** The job as the API answers it; `errorRows` when the caller counted them (the dry run), else from the job. */
export async function loadJob(
  tx: Tx,
  organizationId: string,
  jobId: string,
  errorRows?: number,
): Promise<ImportJobResponse> {
  const rows = await tx.$queryRaw<(JobRow & { staged: number })[]>`
    SELECT j.id, j."fileName", j.status, j."totalRows", j."processedRows", j."createdRows", j."skippedRows", j.errors, j."createdAt", j."finishedAt",
           (SELECT count(*)::int FROM "import_row" r WHERE r."organizationId" = j."organizationId" AND r."importJobId" = j.id) AS staged
    FROM "import_job" j WHERE j."organizationId" = ${organizationId}::uuid AND j.id = ${jobId}::uuid`;
  const job = rows[0];
  if (!job) throw new ApiError('NOT_FOUND', 'No such import');
  const errors = Array.isArray(job.errors) ? (job.errors as ImportError[]) : [];
  const validRows = job.staged + job.processedRows;
  // Only the preview warns: once committing, the matched rows are on their way in.
  const warnings = job.status === 'VALIDATED' && job.staged > 0 ? await importWarnings(tx, organizationId, jobId) : [];
  return {
    id: job.id,
    fileName: job.fileName,
    status: job.status,
    totalRows: job.totalRows,
    validRows: job.status === 'FAILED' && validRows === 0 ? 0 : validRows,
    processedRows: job.processedRows,
    createdRows: job.createdRows,
    skippedRows: job.skippedRows,
    errorCount:
      errorRows ??
      (job.status === 'FAILED' && validRows === 0 ? errors.length : Math.max(job.totalRows - validRows, 0)),
    errors,
    warnings,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
