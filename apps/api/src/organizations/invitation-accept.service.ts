import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  type AcceptInvitationRequest,
  type InvitationPreviewResponse,
  type MeResponse,
  passwordRule,
} from '@waiji/contract';
import { ApiError } from '../common/api-error';
import { TenantDatabase } from '../database/tenant-database';
import { AuditService } from '../audit/audit.service';
import { invalidLink } from '../auth/account.service';
import { SecondFactorService } from '../account-security/second-factor.service';
import { AuthService } from '../auth/auth.service';
import { hashPassword } from '../auth/passwords';
import { SessionService } from '../auth/session.service';
import { ThrottleService } from '../auth/throttle.service';
import { sha256 } from '../auth/tokens';

type Joining = { kind: 'existing'; userId: string } | { kind: 'new'; passwordHash: string; displayName: string };

/** Accepting an invitation: anyone holding the emailed link, with or without an account, signed in or not. */
@Injectable()
export class InvitationAcceptService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly throttle: ThrottleService,
    private readonly authService: AuthService,
    private readonly secondFactor: SecondFactorService,
  ) {}

  /**
   * What the invitation page shows before anyone decides: the organization, who invited and as what. Nothing else
   * (not the address, not the client): the link may have been forwarded. An unknown, used, revoked or expired link
   * answers as accepting it would, and counts against the address like a failed acceptance.
   */
  async preview(token: string, request: FastifyRequest): Promise<InvitationPreviewResponse> {
    const keys = [`ip:${request.ip}`];
    await this.throttle.check('invitation', keys);
    const found = await this.db.system(async (tx) => {
      const invitation = await tx.invitation.findUnique({
        where: { tokenHash: sha256(token) },
        select: {
          role: true,
          invitedById: true,
          acceptedAt: true,
          revokedAt: true,
          expiresAt: true,
          organization: { select: { name: true } },
        },
      });
      if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= new Date()) {
        await this.throttle.recordFailure(tx, 'invitation', keys);
        return null;
      }
      const inviter = invitation.invitedById
        ? await tx.user.findUnique({ where: { id: invitation.invitedById }, select: { displayName: true } })
        : null;
      return {
        organizationName: invitation.organization.name,
        inviterName: inviter?.displayName ?? null,
        role: invitation.role,
      };
    });
    if (!found) throw invalidLink();
    return found;
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
        // A client's account speaks the client's language from the start (the portal opens in it).
        const client =
          invitation.role === 'CLIENT' && invitation.clientId
            ? await tx.client.findUnique({ where: { id: invitation.clientId }, select: { preferredLanguage: true } })
            : null;
        const user = await tx.user.create({
          data: {
            email: invitation.email,
            displayName: joining.displayName,
            passwordHash: joining.passwordHash,
            emailVerifiedAt: new Date(),
            ...(client ? { locale: client.preferredLanguage } : {}),
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
    // A password alone never passes an account's second factor: such an account signs in first (with its factor).
    if ((await this.secondFactor.factorsOf(existing.id)).length > 0)
      throw new ApiError(
        'UNAUTHENTICATED',
        'Your account uses two-step verification: sign in first, then open the link again',
        { field: 'password', reason: 'SIGN_IN_FIRST' },
      );
    return { kind: 'existing', userId: existing.id };
  }
}
