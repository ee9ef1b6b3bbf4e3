import { Injectable } from '@nestjs/common';
import { documentChecklist, type DocumentKind, documentKindLabels, documentKinds, oneOf } from '@waiji/domain';
import type { ChecklistItemResponse, ChecklistResponse, UpdateChecklistItemRequest } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { ApiError } from '../common/api-error';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { appendEvent } from '../database/case-events';
import { loadCase } from './case-rows';

/** A checklist item's key: its document kinds, e.g. ENTRY_STAMP_OR_RESIDENCE_PERMIT. */
export function checklistKey(anyOf: DocumentKind[]): string {
  return anyOf.join('_OR_');
}

/** An item the case type does not list but Alipay asked for (a rejection's missing documents): its kinds, or null. */
function askedKinds(document: string): DocumentKind[] | null {
  const kinds = document.split('_OR_');
  return kinds.every((kind) => oneOf(documentKinds, kind)) ? (kinds as DocumentKind[]) : null;
}

const askedNote = {
  en: 'Alipay asked for this when it rejected the application.',
  zh: '支付宝在审核未通过时要求提供。',
};

type ItemRow = {
  document: string;
  status: ChecklistItemResponse['status'];
  changedById: string | null;
  changedByName: string | null;
  updatedAt: Date;
};

async function checklistOf(
  tx: Tx,
  organizationId: string,
  caseId: string,
  type: Parameters<typeof documentChecklist>[0],
): Promise<ChecklistItemResponse[]> {
  const rows = await tx.$queryRaw<ItemRow[]>`
    SELECT i.document, i.status, i."changedById", u."displayName" AS "changedByName", i."updatedAt"
    FROM "checklist_item" i LEFT JOIN "user" u ON u.id = i."changedById"
    WHERE i."organizationId" = ${organizationId}::uuid AND i."caseId" = ${caseId}::uuid`;
  const byDocument = new Map(rows.map((row) => [row.document, row]));
  const item = (
    row: ItemRow | undefined,
    fields: Pick<ChecklistItemResponse, 'document' | 'anyOf' | 'required' | 'label' | 'note'>,
  ) => ({
    ...fields,
    status: row?.status ?? 'MISSING',
    changedBy: row?.changedById ? { id: row.changedById, displayName: row.changedByName ?? '' } : null,
    updatedAt: row?.changedById ? row.updatedAt.toISOString() : null,
  });
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

@Injectable()
export class ChecklistService {
  constructor(private readonly db: TenantDatabase) {}

  get(auth: AuthContext, caseId: string): Promise<ChecklistResponse> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const found = await loadCase(tx, auth.organizationId, caseId);
      return { items: await checklistOf(tx, auth.organizationId, caseId, found.type) };
    });
  }

  update(
    auth: AuthContext,
    caseId: string,
    document: string,
    input: UpdateChecklistItemRequest,
  ): Promise<ChecklistResponse> {
    const now = new Date();
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const found = await loadCase(tx, auth.organizationId, caseId);
      const previous = await tx.$queryRaw<{ status: string }[]>`
        SELECT status FROM "checklist_item"
        WHERE "organizationId" = ${auth.organizationId}::uuid AND "caseId" = ${caseId}::uuid AND document = ${document} FOR UPDATE`;
      // The type's items, and those a rejection added (they have a row).
      const listed = documentChecklist(found.type).some((item) => checklistKey(item.anyOf) === document);
      if (!listed && (previous.length === 0 || !askedKinds(document))) {
        throw new ApiError('NOT_FOUND', `No checklist item ${document} for a ${found.type} case`);
      }
      const from = previous[0]?.status ?? 'MISSING';
      if (from !== input.status) {
        await tx.$executeRaw`
          INSERT INTO "checklist_item" ("organizationId", "caseId", document, status, "changedById", "updatedAt")
          VALUES (${auth.organizationId}::uuid, ${caseId}::uuid, ${document}, ${input.status}::"ChecklistStatus", ${auth.userId}::uuid, ${now})
          ON CONFLICT ("caseId", document) DO UPDATE SET status = EXCLUDED.status, "changedById" = EXCLUDED."changedById", "updatedAt" = EXCLUDED."updatedAt"`;
        await appendEvent(tx, {
          organizationId: auth.organizationId,
          caseId,
          action: 'CHECKLIST',
          actorId: auth.userId,
          at: now,
          data: { document, from, to: input.status },
        });
      }
      return { items: await checklistOf(tx, auth.organizationId, caseId, found.type) };
    });
  }
}
