import {
  type CaseType,
  documentChecklist,
  type DocumentKind,
  messageCodes,
  messageKnowledge,
  oneOf,
} from '@waiji/domain';
import { insertEventsSql } from '../database/case-events';
import type { SqlRunner } from '../database/sql-runner';
import { Prisma } from '../generated/prisma/client';
import { checklistKey } from './checklist.service';

// A rejection whose message names missing documents (M3: visa, entry stamp, signature page) puts them on the case's
// checklist as REQUESTED, in the transition's transaction: an item the case type already lists goes back to REQUESTED,
// one it does not list is added. Each item that changed is a CHECKLIST entry on the timeline.

/** The checklist keys a rejection for `reasonCode` asks for on a case of `type`: the type's own item holding the kind, else the kind. */
export function missingDocumentKeys(type: CaseType, reasonCode: string | null): string[] {
  if (!oneOf(messageCodes, reasonCode)) return [];
  const missing: readonly DocumentKind[] = messageKnowledge[reasonCode].missingDocuments ?? [];
  const listed = documentChecklist(type);
  const keys = missing.map((kind) => {
    const item = listed.find((candidate) => candidate.anyOf.includes(kind));
    return item ? checklistKey(item.anyOf) : kind;
  });
  return [...new Set(keys)];
}

export async function addMissingDocuments(
  tx: SqlRunner,
  organizationId: string,
  kase: { id: string; type: CaseType },
  event: { action: string; reasonCode: string | null; actorId: string | null },
  now: Date,
): Promise<void> {
  if (event.action !== 'reject') return;
  const keys = missingDocumentKeys(kase.type, event.reasonCode);
  if (keys.length === 0) return;
  const listed = documentChecklist(kase.type).map((item) => checklistKey(item.anyOf));
  const changed = Prisma.sql`
    SELECT ${organizationId}::uuid AS "organizationId", ${kase.id}::uuid AS "caseId", 'CHECKLIST'::text AS action,
           NULL::"CaseState" AS "fromState", NULL::"CaseState" AS "toState", ${event.actorId}::uuid AS "actorId",
           NULL::text AS "reasonCode", NULL::text AS "originalMessage",
           jsonb_build_object('document', u.document, 'from', coalesce(b.status::text, 'REQUESTED'), 'to', 'REQUESTED',
                              'reasonCode', ${event.reasonCode}::text) AS data,
           NULL::int AS "versionAfter", ${now}::timestamptz AS at
      FROM upserted u LEFT JOIN before b ON b.document = u.document
     WHERE b.status IS NOT NULL OR NOT (u.document = ANY(${listed}::text[]))`;
  await tx.$queryRaw`
    WITH before AS (
      SELECT document, status FROM "checklist_item"
       WHERE "organizationId" = ${organizationId}::uuid AND "caseId" = ${kase.id}::uuid AND document = ANY(${keys}::text[])
       FOR UPDATE
    ), upserted AS (
      INSERT INTO "checklist_item" ("organizationId", "caseId", document, status, "changedById", "updatedAt")
      SELECT ${organizationId}::uuid, ${kase.id}::uuid, w.document, 'REQUESTED', ${event.actorId}::uuid, ${now}::timestamptz
        FROM unnest(${keys}::text[]) AS w(document) LEFT JOIN before b ON b.document = w.document
       WHERE b.status IS DISTINCT FROM 'REQUESTED'
      ON CONFLICT ("caseId", document) DO UPDATE
        SET status = 'REQUESTED', "rejectionReason" = NULL, "changedById" = EXCLUDED."changedById", "updatedAt" = EXCLUDED."updatedAt"
      RETURNING document
    ), logged AS (
      ${insertEventsSql(changed, Prisma.sql`RETURNING 1`)}
    )
    SELECT (SELECT count(*) FROM upserted)::int AS upserted, (SELECT count(*) FROM logged)::int AS logged`;
}
