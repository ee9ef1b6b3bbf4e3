import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AcceptedResponse, PasswordResetConfirmRequest, PasswordResetRequest } from '@waiji/contract';
import { CONFIG, type Config } from '../config/config';
import { ApiError } from '../common/api-error';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import type { EmailTokenPurpose } from '../generated/prisma/enums';
import { AuditService } from '../audit/audit.service';
import { AccountMail } from './account-mail';
import { hashPassword } from './passwords';
import { ThrottleService } from './throttle.service';
import { newToken, sha256 } from './tokens';

type SignedIn = { userId: string; ip: string | undefined };

export const resetRequested = (mailCaptured: boolean): AcceptedResponse => ({
  accepted: true,
  message: 'If an account exists for this address, we have sent it a link to reset the password.',
  mailCaptured,
});

/** Emailed, single-use, expiring links: password reset and email verification. */
@Injectable()
export class AccountService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
    private readonly throttle: ThrottleService,
    private readonly mail: AccountMail,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** Stores only the hash of a new 256-bit token and returns the token for the link. */
  async issueToken(tx: Tx, userId: string, purpose: EmailTokenPurpose): Promise<string> {
    const token = newToken();
    const lifetimeMs =
      purpose === 'RESET_PASSWORD'
        ? this.config.links.passwordResetMinutes * 60_000
        : this.config.links.emailVerificationHours * 3_600_000;
    await tx.emailToken.create({
      data: { userId, purpose, tokenHash: sha256(token), expiresAt: new Date(Date.now() + lifetimeMs) },
    });
    return token;
  }

  /**
   * The same answer, status and (the mail leaves after the response) time whether or not the account exists.
   * Every request counts toward the throttle, so the 429 does not tell either.
   */
  async requestPasswordReset(input: PasswordResetRequest, request: FastifyRequest): Promise<AcceptedResponse> {
    const keys = [`account:${input.email}`, `ip:${request.ip}`];
    await this.throttle.check('reset', keys);
    const issued = await this.db.system(async (tx) => {
      await this.throttle.recordFailure(tx, 'reset', keys);
      const user = await tx.user.findUnique({
        where: { email: input.email },
        select: { id: true, email: true, locale: true },
      });
      if (!user) return undefined;
      await this.audit.record(tx, {
        organizationId: null,
        actorId: null,
        action: 'auth.password_reset_requested',
        targetType: 'user',
        targetId: user.id,
        ip: request.ip,
      });
      return { user, token: await this.issueToken(tx, user.id, 'RESET_PASSWORD') };
    });
    if (issued) this.mail.passwordReset(issued.user.email, issued.token, issued.user.locale);
    return resetRequested(this.mail.captured);
  }

  /** Sets the new password, uses up every reset link of the user and ends all their sessions. */
  async resetPassword(input: PasswordResetConfirmRequest, request: FastifyRequest): Promise<void> {
    const keys = [`ip:${request.ip}`];
    await this.throttle.check('reset', keys);
    const passwordHash = await hashPassword(input.password);
    const done = await this.db.system(async (tx) => {
      const userId = await this.consume(tx, 'RESET_PASSWORD', input.token);
      if (!userId) {
        await this.throttle.recordFailure(tx, 'reset', keys);
        return false;
      }
      const now = new Date();
      // Receiving the link proves the mailbox, so the address counts as verified from here on.
      const user = await tx.user.update({
        where: { id: userId },
        data: { passwordHash },
        select: { email: true, emailVerifiedAt: true },
      });
      if (!user.emailVerifiedAt) await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: now } });
      // The owner has proved the mailbox and chosen a new password: failed logins against the old one lock nothing.
      await this.throttle.clearAccount(tx, user.email);
      await tx.emailToken.updateMany({
        where: { userId, purpose: 'RESET_PASSWORD', usedAt: null },
        data: { usedAt: now },
      });
      const revoked = await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
      await this.audit.record(tx, {
        organizationId: null,
        actorId: userId,
        action: 'auth.password_reset',
        targetType: 'user',
        targetId: userId,
        ip: request.ip,
        data: { sessionsEnded: revoked.count },
      });
      return true;
    });
    if (!done) throw invalidLink();
  }

  async verifyEmail(token: string, request: FastifyRequest): Promise<void> {
    const keys = [`ip:${request.ip}`];
    await this.throttle.check('verify', keys);
    const done = await this.db.system(async (tx) => {
      const userId = await this.consume(tx, 'VERIFY_EMAIL', token);
      if (!userId) {
        await this.throttle.recordFailure(tx, 'verify', keys);
        return false;
      }
      await tx.user.updateMany({ where: { id: userId, emailVerifiedAt: null }, data: { emailVerifiedAt: new Date() } });
      await this.audit.record(tx, {
        organizationId: null,
        actorId: userId,
        action: 'auth.email_verified',
        targetType: 'user',
        targetId: userId,
        ip: request.ip,
      });
      return true;
    });
    if (!done) throw invalidLink();
  }

  async resendVerification(auth: SignedIn): Promise<AcceptedResponse> {
    const keys = [`account:${auth.userId}`];
    await this.throttle.check('verify', keys);
    const issued = await this.db.system(async (tx) => {
      const user = await tx.user.findUniqueOrThrow({
        where: { id: auth.userId },
        select: { id: true, email: true, locale: true, emailVerifiedAt: true },
      });
      if (user.emailVerifiedAt) throw new ApiError('CONFLICT', 'Your email address is already verified');
      await this.throttle.recordFailure(tx, 'verify', keys);
      return { user, token: await this.issueToken(tx, user.id, 'VERIFY_EMAIL') };
    });
    this.mail.verification(issued.user.email, issued.token, issued.user.locale);
    return {
      accepted: true,
      message: `We have sent a new link to ${issued.user.email}.`,
      mailCaptured: this.mail.captured,
    };
  }

  /** Marks a live token used (at most once, even under concurrent requests) and returns its user. */
  private async consume(tx: Tx, purpose: EmailTokenPurpose, token: string): Promise<string | undefined> {
    const rows = await tx.$queryRaw<{ userId: string }[]>`
      UPDATE "email_token" SET "usedAt" = now()
      WHERE "tokenHash" = ${sha256(token)} AND purpose = ${purpose}::"EmailTokenPurpose" AND "usedAt" IS NULL AND "expiresAt" > now()
      RETURNING "userId"`;
    return rows[0]?.userId;
  }
}

export function invalidLink(): ApiError {
  return new ApiError('BAD_REQUEST', 'This link is invalid, has expired or was already used; ask for a new one', {
    field: 'token',
  });
}
