import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  ALIPAY_TIME_ZONE,
  type CaseState,
  clientLanguageOf,
  type CaseType,
  isValidTimeZone,
  nextSteps,
  type ReasonCode,
} from '@waiji/domain';
import { CONFIG, type Config } from '../config/config';
import type { EventRow } from '../database/case-events';
import {
  cancelOutboundSql,
  DRAFT_RECORD,
  draftRecords,
  insertOutboundSql,
  type OutboundDraft,
} from '../database/outbox';
import type { SqlRunner } from '../database/sql-runner';
import { Prisma } from '../generated/prisma/client';
import { stateChangeEmail, stateChangeNotification } from '../notifications/state-change-content';
import { UnsubscribeTokens } from '../outbox/unsubscribe-token';
import { snapshotOf } from '../reminders/reminder-snapshot';
import type { RecipientLinks } from '../reminders/reminder-recipients';
import { quietHoursEnd } from '../scheduler/local-time';
import type { TransitionRow } from './case-rows';

// A case that changes state tells its client, in the transition's own transaction: an in-app notification for each
// of the client's portal users, and an email in the client's language when they gave an address and consent —
// the same rules, quiet hours and one-click unsubscribe as the client's reminder emails (reminder-recipients.ts).
//
// The email is not sent at once. It waits out the undo window (config clientNotices.emailDelayMs, by default
// undoWindowMs of libs/domain, the constant undo-rules.ts judges with), and later if quiet hours are on then: a
// helper who takes a change back within the window (undo.service.ts → afterUndo) cancels the email before the
// client reads about a state that no longer holds. While it waits, a newer change of the same case supersedes it
// (writePlan cancels the older one in the same statement), so a client hears once, of the latest state: a report
// confirmed in two machine steps (await_deposit, then confirm_deposit) is one email, and the outbox, which delivers
// in parallel, cannot hand the client "Rejected" before "Submitted". The in-app notification is immediate; an undo
// deletes it.

/** Notification.kind of a state change. */
export const CASE_STATE_NOTIFICATION = 'CASE_STATE';

/** The idempotency key of the client's email about the case's version `version`. */
export const stateChangeKey = (caseId: string, version: number | null, clientId: string): string =>
  `case-state.${caseId}.${version ?? 'x'}.client.${clientId}`;

/** The version in a state-change email's key, as a regular expression for SQL's substring(… FROM …). */
const VERSION_OF_KEY = String.raw`^case-state\.[^.]+\.([0-9]+)\.client\.`;

/** The LIKE pattern of the client's emails about any version of the case (uuids hold no % or _). */
const anyVersionKeys = (caseId: string, clientId: string): string => `case-state.${caseId}.%.client.${clientId}`;

/**
 * The in-app notification of a version for one portal user has a derived id, md5(prefix || userId)::uuid, so an
 * undo finds the notices of the version it takes back (a notification has no column that names a version).
 */
const noticeIdPrefix = (caseId: string, version: number | null): string =>
  `case-state.${caseId}.${version ?? 'x'}.user.`;

/** Who the client is and how to reach them, read in the transition's transaction. */
export type ClientContact = {
  email: string | null;
  emailConsent: boolean;
  preferredLanguage: string;
  organizationName: string;
  quietHoursStart: number | null;
  quietHoursEnd: number | null;
  /** The client's portal users (memberships with role CLIENT for this client), oldest first. */
  portalUserIds: string[];
};

/** The case after the transition, as the notice reads it. */
export type NoticeCase = Pick<
  TransitionRow,
  | 'id'
  | 'clientId'
  | 'type'
  | 'state'
  | 'stateEnteredAt'
  | 'attempt'
  | 'submittedAt'
  | 'bank'
  | 'cardLast4'
  | 'retryAfter'
  | 'lastReasonCode'
  | 'passportName'
  | 'timezone'
>;

export type NoticeEvent = Pick<EventRow, 'fromState' | 'toState' | 'reasonCode' | 'versionAfter' | 'actorId' | 'data'>;

export type ClientNoticePlan = {
  notifications: { userId: string; title: string; body: string }[];
  emails: OutboundDraft[];
  unsubscribe: { clientId: string; hash: string } | null;
};

export type NoticeOptions = {
  /** How long the email waits after the change (the undo window unless configured otherwise). */
  emailDelayMs: number;
  /** False: the email only (an undo's correction; the in-app notice of the restored state is still there). */
  inApp: boolean;
};

