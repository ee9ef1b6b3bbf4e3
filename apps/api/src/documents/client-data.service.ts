import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { ZipFile } from 'yazl';
import type { EraseClientResponse } from '@waiji/contract';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { PassportCipher } from '../clients/passport-cipher';
import { ApiError } from '../common/api-error';
import { cancelOutboundSql } from '../database/outbox';
import { TenantDatabase } from '../database/tenant-database';
import { Prisma } from '../generated/prisma/client';
import { caseDocuments, storedFileOf, toDocumentResponse } from './document-rows';
import { DOCUMENT_STORE, type DocumentStore } from './storage/document-store';

/** What an erased client's record keeps as its name (the cases stay, anonymised, for the statistics). */
export const ERASED_NAME = 'Erased client';

const extensionOf: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/heic': 'heic',
  'application/pdf': 'pdf',
};

/**
 * A data subject's rights (GDPR art. 15/17, PIPL art. 45/47): export everything the organization holds about a
 * client (JSON and the decrypted files in a ZIP), or erase it — the personal data and files go, the cases stay with
 * their type, states, dates and outcome only, so the organization's statistics still count them.
 */
@Injectable()
export class ClientDataService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
    private readonly cipher: PassportCipher,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
  ) {}

  erase(auth: AuthContext, clientId: string): Promise<EraseClientResponse> {
    const now = new Date();
    return this.db.run(
      { organizationId: auth.organizationId },
      async (tx) => {
        const org = auth.organizationId;
        const [client] = await tx.$queryRaw<{ id: string; email: string | null; erasedAt: Date | null }[]>`
          SELECT id, email, "erasedAt" FROM "client" WHERE "organizationId" = ${org}::uuid AND id = ${clientId}::uuid FOR UPDATE`;
        if (!client) throw new ApiError('NOT_FOUND', 'No such client');
        const cases = (
          await tx.$queryRaw<{ id: string }[]>`
            SELECT id FROM "case" WHERE "organizationId" = ${org}::uuid AND "clientId" = ${clientId}::uuid FOR UPDATE`
        ).map((row) => row.id);
        const [documents] = await tx.$queryRaw<{ count: number }[]>`
          WITH gone AS (
            DELETE FROM "document" WHERE "organizationId" = ${org}::uuid AND "caseId" = ANY(${cases}::uuid[]) RETURNING 1
          ) SELECT count(*)::int AS count FROM gone`;
        // Everything written about the person: notes, reports, notifications naming them, emails received for the
        // cases, pending emails to them (sent ones stay as the delivery record); the conversation and the timeline's words go with
        // waiji_erase_case_history (the migration 20261202150000_documents).
        await tx.$executeRaw`DELETE FROM "note" WHERE "organizationId" = ${org}::uuid AND "caseId" = ANY(${cases}::uuid[])`;
        await tx.$executeRaw`DELETE FROM "case_message_read" WHERE "organizationId" = ${org}::uuid AND "caseId" = ANY(${cases}::uuid[])`;
        await tx.$executeRaw`DELETE FROM "case_proposal" WHERE "organizationId" = ${org}::uuid AND "caseId" = ANY(${cases}::uuid[])`;
        await tx.$executeRaw`DELETE FROM "notification" WHERE "organizationId" = ${org}::uuid AND "caseId" = ANY(${cases}::uuid[])`;
        await tx.$executeRaw`DELETE FROM "reminder" WHERE "organizationId" = ${org}::uuid AND "caseId" = ANY(${cases}::uuid[]) AND status = 'PENDING'`;
        // Emails received for the cases (their attachments go with them) and the senders remembered for them.
        await tx.$executeRaw`DELETE FROM "inbound_message" WHERE "organizationId" = ${org}::uuid AND "caseId" = ANY(${cases}::uuid[])`;
        await tx.$executeRaw`
          DELETE FROM "inbound_sender" WHERE "organizationId" = ${org}::uuid
             AND ("caseId" = ANY(${cases}::uuid[]) OR lower(email) = lower(${client.email ?? ''}))`;
        if (client.email) {
          await tx.$executeRaw(
            cancelOutboundSql(
              Prisma.sql`"organizationId" = ${org}::uuid AND lower("toAddress") = lower(${client.email})`,
            ),
          );
        }
        for (const caseId of cases) {
          await tx.$queryRaw`SELECT waiji_erase_case_history(${org}::uuid, ${caseId}::uuid)`;
        }
        await tx.$executeRaw`
          UPDATE "case" SET bank = NULL, "cardLast4" = NULL, tags = '{}',
                 "snoozedUntil" = NULL, "nextDueAt" = NULL, "archivedAt" = coalesce("archivedAt", ${now})
           WHERE "organizationId" = ${org}::uuid AND id = ANY(${cases}::uuid[])`;
        await tx.$executeRaw`
          DELETE FROM "membership" WHERE "organizationId" = ${org}::uuid AND role = 'CLIENT' AND "clientId" = ${clientId}::uuid`;
        await tx.$executeRaw`
          UPDATE "client" SET "passportName" = ${ERASED_NAME}, "bankName" = NULL, nationality = NULL, "birthDate" = NULL,
                 "passportNumberEnc" = NULL, "passportLast4" = NULL, "passportExpiry" = NULL, "visaType" = NULL,
                 "visaExpiry" = NULL, phone = NULL, email = NULL, "emailConsent" = false, "unsubscribeToken" = NULL,
                 notes = NULL, "externalRef" = NULL, "preferredLanguage" = 'en',
                 "archivedAt" = coalesce("archivedAt", ${now}), "erasedAt" = ${now}, "updatedAt" = ${now}
           WHERE "organizationId" = ${org}::uuid AND id = ${clientId}::uuid`;
        await this.audit.recordBy(tx, auth, {
          action: 'client.erased',
          targetType: 'client',
          targetId: clientId,
          data: { cases: cases.length, documents: documents?.count ?? 0, again: client.erasedAt !== null },
        });
        return {
          clientId,
          erasedAt: now.toISOString(),
          anonymisedCases: cases.length,
          deletedDocuments: documents?.count ?? 0,
        };
      },
      { timeout: 60_000 },
    );
  }

  /** A ZIP of client.json, cases.json (cases, timelines, requests, messages) and the decrypted files. */
  async export(auth: AuthContext, clientId: string): Promise<{ stream: Readable; filename: string }> {
    const zip = new ZipFile();
    const org = auth.organizationId;
    const filename = await this.db.run(
      { organizationId: org },
      async (tx) => {
        const client = await tx.client.findFirst({ where: { id: clientId, organizationId: org } });
        if (!client) throw new ApiError('NOT_FOUND', 'No such client');
        const { passportNumberEnc, unsubscribeToken: _token, ...fields } = client;
        const mtime = new Date();
        const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
        zip.addBuffer(
          json({
            ...fields,
            passportNumber: passportNumberEnc ? this.cipher.decrypt(passportNumberEnc, org) : null,
          }),
          'client.json',
          { mtime },
        );
        const cases = await tx.case.findMany({
          where: { organizationId: org, clientId },
          orderBy: { createdAt: 'asc' },
          include: {
            events: { orderBy: { at: 'asc' } },
            checklist: true,
            notes: { orderBy: { createdAt: 'asc' } },
            messages: { orderBy: { createdAt: 'asc' } },
          },
        });
        const files: { path: string; caseId: string; id: string }[] = [];
        for (const kase of cases) {
          const documents = await caseDocuments(tx, org, kase.id);
          for (const row of documents) {
            const path = `documents/${kase.id}/${row.kind.toLowerCase()}-${row.id}.${extensionOf[row.mime] ?? 'bin'}`;
            if (!row.purgedAt) {
              const bytes = await this.store.read(tx, { organizationId: org, documentId: row.id }, storedFileOf(row));
              zip.addBuffer(bytes, path, { mtime: row.createdAt, compress: false });
              files.push({ path, caseId: kase.id, id: row.id });
            }
          }
          Object.assign(kase, { documents: documents.map(toDocumentResponse) });
        }
        zip.addBuffer(json({ cases, files }), 'cases.json', { mtime });
        await this.audit.recordBy(tx, auth, {
          action: 'client.exported',
          targetType: 'client',
          targetId: clientId,
          data: { cases: cases.length, files: files.length },
        });
        return `client-${clientId}.zip`;
      },
      { readOnly: false, timeout: 60_000 },
    );
    zip.end();
    return { stream: zip.outputStream as unknown as Readable, filename };
  }
}
