import { Injectable } from '@nestjs/common';
import type { OutboxItem, OutboxList, OutboxListQuery } from '@waiji/contract';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { ApiError } from '../common/api-error';
import { afterTime, decodeTimeCursor, timePage } from '../database/keyset';
import { TenantDatabase } from '../database/tenant-database';
import type { OutboundEmail } from '../generated/prisma/client';

function toItem(e: OutboundEmail): OutboxItem {
  return {
    id: e.id,
    idempotencyKey: e.idempotencyKey,
    toAddress: e.toAddress,
    subject: e.subject,
    status: e.status,
    attempts: e.attempts,
    nextAttemptAt: e.nextAttemptAt.toISOString(),
    lastError: e.lastError,
    sentAt: e.sentAt?.toISOString() ?? null,
    createdAt: e.createdAt.toISOString(),
  };
}

/** The organization's outbound email for admins: what failed and why, and a retry. */
@Injectable()
export class OutboxAdminService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
  ) {}

  list(auth: AuthContext, query: OutboxListQuery): Promise<OutboxList> {
    const after = query.cursor ? decodeTimeCursor(query.cursor) : null;
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const rows = await tx.outboundEmail.findMany({
        where: {
          organizationId: auth.organizationId,
          ...(query.status ? { status: query.status } : {}),
          ...afterTime('createdAt', after),
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: query.limit + 1,
      });
      const { page, nextCursor } = timePage(rows, query.limit, (row) => row.createdAt);
      return { items: page.map(toItem), nextCursor };
    });
  }

  /** A FAILED email gets a fresh set of attempts, now; its last error stays visible until it is sent. */
  retry(auth: AuthContext, id: string): Promise<OutboxItem> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const found = await tx.outboundEmail.findFirst({ where: { id, organizationId: auth.organizationId } });
      if (!found) throw new ApiError('NOT_FOUND', 'No such email');
      if (found.status !== 'FAILED')
        throw new ApiError('CONFLICT', `Only failed emails can be retried; this one is ${found.status}`, {
          status: found.status,
        });
      const updated = await tx.outboundEmail.update({
        where: { id },
        data: { status: 'PENDING', attempts: 0, nextAttemptAt: new Date(), claimedBy: null, leaseUntil: null },
      });
      await this.audit.recordBy(tx, auth, {
        action: 'outbox.retried',
        targetType: 'outbound_email',
        targetId: id,
        data: { attempts: found.attempts, lastError: found.lastError },
      });
      return toItem(updated);
    });
  }
}
