import { Injectable } from '@nestjs/common';
import type { OrganizationSecurityRequest, OrganizationSecurityResponse } from '@waiji/contract';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { ApiError } from '../common/api-error';
import { TenantDatabase } from '../database/tenant-database';

/**
 * An organization's rule "staff must use a second factor" with its grace period, what each member has set up, and
 * an admin's reset of a member's second factor (a lost phone): every factor and remembered device of that user goes,
 * audited in the organization, and the member enrols again at the next sign-in.
 */
@Injectable()
export class OrganizationSecurityService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
  ) {}

  async get(auth: AuthContext): Promise<OrganizationSecurityResponse> {
    const { security, members } = await this.db.run(auth, async (tx) => ({
      security: await tx.organizationSecurity.findUnique({ where: { organizationId: auth.organizationId } }),
      members: await tx.membership.findMany({
        where: { organizationId: auth.organizationId },
        orderBy: { createdAt: 'asc' },
        select: { userId: true, role: true, createdAt: true, user: { select: { displayName: true, email: true } } },
      }),
    }));
    // Factors are the user's own rows (no organization): read as the system role, for these members only.
    const userIds = members.map((m) => m.userId);
    const [totps, passkeys] = await this.db.system((tx) =>
      Promise.all([
        tx.userTotp.findMany({
          where: { userId: { in: userIds }, confirmedAt: { not: null } },
          select: { userId: true },
        }),
        tx.passkey.groupBy({ by: ['userId'], where: { userId: { in: userIds } }, _count: { _all: true } }),
      ]),
    );
    const withTotp = new Set(totps.map((t) => t.userId));
    const passkeyCount = new Map(passkeys.map((p) => [p.userId, p._count._all]));
    const required = security?.requireStaff2fa ?? false;
    return {
      requireStaff2fa: required,
      graceDays: security?.graceDays ?? 7,
      requiredSince: security?.requiredSince?.toISOString() ?? null,
      members: members.map((m) => {
        const totp = withTotp.has(m.userId);
        const keys = passkeyCount.get(m.userId) ?? 0;
        const owes = required && m.role !== 'CLIENT' && !totp && keys === 0;
        const since = Math.max(security?.requiredSince?.getTime() ?? 0, m.createdAt.getTime());
        return {
          userId: m.userId,
          displayName: m.user.displayName,
          email: m.user.email,
          role: m.role,
          totp,
          passkeys: keys,
          deadline: owes && security ? new Date(since + security.graceDays * 86_400_000).toISOString() : null,
        };
      }),
    };
  }

  /** Turning the rule on starts the grace period now; changing only the days keeps its start. */
  async update(auth: AuthContext, input: OrganizationSecurityRequest): Promise<OrganizationSecurityResponse> {
    await this.db.run(auth, async (tx) => {
      const before = await tx.organizationSecurity.findUnique({ where: { organizationId: auth.organizationId } });
      const requiredSince = input.requireStaff2fa
        ? before?.requireStaff2fa && before.requiredSince
          ? before.requiredSince
          : new Date()
        : null;
      await tx.organizationSecurity.upsert({
        where: { organizationId: auth.organizationId },
        create: { organizationId: auth.organizationId, ...input, requiredSince },
        update: { ...input, requiredSince },
      });
      await this.audit.recordBy(tx, auth, {
        action: 'organization.security_changed',
        targetType: 'organization',
        targetId: auth.organizationId,
        data: { requireStaff2fa: input.requireStaff2fa, graceDays: input.graceDays },
      });
    });
    return this.get(auth);
  }

  /** Only an owner resets an owner's factor; 404 for someone who is not a member here. */
  async resetMember(auth: AuthContext, userId: string): Promise<void> {
    const member = await this.db.run(auth, (tx) =>
      tx.membership.findUnique({
        where: { organizationId_userId: { organizationId: auth.organizationId, userId } },
        select: { role: true },
      }),
    );
    if (!member) throw new ApiError('NOT_FOUND', 'No such member');
    if (member.role === 'OWNER' && auth.role !== 'OWNER')
      throw new ApiError('FORBIDDEN', 'Only an owner can reset an owner’s two-step verification', { reason: 'ROLE' });
    // The factors are the user's own rows (no organization): removed as the system role, audited here.
    await this.db.system(async (tx) => {
      const totp = await tx.userTotp.deleteMany({ where: { userId } });
      const codes = await tx.recoveryCode.deleteMany({ where: { userId } });
      const passkeys = await tx.passkey.deleteMany({ where: { userId } });
      const devices = await tx.trustedDevice.deleteMany({ where: { userId } });
      await this.audit.recordBy(tx, auth, {
        action: 'auth.second_factor_reset',
        targetType: 'user',
        targetId: userId,
        data: { totp: totp.count, recoveryCodes: codes.count, passkeys: passkeys.count, devices: devices.count },
      });
    });
  }
}
