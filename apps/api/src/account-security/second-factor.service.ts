import { randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type {
  AccountSecurityResponse,
  SecondFactorMethod,
  SecondFactorRequiredDetails,
  TotpSetupResponse,
} from '@waiji/contract';
import { AuditService } from '../audit/audit.service';
import { readCookie, serializeCookie } from '../auth/cookies';
import { newToken, sha256 } from '../auth/tokens';
import { ThrottleService } from '../auth/throttle.service';
import { PassportCipher } from '../clients/passport-cipher';
import { ApiError } from '../common/api-error';
import { loadOtplib, loadQrcode } from '../common/lazy';
import { CONFIG, type Config } from '../config/config';
import { TenantDatabase, type Tx } from '../database/tenant-database';

/** The short-lived cookie of a sign-in whose password was right and whose second factor is still to come. */
export const PENDING_COOKIE = 'waiji_2fa';
/** "Remember this device": no second factor on this browser for 30 days. */
export const DEVICE_COOKIE = 'waiji_device';
const PENDING_MINUTES = 10;
const DEVICE_DAYS = 30;
const RECOVERY_CODES = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
/** ±1 time step of 30 s around now: a phone clock a little off still works. */
const TOTP_TOLERANCE_SECONDS = 30;

export type PendingKind = 'SECOND_FACTOR' | 'ENROL';
export type PendingSignIn = { id: string; userId: string; kind: PendingKind };
type Requirement = { organizationName: string; deadline: Date };

type SignedInUser = { userId: string; ip: string | undefined };

/**
 * The second factor of an account: authenticator-app codes (TOTP, RFC 6238, the secret encrypted at rest and each
 * accepted time step remembered so a code works once), ten single-use recovery codes (sha256, like every other token
 * here), remembered devices, and the pending sign-in between a right password and the factor. Also the organizations'
 * rule "staff must use a second factor", which the gate applies at sign-in.
 */
@Injectable()
export class SecondFactorService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
    private readonly throttle: ThrottleService,
    private readonly cipher: PassportCipher,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  // ─── The gate at sign-in ─────────────────────────────────────────────────────────────────────────────────────

  /**
   * Called by every password sign-in once the password was right, before a session exists. Returns when the user
   * may have a session now; otherwise sets the pending cookie and throws the 401 that asks for the factor (or for
   * enrolment, when an organization requires a factor and this user's grace period is over).
   */
  async gate(userId: string, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const factors = await this.factorsOf(userId);
    if (factors.length > 0) {
      if (await this.rememberedDevice(userId, request)) return;
      await this.startPending(userId, 'SECOND_FACTOR', request, reply);
      throw new ApiError('UNAUTHENTICATED', 'Enter the code from your authenticator app or use your passkey', {
        reason: 'SECOND_FACTOR_REQUIRED',
        methods: factors,
      } satisfies SecondFactorRequiredDetails);
    }
    const requirement = await this.requirementOf(userId);
    if (!requirement || requirement.deadline.getTime() > Date.now()) return;
    await this.startPending(userId, 'ENROL', request, reply);
    throw new ApiError(
      'UNAUTHENTICATED',
      `${requirement.organizationName} requires two-step verification: set it up to continue`,
      {
        reason: 'ENROLMENT_REQUIRED',
        methods: [],
        deadline: requirement.deadline.toISOString(),
      } satisfies SecondFactorRequiredDetails,
    );
  }

  /** The factors a user can finish a sign-in with (recovery codes only alongside an app). */
  async factorsOf(userId: string): Promise<SecondFactorMethod[]> {
    const [totp, passkeys] = await this.db.system((tx) =>
      Promise.all([
        tx.userTotp.findFirst({ where: { userId, confirmedAt: { not: null } }, select: { userId: true } }),
        tx.passkey.count({ where: { userId } }),
      ]),
    );
    const methods: SecondFactorMethod[] = [];
    if (totp) methods.push('totp', 'recovery');
    if (passkeys > 0) methods.push('passkey');
    return methods;
  }

  /**
   * The earliest end of a grace period among the organizations that require a second factor of this user as
   * staff (a portal client is never required to); undefined when none does. The period runs from when the rule
   * began or from when the user joined, whichever is later.
   */
  async requirementOf(userId: string): Promise<Requirement | undefined> {
    const rows = await this.db.system((tx) =>
      tx.membership.findMany({
        where: { userId, role: { not: 'CLIENT' }, organization: { security: { requireStaff2fa: true } } },
        select: {
          createdAt: true,
          organization: { select: { name: true, security: { select: { requiredSince: true, graceDays: true } } } },
        },
      }),
    );
    let earliest: Requirement | undefined;
    for (const row of rows) {
      const security = row.organization.security;
      if (!security) continue;
      const since = Math.max(security.requiredSince?.getTime() ?? 0, row.createdAt.getTime());
      const deadline = new Date(since + security.graceDays * 86_400_000);
      if (!earliest || deadline < earliest.deadline) earliest = { organizationName: row.organization.name, deadline };
    }
    return earliest;
  }

  private async startPending(
    userId: string,
    kind: PendingKind,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<void> {
    const token = newToken();
    await this.db.system(async (tx) => {
      await tx.authChallenge.deleteMany({ where: { expiresAt: { lt: new Date() } } });
      await tx.authChallenge.create({
        data: {
          purpose: 'SIGN_IN',
          tokenHash: sha256(token),
          userId,
          data: { kind, ip: request.ip ?? null },
          expiresAt: new Date(Date.now() + PENDING_MINUTES * 60_000),
        },
      });
    });
    this.writeCookie(reply, PENDING_COOKIE, token, PENDING_MINUTES * 60);
  }

  /** The pending sign-in of this browser, or 401 when there is none (expired, used or never started). */
  async pending(request: FastifyRequest, kinds: PendingKind[]): Promise<PendingSignIn> {
    const token = readCookie(request.headers.cookie, PENDING_COOKIE);
    const row = token
      ? await this.db.system((tx) =>
          tx.authChallenge.findFirst({
            where: { tokenHash: sha256(token), purpose: 'SIGN_IN', usedAt: null, expiresAt: { gt: new Date() } },
            select: { id: true, userId: true, data: true },
          }),
        )
      : null;
    const kind = (row?.data as { kind?: PendingKind } | undefined)?.kind;
    if (!row?.userId || !kind || !kinds.includes(kind))
      throw new ApiError('UNAUTHENTICATED', 'Your sign-in has expired; enter your email and password again', {
        reason: 'NO_PENDING_SIGN_IN',
      });
    return { id: row.id, userId: row.userId, kind };
  }

  /** Ends a pending sign-in (once its factor passed): it cannot finish a second time. */
  async finishPending(pending: PendingSignIn, reply: FastifyReply): Promise<void> {
    const used = await this.db.system((tx) =>
      tx.authChallenge.updateMany({ where: { id: pending.id, usedAt: null }, data: { usedAt: new Date() } }),
    );
    this.writeCookie(reply, PENDING_COOKIE, '', 0);
    if (used.count !== 1) throw new ApiError('UNAUTHENTICATED', 'This sign-in was already finished');
  }

  /**
   * Checks a code or recovery code for a pending sign-in, throttled per user and per address like a password
   * (hard hourly limits: 10 failures per account, 30 per address); failures are counted and audited.
   */
  async verifyForSignIn(
    pending: PendingSignIn,
    input: { code?: string | undefined; recoveryCode?: string | undefined },
    request: FastifyRequest,
  ): Promise<'totp' | 'recovery'> {
    const keys = this.keysFor(pending.userId, request.ip);
    await this.throttle.check('second-factor', keys);
    const method = input.code !== undefined ? 'totp' : 'recovery';
    const ok =
      input.code !== undefined
        ? await this.acceptTotp(pending.userId, input.code)
        : await this.useRecoveryCode(pending.userId, input.recoveryCode ?? '');
    if (ok) return method;
    await this.db.system(async (tx) => {
      await this.throttle.recordFailure(tx, 'second-factor', keys);
      await this.auditInOrganizations(tx, pending.userId, 'auth.second_factor_failed', request.ip, { method });
    });
    throw new ApiError(
      'UNAUTHENTICATED',
      method === 'totp' ? 'That code is not right (or was already used)' : 'That recovery code is not right',
      { reason: 'WRONG_SECOND_FACTOR' },
    );
  }

  keysFor(userId: string, ip: string | undefined): string[] {
    return [`2fa:${userId}`, `ip:${ip ?? 'unknown'}`];
  }

  // ─── Authenticator app (TOTP) ────────────────────────────────────────────────────────────────────────────────

  /** A new secret (replacing one never confirmed); 409 while a confirmed one exists (turn it off first). */
  async setupTotp(userId: string): Promise<TotpSetupResponse> {
    const { generateSecret, generateURI } = await loadOtplib();
    const secret = generateSecret();
    const email = await this.db.system(async (tx) => {
      const existing = await tx.userTotp.findUnique({ where: { userId }, select: { confirmedAt: true } });
      if (existing?.confirmedAt)
        throw new ApiError('CONFLICT', 'Two-step verification is already on; turn it off first to change the app');
      const secretEnc = this.cipher.encrypt(secret, totpAad(userId));
      await tx.userTotp.upsert({
        where: { userId },
        create: { userId, secretEnc },
        update: { secretEnc, lastUsedStep: 0, createdAt: new Date() },
      });
      return (await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } })).email;
    });
    const otpauthUrl = generateURI({ issuer: 'Waiji', label: email, secret });
    const svg = await (
      await loadQrcode()
    ).default.toString(otpauthUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    return { secret, otpauthUrl, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
  }

  /** The first right code turns the app on and gives the ten recovery codes (shown once). */
  async confirmTotp(user: SignedInUser, code: string, organizationId: string | null): Promise<string[]> {
    const keys = this.keysFor(user.userId, user.ip);
    await this.throttle.check('second-factor', keys);
    const row = await this.db.system((tx) =>
      tx.userTotp.findUnique({ where: { userId: user.userId }, select: { confirmedAt: true } }),
    );
    if (!row) throw new ApiError('CONFLICT', 'Start the set-up first');
    if (row.confirmedAt) throw new ApiError('CONFLICT', 'Two-step verification is already on');
    if (!(await this.acceptTotp(user.userId, code, true))) {
      await this.db.system((tx) => this.throttle.recordFailure(tx, 'second-factor', keys));
      throw new ApiError('VALIDATION_FAILED', 'That code is not right; check the app and try again', {
        fields: { code: 'is not the current code of your app' },
      });
    }
    return this.db.system(async (tx) => {
      await tx.userTotp.update({ where: { userId: user.userId }, data: { confirmedAt: new Date() } });
      const codes = await this.replaceRecoveryCodes(tx, user.userId);
      await this.audit.record(tx, {
        organizationId,
        actorId: user.userId,
        action: 'auth.totp_enabled',
        targetType: 'user',
        targetId: user.userId,
        ip: user.ip,
      });
      return codes;
    });
  }

  /** Turning the app off needs a current code (a session left open is not enough); recovery codes go with it. */
  async disableTotp(user: SignedInUser, code: string, organizationId: string | null): Promise<void> {
    await this.requireCurrentCode(user, code);
    await this.db.system(async (tx) => {
      await tx.userTotp.delete({ where: { userId: user.userId } });
      await tx.recoveryCode.deleteMany({ where: { userId: user.userId } });
      await this.audit.record(tx, {
        organizationId,
        actorId: user.userId,
        action: 'auth.totp_disabled',
        targetType: 'user',
        targetId: user.userId,
        ip: user.ip,
      });
    });
  }

  /** A new set of ten recovery codes (the old set stops working); needs a current code. */
  async regenerateRecoveryCodes(user: SignedInUser, code: string, organizationId: string | null): Promise<string[]> {
    await this.requireCurrentCode(user, code);
    return this.db.system(async (tx) => {
      const codes = await this.replaceRecoveryCodes(tx, user.userId);
      await this.audit.record(tx, {
        organizationId,
        actorId: user.userId,
        action: 'auth.recovery_codes_regenerated',
        targetType: 'user',
        targetId: user.userId,
        ip: user.ip,
      });
      return codes;
    });
  }

  private async requireCurrentCode(user: SignedInUser, code: string): Promise<void> {
    const keys = this.keysFor(user.userId, user.ip);
    await this.throttle.check('second-factor', keys);
    const on = await this.db.system((tx) =>
      tx.userTotp.findFirst({ where: { userId: user.userId, confirmedAt: { not: null } }, select: { userId: true } }),
    );
    if (!on) throw new ApiError('CONFLICT', 'Two-step verification with an app is not on');
    if (await this.acceptTotp(user.userId, code)) return;
    await this.db.system((tx) => this.throttle.recordFailure(tx, 'second-factor', keys));
    throw new ApiError('VALIDATION_FAILED', 'That code is not right (or was already used)', {
      fields: { code: 'is not the current code of your app' },
    });
  }

  /**
   * Whether `code` is the app's code within ±1 step and newer than the last accepted one; accepting records its step
   * in the same statement that checks it, so two requests with one code cannot both pass.
   */
  private async acceptTotp(userId: string, code: string, unconfirmed = false): Promise<boolean> {
    const row = await this.db.system((tx) =>
      tx.userTotp.findUnique({ where: { userId }, select: { secretEnc: true, confirmedAt: true, lastUsedStep: true } }),
    );
    if (!row || (row.confirmedAt === null) !== unconfirmed) return false;
    const secret = this.cipher.decrypt(row.secretEnc, totpAad(userId));
    const { verify } = await loadOtplib();
    let timeStep: number;
    try {
      const result = await verify({
        secret,
        token: code,
        epochTolerance: TOTP_TOLERANCE_SECONDS,
        afterTimeStep: row.lastUsedStep,
      });
      if (!result.valid || !('timeStep' in result)) return false;
      timeStep = result.timeStep;
    } catch {
      return false;
    }
    const claimed = await this.db.system((tx) =>
      tx.userTotp.updateMany({
        where: { userId, lastUsedStep: { lt: timeStep } },
        data: { lastUsedStep: timeStep },
      }),
    );
    return claimed.count === 1;
  }

  // ─── Recovery codes ──────────────────────────────────────────────────────────────────────────────────────────

  private async replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
    const codes = Array.from({ length: RECOVERY_CODES }, () => newRecoveryCode());
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.recoveryCode.createMany({
      data: codes.map((code) => ({ userId, codeHash: sha256(normaliseRecoveryCode(code)) })),
    });
    return codes;
  }

  /** At most once: the code is marked used by the statement that finds it. */
  private async useRecoveryCode(userId: string, code: string): Promise<boolean> {
    const used = await this.db.system((tx) =>
      tx.recoveryCode.updateMany({
        where: { userId, codeHash: sha256(normaliseRecoveryCode(code)), usedAt: null },
        data: { usedAt: new Date() },
      }),
    );
    return used.count === 1;
  }

  // ─── Remembered devices ──────────────────────────────────────────────────────────────────────────────────────

  async rememberDevice(userId: string, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const token = newToken();
    await this.db.system(async (tx) => {
      await tx.trustedDevice.deleteMany({ where: { userId, expiresAt: { lt: new Date() } } });
      await tx.trustedDevice.create({
        data: {
          userId,
          tokenHash: sha256(token),
          userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
          expiresAt: new Date(Date.now() + DEVICE_DAYS * 86_400_000),
        },
      });
    });
    this.writeCookie(reply, DEVICE_COOKIE, token, DEVICE_DAYS * 86_400);
  }

  private async rememberedDevice(userId: string, request: FastifyRequest): Promise<boolean> {
    const token = readCookie(request.headers.cookie, DEVICE_COOKIE);
    if (!token) return false;
    const touched = await this.db.system((tx) =>
      tx.trustedDevice.updateMany({
        where: { userId, tokenHash: sha256(token), expiresAt: { gt: new Date() } },
        data: { lastUsedAt: new Date() },
      }),
    );
    return touched.count === 1;
  }

  async forgetDevices(user: SignedInUser, reply: FastifyReply): Promise<number> {
    const removed = await this.db.system(async (tx) => {
      const result = await tx.trustedDevice.deleteMany({ where: { userId: user.userId } });
      await this.audit.record(tx, {
        organizationId: null,
        actorId: user.userId,
        action: 'auth.devices_forgotten',
        ip: user.ip,
        data: { count: result.count },
      });
      return result.count;
    });
    this.writeCookie(reply, DEVICE_COOKIE, '', 0);
    return removed;
  }

  // ─── What the user sees ──────────────────────────────────────────────────────────────────────────────────────

  async status(userId: string): Promise<AccountSecurityResponse> {
    const [totp, recoveryCodesLeft, passkeys, rememberedDevices] = await this.db.system((tx) =>
      Promise.all([
        tx.userTotp.findFirst({ where: { userId, confirmedAt: { not: null } }, select: { userId: true } }),
        tx.recoveryCode.count({ where: { userId, usedAt: null } }),
        tx.passkey.findMany({
          where: { userId },
          orderBy: { createdAt: 'asc' },
          select: { id: true, name: true, createdAt: true, lastUsedAt: true, backedUp: true },
        }),
        tx.trustedDevice.count({ where: { userId, expiresAt: { gt: new Date() } } }),
      ]),
    );
    const hasFactor = totp !== null || passkeys.length > 0;
    const requirement = hasFactor ? undefined : await this.requirementOf(userId);
    return {
      totp: totp !== null,
      recoveryCodesLeft,
      passkeys: passkeys.map((p) => ({
        id: p.id,
        name: p.name,
        createdAt: p.createdAt.toISOString(),
        lastUsedAt: p.lastUsedAt?.toISOString() ?? null,
        backedUp: p.backedUp,
      })),
      rememberedDevices,
      requirement: requirement
        ? {
            organizationName: requirement.organizationName,
            deadline: requirement.deadline.toISOString(),
            overdue: requirement.deadline.getTime() <= Date.now(),
          }
        : null,
    };
  }

  /** An audit row in each organization of the user (their admins see attacks on their members). */
  async auditInOrganizations(
    tx: Tx,
    userId: string,
    action: string,
    ip: string | undefined,
    data: Record<string, string> = {},
  ): Promise<void> {
    const memberships = await tx.membership.findMany({ where: { userId }, select: { organizationId: true } });
    const organizations = memberships.length > 0 ? memberships.map((m) => m.organizationId) : [null];
    for (const organizationId of organizations) {
      await this.audit.record(tx, { organizationId, actorId: userId, action, ip, data });
    }
  }

  writeCookie(reply: FastifyReply, name: string, value: string, maxAgeSeconds: number): void {
    void reply.header(
      'set-cookie',
      serializeCookie(name, value, {
        httpOnly: true,
        sameSite: name === DEVICE_COOKIE ? 'Lax' : 'Strict',
        secure: this.config.session.cookieSecure,
        path: '/api/auth',
        maxAgeSeconds,
      }),
    );
  }
}

/** The associated data that binds an encrypted secret to its user (a copied ciphertext does not decrypt). */
function totpAad(userId: string): string {
  return `totp:${userId}`;
}

function newRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export function normaliseRecoveryCode(code: string): string {
  return code.replace(/[\s-]+/g, '').toLowerCase();
}
