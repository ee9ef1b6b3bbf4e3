import { Inject, Injectable } from '@nestjs/common';
import {
  CONVERSATION_PAGE_LIMIT,
  type ConversationMessage,
  type ConversationReadResponse,
  type ConversationResponse,
  type MarkConversationReadRequest,
  type NotificationKind,
  type SendMessageRequest,
  type UnreadMessagesResponse,
} from '@waiji/contract';
import type { CaseType } from '@waiji/domain';
import type { AuthContext } from '../auth/auth-context';
import { portalClientOf } from '../cases/portal.service';
import { ApiError } from '../common/api-error';
import { CONFIG, type Config } from '../config/config';
import { enqueueEmails } from '../database/outbox';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { Prisma } from '../generated/prisma/client';
import { UnsubscribeTokens } from '../outbox/unsubscribe-token';
import type { RecipientLinks } from '../reminders/reminder-recipients';
import { loadPortalUsers, loadStaff, loadWatchers } from '../reminders/reminder-statements';
import { type MessageCase, planMessageRecipients } from './message-recipients';
import { recordWebhookEvent } from '../webhooks/webhook-events';

/** Which side of the conversation the caller is on: a member of the organization, or the case's client (portal). */
export type Side = 'helper' | 'client';

/** Notification.kind of a new message's in-app notification. */
const MESSAGE_NOTIFICATION: NotificationKind = 'MESSAGE';

type MessageRow = {
  id: string;
  body: string;
  createdAt: Date;
  fromClient: boolean;
  authorId: string | null;
  authorName: string | null;
};

type CaseAccess = MessageCase & { archivedAt: Date | null };

function toMessage(row: MessageRow, userId: string): ConversationMessage {
  return {
    id: row.id,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    fromClient: row.fromClient,
    author: row.authorId ? { id: row.authorId, displayName: row.authorName ?? '' } : null,
    mine: row.authorId === userId,
  };
}

/**
 * A case's conversation between its client and the helpers. Helpers (VIEWER and up read, HELPER and up write) reach
 * any case of their organization; a CLIENT only the open cases of their own client record — anything else is 404.
 * Unread means: written by the other side after the caller's lastReadAt.
 */
@Injectable()
export class ConversationsService {
  private readonly links: RecipientLinks;

  constructor(
    @Inject(CONFIG) config: Config,
    private readonly db: TenantDatabase,
  ) {
    this.links = { publicUrl: config.publicUrl, unsubscribe: new UnsubscribeTokens(config.encryption.key) };
  }

