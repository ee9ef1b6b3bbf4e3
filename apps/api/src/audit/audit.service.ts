import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/tenant-database';
import type { Prisma } from '../generated/prisma/client';

export type AuditEntry = {
  organizationId: string | null;
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  ip?: string | undefined;
  data?: Prisma.InputJsonValue;
};

/** Append-only audit trail (the database refuses UPDATE and DELETE on it); written in the caller's transaction. */
@Injectable()
export class AuditService {
  async record(tx: Tx, entry: AuditEntry): Promise<void> {
    await tx.auditLog.create({
      data: {
        organizationId: entry.organizationId,
        actorId: entry.actorId,
        action: entry.action,
        targetType: entry.targetType ?? null,
        targetId: entry.targetId ?? null,
        ip: entry.ip ?? null,
        data: entry.data ?? {},
      },
    });
  }
}