/** Who is told what about one state change. Pure (the clock is a parameter); the table is in client-notices.spec.ts. */
export function planClientNotice(
  kase: NoticeCase,
  event: NoticeEvent,
  contact: ClientContact,
  now: Date,
  links: RecipientLinks,
  options: NoticeOptions,
): ClientNoticePlan {
  const plan: ClientNoticePlan = { notifications: [], emails: [], unsubscribe: null };
  const toState = (event.toState ?? kase.state) as CaseState;
  if (event.fromState === toState) return plan;
  const reasonText = typeof event.data['reasonText'] === 'string' ? event.data['reasonText'] : null;
  const facts = {
    caseType: kase.type as CaseType,
    toState,
    reasonCode: (event.reasonCode ?? null) as ReasonCode | null,
    reasonText,
    clientName: kase.passportName,
    organizationName: contact.organizationName,
    steps: nextSteps(snapshotOf(kase), now),
    portalUrl: contact.portalUserIds.length > 0 ? `${links.publicUrl}/portal/cases/${kase.id}` : null,
  };
  const language = clientLanguageOf(contact.preferredLanguage);
  // Whoever made the change knows it; the other portal users of the client are told.
  for (const userId of options.inApp ? contact.portalUserIds : []) {
    if (userId !== event.actorId) plan.notifications.push({ userId, ...stateChangeNotification(facts, language) });
  }
  if (contact.email && contact.emailConsent) {
    const timeZone = isValidTimeZone(kase.timezone) ? kase.timezone : ALIPAY_TIME_ZONE;
    const url = `${links.publicUrl}/api/unsubscribe/${links.unsubscribe.tokenFor(kase.clientId)}`;
    // Not before the undo window has passed (see the top of this file), then not during quiet hours; in-app
    // notifications wait for neither.
    const afterUndoWindow = new Date(now.getTime() + options.emailDelayMs);
    plan.emails.push({
      key: stateChangeKey(kase.id, event.versionAfter, kase.clientId),
      address: contact.email,
      ...stateChangeEmail(facts, language, url),
      headers: { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      at: quietHoursEnd(afterUndoWindow, timeZone, contact.quietHoursStart, contact.quietHoursEnd) ?? afterUndoWindow,
    });
    plan.unsubscribe = { clientId: kase.clientId, hash: links.unsubscribe.hashFor(kase.clientId) };
  }
  return plan;
}

async function loadContact(tx: SqlRunner, organizationId: string, clientId: string): Promise<ClientContact | null> {
  const rows = await tx.$queryRaw<ClientContact[]>`
    SELECT cl.email, cl."emailConsent", cl."preferredLanguage", o.name AS "organizationName",
           o."quietHoursStart", o."quietHoursEnd",
           coalesce((SELECT json_agg(m."userId" ORDER BY m."createdAt") FROM "membership" m
                      WHERE m."organizationId" = cl."organizationId" AND m.role = 'CLIENT' AND m."clientId" = cl.id), '[]'::json)
             AS "portalUserIds"
    FROM "client" cl JOIN "organization" o ON o.id = cl."organizationId"
    WHERE cl."organizationId" = ${organizationId}::uuid AND cl.id = ${clientId}::uuid`;
  return rows[0] ?? null;
}

/**
 * The notifications, the email and the client's unsubscribe hash of one plan, in one statement; the email
 * supersedes the client's still-pending emails about earlier versions of the case (cancelled, not sent).
 */
async function writePlan(
  tx: SqlRunner,
  organizationId: string,
  kase: Pick<NoticeCase, 'id' | 'clientId'>,
  version: number | null,
  plan: ClientNoticePlan,
): Promise<void> {
  const email = plan.emails[0];
  await tx.$queryRaw`
    WITH drafts AS (
      SELECT ${organizationId}::uuid AS "organizationId", x.*
        FROM jsonb_to_recordset(${draftRecords(plan.emails)}::jsonb) AS x(${Prisma.raw(DRAFT_RECORD)})
    ), notified AS (
      -- clock_timestamp, not the transaction's now(): a report confirmed in two steps notifies twice in one
      -- transaction, and the newest step must list first.
      INSERT INTO "notification" (id, "organizationId", "userId", "caseId", kind, title, body, "createdAt")
      SELECT md5(${noticeIdPrefix(kase.id, version)} || n."userId"::text)::uuid, ${organizationId}::uuid, n."userId",
             ${kase.id}::uuid, ${CASE_STATE_NOTIFICATION}, n.title, n.body, clock_timestamp()
        FROM jsonb_to_recordset(${JSON.stringify(plan.notifications)}::jsonb) AS n("userId" uuid, title text, body text)
      RETURNING 1
    ), superseded AS (
      ${cancelOutboundSql(
        email
          ? Prisma.sql`"organizationId" = ${organizationId}::uuid AND "idempotencyKey" <> ${email.key}
                  AND "idempotencyKey" LIKE ${anyVersionKeys(kase.id, kase.clientId)}`
          : Prisma.sql`false`,
      )}
      RETURNING 1
    ), mailed AS (
      ${Prisma.raw(insertOutboundSql('SELECT * FROM drafts'))}
      RETURNING 1
    ), token AS (
      UPDATE "client" SET "unsubscribeToken" = ${plan.unsubscribe?.hash ?? null}::text
       WHERE "organizationId" = ${organizationId}::uuid AND id = ${plan.unsubscribe?.clientId ?? null}::uuid
         AND "unsubscribeToken" IS DISTINCT FROM ${plan.unsubscribe?.hash ?? null}::text
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM notified)::int AS notifications, (SELECT count(*) FROM mailed)::int AS emails`;
}

/** Tells a case's client about a state change, inside the transition's transaction (performTransition). */
@Injectable()
export class ClientNotices {
  private readonly links: RecipientLinks;
  private readonly emailDelayMs: number;

  constructor(@Inject(CONFIG) config: Config) {
    this.links = { publicUrl: config.publicUrl, unsubscribe: new UnsubscribeTokens(config.encryption.key) };
    this.emailDelayMs = config.clientNotices.emailDelayMs;
  }

  /**
   * performTransition's call. Its `notices` parameter is required, so the type checker finds a caller that does not
   * pass one; code run without type checking (SWC in tests) gets a warning rather than a failed transition.
   */
  static async afterTransition(
    notices: ClientNotices | undefined,
    tx: SqlRunner,
    organizationId: string,
    kase: NoticeCase,
    event: NoticeEvent,
    now: Date,
  ): Promise<void> {
    if (notices instanceof ClientNotices) return notices.afterTransition(tx, organizationId, kase, event, now);
    new Logger('ClientNotices').warn(`performTransition without ClientNotices: case ${kase.id} moved unannounced`);
  }

  async afterTransition(
    tx: SqlRunner,
    organizationId: string,
    kase: NoticeCase,
    event: NoticeEvent,
    now: Date,
    inApp = true,
  ): Promise<void> {
    if (event.fromState === event.toState) return;
    const contact = await loadContact(tx, organizationId, kase.clientId);
    if (!contact) return;
    const plan = planClientNotice(kase, event, contact, now, this.links, { emailDelayMs: this.emailDelayMs, inApp });
    if (plan.notifications.length === 0 && plan.emails.length === 0) return;
    await writePlan(tx, organizationId, kase, event.versionAfter, plan);
  }

  /**
   * An undo (undo.service.ts), in its transaction: the client's in-app notices of the undone version are deleted
   * (a notification has no "hidden" flag, and a notice of a change that no longer holds is wrong, not old news;
   * the case's timeline keeps the history), and its email is cancelled while it still waits.
   *
   * If that email was already sent, nothing new is sent: with the default delay the undo window has closed by
   * then, so this happens only when quiet hours held the email until after it, or it was delivered early (a shorter
   * CLIENT_NOTICE_DELAY_SECONDS); the client then reads the restored state in the portal.
   *
   * If it was cancelled, the client has not heard of the undone change, but it may have superseded the email of
   * the state the undo restores (a rejection right after a submission): when the state the client last had an
   * email about (their newest case-state email that is left; the case's creation if none) is not the restored
   * one, they get an email of the restored state, keyed by the undo's version and delayed like any other.
   */
  async afterUndo(
    tx: SqlRunner,
    organizationId: string,
    restored: NoticeCase,
    undo: NoticeEvent & { undoneVersion: number },
    now: Date,
  ): Promise<void> {
    const [withdrawn] = await tx.$queryRaw<{ cancelled: number; told: CaseState | null }[]>`
      WITH unnotified AS (
        DELETE FROM "notification"
         WHERE "organizationId" = ${organizationId}::uuid AND "caseId" = ${restored.id}::uuid
           AND kind = ${CASE_STATE_NOTIFICATION}
           AND id = md5(${noticeIdPrefix(restored.id, undo.undoneVersion)} || "userId"::text)::uuid
        RETURNING 1
      ), cancelled AS (
        ${cancelOutboundSql(
          Prisma.sql`"organizationId" = ${organizationId}::uuid
            AND "idempotencyKey" LIKE ${`case-state.${restored.id}.${undo.undoneVersion}.client.%`}`,
        )}
        RETURNING 1
      ), told AS (
        SELECT coalesce(max((substring("idempotencyKey" FROM ${VERSION_OF_KEY}))::int), 0) AS version
          FROM "outbound_email"
         WHERE "organizationId" = ${organizationId}::uuid
           AND "idempotencyKey" LIKE ${anyVersionKeys(restored.id, restored.clientId)}
           AND "idempotencyKey" NOT LIKE ${`case-state.${restored.id}.${undo.undoneVersion}.client.%`}
      )
      SELECT (SELECT count(*) FROM cancelled)::int AS cancelled,
             (SELECT e."toState" FROM "case_event" e, told
               WHERE e."organizationId" = ${organizationId}::uuid AND e."caseId" = ${restored.id}::uuid
                 AND e."versionAfter" = told.version) AS told`;
    if (!withdrawn || withdrawn.cancelled === 0 || withdrawn.told === restored.state) return;
    await this.afterTransition(
      tx,
      organizationId,
      restored,
      { ...undo, fromState: withdrawn.told, toState: restored.state, reasonCode: restored.lastReasonCode },
      now,
      false,
    );
  }
}
