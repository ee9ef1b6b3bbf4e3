import { Inject, Injectable } from '@nestjs/common';
import type { CreateInvitationRequest, InvitationResponse, InvitationsResponse } from '@waiji/contract';
import { CONFIG, type Config } from '../config/config';
import { ApiError } from '../common/api-error';
import { TenantDatabase } from '../database/tenant-database';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { AccountMail } from '../auth/account-mail';
import { newToken, sha256 } from '../auth/tokens';
import { takeDailyAllowance } from './invitation-allowance';
import { requireClient } from './owners';

type InvitationRow = {
  id: string;
  email: string;
  role: InvitationResponse['role'];
  clientId: string | null;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  invitedById: string | null;
};

function statusOf(row: InvitationRow, now = Date.now()): InvitationResponse['status'] {
  if (row.acceptedAt) return 'ACCEPTED';
  if (row.revokedAt) return 'REVOKED';
  return row.expiresAt.getTime() <= now ? 'EXPIRED' : 'PENDING';
}

function toInvitation(row: InvitationRow, inviters: Map<string, string>): InvitationResponse {
  const inviterName = row.invitedById ? inviters.get(row.invitedById) : undefined;
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    clientId: row.clientId,
    status: statusOf(row),
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    invitedBy:
      row.invitedById && inviterName !== undefined ? { userId: row.invitedById, displayName: inviterName } : null,
  };
}

/** Invitations by emailed token link: create, list, revoke (OWNER/ADMIN); accepting one is InvitationAcceptService. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
    private readonly mail: AccountMail,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** Replaces any pending invitation to the same address; only an owner may invite an owner. */
  async create(auth: AuthContext, input: CreateInvitationRequest): Promise<InvitationResponse> {
    if (input.role === 'OWNER' && auth.role !== 'OWNER')
      throw new ApiError('FORBIDDEN', 'Only an owner can invite an owner', { reason: 'ROLE' });
    const token = newToken();
    const created = await this.db.run(auth, async (tx) => {
      // The email goes to an address nobody has confirmed, carrying names the inviter chose: only a confirmed
      // account may send it, so a throw-away sign-up cannot use Waiji to mail strangers.
      const inviter = await tx.user.findUniqueOrThrow({
        where: { id: auth.userId },
        select: { displayName: true, email: true, emailVerifiedAt: true },
      });
      if (!inviter.emailVerifiedAt) {
        throw new ApiError(
          'FORBIDDEN',
          'Confirm your email address before inviting anyone: open the link we emailed you, or ask for a new one',
          {
            reason: 'EMAIL_NOT_VERIFIED',
          },
        );
      }
      if (input.clientId) await requireClient(tx, auth.organizationId, input.clientId);
      const member = await tx.membership.findFirst({
        where: { organizationId: auth.organizationId, user: { email: input.email } },
        select: { id: true },
      });
      if (member) throw new ApiError('CONFLICT', 'This person is already a member', { field: 'email' });
      await takeDailyAllowance(tx, auth.organizationId, this.config.invitationsPerDay);
      const now = new Date();
      await tx.invitation.updateMany({
        where: { organizationId: auth.organizationId, email: input.email, acceptedAt: null, revokedAt: null },
        data: { revokedAt: now },
      });
      const row = await tx.invitation.create({
        data: {
          organizationId: auth.organizationId,
          email: input.email,
          role: input.role,
          clientId: input.clientId ?? null,
          tokenHash: sha256(token),
          invitedById: auth.userId,
          expiresAt: new Date(now.getTime() + this.config.links.invitationDays * 86_400_000),
        },
      });
      const organization = await tx.organization.findUniqueOrThrow({
        where: { id: auth.organizationId },
        select: { name: true },
      });
      await this.audit.recordBy(tx, auth, {
        action: 'invitation.created',
        targetType: 'invitation',
        targetId: row.id,
        data: { email: input.email, role: input.role, clientId: input.clientId ?? null },
      });
      return { row, organizationName: organization.name, inviter };
    });
    this.mail.invitation(input.email, token, {
      organizationName: created.organizationName,
      inviterName: created.inviter.displayName,
      inviterEmail: created.inviter.email,
      role: input.role,
      expiresAt: created.row.expiresAt,
    });
    return toInvitation(created.row, new Map([[auth.userId, created.inviter.displayName]]));
  }

  list(auth: AuthContext): Promise<InvitationsResponse> {
    return this.db.run(auth, async (tx) => {
      const rows = await tx.invitation.findMany({
        where: { organizationId: auth.organizationId },
        orderBy: { createdAt: 'desc' },
        take: 500,
      });
      const inviterIds = [...new Set(rows.flatMap((row) => (row.invitedById ? [row.invitedById] : [])))];
      const inviters = await tx.user.findMany({
        where: { id: { in: inviterIds } },
        select: { id: true, displayName: true },
      });
      const names = new Map(inviters.map((user) => [user.id, user.displayName]));
      return { invitations: rows.map((row) => toInvitation(row, names)) };
    });
  }

  revoke(auth: AuthContext, invitationId: string): Promise<void> {
    return this.db.run(auth, async (tx) => {
      const row = await tx.invitation.findFirst({ where: { id: invitationId, organizationId: auth.organizationId } });
      if (!row) throw new ApiError('NOT_FOUND', 'No such invitation');
      if (row.acceptedAt)
        throw new ApiError('CONFLICT', 'This invitation was already accepted; remove the member instead');
      if (row.revokedAt) return;
      await tx.invitation.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
      await this.audit.recordBy(tx, auth, {
        action: 'invitation.revoked',
        targetType: 'invitation',
        targetId: row.id,
        data: { email: row.email, role: row.role },
      });
    });
  }
}
