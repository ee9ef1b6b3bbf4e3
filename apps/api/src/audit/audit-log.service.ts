import { Injectable } from '@nestjs/common';
import type { AuditEntry, AuditPage, AuditQuery } from '@waiji/contract';
import { afterTime, decodeTimeCursor, timePage } from '../database/keyset';
import { TenantDatabase } from '../database/tenant-database';
import type { Prisma } from '../generated/prisma/client';
import type { AuthContext } from '../auth/auth-context';

/** Reads the organization's audit log, newest first, with keyset pagination on (at, id). */
@Injectable()
export class AuditLogService {
  constructor(private readonly db: TenantDatabase) {}

  list(auth: AuthContext, query: AuditQuery): Promise<AuditPage> {
    const cursor = query.cursor ? decodeTimeCursor(query.cursor) : undefined;
    const where: Prisma.AuditLogWhereInput = {
      organizationId: auth.organizationId,
      ...(query.action ? { action: query.action.endsWith('.') ? { startsWith: query.action } : query.action } : {}),
      ...afterTime('at', cursor),
    };
    return this.db.run(auth, async (tx) => {
      const rows = await tx.auditLog.findMany({
        where,
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
        take: query.limit + 1,
      });
      const { page, nextCursor } = timePage(rows, query.limit, (row) => row.at);
      const actorIds = [...new Set(page.flatMap((row) => (row.actorId ? [row.actorId] : [])))];
      const actors = await tx.user.findMany({
        where: { id: { in: actorIds } },
        select: { id: true, displayName: true, email: true },
      });
      const byId = new Map(actors.map((actor) => [actor.id, actor]));
      return {
        entries: page.map((row): AuditEntry => {
          const actor = row.actorId ? byId.get(row.actorId) : undefined;
          return {
            id: row.id,
            at: row.at.toISOString(),
            action: row.action,
            actor: actor ? { userId: actor.id, displayName: actor.displayName, email: actor.email } : null,
            targetType: row.targetType,
            targetId: row.targetId,
            ip: row.ip,
            data:
              row.data !== null && typeof row.data === 'object' && !Array.isArray(row.data)
                ? (row.data as Record<string, unknown>)
                : {},
          };
        }),
        nextCursor,
      };
    });
  }
}
