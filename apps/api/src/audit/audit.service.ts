import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/tenant-database';
import type { Prisma } from '../generated/prisma/client';
import type { AuthContext } from '../auth/auth-context';

export type AuditEntry = {
  organizationId: string | null;
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  ip?: string | undefined;
  data?: Prisma.InputJsonValue;
};

/** What a signed-in caller did; organization, actor and IP come from their AuthContext. */
export type ActorEntry = Pick<AuditEntry, 'action' | 'targetType' | 'targetId' | 'data'>;

/**
 * Append-only audit trail (the database refuses UPDATE and DELETE on it); written in the caller's transaction, so
 * an audited change and its audit row commit or fail together.
 *
 * Actions in use: auth.signup, auth.login, auth.login_failed, auth.logout_everywhere, auth.password_reset_requested,
 * auth.password_reset, auth.password_changed, auth.profile_updated (data: the changed field names), auth.email_verified, member.role_changed, member.removed, invitation.created,
 * invitation.revoked, invitation.accepted, organization.updated, client.updated (data: the changed field names, never
 * their values), client.archived, client.restored, client.duplicate_created (data: the matching clients' ids),
 * case.transition_undone (data: undoneAction, undoneVersion, undoneBy, fromState, toState, versionAfter); PII
 * reveals use `<type>.pii_revealed` (e.g. client.pii_revealed with data { field: 'passportNumber' }).
 */
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

  recordBy(tx: Tx, auth: AuthContext, entry: ActorEntry): Promise<void> {
    return this.record(tx, { ...entry, organizationId: auth.organizationId, actorId: auth.userId, ip: auth.ip });
  }
}
