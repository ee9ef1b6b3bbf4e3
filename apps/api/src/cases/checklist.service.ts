import { Injectable } from '@nestjs/common';
import {
  type ChecklistStatus,
  documentChecklist,
  type DocumentKind,
  documentKindLabels,
  documentKinds,
  oneOf,
  settledChecklistStatuses,
} from '@waiji/domain';
import type {
  AddDocumentRequestRequest,
  ChecklistItemResponse,
  ChecklistResponse,
  UpdateChecklistItemRequest,
} from '@waiji/contract';
import { addDocumentRequestRequest } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { ApiError } from '../common/api-error';
import { TenantDatabase } from '../database/tenant-database';
import { appendEvent } from '../database/case-events';
import type { SqlRunner } from '../database/sql-runner';
import { caseDocuments, type DocumentRow, toDocumentResponse } from '../documents/document-rows';
import { loadCase } from './case-rows';

// A case's checklist items are its document requests (issue 17): the case type's items, those a rejection or a
// helper added, each REQUESTED → UPLOADED → ACCEPTED | REJECTED (→ UPLOADED again) or WAIVED. The checklist panel,
// the documents view and the pre-submission checks all read these rows.

/** A checklist item's key: its document kinds, e.g. ENTRY_STAMP_OR_RESIDENCE_PERMIT. */
export function checklistKey(anyOf: DocumentKind[]): string {
  return anyOf.join('_OR_');
}

/** An item the case type does not list but Alipay or a helper asked for: its kinds, or null. */
function askedKinds(document: string): DocumentKind[] | null {
  const kinds = document.split('_OR_');
  return kinds.every((kind) => oneOf(documentKinds, kind)) ? (kinds as DocumentKind[]) : null;
}

const askedNote = {
  en: 'Asked for besides the usual documents (by Alipay when it rejected the application, or by a helper).',
  zh: '常规材料之外要求提供的文件（支付宝审核未通过时要求，或由协助人员添加）。',
};

type ItemRow = {
  id: string;
  document: string;
  status: ChecklistStatus;
  required: boolean | null;
  note: string | null;
  rejectionReason: string | null;
  changedById: string | null;
  changedByName: string | null;
  updatedAt: Date;
};

/** The case's requests, the type's first in its order, then the added ones by kind; with each one's newest file. */
export async function checklistOf(
  tx: SqlRunner,
  organizationId: string,
  caseId: string,
  type: Parameters<typeof documentChecklist>[0],
  documents?: DocumentRow[],
): Promise<ChecklistItemResponse[]> {
  const rows = await tx.$queryRaw<ItemRow[]>`
    SELECT i.id, i.document, i.status, i.required, i.note, i."rejectionReason", i."changedById",
           u."displayName" AS "changedByName", i."updatedAt"
    FROM "checklist_item" i LEFT JOIN "user" u ON u.id = i."changedById"
    WHERE i."organizationId" = ${organizationId}::uuid AND i."caseId" = ${caseId}::uuid`;
  const files = documents ?? (await caseDocuments(tx, organizationId, caseId));
  const latest = new Map<string, DocumentRow>();
  for (const file of files) {
    // Newest first: the first file seen for a request is its latest.
    if (file.checklistItemId && !latest.has(file.checklistItemId)) latest.set(file.checklistItemId, file);
  }
  const byDocument = new Map(rows.map((row) => [row.document, row]));
  const item = (
    row: ItemRow | undefined,
    fields: Pick<ChecklistItemResponse, 'document' | 'anyOf' | 'required' | 'label' | 'note'>,
  ): ChecklistItemResponse => {
    const file = row ? latest.get(row.id) : undefined;
    return {
      ...fields,
      id: row?.id ?? null,
      required: row?.required ?? fields.required,
      status: row?.status ?? 'REQUESTED',
      helperNote: row?.note ?? null,
      rejectionReason: row?.status === 'REJECTED' ? row.rejectionReason : null,
      latestDocument: file ? toDocumentResponse(file) : null,
      changedBy: row?.changedById ? { id: row.changedById, displayName: row.changedByName ?? '' } : null,
      updatedAt: row?.changedById ? row.updatedAt.toISOString() : null,
    };
  };
  const listed = documentChecklist(type).map((entry) => {
    const document = checklistKey(entry.anyOf);
    const { anyOf, required, label, note } = entry;
    return item(byDocument.get(document), { document, anyOf, required, label, note });
  });
  const known = new Set(listed.map((entry) => entry.document));
  const asked = rows.flatMap((row) => {
    const anyOf = known.has(row.document) ? null : askedKinds(row.document);
    if (!anyOf) return [];
    const label = {
      en: anyOf.map((kind) => documentKindLabels[kind].en).join(' or '),
      zh: anyOf.map((kind) => documentKindLabels[kind].zh).join('或'),
    };
    return [item(row, { document: row.document, anyOf, required: true, label, note: askedNote })];
  });
  return [
    ...listed,
    ...asked.sort(
      (a, b) => documentKinds.indexOf(a.anyOf[0] as DocumentKind) - documentKinds.indexOf(b.anyOf[0] as DocumentKind),
    ),
  ];
}