  list(auth: AuthContext, caseId: string, side: Side): Promise<ConversationResponse> {
    const clientId = side === 'client' ? portalClientOf(auth) : null;
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      await this.caseFor(tx, auth, caseId, clientId);
      const rows = await tx.$queryRaw<MessageRow[]>`
        SELECT m.id, m.body, m."createdAt", m."fromClient", m."authorId", u."displayName" AS "authorName"
        FROM "case_message" m LEFT JOIN "user" u ON u.id = m."authorId"
        WHERE m."organizationId" = ${auth.organizationId}::uuid AND m."caseId" = ${caseId}::uuid
        ORDER BY m."createdAt" DESC, m.id DESC
        LIMIT ${CONVERSATION_PAGE_LIMIT}`;
      const read = await this.readState(tx, auth, caseId, side);
      return { items: rows.reverse().map((row) => toMessage(row, auth.userId)), ...read };
    });
  }

  send(auth: AuthContext, caseId: string, side: Side, input: SendMessageRequest): Promise<ConversationMessage> {
    const clientId = side === 'client' ? portalClientOf(auth) : null;
    const now = new Date();
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const kase = await this.caseFor(tx, auth, caseId, clientId);
      if (kase.archivedAt) throw new ApiError('CONFLICT', 'The case is archived; restore it to write to the client');
      const created = await tx.caseMessage.create({
        data: {
          organizationId: auth.organizationId,
          caseId,
          authorId: auth.userId,
          fromClient: side === 'client',
          body: input.body,
          createdAt: now,
        },
        select: { id: true, body: true, createdAt: true, fromClient: true, authorId: true },
      });
      // The author has read the conversation up to their own message.
      await this.readUpTo(tx, auth, caseId, now);
      const author = await tx.user.findUnique({ where: { id: auth.userId }, select: { displayName: true } });
      const message: MessageRow = { ...created, authorName: author?.displayName ?? null };
      await this.notify(tx, kase, { ...message, authorId: auth.userId }, now);
      // A client's message reaches the agency: the same event as an email that reaches a case (inbound-mail).
      if (created.fromClient)
        await recordWebhookEvent(tx.sql, auth.organizationId, 'message.received', {
          messageId: created.id,
          caseId,
          source: 'PORTAL',
        });
      return toMessage(message, auth.userId);
    });
  }

  markRead(
    auth: AuthContext,
    caseId: string,
    side: Side,
    input: MarkConversationReadRequest,
  ): Promise<ConversationReadResponse> {
    const clientId = side === 'client' ? portalClientOf(auth) : null;
    const now = new Date();
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      await this.caseFor(tx, auth, caseId, clientId);
      // Never past now, never before 1970 (a year-0 date is no time PostgreSQL stores).
      let upTo: Date | null = input.upTo
        ? new Date(Math.max(0, Math.min(Date.parse(input.upTo), now.getTime())))
        : null;
      if (!upTo) {
        const newest = await tx.caseMessage.findFirst({
          where: { organizationId: auth.organizationId, caseId },
          orderBy: { createdAt: 'desc' },
          select: { createdAt: true },
        });
        upTo = newest?.createdAt ?? null;
      }
      if (upTo) {
        await this.readUpTo(tx, auth, caseId, upTo);
        // The bell's notifications of the messages now read are read too.
        await tx.notification.updateMany({
          where: {
            organizationId: auth.organizationId,
            userId: auth.userId,
            caseId,
            kind: MESSAGE_NOTIFICATION,
            readAt: null,
            createdAt: { lte: upTo },
          },
          data: { readAt: now },
        });
      }
      return this.readState(tx, auth, caseId, side);
    });
  }

  /** Unread messages per case, over the open cases the caller answers for (helpers) or their own (a client). */
  unread(auth: AuthContext, side: Side): Promise<UnreadMessagesResponse> {
    const clientId = side === 'client' ? portalClientOf(auth) : null;
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const scope =
        clientId !== null
          ? Prisma.sql`c."clientId" = ${clientId}::uuid AND NOT m."fromClient"`
          : // The cases whose client messages reach this helper: theirs, or those nobody (still here) is assigned to.
            Prisma.sql`m."fromClient" AND (c."assigneeId" IS NULL OR c."assigneeId" = ${auth.userId}::uuid OR NOT EXISTS (
              SELECT 1 FROM "membership" s
              WHERE s."organizationId" = c."organizationId" AND s."userId" = c."assigneeId"
                AND s.role IN ('OWNER', 'ADMIN', 'HELPER')))`;
      const rows = await tx.$queryRaw<
        { caseId: string; type: CaseType; clientName: string; unread: number; latestAt: Date }[]
      >`
        SELECT m."caseId", c.type, cl."passportName" AS "clientName", count(*)::int AS unread,
               max(m."createdAt") AS "latestAt"
        FROM "case_message" m
        JOIN "case" c ON c.id = m."caseId" AND c."organizationId" = m."organizationId"
        JOIN "client" cl ON cl.id = c."clientId" AND cl."organizationId" = c."organizationId"
        LEFT JOIN "case_message_read" r
          ON r."organizationId" = m."organizationId" AND r."caseId" = m."caseId" AND r."userId" = ${auth.userId}::uuid
        WHERE m."organizationId" = ${auth.organizationId}::uuid AND c."archivedAt" IS NULL AND ${scope}
          AND m."authorId" IS DISTINCT FROM ${auth.userId}::uuid
          AND (r."lastReadAt" IS NULL OR m."createdAt" > r."lastReadAt")
        GROUP BY m."caseId", c.type, cl."passportName"
        ORDER BY max(m."createdAt") DESC
        LIMIT 500`;
      return {
        total: rows.reduce((sum, row) => sum + row.unread, 0),
        cases: rows.map((row) => ({ ...row, latestAt: row.latestAt.toISOString() })),
      };
    });
  }

  /** The case with what a message's recipients need; 404 outside the caller's reach (a client: open cases of their own). */
  private async caseFor(tx: Tx, auth: AuthContext, caseId: string, clientId: string | null): Promise<CaseAccess> {
    const rows = await tx.$queryRaw<CaseAccess[]>`
      SELECT c.id, c."organizationId", c."clientId", c.type, c.state, c."assigneeId", c."archivedAt",
             cl."passportName", cl.email AS "clientEmail", cl."emailConsent", cl."preferredLanguage",
             o.name AS "organizationName", o.timezone, o."quietHoursStart", o."quietHoursEnd"
      FROM "case" c
      JOIN "client" cl ON cl.id = c."clientId" AND cl."organizationId" = c."organizationId"
      JOIN "organization" o ON o.id = c."organizationId"
      WHERE c."organizationId" = ${auth.organizationId}::uuid AND c.id = ${caseId}::uuid
        ${clientId !== null ? Prisma.sql`AND c."clientId" = ${clientId}::uuid AND c."archivedAt" IS NULL` : Prisma.empty}`;
    const row = rows[0];
    if (!row) throw new ApiError('NOT_FOUND', 'No such case');
    return row;
  }

  /** The caller's lastReadAt and how many messages of the other side came after it. */
  private async readState(tx: Tx, auth: AuthContext, caseId: string, side: Side): Promise<ConversationReadResponse> {
    const rows = await tx.$queryRaw<{ lastReadAt: Date | null; unread: number }[]>`
      SELECT r."lastReadAt",
             (SELECT count(*)::int FROM "case_message" m
               WHERE m."organizationId" = ${auth.organizationId}::uuid AND m."caseId" = ${caseId}::uuid
                 AND m."fromClient" = ${side === 'helper'} AND m."authorId" IS DISTINCT FROM ${auth.userId}::uuid
                 AND (r."lastReadAt" IS NULL OR m."createdAt" > r."lastReadAt")) AS unread
      FROM (SELECT 1) one
      LEFT JOIN "case_message_read" r
        ON r."organizationId" = ${auth.organizationId}::uuid AND r."caseId" = ${caseId}::uuid AND r."userId" = ${auth.userId}::uuid`;
    const row = rows[0];
    return { unread: row?.unread ?? 0, lastReadAt: row?.lastReadAt?.toISOString() ?? null };
  }

  /** Moves the caller's read mark forward to `upTo` (never back). */
  private async readUpTo(tx: Tx, auth: AuthContext, caseId: string, upTo: Date): Promise<void> {
    await tx.$executeRaw`
      INSERT INTO "case_message_read" ("organizationId", "caseId", "userId", "lastReadAt")
      VALUES (${auth.organizationId}::uuid, ${caseId}::uuid, ${auth.userId}::uuid, ${upTo})
      ON CONFLICT ("caseId", "userId")
      DO UPDATE SET "lastReadAt" = GREATEST("case_message_read"."lastReadAt", EXCLUDED."lastReadAt")`;
  }

  /** The in-app notifications and emails of a new message, in its transaction (the outbox sends after the commit). */
  private async notify(tx: Tx, kase: CaseAccess, message: MessageRow & { authorId: string }, now: Date): Promise<void> {
    const [staff, portal] = message.fromClient
      ? [await loadStaff(tx.sql, [kase.organizationId]), []]
      : [[], await loadPortalUsers(tx.sql, [kase.clientId])];
    const watcherIds = message.fromClient ? (await loadWatchers(tx.sql, [kase.id])).map((w) => w.userId) : [];
    const plan = planMessageRecipients(message, kase, { staff, watcherIds, portal }, now, this.links);
    if (plan.notifications.length > 0) {
      await tx.notification.createMany({
        data: plan.notifications.map((n) => ({
          organizationId: kase.organizationId,
          userId: n.userId,
          caseId: kase.id,
          kind: MESSAGE_NOTIFICATION,
          title: n.title,
          body: n.body,
          // The message's own time: reading the conversation up to it reads these too.
          createdAt: now,
        })),
      });
    }
    await enqueueEmails(tx.sql, kase.organizationId, plan.emails);
    if (plan.unsubscribe) {
      // What the emailed unsubscribe link looks up (as a firing reminder keeps it).
      await tx.$executeRaw`
        UPDATE "client" SET "unsubscribeToken" = ${plan.unsubscribe.hash}
        WHERE id = ${plan.unsubscribe.clientId}::uuid AND "organizationId" = ${kase.organizationId}::uuid
          AND "unsubscribeToken" IS DISTINCT FROM ${plan.unsubscribe.hash}`;
    }
  }
}
