import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  type AcceptInvitationRequest,
  type CreateInvitationRequest,
  type InvitationResponse,
  type InvitationsResponse,
  type MeResponse,
  passwordRule,
} from '@waiji/contract';
import { CONFIG, type Config } from '../config/config';
import { ApiError } from '../common/api-error';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { AccountMail } from '../auth/account-mail';
import { invalidLink } from '../auth/account.service';
import { AuthService } from '../auth/auth.service';
import { hashPassword } from '../auth/passwords';
import { SessionService } from '../auth/session.service';
import { ThrottleService } from '../auth/throttle.service';
import { newToken, sha256 } from '../auth/tokens';
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

const DAY_MS = 86_400_000;

type Joining = { kind: 'existing'; userId: string } | { kind: 'new'; passwordHash: string; displayName: string };

/** Invitations by emailed token link: create, list, revoke (OWNER/ADMIN) and accept (anyone holding the link). */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
    private readonly mail: AccountMail,
    private readonly sessions: SessionService,
    private readonly throttle: ThrottleService,
    private readonly authService: AuthService,
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
      await this.takeDailyAllowance(tx, auth.organizationId);
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

  /**
   * At most INVITATIONS_PER_DAY invitations per organization in any 24 hours (each one is an email to a stranger's
   * address), counted from the invitation rows themselves, so every instance sees the same count; over it, 429 with
   * the time until the oldest counted invitation leaves the window.
   */
  private async takeDailyAllowance(tx: Tx, organizationId: string): Promise<void> {
    // Invitations of one organization wait for each other here, so two at once cannot both take the last place.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`waiji:invitations:${organizationId}`}))`;
    const limit = this.config.invitationsPerDay;
    const since = new Date(Date.now() - DAY_MS);
    const [blocking] = await tx.invitation.findMany({
      where: { organizationId, createdAt: { gt: since } },
      orderBy: { createdAt: 'desc' },
      skip: limit - 1,
      take: 1,
      select: { createdAt: true },
    });
    if (!blocking) return;
    const retryAfterSeconds = Math.max(1, Math.ceil((blocking.createdAt.getTime() + DAY_MS - Date.now()) / 1000));
    const minutes = Math.ceil(retryAfterSeconds / 60);
    const [count, unit] = minutes < 60 ? [minutes, 'minute'] : [Math.ceil(minutes / 60), 'hour'];
    const wait = `${count} ${unit}${count === 1 ? '' : 's'}`;
    throw new ApiError(
      'THROTTLED',
      `This organization has sent ${limit} invitations in the last 24 hours; try again in ${wait}`,
      { retryAfterSeconds },
    );
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

  /**
   * Joins the invited organization and signs in there with a new session token. A new address gets an account (its
   * email counts as verified: the link arrived there); an existing account must be the signed-in one or give its password.
   */
  async accept(input: AcceptInvitationRequest, request: FastifyRequest, reply: FastifyReply): Promise<MeResponse> {
    const keys = [`ip:${request.ip}`];
    await this.throttle.check('invitation', keys);
    const now = new Date();
    const invitation = await this.db.system((tx) =>
      tx.invitation.findUnique({ where: { tokenHash: sha256(input.token) } }),
    );
    if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) {
      await this.db.system((tx) => this.throttle.recordFailure(tx, 'invitation', keys));
      throw invalidLink();
    }
    const presented = this.sessions.tokenFrom(request);
    const joining = await this.whoJoins(invitation.email, input, presented, request);
    const token = await this.db.system(async (tx) => {
      const claimed = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        data: { acceptedAt: new Date() },
      });
      if (claimed.count !== 1) throw invalidLink();
      let userId: string;
      if (joining.kind === 'existing') {
        userId = joining.userId;
      } else {
        const taken = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
        if (taken)
          throw new ApiError(
            'CONFLICT',
            'An account with this email was just created; open the link again and sign in',
          );
        const user = await tx.user.create({
          data: {
            email: invitation.email,
            displayName: joining.displayName,
            passwordHash: joining.passwordHash,
            emailVerifiedAt: new Date(),
          },
        });
        userId = user.id;
      }
      const already = await tx.membership.findUnique({
        where: { organizationId_userId: { organizationId: invitation.organizationId, userId } },
        select: { id: true },
      });
      if (already) throw new ApiError('CONFLICT', 'You are already a member of this organization');
      if (invitation.role === 'CLIENT' && !invitation.clientId)
        throw new ApiError(
          'CONFLICT',
          'The client record of this invitation no longer exists; ask for a new invitation',
        );
      await tx.membership.create({
        data: {
          organizationId: invitation.organizationId,
          userId,
          role: invitation.role,
          clientId: invitation.clientId,
        },
      });
      // Joining is a privilege change: whatever session came with the request ends, and a new token is issued.
      if (presented)
        await tx.session.updateMany({
          where: { tokenHash: sha256(presented), revokedAt: null },
          data: { revokedAt: new Date() },
        });
      const session = await this.sessions.create(tx, userId, invitation.organizationId, request);
      await tx.user.update({ where: { id: userId }, data: { lastLoginAt: new Date() } });
      await this.audit.record(tx, {
        organizationId: invitation.organizationId,
        actorId: userId,
        action: 'invitation.accepted',
        targetType: 'invitation',
        targetId: invitation.id,
        ip: request.ip,
        data: { email: invitation.email, role: invitation.role, newAccount: joining.kind === 'new' },
      });
      return session.token;
    });
    this.sessions.setCookie(reply, token);
    return this.authService.meForToken(token);
  }

  private async whoJoins(
    email: string,
    input: AcceptInvitationRequest,
    presented: string | undefined,
    request: FastifyRequest,
  ): Promise<Joining> {
    const existing = await this.db.system((tx) => tx.user.findUnique({ where: { email }, select: { id: true } }));
    if (!existing) {
      const issues = [
        ...(input.password === undefined
          ? [{ field: 'password', message: 'is required to create your account', code: 'invalid_type' }]
          : (passwordRule
              .safeParse(input.password)
              .error?.issues.map((issue) => ({ field: 'password', message: issue.message, code: issue.code })) ?? [])),
        ...(input.displayName === undefined
          ? [{ field: 'displayName', message: 'is required to create your account', code: 'invalid_type' }]
          : []),
      ];
      if (issues.length > 0 || input.password === undefined || input.displayName === undefined) {
        throw new ApiError('VALIDATION_FAILED', `Invalid input: ${issues.map((issue) => issue.field).join(', ')}`, {
          issues,
        });
      }
      return { kind: 'new', passwordHash: await hashPassword(input.password), displayName: input.displayName };
    }
    const current = presented ? await this.sessions.find(presented) : undefined;
    if (current?.userId === existing.id) return { kind: 'existing', userId: existing.id };
    if (input.password === undefined) {
      throw new ApiError(
        'UNAUTHENTICATED',
        `An account exists for ${email}: sign in as it first, or give its password`,
        { field: 'password' },
      );
    }
    // Throttled, audited and reported to the owner exactly as a login is.
    if (!(await this.authService.checkPassword(email, input.password, request, { via: 'invitation' }))) {
      throw new ApiError('UNAUTHENTICATED', 'Wrong password', { field: 'password' });
    }
    return { kind: 'existing', userId: existing.id };
  }
}