/** Every required request is accepted or waived. */
export function readyToSubmit(items: readonly ChecklistItemResponse[]): boolean {
  return items.every((item) => !item.required || settledChecklistStatuses.includes(item.status));
}

/** The request a file of `kind` answers: the one named, else the first request whose kinds include it; created if the type lists it. */
export async function requestForUpload(
  tx: SqlRunner,
  organizationId: string,
  kase: { id: string; type: Parameters<typeof documentChecklist>[0] },
  kind: DocumentKind,
  requestId: string | undefined,
  now: Date,
): Promise<{ id: string; document: string; status: ChecklistStatus }> {
  const rows = await tx.$queryRaw<{ id: string; document: string; status: ChecklistStatus }[]>`
    SELECT id, document, status FROM "checklist_item"
    WHERE "organizationId" = ${organizationId}::uuid AND "caseId" = ${kase.id}::uuid FOR UPDATE`;
  if (requestId) {
    const named = rows.find((row) => row.id === requestId);
    if (!named) throw new ApiError('NOT_FOUND', 'No such document request on this case');
    if (!(askedKinds(named.document) ?? []).includes(kind)) {
      throw new ApiError('VALIDATION_FAILED', `The request ${named.document} does not take a ${kind}`, {
        issues: [{ field: 'kind', message: `must be one of ${named.document.split('_OR_').join(', ')}` }],
      });
    }
    return named;
  }
  const matching = rows.find((row) => (askedKinds(row.document) ?? []).includes(kind));
  if (matching) return matching;
  // A kind nobody asked for still belongs to the case: it becomes a request of its own (not required).
  const listed = documentChecklist(kase.type).find((entry) => entry.anyOf.includes(kind));
  const document = listed ? checklistKey(listed.anyOf) : kind;
  const created = await tx.$queryRaw<{ id: string; document: string; status: ChecklistStatus }[]>`
    INSERT INTO "checklist_item" ("organizationId", "caseId", document, required, "updatedAt")
    VALUES (${organizationId}::uuid, ${kase.id}::uuid, ${document}, ${listed ? null : false}, ${now})
    ON CONFLICT ("caseId", document) DO UPDATE SET "updatedAt" = EXCLUDED."updatedAt"
    RETURNING id, document, status`;
  return created[0] as { id: string; document: string; status: ChecklistStatus };
}

/** Moves a request to `to` (with a rejection's reason), and writes its CHECKLIST timeline entry when it changed. */
export async function setRequestStatus(
  tx: SqlRunner,
  change: {
    organizationId: string;
    caseId: string;
    requestId: string;
    to: ChecklistStatus;
    reason?: string | null;
    actorId: string | null;
    at: Date;
  },
): Promise<void> {
  const rows = await tx.$queryRaw<{ document: string; from: ChecklistStatus }[]>`
    WITH before AS (
      SELECT id, document, status FROM "checklist_item"
      WHERE "organizationId" = ${change.organizationId}::uuid AND id = ${change.requestId}::uuid FOR UPDATE
    )
    UPDATE "checklist_item" i
       SET status = ${change.to}::"ChecklistStatus", "rejectionReason" = ${change.reason ?? null},
           "changedById" = ${change.actorId}::uuid, "updatedAt" = ${change.at}
      FROM before b WHERE i.id = b.id
    RETURNING b.document, b.status AS "from"`;
  const row = rows[0];
  if (row && row.from !== change.to) {
    await appendEvent(tx, {
      organizationId: change.organizationId,
      caseId: change.caseId,
      action: 'CHECKLIST',
      actorId: change.actorId,
      at: change.at,
      data: { document: row.document, from: row.from, to: change.to },
    });
  }
}

