import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AcceptedResponse, LoginRequest, MeResponse, SignupRequest } from '@waiji/contract';
import { ApiError } from '../common/api-error';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { AuditService } from '../audit/audit.service';
import { AccountMail } from './account-mail';
import { SecondFactorService } from '../account-security/second-factor.service';
import { AccountService } from './account.service';
import { hashPassword, verifyPassword } from './passwords';
import { SessionService } from './session.service';
import { csrfTokenFor, sha256 } from './tokens';
import { loginKeys, ThrottleService } from './throttle.service';

type SignedIn = { userId: string; sessionId: string; ip: string | undefined };

@Injectable()
export class AuthService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly throttle: ThrottleService,
    private readonly account: AccountService,
    private readonly mail: AccountMail,
    private readonly secondFactor: SecondFactorService,
  ) {}

  /**
   * The same answer (202, the same body), the same throttle and about the same time whether or not the address has
   * an account (audit finding: sign-up revealed registered emails). A new address gets an account that cannot sign
   * in until the emailed link confirms it (else "sign up, then sign in with the same password" would tell); a taken
   * address gets an email to its owner instead, or a fresh confirmation link if it was never confirmed.
   */
  async signup(input: SignupRequest, request: FastifyRequest): Promise<AcceptedResponse> {
    const keys = [`account:${input.email}`, `ip:${request.ip}`];
    await this.throttle.check('signup', keys);
    // Hashed on both paths, so a taken address does not answer sooner.
    const passwordHash = await hashPassword(input.password);
    const outcome = await this.db.system(async (tx): Promise<{ locale: string; verification?: string }> => {
      // Every sign-up counts toward the throttle, so its 429 does not tell either.
      await this.throttle.recordFailure(tx, 'signup', keys);
      const existing = await tx.user.findUnique({
        where: { email: input.email },
        select: { id: true, locale: true, emailVerifiedAt: true },
      });
      if (existing) {
        await this.audit.record(tx, {
          organizationId: null,
          actorId: null,
          action: 'auth.signup_existing',
          targetType: 'user',
          targetId: existing.id,
          ip: request.ip,
        });
        if (existing.emailVerifiedAt) return { locale: existing.locale };
        return {
          locale: existing.locale,
          verification: await this.account.issueToken(tx, existing.id, 'VERIFY_EMAIL'),
        };
      }
      const user = await tx.user.create({
        data: { email: input.email, displayName: input.displayName, passwordHash, locale: input.locale ?? 'en' },
      });
      const organization = await tx.organization.create({
        data: { name: input.organizationName ?? input.displayName, kind: input.kind },
      });
      await tx.membership.create({ data: { organizationId: organization.id, userId: user.id, role: 'OWNER' } });
      await this.audit.record(tx, {
        organizationId: organization.id,
        actorId: user.id,
        action: 'auth.signup',
        ip: request.ip,
        data: { kind: input.kind },
      });
      return { locale: user.locale, verification: await this.account.issueToken(tx, user.id, 'VERIFY_EMAIL') };
    });
    // Mail leaves after the response on both paths.
    if (outcome.verification) this.mail.verification(input.email, outcome.verification, outcome.locale);
    else this.mail.signupWithTakenAddress(input.email, outcome.locale);
    return signupAccepted(input.email, this.mail.captured);
  }

  async login(input: LoginRequest, request: FastifyRequest, reply: FastifyReply): Promise<MeResponse> {
    const user = await this.checkPassword(input.email, input.password, request);
    if (!user) throw wrongEmailOrPassword();
    const keys = loginKeys(input.email, request.ip);
    if (!user.emailVerifiedAt) {
      // The right password of an unconfirmed account answers exactly as a wrong one (and counts as one): else
      // signing up an address and then signing in with the same password would tell whether it was taken. The
      // owner gets a fresh confirmation link instead (at most as often as the resend button may send one).
      const verification = await this.db.system(async (tx) => {
        await this.throttle.recordLoginFailure(tx, keys);
        const resendKeys = [`account:${user.id}`];
        if (await this.throttle.isOver('verify', resendKeys)) return undefined;
        await this.throttle.recordFailure(tx, 'verify', resendKeys);
        return this.account.issueToken(tx, user.id, 'VERIFY_EMAIL');
      });
      if (verification) this.mail.verification(input.email, verification, user.locale);
      throw wrongEmailOrPassword();
    }
    await this.db.system((tx) => this.throttle.forgivePair(tx, keys));
    // A second factor (account-security/): throws the 401 that asks for it, with a pending sign-in, unless this
    // account has none and need not have one yet, or this device is remembered.
    await this.secondFactor.gate(user.id, request, reply);
    return this.startSession(user.id, request, reply, { action: 'auth.login' });
  }

  /**
   * The end of every sign-in (password, password + second factor, passkey, SSO): a new session in the given or the
   * user's last organization, the session cookie, the audit row. A session token presented before is never reused.
   */
  async startSession(
    userId: string,
    request: FastifyRequest,
    reply: FastifyReply,
    audit: { action: string; data?: Record<string, string> },
    organizationId?: string,
  ): Promise<MeResponse> {
    const previous = this.sessions.tokenFrom(request);
    const token = await this.db.system(async (tx) => {
      if (previous)
        await tx.session.updateMany({
          where: { tokenHash: sha256(previous), revokedAt: null },
          data: { revokedAt: new Date() },
        });
      const memberOf = await tx.membership.findMany({
        where: { userId },
        select: { organizationId: true },
        orderBy: { createdAt: 'asc' },
      });
      const organization =
        organizationId ??
        (await this.lastOrganization(
          tx,
          userId,
          memberOf.map((m) => m.organizationId),
        ));
      const created = await this.sessions.create(tx, userId, organization, request);
      await tx.user.update({ where: { id: userId }, data: { lastLoginAt: new Date() } });
      await this.audit.record(tx, {
        organizationId: organization,
        actorId: userId,
        action: audit.action,
        ip: request.ip,
        ...(audit.data ? { data: audit.data } : {}),
      });
      return created.token;
    });
    this.sessions.setCookie(reply, token);
    return this.meForToken(token);
  }

  /**
   * The one password check of an account (login, and an invitation accepted by an existing account): throttled
   * per (account, address), per address and per account with back-off, where the account's back-off spares an
   * address this user has signed in from before; a failure is counted, audited in each organization of the account
   * (its owners and admins see attacks on their members), and the owner is emailed once when the account's
   * back-off begins. Returns the user, or undefined for a wrong email or password.
   */
  async checkPassword(
    email: string,
    password: string,
    request: FastifyRequest,
    auditData: Record<string, string> = {},
  ) {
    const keys = loginKeys(email, request.ip);
    const user = await this.db.system((tx) =>
      tx.user.findUnique({
        where: { email },
        select: {
          id: true,
          locale: true,
          passwordHash: true,
          emailVerifiedAt: true,
          memberships: { select: { organizationId: true }, orderBy: { createdAt: 'asc' } },
        },
      }),
    );
    // A place this user has signed in from before: a session was ever created from this address (ended or not).
    const signedInHereBefore = async () =>
      user !== null &&
      (await this.db.system((tx) => tx.session.count({ where: { userId: user.id, ip: request.ip } }))) > 0;
    await this.throttle.checkLogin(keys, signedInHereBefore);
    // Verified even for an unknown address (against a dummy hash), so the time taken does not tell either.
    const ok = await verifyPassword(user?.passwordHash, password);
    if (ok && user) return user;
    const tellOwner = await this.db.system(async (tx) => {
      const entersBackoff = await this.throttle.recordLoginFailure(tx, keys);
      const organizations = user?.memberships.map((m) => m.organizationId) ?? [];
      for (const organizationId of organizations.length > 0 ? organizations : [null]) {
        await this.audit.record(tx, {
          organizationId,
          actorId: user?.id ?? null,
          action: 'auth.login_failed',
          ip: request.ip,
          data: { email, ...auditData },
        });
      }
      return entersBackoff;
    });
    if (tellOwner && user) this.mail.signInAttempts(email, user.locale);
    return undefined;
  }

  async logout(auth: SignedIn, reply: FastifyReply): Promise<void> {
    await this.db.system((tx) => tx.session.update({ where: { id: auth.sessionId }, data: { revokedAt: new Date() } }));
    this.sessions.clearCookie(reply);
  }

  async logoutEverywhere(auth: SignedIn, reply: FastifyReply): Promise<{ revoked: number }> {
    const result = await this.db.system(async (tx) => {
      const revoked = await tx.session.updateMany({
        where: { userId: auth.userId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      await this.audit.record(tx, {
        organizationId: null,
        actorId: auth.userId,
        action: 'auth.logout_everywhere',
        ip: auth.ip,
        data: { revoked: revoked.count },
      });
      return revoked;
    });
    this.sessions.clearCookie(reply);
    return { revoked: result.count };
  }

  /** Switching organization is a privilege change: the old session ends and a new token is issued. */
  async switchOrganization(
    auth: SignedIn,
    organizationId: string,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<MeResponse> {
    const token = await this.db.system(async (tx) => {
      const membership = await tx.membership.findUnique({
        where: { organizationId_userId: { organizationId, userId: auth.userId } },
        select: { id: true },
      });
      if (!membership) throw new ApiError('NOT_FOUND', 'No such organization');
      await tx.session.update({ where: { id: auth.sessionId }, data: { revokedAt: new Date() } });
      return (await this.sessions.create(tx, auth.userId, organizationId, request)).token;
    });
    this.sessions.setCookie(reply, token);
    return this.meForToken(token);
  }

  async me(request: FastifyRequest): Promise<MeResponse> {
    const token = this.sessions.tokenFrom(request);
    if (!token) throw new ApiError('UNAUTHENTICATED', 'Sign in first');
    return this.meForToken(token);
  }

  /** What /auth/me answers for the session of this token (also after sign-in, sign-up and accepting an invitation). */
  async meForToken(token: string): Promise<MeResponse> {
    const session = await this.sessions.find(token);
    if (!session) throw new ApiError('UNAUTHENTICATED', 'Sign in first');
    return this.db.system(async (tx) => {
      const user = await tx.user.findUniqueOrThrow({
        where: { id: session.userId },
        select: {
          id: true,
          email: true,
          displayName: true,
          locale: true,
          emailVerifiedAt: true,
          memberships: {
            select: { role: true, organization: { select: { id: true, name: true, kind: true, timezone: true } } },
            orderBy: { createdAt: 'asc' },
          },
        },
      });
      const current = user.memberships.find((m) => m.organization.id === session.organizationId);
      return {
        user: {
          id: user.id,
          email: user.email,
          displayName: user.displayName,
          locale: user.locale,
          emailVerified: user.emailVerifiedAt !== null,
        },
        organization: current ? current.organization : null,
        role: session.role,
        clientId: session.clientId,
        memberships: user.memberships.map((m) => ({
          organizationId: m.organization.id,
          organizationName: m.organization.name,
          kind: m.organization.kind,
          role: m.role,
        })),
        csrfToken: csrfTokenFor(token),
      };
    });
  }

  private async lastOrganization(tx: Tx, userId: string, memberOf: string[]): Promise<string | null> {
    if (memberOf.length === 0) return null;
    const last = await tx.session.findFirst({
      where: { userId, organizationId: { in: memberOf } },
      orderBy: { createdAt: 'desc' },
      select: { organizationId: true },
    });
    return last?.organizationId ?? memberOf[0] ?? null;
  }
}

function wrongEmailOrPassword(): ApiError {
  return new ApiError('UNAUTHENTICATED', 'Wrong email or password');
}

/** The one answer to a sign-up, whether the address was new, taken or taken but never confirmed. */
export function signupAccepted(email: string, mailCaptured: boolean): AcceptedResponse {
  return {
    accepted: true,
    message: `We have sent an email to ${email}. Open the link in it to continue.`,
    mailCaptured,
  };
}
