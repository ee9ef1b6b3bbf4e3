import { Injectable } from '@nestjs/common';
import type {
  MarkAllReadResponse,
  NotificationItem,
  NotificationKind,
  NotificationList,
  NotificationListQuery,
  NotificationPreferences,
  UnreadCount,
  UpdateNotificationPreferences,
} from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { ApiError } from '../common/api-error';
import { afterTime, decodeTimeCursor, timePage } from '../database/keyset';
import { TenantDatabase } from '../database/tenant-database';
import type { Membership, Notification } from '../generated/prisma/client';

const PREFERENCE_COLUMNS = { notifyInApp: true, notifyEmail: true, notifyDigest: true } as const;

function toPreferences(row: Pick<Membership, 'notifyInApp' | 'notifyEmail' | 'notifyDigest'>): NotificationPreferences {
  // The contract has no OFF for the bell; a row can only hold it if written by hand: read it as "only mine".
  return {
    inApp: row.notifyInApp === 'OFF' ? 'MINE' : row.notifyInApp,
    email: row.notifyEmail,
    digest: row.notifyDigest,
  };
}

function toItem(n: Notification): NotificationItem {
  return {
    id: n.id,
    // A text column, written only with the contract's notification kinds.
    kind: n.kind as NotificationKind,
    title: n.title,
    body: n.body,
    caseId: n.caseId,
    reminderId: n.reminderId,
    readAt: n.readAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
  };
}

/** The caller's own in-app notifications in the current organization. */
@Injectable()
export class NotificationsService {
  constructor(private readonly db: TenantDatabase) {}

  list(auth: AuthContext, query: NotificationListQuery): Promise<NotificationList> {
    const after = query.cursor ? decodeTimeCursor(query.cursor) : null;
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const rows = await tx.notification.findMany({
        where: {
          organizationId: auth.organizationId,
          userId: auth.userId,
          ...(query.unread === 'true' ? { readAt: null } : query.unread === 'false' ? { readAt: { not: null } } : {}),
          ...afterTime('createdAt', after),
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: query.limit + 1,
      });
      const { page, nextCursor } = timePage(rows, query.limit, (row) => row.createdAt);
      return { items: page.map(toItem), nextCursor };
    });
  }

  unreadCount(auth: AuthContext): Promise<UnreadCount> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const [count, latest] = await Promise.all([
        tx.notification.count({ where: { organizationId: auth.organizationId, userId: auth.userId, readAt: null } }),
        tx.notification.findFirst({
          where: { organizationId: auth.organizationId, userId: auth.userId },
          orderBy: { createdAt: 'desc' },
          select: { createdAt: true },
        }),
      ]);
      return { count, latestAt: latest?.createdAt.toISOString() ?? null };
    });
  }

  markRead(auth: AuthContext, id: string): Promise<NotificationItem> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const found = await tx.notification.findFirst({
        where: { id, organizationId: auth.organizationId, userId: auth.userId },
      });
      if (!found) throw new ApiError('NOT_FOUND', 'No such notification');
      if (found.readAt) return toItem(found);
      return toItem(await tx.notification.update({ where: { id }, data: { readAt: new Date() } }));
    });
  }

  markAllRead(auth: AuthContext): Promise<MarkAllReadResponse> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const result = await tx.notification.updateMany({
        where: { organizationId: auth.organizationId, userId: auth.userId, readAt: null },
        data: { readAt: new Date() },
      });
      return { updated: result.count };
    });
  }

  preferences(auth: AuthContext): Promise<NotificationPreferences> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const membership = await tx.membership.findUnique({
        where: { organizationId_userId: { organizationId: auth.organizationId, userId: auth.userId } },
        select: PREFERENCE_COLUMNS,
      });
      if (!membership) throw new ApiError('NOT_FOUND', 'No membership');
      return toPreferences(membership);
    });
  }

  setPreferences(auth: AuthContext, input: UpdateNotificationPreferences): Promise<NotificationPreferences> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const updated = await tx.membership.update({
        where: { organizationId_userId: { organizationId: auth.organizationId, userId: auth.userId } },
        data: {
          ...(input.inApp ? { notifyInApp: input.inApp } : {}),
          ...(input.email ? { notifyEmail: input.email } : {}),
          ...(input.digest ? { notifyDigest: input.digest } : {}),
        },
        select: PREFERENCE_COLUMNS,
      });
      return toPreferences(updated);
    });
  }
}
