import type { Role } from '@waiji/domain';
import type { DocumentFindingResponse, DocumentResponse, MrzFields } from '@waiji/contract';
import type { SqlRunner } from '../database/sql-runner';
import { Prisma } from '../generated/prisma/client';
import type { DocumentStatus, MrzStatus } from '../generated/prisma/enums';
import type { StoredFile } from './storage/document-store';

/** A document row with who uploaded and reviewed it, as the SELECT below reads it. */
export type DocumentRow = {
  id: string;
  organizationId: string;
  caseId: string;
  checklistItemId: string | null;
  kind: DocumentResponse['kind'];
  status: DocumentStatus;
  mime: DocumentResponse['mime'];
  size: number;
  width: number | null;
  height: number | null;
  findings: DocumentFindingResponse[];
  mrzStatus: MrzStatus;
  mrzFields: MrzFields | null;
  mrzReason: string | null;
  storage: string;
  keyId: string;
  wrappedKey: Buffer;
  chunkSize: number;
  chunkCount: number;
  uploadedById: string | null;
  uploadedByClient: boolean;
  uploaderName: string | null;
  uploaderRole: Role | null;
  reviewedById: string | null;
  reviewerName: string | null;
  reviewedAt: Date | null;
  reviewReason: string | null;
  purgedAt: Date | null;
  createdAt: Date;
};

export const DOCUMENT_COLUMNS = Prisma.sql`
  d.id, d."organizationId", d."caseId", d."checklistItemId", d.kind, d.status, d.mime, d.size, d.width, d.height,
  d.findings, d."mrzStatus", d."mrzFields", d."mrzReason", d.storage, d."keyId", d."wrappedKey", d."chunkSize",
  d."chunkCount", d."uploadedById", d."uploadedByClient", up."displayName" AS "uploaderName",
  upm.role AS "uploaderRole", d."reviewedById", rv."displayName" AS "reviewerName", d."reviewedAt", d."reviewReason",
  d."purgedAt", d."createdAt"`;

export const DOCUMENT_FROM = Prisma.sql`
  FROM "document" d
  LEFT JOIN "user" up ON up.id = d."uploadedById"
  LEFT JOIN "membership" upm ON upm."userId" = d."uploadedById" AND upm."organizationId" = d."organizationId"
  LEFT JOIN "user" rv ON rv.id = d."reviewedById"`;

/** One document of the organization (CLIENT callers: only of their own client's cases), or null. */
export async function findDocument(
  tx: SqlRunner,
  organizationId: string,
  documentId: string,
  options: { clientId?: string | null; forUpdate?: boolean } = {},
): Promise<DocumentRow | null> {
  const rows = await tx.$queryRaw<DocumentRow[]>`
    SELECT ${DOCUMENT_COLUMNS} ${DOCUMENT_FROM}
    ${options.clientId ? Prisma.sql`JOIN "case" c ON c.id = d."caseId" AND c."clientId" = ${options.clientId}::uuid` : Prisma.empty}
    WHERE d."organizationId" = ${organizationId}::uuid AND d.id = ${documentId}::uuid
    ${options.forUpdate ? Prisma.sql`FOR UPDATE OF d` : Prisma.empty}`;
  return rows[0] ?? null;
}

/** A case's documents, newest first. */
export function caseDocuments(tx: SqlRunner, organizationId: string, caseId: string): Promise<DocumentRow[]> {
  return Promise.resolve(
    tx.$queryRaw<DocumentRow[]>`
      SELECT ${DOCUMENT_COLUMNS} ${DOCUMENT_FROM}
      WHERE d."organizationId" = ${organizationId}::uuid AND d."caseId" = ${caseId}::uuid
      ORDER BY d."createdAt" DESC, d.id DESC`,
  );
}

export function storedFileOf(
  row: Pick<DocumentRow, 'storage' | 'keyId' | 'wrappedKey' | 'chunkSize' | 'chunkCount'>,
): StoredFile {
  return {
    storage: row.storage,
    keyId: row.keyId,
    wrapped: row.wrappedKey,
    chunkSize: row.chunkSize,
    chunkCount: row.chunkCount,
  };
}

export function toDocumentResponse(row: DocumentRow): DocumentResponse {
  return {
    id: row.id,
    caseId: row.caseId,
    requestId: row.checklistItemId,
    kind: row.kind,
    status: row.status,
    mime: row.mime,
    size: row.size,
    width: row.width,
    height: row.height,
    findings: row.findings,
    mrz: {
      status: row.mrzStatus,
      ...(row.mrzFields ? { fields: row.mrzFields } : {}),
      ...(row.mrzReason ? { reason: row.mrzReason } : {}),
    },
    uploadedBy: row.uploadedById
      ? {
          id: row.uploadedById,
          displayName: row.uploaderName ?? '',
          role: row.uploaderRole ?? (row.uploadedByClient ? 'CLIENT' : 'HELPER'),
          fromClient: row.uploadedByClient,
        }
      : null,
    createdAt: row.createdAt.toISOString(),
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    reviewedBy: row.reviewedById ? { id: row.reviewedById, displayName: row.reviewerName ?? '' } : null,
    reviewReason: row.reviewReason,
    purgedAt: row.purgedAt?.toISOString() ?? null,
  };
}
