import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { ChangePasswordRequest, ChangePasswordResponse, MeResponse, UpdateProfileRequest } from '@waiji/contract';
import { ApiError } from '../common/api-error';
import { TenantDatabase } from '../database/tenant-database';
import { AuditService } from '../audit/audit.service';
import { AccountMail } from './account-mail';
import { AuthService } from './auth.service';
import { hashPassword } from './passwords';
import { loginKeys, ThrottleService } from './throttle.service';

type SignedIn = { userId: string; email: string; sessionId: string; ip: string | undefined };

/** What a signed-in person changes about their own account: name, email language, password. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly throttle: ThrottleService,
    private readonly mail: AccountMail,
  ) {}

  async updateProfile(signedIn: SignedIn, input: UpdateProfileRequest, request: FastifyRequest): Promise<MeResponse> {
    await this.db.system(async (tx) => {
      await tx.user.update({
        where: { id: signedIn.userId },
        data: {
          ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
          ...(input.locale !== undefined ? { locale: input.locale } : {}),
        },
      });
      // A client who chooses a language in the portal chooses it for their client record too: their emails follow.
      if (input.locale !== undefined)
        await tx.client.updateMany({
          where: { memberships: { some: { userId: signedIn.userId, role: 'CLIENT' } } },
          data: { preferredLanguage: input.locale },
        });
      await this.audit.record(tx, {
        organizationId: null,
        actorId: signedIn.userId,
        action: 'auth.profile_updated',
        targetType: 'user',
        targetId: signedIn.userId,
        ip: signedIn.ip,
        // The changed field names, never their values (as client.updated).
        data: { fields: Object.keys(input) },
      });
    });
    return this.auth.me(request);
  }

  /**
   * The current password goes through the login's one check (its per-account and per-address back-off, its failure
   * count and audit), so this cannot be used to guess it faster than signing in. Then the new password is stored,
   * every other session of the user ends, unused reset links stop working, and the owner is told by email.
   */
  async changePassword(
    signedIn: SignedIn,
    input: ChangePasswordRequest,
    request: FastifyRequest,
  ): Promise<ChangePasswordResponse> {
    if (input.newPassword === input.currentPassword)
      throw new ApiError('BAD_REQUEST', 'The new password must differ from the current one', { field: 'newPassword' });
    const user = await this.auth.checkPassword(signedIn.email, input.currentPassword, request, {
      reason: 'password_change',
    });
    if (!user || user.id !== signedIn.userId)
      throw new ApiError('BAD_REQUEST', 'The current password is wrong', { field: 'currentPassword' });
    const passwordHash = await hashPassword(input.newPassword);
    const sessionsEnded = await this.db.system(async (tx) => {
      const now = new Date();
      await tx.user.update({ where: { id: signedIn.userId }, data: { passwordHash } });
      await this.throttle.forgivePair(tx, loginKeys(signedIn.email, request.ip));
      const revoked = await tx.session.updateMany({
        where: { userId: signedIn.userId, revokedAt: null, id: { not: signedIn.sessionId } },
        data: { revokedAt: now },
      });
      await tx.emailToken.updateMany({
        where: { userId: signedIn.userId, purpose: 'RESET_PASSWORD', usedAt: null },
        data: { usedAt: now },
      });
      await this.audit.record(tx, {
        organizationId: null,
        actorId: signedIn.userId,
        action: 'auth.password_changed',
        targetType: 'user',
        targetId: signedIn.userId,
        ip: signedIn.ip,
        data: { sessionsEnded: revoked.count },
      });
      return revoked.count;
    });
    this.mail.passwordChanged(signedIn.email, user.locale);
    return { sessionsEnded };
  }
}
