import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { DocumentKind } from '@waiji/domain';
import type {
  ApplyMrzResponse,
  CaseDocumentsResponse,
  ChecklistItemResponse,
  DocumentResponse,
  ReviewDocumentRequest,
  ReviewDocumentResponse,
  UploadDocumentResponse,
} from '@waiji/contract';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import {
  checklistOf,
  clientScope,
  readyToSubmit,
  requestForUpload,
  setRequestStatus,
} from '../cases/checklist.service';
import { loadCase } from '../cases/case-rows';
import { PassportCipher, passportLast4 } from '../clients/passport-cipher';
import { ApiError } from '../common/api-error';
import { CONFIG, type Config } from '../config/config';
import { appendEvent } from '../database/case-events';
import type { SqlRunner } from '../database/sql-runner';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { UnsubscribeTokens } from '../outbox/unsubscribe-token';
import type { RecipientLinks } from '../reminders/reminder-recipients';
import { recordWebhookEvent } from '../webhooks/webhook-events';
import { caseDocuments, type DocumentRow, findDocument, storedFileOf, toDocumentResponse } from './document-rows';
import { inspectUpload } from './inspection';
import { alpha2FromMrz } from './inspection/nationality';
import { MrzQueue } from './mrz-queue';
import { notifyReview, notifyUpload } from './review-notice';
import { DOCUMENT_STORE, type DocumentStore } from './storage/document-store';
import type { DocumentUpload } from './upload-body';

/** The decrypted file with what its answer needs. */
export type DocumentContent = { bytes: Buffer; mime: string; filename: string };

const extensionOf: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/heic': 'heic',
  'application/pdf': 'pdf',
};

/**
 * A case's documents: upload (checked, then encrypted into the database in one transaction with its request,
 * timeline entry, audit row and webhook event), metadata, content, review, deletion and the passport MRZ's use.
 * Staff of the organization see every case's; a CLIENT only their own client's cases' (404 otherwise). Every read of
 * metadata or content is audited.
 */
