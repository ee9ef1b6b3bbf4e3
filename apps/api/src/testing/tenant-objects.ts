import { randomBytes, randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { appendEvent } from '../database/case-events';
import { enqueueEmails } from '../database/outbox';
import { sqlOn } from '../database/transaction';
import { DocumentKeyring, sealChunks } from '../documents/storage/document-keys';
import { testConfig } from './app';
import { insertClient, withSystem } from './fixtures';
import type { Route } from './routes';

/**
 * How to make a real object of each tenant resource, and which route parameter names it. The cross-tenant and
 * role tests fill a route's `:param` from here; a parameter not listed falls back to a random uuid (still → 404).
 * Add your resource here when you add a route whose parameter names it.
 */
export type ResourceKind =
  | 'member'
  | 'invitation'
  | 'client'
  | 'case'
  | 'caseEvent'
  | 'reminder'
  | 'note'
  | 'notification'
  | 'checklistItem'
  | 'savedView'
  | 'importJob'
  | 'outboundEmail'
  | 'proposal'
  | 'document';

export type TenantObjects = Record<ResourceKind, string>;

const byParamName: Record<string, ResourceKind> = {
  userId: 'member',
  memberId: 'member',
  invitationId: 'invitation',
  clientId: 'client',
  caseId: 'case',
  eventId: 'caseEvent',
  reminderId: 'reminder',
  rid: 'reminder',
  noteId: 'note',
  notificationId: 'notification',
  itemId: 'checklistItem',
  checklistItemId: 'checklistItem',
  viewId: 'savedView',
  savedViewId: 'savedView',
  importId: 'importJob',
  importJobId: 'importJob',
  jobId: 'importJob',
  emailId: 'outboundEmail',
  outboundEmailId: 'outboundEmail',
  documentId: 'document',
};

/** For a generic `:id`, the path segment before it names the resource. */
const bySegment: Record<string, ResourceKind> = {
  members: 'member',
  invitations: 'invitation',
  clients: 'client',
  cases: 'case',
  events: 'caseEvent',
  timeline: 'caseEvent',
  reminders: 'reminder',
  notes: 'note',
  notifications: 'notification',
  checklist: 'checklistItem',
  'checklist-items': 'checklistItem',
  views: 'savedView',
  'saved-views': 'savedView',
  imports: 'importJob',
  outbox: 'outboundEmail',
  emails: 'outboundEmail',
  proposals: 'proposal',
  documents: 'document',
};

/** Parameters that name no tenant object but must be well-formed to reach the id check (e.g. a checklist document code). */
export const FIXED_PARAMS: Record<string, string> = { document: 'PASSPORT' };

export function resourceOf(route: Route, param: string): ResourceKind | undefined {
  const named = byParamName[param];
  if (named) return named;
  const segments = route.path.split('/');
  const index = segments.indexOf(`:${param}`);
  return index > 0 ? bySegment[segments[index - 1] ?? ''] : undefined;
}

/** Fills every `:param` of the route: from `objects` where the resource is known, else a random uuid. */
export function urlFor(route: Route, pick: (param: string, resource: ResourceKind | undefined) => string): string {
  return route.path.replace(/:([A-Za-z0-9_]+)/g, (_, param: string) =>
    encodeURIComponent(FIXED_PARAMS[param] ?? pick(param, resourceOf(route, param))),
  );
}

export const randomId = () => randomUUID();

/**
 * One object of every resource kind in this organization, inserted as waiji_system (the API of most of them
 * belongs to other modules). Every text field carries `marker`, so a response that leaks the row shows it.
 */
export async function createTenantObjects(
  databaseUrl: string,
  organizationId: string,
  userId: string,
  marker: string,
): Promise<TenantObjects> {
  const client = await insertClient(databaseUrl, organizationId, marker);
  return withSystem(databaseUrl, async (sql) => {
    const one = async (text: string, values: unknown[]) =>
      (await sql.query<{ id: string }>(text, values)).rows[0]?.id ?? '';
    const caseId = await one(
      `INSERT INTO "case" ("organizationId", "clientId", type, tags, bank, "cardLast4", "updatedAt") VALUES ($1, $2, 'BANK_CARD_VERIFICATION', $3, 'ICBC', '9876', now()) RETURNING id`,
      [organizationId, client, [`${marker.toLowerCase()}-tag`]],
    );
    const emailKey = `test:${randomUUID()}`;
    return {
      member: userId,
      client,
      case: caseId,
      caseEvent: (
        await appendEvent(sqlOn(sql), {
          organizationId,
          caseId,
          action: 'NOTE',
          actorId: userId,
          at: new Date(),
          originalMessage: `${marker} original message`,
          data: { note: `${marker} event` },
        })
      ).id,
      reminder: await one(
        `INSERT INTO "reminder" ("organizationId", "caseId", kind, "dueAt", reason, manual, "updatedAt") VALUES ($1, $2, 'MANUAL', now() + interval '1 day', $3, true, now()) RETURNING id`,
        [organizationId, caseId, `${marker} reminder reason`],
      ),
      note: await one(
        `INSERT INTO "note" ("organizationId", "caseId", "authorId", body) VALUES ($1, $2, $3, $4) RETURNING id`,
        [organizationId, caseId, userId, `${marker} note body`],
      ),
      notification: await one(
        `INSERT INTO "notification" ("organizationId", "userId", "caseId", kind, title, body) VALUES ($1, $2, $3, 'REMINDER', $4, $5) RETURNING id`,
        [organizationId, userId, caseId, `${marker} notification title`, `${marker} notification body`],
      ),
      checklistItem: await one(
        `INSERT INTO "checklist_item" ("organizationId", "caseId", document, "updatedAt") VALUES ($1, $2, 'PASSPORT', now()) RETURNING id`,
        [organizationId, caseId],
      ),
      savedView: await one(
        `INSERT INTO "saved_view" ("organizationId", "userId", name, filters) VALUES ($1, $2, $3, '{}') RETURNING id`,
        [organizationId, userId, `${marker} saved view`],
      ),
      importJob: await one(
        `INSERT INTO "import_job" ("organizationId", "createdById", "fileName", "fileHash", status) VALUES ($1, $2, $3, $4, 'VALIDATED') RETURNING id`,
        [organizationId, userId, `${marker}-import.csv`, randomBytes(32).toString('hex')],
      ),
      invitation: await one(
        `INSERT INTO "invitation" ("organizationId", email, role, "tokenHash", "invitedById", "expiresAt") VALUES ($1, $2, 'VIEWER', $3, $4, now() + interval '7 days') RETURNING id`,
        [organizationId, `${marker.toLowerCase()}.invitee@example.test`, randomBytes(32).toString('hex'), userId],
      ),
      outboundEmail: await enqueueEmails(sql, organizationId, [
        {
          key: emailKey,
          address: `${marker.toLowerCase()}.mail@example.test`,
          subject: `${marker} subject`,
          text: `${marker} body`,
          html: null,
          at: null,
        },
      ]).then(() => one(`SELECT id FROM "outbound_email" WHERE "idempotencyKey" = $1`, [emailKey])),
      proposal: await one(
        `INSERT INTO "case_proposal" ("organizationId", "caseId", kind, payload, "proposedById") VALUES ($1, $2, 'MESSAGE', $3, $4) RETURNING id`,
        [organizationId, caseId, { text: `${marker} reported message` }, userId],
      ),
      document: await insertDocument(sql, organizationId, caseId, userId, marker),
    };
  });
}

/** A real encrypted document (one small chunk under the test configuration's key), as the upload would store it. */
async function insertDocument(
  sql: Client,
  organizationId: string,
  caseId: string,
  userId: string,
  marker: string,
): Promise<string> {
  const id = randomUUID();
  const keyring = new DocumentKeyring(testConfig('postgres://unused').encryption.key);
  const dataKey = DocumentKeyring.newDataKey();
  const bytes = Buffer.from(`${marker} document bytes`);
  const [chunk] = sealChunks(dataKey, id, bytes);
  const wrapped = keyring.wrap(dataKey, organizationId, id);
  await sql.query(
    `INSERT INTO "document" (id, "organizationId", "caseId", kind, mime, size, "keyId", "wrappedKey", "chunkSize", "chunkCount", "uploadedById", "reviewReason")
     VALUES ($1, $2, $3, 'VISA', 'image/jpeg', $4, $5, $6, 262144, 1, $7, $8)`,
    [id, organizationId, caseId, bytes.length, wrapped.keyId, wrapped.wrapped, userId, `${marker} review reason`],
  );
  await sql.query(
    `INSERT INTO "document_chunk" ("organizationId", "documentId", "index", iv, data) VALUES ($1, $2, 0, $3, $4)`,
    [organizationId, id, chunk?.iv, chunk?.data],
  );
  return id;
}
