import { effectiveDueSql, nextDueSql } from '../database/next-due';
import { DRAFT_RECORD, draftRecords, insertOutboundSql } from '../database/outbox';
import type { Sql } from '../database/sql-runner';
import { insertWebhookDeliveriesText } from '../webhooks/webhook-events';
import type { Tx } from '../database/tenant-database';
import type {
  ClaimedReminder,
  FirePlan,
  PortalUser,
  RecipientContext,
  ReminderCase,
  StaffMember,
} from './reminder-recipients';

// The reminder tick's SQL: claim due reminders, read what their emails need, fire (SENT with everything it
// causes, in one statement), and settle the ones that could not fire. Each function is one statement or one
// read; ReminderDispatcher decides which runs when, in a system session or inside a system transaction (tx.sql).

/** Notification.kind of a reminder's in-app notification. */
export const REMINDER_NOTIFICATION = 'REMINDER';

// PENDING and due (a chase not while its case is snoozed: database/next-due.ts), or CLAIMED with an expired lease
// (its instance died): one UPDATE … FOR UPDATE SKIP LOCKED, so instances never claim the same reminder.
const CLAIM_SQL = `
UPDATE "reminder" r
   SET status = 'CLAIMED', "claimedBy" = $1, "leaseUntil" = now() + $2 * interval '1 millisecond', "updatedAt" = now()
  FROM (SELECT p.id, p.status FROM "reminder" p
         WHERE (p.status = 'PENDING' AND coalesce(p."snoozedUntil", p."dueAt") <= now()
                AND ${effectiveDueSql('p', '(SELECT c."snoozedUntil" FROM "case" c WHERE c.id = p."caseId")')} <= now())
            OR (p.status = 'CLAIMED' AND p."leaseUntil" < now())
         ORDER BY coalesce(p."snoozedUntil", p."dueAt"), p.id
         FOR UPDATE OF p SKIP LOCKED
         LIMIT $3) due
 WHERE r.id = due.id
RETURNING r.id, r."organizationId", r."caseId", r.kind, r.audience, r."dueAt", r."snoozedUntil", r.reason, r."reasonZh",
          r.manual, r."createdById", due.status = 'CLAIMED' AS "takenOver",
          (SELECT c.version FROM "case" c WHERE c.id = r."caseId") AS "caseVersion"`;

export async function claimDue(client: Sql, owner: string, leaseMs: number, limit: number): Promise<ClaimedReminder[]> {
  return (await client.query<ClaimedReminder>(CLAIM_SQL, [owner, leaseMs, limit])).rows;
}

/** The cases, staff, watchers and portal users of a batch of claimed reminders, in four reads. */
export async function loadRecipientContext(client: Sql, rows: ClaimedReminder[]): Promise<RecipientContext> {
  const caseIds = [...new Set(rows.map((r) => r.caseId))];
  const organizationIds = [...new Set(rows.map((r) => r.organizationId))];
  const cases = await client.query<ReminderCase>(
    `SELECT c.id, c."organizationId", c."clientId", c.type, c.state, c."stateEnteredAt", c.attempt, c."submittedAt", c.bank,
            c."cardLast4", c."retryAfter", c."lastReasonCode", c."assigneeId",
            cl."passportName", cl.email AS "clientEmail", cl."emailConsent", cl."preferredLanguage", cl."passportExpiry", cl."visaExpiry",
            o.name AS "organizationName", o.timezone, o."quietHoursStart", o."quietHoursEnd"
       FROM "case" c
       JOIN "client" cl ON cl.id = c."clientId" AND cl."organizationId" = c."organizationId"
       JOIN "organization" o ON o.id = c."organizationId"
      WHERE c.id = ANY($1::uuid[])`,
    [caseIds],
  );
  const staff = await loadStaff(client, organizationIds);
  const watchers = await loadWatchers(client, caseIds);
  const portal = await loadPortalUsers(client, [...new Set(cases.rows.map((c) => c.clientId))]);
  const group = <T, K>(items: T[], key: (item: T) => K) => {
    const map = new Map<K, T[]>();
    for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
    return map;
  };
  return {
    cases: new Map(cases.rows.map((c) => [c.id, c])),
    staff: group(staff, (s) => s.organizationId),
    watchers: new Map(
      [...group(watchers, (w) => w.caseId)].map(([caseId, rows]) => [caseId, rows.map((w) => w.userId)]),
    ),
    portal: group(portal, (p) => p.clientId),
  };
}