@Injectable()
export class DocumentsService {
  private readonly links: RecipientLinks;

  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
    private readonly cipher: PassportCipher,
    private readonly mrz: MrzQueue,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    @Inject(CONFIG) config: Config,
  ) {
    this.links = { publicUrl: config.publicUrl, unsubscribe: new UnsubscribeTokens(config.encryption.key) };
  }

  list(auth: AuthContext, caseId: string): Promise<CaseDocumentsResponse> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const kase = await loadCase(tx, auth.organizationId, caseId, { clientId: clientScope(auth) });
      const documents = await caseDocuments(tx, auth.organizationId, caseId);
      const requests = await checklistOf(tx, auth.organizationId, caseId, kase.type, documents);
      await this.audit.recordBy(tx, auth, {
        action: 'document.listed',
        targetType: 'case',
        targetId: caseId,
        data: { documents: documents.length },
      });
      return { requests, documents: documents.map(toDocumentResponse), readyToSubmit: readyToSubmit(requests) };
    });
  }

  get(auth: AuthContext, documentId: string): Promise<DocumentResponse> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const row = await this.load(tx, auth, documentId);
      await this.audit.recordBy(tx, auth, {
        action: 'document.viewed',
        targetType: 'document',
        targetId: documentId,
        data: { caseId: row.caseId, kind: row.kind },
      });
      return toDocumentResponse(row);
    });
  }

  content(auth: AuthContext, documentId: string): Promise<DocumentContent> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const row = await this.load(tx, auth, documentId);
      if (row.purgedAt) throw new ApiError('NOT_FOUND', 'The file was deleted under the retention policy');
      const bytes = await this.store.read(tx, { organizationId: auth.organizationId, documentId }, storedFileOf(row));
      await this.audit.recordBy(tx, auth, {
        action: 'document.downloaded',
        targetType: 'document',
        targetId: documentId,
        data: { caseId: row.caseId, kind: row.kind, size: bytes.length },
      });
      const day = row.createdAt.toISOString().slice(0, 10);
      return {
        bytes,
        mime: row.mime,
        filename: `${row.kind.toLowerCase()}-${day}.${extensionOf[row.mime] ?? 'bin'}`,
      };
    });
  }

  /** 404 unless the caller may see the case (a CLIENT: only their own client's). */
  async assertCase(auth: AuthContext, caseId: string): Promise<void> {
    await this.db.run({ organizationId: auth.organizationId }, (tx) =>
      loadCase(tx, auth.organizationId, caseId, { clientId: clientScope(auth) }),
    );
  }

  async upload(auth: AuthContext, caseId: string, upload: DocumentUpload): Promise<UploadDocumentResponse> {
    const { kind, requestId } = upload.fields;
    // Access first, so a stranger's upload is not inspected at all.
    const kase = await this.db.run({ organizationId: auth.organizationId }, (tx) =>
      loadCase(tx, auth.organizationId, caseId, { clientId: clientScope(auth) }),
    );
    const inspection = await inspectUpload(upload.bytes, kind);
    const documentId = randomUUID();
    const ref = { organizationId: auth.organizationId, documentId };
    const sealed = this.store.seal(ref, inspection.stored);
    const readsMrz = kind === 'PASSPORT_BIO' && inspection.storedMime !== 'application/pdf';
    const now = new Date();
    const answer = await this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      await loadCase(tx, auth.organizationId, caseId, { clientId: clientScope(auth), forUpdate: true });
      const request = await requestForUpload(tx, auth.organizationId, kase, kind, requestId, now);
      await tx.$executeRaw`
        INSERT INTO "document" (id, "organizationId", "caseId", "checklistItemId", kind, mime, size, width, height,
                                findings, "mrzStatus", storage, "keyId", "wrappedKey", "chunkSize", "chunkCount",
                                "uploadedById", "uploadedByClient", "createdAt")
        VALUES (${documentId}::uuid, ${auth.organizationId}::uuid, ${caseId}::uuid, ${request.id}::uuid, ${kind},
                ${inspection.storedMime}, ${inspection.stored.length}, ${inspection.width ?? null}, ${inspection.height ?? null},
                ${JSON.stringify(inspection.findings)}::jsonb, ${readsMrz ? 'PENDING' : 'NOT_APPLICABLE'}::"MrzStatus",
                ${sealed.file.storage}, ${sealed.file.keyId}, ${sealed.file.wrapped}, ${sealed.file.chunkSize},
                ${sealed.file.chunkCount}, ${auth.userId}::uuid, ${auth.role === 'CLIENT'}, ${now})`;
      await this.store.write(tx, ref, sealed);
      await setRequestStatus(tx, {
        organizationId: auth.organizationId,
        caseId,
        requestId: request.id,
        to: 'UPLOADED',
        actorId: auth.userId,
        at: now,
      });
      await appendEvent(tx, {
        organizationId: auth.organizationId,
        caseId,
        action: 'DOCUMENT',
        actorId: auth.userId,
        at: now,
        data: { event: 'uploaded', documentId, kind, document: request.document },
      });
      await this.audit.recordBy(tx, auth, {
        action: 'document.uploaded',
        targetType: 'document',
        targetId: documentId,
        data: { caseId, kind, size: inspection.stored.length, mime: inspection.storedMime },
      });
      if (auth.role === 'CLIENT') {
        await notifyUpload(tx, {
          organizationId: auth.organizationId,
          caseId,
          kind,
          findings: inspection.findings.filter((finding) => finding.severity !== 'info').length,
          uploaderId: auth.userId,
        });
      }
      await recordWebhookEvent(tx, auth.organizationId, 'document.uploaded', {
        caseId,
        documentId,
        kind,
        requestId: request.id,
      });
      const row = await findDocument(tx, auth.organizationId, documentId);
      if (!row) throw new Error('the new document is gone');
      const requests = await checklistOf(tx, auth.organizationId, caseId, kase.type);
      return { document: toDocumentResponse(row), request: requestById(requests, request.id) };
    });
    if (readsMrz) this.mrz.enqueue(auth.organizationId, documentId);
    return answer;
  }

  review(auth: AuthContext, documentId: string, input: ReviewDocumentRequest): Promise<ReviewDocumentResponse> {
    const now = new Date();
    const accepted = input.decision === 'accept';
    const reason = accepted ? null : (input.reason ?? null);
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const row = await this.load(tx, auth, documentId, true);
      const kase = await loadCase(tx, auth.organizationId, row.caseId);
      await tx.$executeRaw`
        UPDATE "document" SET status = ${accepted ? 'ACCEPTED' : 'REJECTED'}::"DocumentStatus",
               "reviewedById" = ${auth.userId}::uuid, "reviewedAt" = ${now}, "reviewReason" = ${reason}
         WHERE "organizationId" = ${auth.organizationId}::uuid AND id = ${documentId}::uuid`;
      // The request follows the review of its newest file only: an older file's review does not undo a newer upload.
      const latest = row.checklistItemId
        ? await tx.$queryRaw<{ id: string }[]>`
            SELECT id FROM "document" WHERE "organizationId" = ${auth.organizationId}::uuid
               AND "checklistItemId" = ${row.checklistItemId}::uuid ORDER BY "createdAt" DESC, id DESC LIMIT 1`
        : [];
      if (row.checklistItemId && latest[0]?.id === documentId) {
        await setRequestStatus(tx, {
          organizationId: auth.organizationId,
          caseId: row.caseId,
          requestId: row.checklistItemId,
          to: accepted ? 'ACCEPTED' : 'REJECTED',
          reason,
          actorId: auth.userId,
          at: now,
        });
      }
      await appendEvent(tx, {
        organizationId: auth.organizationId,
        caseId: row.caseId,
        action: 'DOCUMENT',
        actorId: auth.userId,
        at: now,
        data: { event: accepted ? 'accepted' : 'rejected', documentId, kind: row.kind, ...(reason ? { reason } : {}) },
      });
      await this.audit.recordBy(tx, auth, {
        action: 'document.reviewed',
        targetType: 'document',
        targetId: documentId,
        data: { caseId: row.caseId, decision: input.decision },
      });
      await recordWebhookEvent(tx, auth.organizationId, 'document.reviewed', {
        caseId: row.caseId,
        documentId,
        kind: row.kind,
        decision: input.decision,
      });
      await notifyReview(tx, this.links, {
        organizationId: auth.organizationId,
        caseId: row.caseId,
        documentId,
        kind: row.kind as DocumentKind,
        accepted,
        reason,
        reviewerId: auth.userId,
        now,
      });
      const reviewed = await findDocument(tx, auth.organizationId, documentId);
      if (!reviewed) throw new Error('the reviewed document is gone');
      const requests = await checklistOf(tx, auth.organizationId, row.caseId, kase.type);
      return {
        document: toDocumentResponse(reviewed),
        request: row.checklistItemId ? requestById(requests, row.checklistItemId) : null,
        readyToSubmit: readyToSubmit(requests),
      };
    });
  }

  /** A helper deletes a file (bytes and metadata); its request goes back to what its newest remaining file says. */
  remove(auth: AuthContext, documentId: string): Promise<void> {
    const now = new Date();
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const row = await this.load(tx, auth, documentId, true);
      await this.store.remove(tx, { organizationId: auth.organizationId, documentId });
      await tx.$executeRaw`DELETE FROM "document" WHERE "organizationId" = ${auth.organizationId}::uuid AND id = ${documentId}::uuid`;
      if (row.checklistItemId) await this.resettle(tx, auth, row, now);
      await appendEvent(tx, {
        organizationId: auth.organizationId,
        caseId: row.caseId,
        action: 'DOCUMENT',
        actorId: auth.userId,
        at: now,
        data: { event: 'deleted', documentId, kind: row.kind },
      });
      await this.audit.recordBy(tx, auth, {
        action: 'document.deleted',
        targetType: 'document',
        targetId: documentId,
        data: { caseId: row.caseId, kind: row.kind },
      });
    });
  }

  /** The helper confirms: the passport's MRZ (name, number, nationality, birth date, expiry) goes into the client record. */
  applyMrz(auth: AuthContext, documentId: string): Promise<ApplyMrzResponse> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const row = await this.load(tx, auth, documentId, true);
      const stored = await tx.$queryRaw<{ mrzNumberEnc: string | null; clientId: string }[]>`
        SELECT d."mrzNumberEnc", c."clientId" FROM "document" d JOIN "case" c ON c.id = d."caseId"
         WHERE d."organizationId" = ${auth.organizationId}::uuid AND d.id = ${documentId}::uuid`;
      const fields = row.mrzFields;
      const found = stored[0];
      if (row.mrzStatus !== 'READ' || !fields || !found?.mrzNumberEnc) {
        throw new ApiError('CONFLICT', 'The passport’s machine-readable zone has not been read from this file');
      }
      const client = await tx.client.findFirst({ where: { id: found.clientId, organizationId: auth.organizationId } });
      if (!client) throw new ApiError('NOT_FOUND', 'No such client');
      const number = this.cipher.decrypt(found.mrzNumberEnc, auth.organizationId);
      const next = {
        passportName: [fields.surname, fields.givenNames].filter((part) => part !== '').join(' '),
        nationality: alpha2FromMrz(fields.nationality) ?? fields.nationality,
        birthDate: new Date(`${fields.birthDate}T00:00:00Z`),
        passportExpiry: new Date(`${fields.expiryDate}T00:00:00Z`),
      };
      const currentNumber = client.passportNumberEnc
        ? this.cipher.decrypt(client.passportNumberEnc, auth.organizationId)
        : null;
      const changed = [
        ...(client.passportName !== next.passportName ? ['passportName'] : []),
        ...(currentNumber !== number ? ['passportNumber'] : []),
        ...(client.nationality !== next.nationality ? ['nationality'] : []),
        ...(client.birthDate?.getTime() !== next.birthDate.getTime() ? ['birthDate'] : []),
        ...(client.passportExpiry?.getTime() !== next.passportExpiry.getTime() ? ['passportExpiry'] : []),
      ];
      if (changed.length > 0) {
        await tx.client.update({
          where: { id: client.id },
          data: {
            ...next,
            passportNumberEnc: this.cipher.encrypt(number, auth.organizationId),
            passportLast4: passportLast4(number),
          },
        });
        await this.audit.recordBy(tx, auth, {
          action: 'client.updated',
          targetType: 'client',
          targetId: client.id,
          data: { fields: changed, from: 'passport_mrz', documentId },
        });
      }
      return { clientId: client.id, changed };
    });
  }

  /** After its newest file is gone, a request says what the newest remaining one says (none: REQUESTED). */
  private async resettle(tx: Tx, auth: AuthContext, row: DocumentRow, now: Date): Promise<void> {
    if (!row.checklistItemId) return;
    const [newest] = await tx.$queryRaw<{ status: string; reviewReason: string | null }[]>`
      SELECT status, "reviewReason" FROM "document"
       WHERE "organizationId" = ${auth.organizationId}::uuid AND "checklistItemId" = ${row.checklistItemId}::uuid
       ORDER BY "createdAt" DESC, id DESC LIMIT 1`;
    const [item] = await tx.$queryRaw<{ status: string }[]>`
      SELECT status FROM "checklist_item" WHERE id = ${row.checklistItemId}::uuid`;
    if (item?.status === 'WAIVED') return;
    await setRequestStatus(tx, {
      organizationId: auth.organizationId,
      caseId: row.caseId,
      requestId: row.checklistItemId,
      to: newest ? (newest.status as 'UPLOADED' | 'ACCEPTED' | 'REJECTED') : 'REQUESTED',
      reason: newest?.reviewReason ?? null,
      actorId: auth.userId,
      at: now,
    });
  }

  private async load(tx: SqlRunner, auth: AuthContext, documentId: string, forUpdate = false): Promise<DocumentRow> {
    const row = await findDocument(tx, auth.organizationId, documentId, { clientId: clientScope(auth), forUpdate });
    if (!row) throw new ApiError('NOT_FOUND', 'No such document');
    return row;
  }
}

function requestById(requests: ChecklistItemResponse[], id: string): ChecklistItemResponse {
  const found = requests.find((request) => request.id === id);
  if (!found) throw new Error(`request ${id} is not on its case's checklist`);
  return found;
}
