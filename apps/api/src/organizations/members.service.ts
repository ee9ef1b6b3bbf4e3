import { Injectable } from '@nestjs/common';
import type { ChangeRoleRequest, MemberResponse, MembersResponse } from '@waiji/contract';
import { ApiError } from '../common/api-error';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { keepAnOwner, requireClient } from './owners';

const memberSelect = {
  userId: true,
  role: true,
  clientId: true,
  createdAt: true,
  user: { select: { email: true, displayName: true, emailVerifiedAt: true } },
} as const;

type MemberRow = {
  userId: string;
  role: MemberResponse['role'];
  clientId: string | null;
  createdAt: Date;
  user: { email: string; displayName: string; emailVerifiedAt: Date | null };
};

function toMember(row: MemberRow): MemberResponse {
  return {
    userId: row.userId,
    email: row.user.email,
    displayName: row.user.displayName,
    role: row.role,
    clientId: row.clientId,
    emailVerified: row.user.emailVerifiedAt !== null,
    joinedAt: row.createdAt.toISOString(),
  };
}

/** Members of the caller's organization: list, change role, remove. */
@Injectable()
export class MembersService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
  ) {}

  list(auth: AuthContext): Promise<MembersResponse> {
    return this.db.run(auth, async (tx) => {
      const rows = await tx.membership.findMany({
        where: { organizationId: auth.organizationId },
        select: memberSelect,
        orderBy: { createdAt: 'asc' },
      });
      return { members: rows.map(toMember) };
    });
  }

  /** A role change is a privilege change: the member's sessions in this organization end (they sign in again). */
  changeRole(auth: AuthContext, userId: string, input: ChangeRoleRequest): Promise<MemberResponse> {
    return this.db.run(auth, async (tx) => {
      const target = await this.find(tx, auth, userId);
      if (auth.role !== 'OWNER' && (target.role === 'OWNER' || input.role === 'OWNER')) {
        throw new ApiError('FORBIDDEN', 'Only an owner can make someone an owner or change an owner’s role', {
          reason: 'ROLE',
        });
      }
      const clientId = input.role === 'CLIENT' ? (input.clientId ?? null) : null;
      if (target.role === input.role && target.clientId === clientId) return toMember(target);
      if (clientId) await requireClient(tx, auth.organizationId, clientId);
      if (target.role === 'OWNER') await keepAnOwner(tx, auth.organizationId, userId);
      const updated = await tx.membership.update({
        where: { organizationId_userId: { organizationId: auth.organizationId, userId } },
        data: { role: input.role, clientId },
        select: memberSelect,
      });
      const sessionsEnded = await this.endSessions(tx, auth.organizationId, userId);
      await this.audit.recordBy(tx, auth, {
        action: 'member.role_changed',
        targetType: 'user',
        targetId: userId,
        data: { email: target.user.email, from: target.role, to: input.role, clientId, sessionsEnded },
      });
      return toMember(updated);
    });
  }

  /** Removes the membership; the member's sessions in this organization end at once. */
  remove(auth: AuthContext, userId: string): Promise<void> {
    return this.db.run(auth, async (tx) => {
      const target = await this.find(tx, auth, userId);
      if (auth.role !== 'OWNER' && target.role === 'OWNER')
        throw new ApiError('FORBIDDEN', 'Only an owner can remove an owner', { reason: 'ROLE' });
      if (target.role === 'OWNER') await keepAnOwner(tx, auth.organizationId, userId);
      await tx.membership.delete({ where: { organizationId_userId: { organizationId: auth.organizationId, userId } } });
      const sessionsEnded = await this.endSessions(tx, auth.organizationId, userId);
      await this.audit.recordBy(tx, auth, {
        action: 'member.removed',
        targetType: 'user',
        targetId: userId,
        data: { email: target.user.email, role: target.role, sessionsEnded },
      });
    });
  }

  private async find(tx: Tx, auth: AuthContext, userId: string): Promise<MemberRow> {
    const target = await tx.membership.findFirst({
      where: { organizationId: auth.organizationId, userId },
      select: memberSelect,
    });
    if (!target) throw new ApiError('NOT_FOUND', 'No such member');
    return target;
  }

  private async endSessions(tx: Tx, organizationId: string, userId: string): Promise<number> {
    const ended = await tx.session.updateMany({
      where: { organizationId, userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    return ended.count;
  }
}
