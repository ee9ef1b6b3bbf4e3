import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LoginRequest, MeResponse, SignupRequest } from '@waiji/contract';
import { ApiError } from '../common/api-error';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { AuditService } from '../audit/audit.service';
import { AccountMail } from './account-mail';
import { AccountService } from './account.service';
import { hashPassword, verifyPassword } from './passwords';
import { SessionService } from './session.service';
import { csrfTokenFor, sha256 } from './tokens';
import { ThrottleService } from './throttle.service';

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
  ) {}

  async signup(input: SignupRequest, request: FastifyRequest, reply: FastifyReply): Promise<MeResponse> {
    const keys = [`account:${input.email}`, `ip:${request.ip}`];
    await this.throttle.check('signup', keys);
    const passwordHash = await hashPassword(input.password);
    const created = await this.db.system(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (existing) {
        await this.throttle.recordFailure(tx, 'signup', keys);
        return undefined;
      }
      const user = await tx.user.create({
        data: { email: input.email, displayName: input.displayName, passwordHash, locale: input.locale ?? 'en' },
      });
      const organization = await tx.organization.create({
        data: { name: input.organizationName ?? input.displayName, kind: input.kind },
      });
      await tx.membership.create({ data: { organizationId: organization.id, userId: user.id, role: 'OWNER' } });
      await this.audit.record(tx, { organizationId: organization.id, actorId: user.id, action: 'auth.signup', ip: request.ip, data: { kind: input.kind } });
      const { token } = await this.sessions.create(tx, user.id, organization.id, request);
      return { token, verification: await this.account.issueToken(tx, user.id, 'VERIFY_EMAIL'), locale: user.locale };
    });
    // Same answer shape and status whether or not the address is taken would leak nothing, but a sign-up form
    // must say why it failed; the throttle bounds enumeration through this message.
    if (!created) throw new ApiError('CONFLICT', 'An account with this email already exists; sign in or reset your password', { field: 'email' });
    this.mail.verification(input.email, created.verification, created.locale);
    this.sessions.setCookie(reply, created.token);
    return this.meForToken(created.token);
  }

  async login(input: LoginRequest, request: FastifyRequest, reply: FastifyReply): Promise<MeResponse> {
    const keys = [`account:${input.email}`, `ip:${request.ip}`];
    await this.throttle.check('login', keys);
    const user = await this.db.system((tx) =>
      tx.user.findUnique({
        where: { email: input.email },
        select: { id: true, passwordHash: true, memberships: { select: { organizationId: true }, orderBy: { createdAt: 'asc' } } },
      }),
    );
    const ok = await verifyPassword(user?.passwordHash, input.password);
    if (!ok || !user) {
      await this.db.system(async (tx) => {
        await this.throttle.recordFailure(tx, 'login', keys);
        // Recorded in each organization of the account, so its owners and admins see attacks on their members.
        const organizations = user?.memberships.map((m) => m.organizationId) ?? [];
        for (const organizationId of organizations.length > 0 ? organizations : [null]) {
          await this.audit.record(tx, { organizationId, actorId: user?.id ?? null, action: 'auth.login_failed', ip: request.ip, data: { email: input.email } });
        }
      });
      throw new ApiError('UNAUTHENTICATED', 'Wrong email or password');
    }
    const previous = this.sessions.tokenFrom(request);
    const token = await this.db.system(async (tx) => {
      // A session token presented before login is never reused: revoke it and issue a new one.
      if (previous) await tx.session.updateMany({ where: { tokenHash: sha256(previous), revokedAt: null }, data: { revokedAt: new Date() } });
      const organizationId = await this.lastOrganization(tx, user.id, user.memberships.map((m) => m.organizationId));
      const created = await this.sessions.create(tx, user.id, organizationId, request);
      await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
      await this.audit.record(tx, { organizationId, actorId: user.id, action: 'auth.login', ip: request.ip });
      return created.token;
    });
    this.sessions.setCookie(reply, token);
    return this.meForToken(token);
  }

  async logout(auth: SignedIn, reply: FastifyReply): Promise<void> {
    await this.db.system((tx) => tx.session.update({ where: { id: auth.sessionId }, data: { revokedAt: new Date() } }));
    this.sessions.clearCookie(reply);
  }

  async logoutEverywhere(auth: SignedIn, reply: FastifyReply): Promise<{ revoked: number }> {
    const result = await this.db.system(async (tx) => {
      const revoked = await tx.session.updateMany({ where: { userId: auth.userId, revokedAt: null }, data: { revokedAt: new Date() } });
      await this.audit.record(tx, { organizationId: null, actorId: auth.userId, action: 'auth.logout_everywhere', ip: auth.ip, data: { revoked: revoked.count } });
      return revoked;
    });
    this.sessions.clearCookie(reply);
    return { revoked: result.count };
  }

  /** Switching organization is a privilege change: the old session ends and a new token is issued. */
  async switchOrganization(auth: SignedIn, organizationId: string, request: FastifyRequest, reply: FastifyReply): Promise<MeResponse> {
    const token = await this.db.system(async (tx) => {
      const membership = await tx.membership.findUnique({ where: { organizationId_userId: { organizationId, userId: auth.userId } }, select: { id: true } });
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
          memberships: { select: { role: true, organization: { select: { id: true, name: true, kind: true, timezone: true } } }, orderBy: { createdAt: 'asc' } },
        },
      });
      const current = user.memberships.find((m) => m.organization.id === session.organizationId);
      return {
        user: { id: user.id, email: user.email, displayName: user.displayName, locale: user.locale, emailVerified: user.emailVerifiedAt !== null },
        organization: current ? current.organization : null,
        role: session.role,
        clientId: session.clientId,
        memberships: user.memberships.map((m) => ({ organizationId: m.organization.id, organizationName: m.organization.name, kind: m.organization.kind, role: m.role })),
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