/**
 * The members of these organizations who may hear of cases (everyone but portal clients: VIEWERs too, who hear only
 * of cases they follow or are assigned), with their channels, in membership order.
 */
export async function loadStaff(client: Pick<Sql, 'query'>, organizationIds: string[]): Promise<StaffMember[]> {
  const staff = await client.query<StaffMember>(
    `SELECT m."organizationId", m."userId", m.role, m."notifyInApp", m."notifyEmail", u.email, u.locale
       FROM "membership" m JOIN "user" u ON u.id = m."userId"
      WHERE m."organizationId" = ANY($1::uuid[]) AND m.role <> 'CLIENT'
      ORDER BY m."createdAt"`,
    [organizationIds],
  );
  return staff.rows;
}

/** Who follows these cases. */
export async function loadWatchers(
  client: Pick<Sql, 'query'>,
  caseIds: string[],
): Promise<{ caseId: string; userId: string }[]> {
  const watchers = await client.query<{ caseId: string; userId: string }>(
    `SELECT w."caseId", w."userId" FROM "case_watcher" w WHERE w."caseId" = ANY($1::uuid[]) ORDER BY w."createdAt"`,
    [caseIds],
  );
  return watchers.rows;
}

/** The portal users (CLIENT members) of these client records. */
export async function loadPortalUsers(client: Pick<Sql, 'query'>, clientIds: string[]): Promise<PortalUser[]> {
  const portal = await client.query<PortalUser>(
    `SELECT m."userId", m."clientId" FROM "membership" m WHERE m.role = 'CLIENT' AND m."clientId" = ANY($1::uuid[])`,
    [clientIds],
  );
  return portal.rows;
}