@Injectable()
export class ChecklistService {
  constructor(private readonly db: TenantDatabase) {}

  get(auth: AuthContext, caseId: string): Promise<ChecklistResponse> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const found = await loadCase(tx, auth.organizationId, caseId, { clientId: clientScope(auth) });
      return { items: await checklistOf(tx, auth.organizationId, caseId, found.type) };
    });
  }

  /** A helper waives a request (with a note) or asks for it again. */
  update(
    auth: AuthContext,
    caseId: string,
    document: string,
    input: UpdateChecklistItemRequest,
  ): Promise<ChecklistResponse> {
    const now = new Date();
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const found = await loadCase(tx, auth.organizationId, caseId);
      const previous = await tx.$queryRaw<{ status: ChecklistStatus; note: string | null }[]>`
        SELECT status, note FROM "checklist_item"
        WHERE "organizationId" = ${auth.organizationId}::uuid AND "caseId" = ${caseId}::uuid AND document = ${document} FOR UPDATE`;
      // The type's items, and those a rejection or a helper added (they have a row).
      const listed = documentChecklist(found.type).some((item) => checklistKey(item.anyOf) === document);
      if (!listed && (previous.length === 0 || !askedKinds(document))) {
        throw new ApiError('NOT_FOUND', `No checklist item ${document} for a ${found.type} case`);
      }
      const from = previous[0]?.status ?? 'REQUESTED';
      const note = input.note ?? previous[0]?.note ?? null;
      if (from !== input.status || note !== (previous[0]?.note ?? null)) {
        await tx.$executeRaw`
          INSERT INTO "checklist_item" ("organizationId", "caseId", document, status, note, "changedById", "updatedAt")
          VALUES (${auth.organizationId}::uuid, ${caseId}::uuid, ${document}, ${input.status}::"ChecklistStatus", ${note}, ${auth.userId}::uuid, ${now})
          ON CONFLICT ("caseId", document) DO UPDATE SET status = EXCLUDED.status, note = EXCLUDED.note,
            "rejectionReason" = NULL, "changedById" = EXCLUDED."changedById", "updatedAt" = EXCLUDED."updatedAt"`;
        await appendEvent(tx, {
          organizationId: auth.organizationId,
          caseId,
          action: 'CHECKLIST',
          actorId: auth.userId,
          at: now,
          data: { document, from, to: input.status, ...(input.note ? { note: input.note } : {}) },
        });
      }
      return { items: await checklistOf(tx, auth.organizationId, caseId, found.type) };
    });
  }

  /** A helper asks the client for a document the case type does not list (or asks again with a note). */
  add(auth: AuthContext, caseId: string, input: AddDocumentRequestRequest): Promise<ChecklistResponse> {
    const request = addDocumentRequestRequest.parse(input);
    const now = new Date();
    const document = checklistKey(request.anyOf);
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const found = await loadCase(tx, auth.organizationId, caseId);
      const inserted = await tx.$queryRaw<{ id: string }[]>`
        INSERT INTO "checklist_item" ("organizationId", "caseId", document, status, required, note, "changedById", "updatedAt")
        VALUES (${auth.organizationId}::uuid, ${caseId}::uuid, ${document}, 'REQUESTED', ${request.required},
                ${request.note ?? null}, ${auth.userId}::uuid, ${now})
        ON CONFLICT ("caseId", document) DO NOTHING RETURNING id`;
      if (inserted.length === 0) {
        throw new ApiError('CONFLICT', `The case already has a request for ${document}`);
      }
      await appendEvent(tx, {
        organizationId: auth.organizationId,
        caseId,
        action: 'CHECKLIST',
        actorId: auth.userId,
        at: now,
        data: { document, from: null, to: 'REQUESTED', ...(request.note ? { note: request.note } : {}) },
      });
      return { items: await checklistOf(tx, auth.organizationId, caseId, found.type) };
    });
  }
}

/** A CLIENT sees only their own client's cases; staff their organization's. */
export function clientScope(auth: AuthContext): string | null {
  return auth.role === 'CLIENT' ? (auth.clientId ?? '00000000-0000-0000-0000-000000000000') : null;
}
