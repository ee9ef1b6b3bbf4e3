import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  ALIPAY_TIME_ZONE,
  type CaseState,
  type CaseType,
  isValidTimeZone,
  nextSteps,
  type ReasonCode,
} from '@waiji/domain';
import { CONFIG, type Config } from '../config/config';
import type { EventRow } from '../database/case-events';
import { DRAFT_RECORD, draftRecords, insertOutboundSql, type OutboundDraft } from '../database/outbox';
import type { SqlRunner } from '../database/sql-runner';
import { Prisma } from '../generated/prisma/client';
import { languageOf } from '../notifications/content';
import { stateChangeEmail, stateChangeNotification } from '../notifications/state-change-content';
import { UnsubscribeTokens } from '../outbox/unsubscribe-token';
import { snapshotOf } from '../reminders/reminder-snapshot';
import type { RecipientLinks } from '../reminders/reminder-recipients';
import { quietHoursEnd } from '../scheduler/local-time';
import type { TransitionRow } from './case-rows';

// A case that changes state tells its client, in the transition's own transaction: an in-app notification for each
// of the client's portal users, and an email in the client's language when they gave an address and consent —
// the same rules, quiet hours and one-click unsubscribe as the client's reminder emails (reminder-recipients.ts).

/** Notification.kind of a state change. */
export const CASE_STATE_NOTIFICATION = 'CASE_STATE';

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

/** Who is told what about one state change. Pure (the clock is a parameter); the table is in client-notices.spec.ts. */
export function planClientNotice(
  kase: NoticeCase,
  event: NoticeEvent,
  contact: ClientContact,
  now: Date,
  links: RecipientLinks,
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
  const language = languageOf(contact.preferredLanguage);
  // Whoever made the change knows it; the other portal users of the client are told.
  for (const userId of contact.portalUserIds) {
    if (userId !== event.actorId) plan.notifications.push({ userId, ...stateChangeNotification(facts, language) });
  }
  if (contact.email && contact.emailConsent) {
    const timeZone = isValidTimeZone(kase.timezone) ? kase.timezone : ALIPAY_TIME_ZONE;
    const url = `${links.publicUrl}/api/unsubscribe/${links.unsubscribe.tokenFor(kase.clientId)}`;
    plan.emails.push({
      key: `case-state.${kase.id}.${event.versionAfter ?? 'x'}.client.${kase.clientId}`,
      address: contact.email,
      ...stateChangeEmail(facts, language, url),
      headers: { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      // Emails wait for the end of the organization's quiet hours; in-app notifications do not.
      at:
        contact.quietHoursStart === null
          ? null
          : quietHoursEnd(now, timeZone, contact.quietHoursStart, contact.quietHoursEnd),
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

/** The notifications, the email and the client's unsubscribe hash of one plan, in one statement. */
async function writePlan(tx: SqlRunner, organizationId: string, caseId: string, plan: ClientNoticePlan): Promise<void> {
  await tx.$queryRaw`
    WITH drafts AS (
      SELECT ${organizationId}::uuid AS "organizationId", x.*
        FROM jsonb_to_recordset(${draftRecords(plan.emails)}::jsonb) AS x(${Prisma.raw(DRAFT_RECORD)})
    ), notified AS (
      INSERT INTO "notification" ("organizationId", "userId", "caseId", kind, title, body)
      SELECT ${organizationId}::uuid, n."userId", ${caseId}::uuid, ${CASE_STATE_NOTIFICATION}, n.title, n.body
        FROM jsonb_to_recordset(${JSON.stringify(plan.notifications)}::jsonb) AS n("userId" uuid, title text, body text)
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

  constructor(@Inject(CONFIG) config: Config) {
    this.links = { publicUrl: config.publicUrl, unsubscribe: new UnsubscribeTokens(config.encryption.key) };
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
  ): Promise<void> {
    if (event.fromState === event.toState) return;
    const contact = await loadContact(tx, organizationId, kase.clientId);
    if (!contact) return;
    const plan = planClientNotice(kase, event, contact, now, this.links);
    if (plan.notifications.length === 0 && plan.emails.length === 0) return;
    await writePlan(tx, organizationId, kase.id, plan);
  }
}