// One statement, so one transaction: each reminder becomes SENT together with exactly its own notifications,
// its outbound emails (idempotency key = reminder + recipient), its client's unsubscribe hash and its case's
// nextDueAt — or, if it is no longer ours or its case moved on since the claim, nothing happens for it at all.
// Every input is a jsonb array of records naming its reminder.
const FIRE_SQL = `
WITH input AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, version int)
), done AS (
  UPDATE "reminder" r SET status = 'SENT', "sentAt" = now(), "leaseUntil" = NULL, "updatedAt" = now()
    FROM input x
   WHERE r.id = x.id AND r.status = 'CLAIMED' AND r."claimedBy" = $2
     AND EXISTS (SELECT 1 FROM "case" c
                  WHERE c.id = r."caseId" AND c."organizationId" = r."organizationId" AND c."archivedAt" IS NULL
                    AND (x.version IS NULL OR c.version = x.version))
  RETURNING r.id, r."organizationId", r."caseId", r.kind, r.audience, r."dueAt"
), hooked AS (
  ${insertWebhookDeliveriesText(
    'reminder.fired',
    `SELECT done."organizationId", md5('reminder.fired:' || done.id::text)::uuid AS "eventId",
            jsonb_build_object('reminderId', done.id, 'caseId', done."caseId", 'kind', done.kind, 'audience', done.audience,
                               'dueAt', to_char(done."dueAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) AS payload
       FROM done`,
  )}
  RETURNING 1
), notified AS (
  INSERT INTO "notification" ("organizationId", "userId", "caseId", "reminderId", kind, title, body)
  SELECT done."organizationId", n."userId", done."caseId", done.id, $3, n.title, n.body
    FROM done JOIN jsonb_to_recordset($4::jsonb) AS n("reminderId" uuid, "userId" uuid, title text, body text) ON n."reminderId" = done.id
  ON CONFLICT ("reminderId", "userId") DO NOTHING
  RETURNING 1
), mailed AS (
  ${insertOutboundSql(`SELECT done."organizationId", m.* FROM done JOIN jsonb_to_recordset($5::jsonb) AS m("reminderId" uuid, ${DRAFT_RECORD}) ON m."reminderId" = done.id`)}
  RETURNING 1
), token AS (
  UPDATE "client" cl SET "unsubscribeToken" = t.hash
    FROM (SELECT DISTINCT t."clientId", t.hash, done."organizationId"
            FROM done JOIN jsonb_to_recordset($6::jsonb) AS t("reminderId" uuid, "clientId" uuid, hash text) ON t."reminderId" = done.id) t
   WHERE cl.id = t."clientId" AND cl."organizationId" = t."organizationId" AND cl."unsubscribeToken" IS DISTINCT FROM t.hash
  RETURNING 1
), due AS (
  UPDATE "case" c SET "nextDueAt" = x.next
    FROM (SELECT DISTINCT "organizationId", "caseId" FROM done) d,
         LATERAL (SELECT ${nextDueSql('d."organizationId"', 'd."caseId"')} AS next) x
   WHERE c.id = d."caseId" AND c."nextDueAt" IS DISTINCT FROM x.next
  RETURNING 1
)
SELECT coalesce((SELECT array_agg(id) FROM done), '{}') AS sent, (SELECT count(*) FROM notified)::int AS notifications,
       (SELECT count(*) FROM mailed)::int AS emails`;

/** What a fire statement did: the ids that became SENT, and how many notifications and emails it wrote. */
export type Fired = { sent: Set<string>; notifications: number; emails: number };

/**
 * Fire these plans (claimed by `owner`) in one statement. A reminder not planned for the case's latest version
 * (a manual one is version-free) stays CLAIMED, for the dispatcher to settle.
 */
export async function firePlans(sql: Sql, owner: string, plans: FirePlan[]): Promise<Fired> {
  const fired = await sql.query<{ sent: string[]; notifications: number; emails: number }>(FIRE_SQL, [
    JSON.stringify(
      plans.map((p) => ({ id: p.reminder.id, version: p.reminder.manual ? null : p.reminder.caseVersion })),
    ),
    owner,
    REMINDER_NOTIFICATION,
    JSON.stringify(plans.flatMap((p) => p.notifications.map((n) => ({ reminderId: p.reminder.id, ...n })))),
    draftRecords(plans.flatMap((p) => p.emails.map((e) => ({ reminderId: p.reminder.id, ...e })))),
    JSON.stringify(plans.flatMap((p) => (p.unsubscribe ? [{ reminderId: p.reminder.id, ...p.unsubscribe }] : []))),
  ]);
  const [row] = fired.rows;
  return { sent: new Set(row?.sent ?? []), notifications: row?.notifications ?? 0, emails: row?.emails ?? 0 };
}

/** A reminder that cannot be rendered would fail on every claim: FAILED, if the claim is still ours. */
export async function markFailed(client: Sql, owner: string, reminderId: string): Promise<void> {
  await client.query(
    `UPDATE "reminder" SET status = 'FAILED', "leaseUntil" = NULL, "updatedAt" = now() WHERE id = $1 AND "claimedBy" = $2 AND status = 'CLAIMED'`,
    [reminderId, owner],
  );
}

/**
 * Settling a reminder that did not fire, step one (in the settling transaction): lock it and read whether the claim
 * is still `owner`'s and whether its case is archived. 'lost' when the claim is gone (expired and taken over, or
 * the row deleted).
 */
export async function lockClaim(tx: Tx, owner: string, reminderId: string): Promise<'lost' | 'archived' | 'open'> {
  const [row] = await tx.$queryRaw<{ status: string; claimedBy: string | null; archivedAt: Date | null }[]>`
    SELECT r.status, r."claimedBy", c."archivedAt" FROM "reminder" r JOIN "case" c ON c.id = r."caseId"
     WHERE r.id = ${reminderId}::uuid FOR UPDATE OF r`;
  if (!row || row.status !== 'CLAIMED' || row.claimedBy !== owner) return 'lost';
  return row.archivedAt ? 'archived' : 'open';
}

/** Step two, for an archived case: the reminder is CANCELLED. */
export async function cancelClaimed(tx: Tx, reminderId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "reminder" SET status = 'CANCELLED', "leaseUntil" = NULL, "updatedAt" = now() WHERE id = ${reminderId}::uuid`;
}

/** Step two otherwise: the reminder is PENDING again, for the planner to keep or delete. */
export async function releaseClaim(tx: Tx, reminderId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "reminder" SET status = 'PENDING', "claimedBy" = NULL, "leaseUntil" = NULL, "updatedAt" = now() WHERE id = ${reminderId}::uuid`;
}
