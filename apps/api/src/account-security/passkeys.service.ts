import { Inject, Injectable } from '@nestjs/common';
import type {
  AuthenticationResponseJSON,
  RegistrationResponseJSON,
  VerifiedAuthenticationResponse,
  VerifiedRegistrationResponse,
} from '@simplewebauthn/server';
import type { FastifyRequest } from 'fastify';
import type { PasskeySummary, WebauthnOptions } from '@waiji/contract';
import { AuditService } from '../audit/audit.service';
import { sha256 } from '../auth/tokens';
import { ThrottleService } from '../auth/throttle.service';
import { ApiError } from '../common/api-error';
import { loadWebauthn } from '../common/lazy';
import { CONFIG, type Config } from '../config/config';
import { TenantDatabase } from '../database/tenant-database';

const CHALLENGE_MINUTES = 5;
const MAX_PASSKEYS = 10;

/** Which ceremony a stored challenge belongs to: one challenge serves exactly one of them, once. */
type Ceremony = 'WEBAUTHN_REGISTER' | 'WEBAUTHN_SECOND_FACTOR' | 'WEBAUTHN_SIGN_IN';

type SignedInUser = { userId: string; email: string; ip: string | undefined };

/**
 * Passkeys (WebAuthn, @simplewebauthn/server): registered by a signed-in user, used as the second factor of a
 * password sign-in, or alone (a discoverable credential with user verification is already two factors: the device
 * and its PIN or biometric). Challenges are random, stored server-side as sha256 for five minutes and consumed by the
 * first response that names them. The relying party is this site: PUBLIC_URL's host, or the host the request was
 * sent to when the page's Origin is that host (the same rule as the Origin check of every write).
 */
@Injectable()
export class PasskeysService {
  private readonly publicOrigin: string;

  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
    private readonly throttle: ThrottleService,
    @Inject(CONFIG) config: Config,
  ) {
    this.publicOrigin = new URL(config.publicUrl).origin;
  }

  async registrationOptions(user: SignedInUser, request: FastifyRequest): Promise<WebauthnOptions> {
    const [existing, { displayName }] = await this.db.system((tx) =>
      Promise.all([
        tx.passkey.findMany({ where: { userId: user.userId }, select: { credentialId: true, transports: true } }),
        tx.user.findUniqueOrThrow({ where: { id: user.userId }, select: { displayName: true } }),
      ]),
    );
    if (existing.length >= MAX_PASSKEYS)
      throw new ApiError('CONFLICT', `You have ${MAX_PASSKEYS} passkeys already; remove one first`);
    const options = await (
      await loadWebauthn()
    ).generateRegistrationOptions({
      rpName: 'Waiji',
      rpID: this.site(request).rpID,
      userName: user.email,
      userDisplayName: displayName,
      userID: new TextEncoder().encode(user.userId),
      attestationType: 'none',
      excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    });
    await this.storeChallenge(options.challenge, 'WEBAUTHN_REGISTER', user.userId);
    return { ...options };
  }

  async register(
    user: SignedInUser,
    name: string,
    response: RegistrationResponseJSON,
    request: FastifyRequest,
    organizationId: string | null,
  ): Promise<PasskeySummary> {
    const site = this.site(request);
    const { verifyRegistrationResponse } = await loadWebauthn();
    let verification: VerifiedRegistrationResponse;
    try {
      verification = await verifyRegistrationResponse({
        response,
        expectedChallenge: (challenge) => this.consumeChallenge(challenge, 'WEBAUTHN_REGISTER', user.userId),
        expectedOrigin: site.origin,
        expectedRPID: site.rpID,
        requireUserVerification: false,
      });
    } catch (error) {
      throw notRegistered(error);
    }
    if (!verification.verified) throw notRegistered();
    const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;
    const row = await this.db.system(async (tx) => {
      const taken = await tx.passkey.findUnique({ where: { credentialId: credential.id }, select: { id: true } });
      if (taken) throw new ApiError('CONFLICT', 'This passkey is registered already');
      const created = await tx.passkey.create({
        data: {
          userId: user.userId,
          credentialId: credential.id,
          publicKey: Buffer.from(credential.publicKey),
          counter: BigInt(credential.counter),
          transports: credential.transports ?? [],
          deviceType: credentialDeviceType,
          backedUp: credentialBackedUp,
          name,
        },
      });
      await this.audit.record(tx, {
        organizationId,
        actorId: user.userId,
        action: 'auth.passkey_added',
        targetType: 'passkey',
        targetId: created.id,
        ip: user.ip,
        data: { name },
      });
      return created;
    });
    return summary(row);
  }

  async remove(user: SignedInUser, passkeyId: string, organizationId: string | null): Promise<void> {
    await this.db.system(async (tx) => {
      const removed = await tx.passkey.deleteMany({ where: { id: passkeyId, userId: user.userId } });
      if (removed.count === 0) throw new ApiError('NOT_FOUND', 'No such passkey');
      await this.audit.record(tx, {
        organizationId,
        actorId: user.userId,
        action: 'auth.passkey_removed',
        targetType: 'passkey',
        targetId: passkeyId,
        ip: user.ip,
      });
    });
  }

  /** Options for the second step of a password sign-in: this user's passkeys only. */
  async secondFactorOptions(userId: string, request: FastifyRequest): Promise<WebauthnOptions> {
    const keys = await this.db.system((tx) =>
      tx.passkey.findMany({ where: { userId }, select: { credentialId: true, transports: true } }),
    );
    if (keys.length === 0) throw new ApiError('CONFLICT', 'This account has no passkey');
    const options = await (
      await loadWebauthn()
    ).generateAuthenticationOptions({
      rpID: this.site(request).rpID,
      allowCredentials: keys.map((k) => ({ id: k.credentialId, transports: k.transports })),
      userVerification: 'preferred',
    });
    await this.storeChallenge(options.challenge, 'WEBAUTHN_SECOND_FACTOR', userId);
    return { ...options };
  }

  /** Options for a password-less sign-in: any discoverable passkey of this site, with user verification. */
  async signInOptions(request: FastifyRequest): Promise<WebauthnOptions> {
    await this.throttle.check('second-factor', [`ip:${request.ip ?? 'unknown'}`]);
    const options = await (
      await loadWebauthn()
    ).generateAuthenticationOptions({
      rpID: this.site(request).rpID,
      userVerification: 'required',
    });
    await this.storeChallenge(options.challenge, 'WEBAUTHN_SIGN_IN', null);
    return { ...options };
  }

  /**
   * Checks an assertion and returns whose passkey it was. For a second factor the passkey must be the pending user's;
   * alone it must have verified the user (PIN or biometric). The signature counter must grow when the authenticator
   * keeps one (a cloned authenticator is refused). Failures count toward the throttle of the user and address.
   */
  async authenticate(
    response: AuthenticationResponseJSON,
    request: FastifyRequest,
    pendingUserId: string | null,
  ): Promise<{ userId: string; passkeyId: string }> {
    const keys = [...(pendingUserId ? [`2fa:${pendingUserId}`] : []), `ip:${request.ip ?? 'unknown'}`];
    await this.throttle.check('second-factor', keys);
    const fail = async (error?: unknown): Promise<never> => {
      await this.db.system((tx) => this.throttle.recordFailure(tx, 'second-factor', keys));
      throw notVerified(error);
    };
    const passkey = await this.db.system((tx) =>
      tx.passkey.findUnique({
        where: { credentialId: response.id },
        select: { id: true, userId: true, publicKey: true, counter: true, transports: true },
      }),
    );
    if (!passkey || (pendingUserId !== null && passkey.userId !== pendingUserId)) return fail();
    const site = this.site(request);
    const ceremony: Ceremony = pendingUserId ? 'WEBAUTHN_SECOND_FACTOR' : 'WEBAUTHN_SIGN_IN';
    const { verifyAuthenticationResponse } = await loadWebauthn();
    let verification: VerifiedAuthenticationResponse;
    try {
      verification = await verifyAuthenticationResponse({
        response,
        expectedChallenge: (challenge) => this.consumeChallenge(challenge, ceremony, pendingUserId),
        expectedOrigin: site.origin,
        expectedRPID: site.rpID,
        credential: {
          id: response.id,
          publicKey: new Uint8Array(passkey.publicKey),
          counter: Number(passkey.counter),
          transports: passkey.transports,
        },
        requireUserVerification: pendingUserId === null,
      });
    } catch (error) {
      return fail(error);
    }
    if (!verification.verified) return fail();
    const { newCounter, credentialBackedUp } = verification.authenticationInfo;
    await this.db.system((tx) =>
      tx.passkey.update({
        where: { id: passkey.id },
        data: { counter: BigInt(newCounter), backedUp: credentialBackedUp, lastUsedAt: new Date() },
      }),
    );
    return { userId: passkey.userId, passkeyId: passkey.id };
  }

  private site(request: FastifyRequest): { origin: string; rpID: string } {
    const origin = request.headers.origin;
    if (typeof origin === 'string' && origin !== this.publicOrigin) {
      try {
        const url = new URL(origin);
        if (url.host === request.headers.host) return { origin: url.origin, rpID: url.hostname };
      } catch {
        // not a URL: fall back to PUBLIC_URL, which then will not match the response's origin
      }
    }
    return { origin: this.publicOrigin, rpID: new URL(this.publicOrigin).hostname };
  }

  private async storeChallenge(challenge: string, purpose: Ceremony, userId: string | null): Promise<void> {
    await this.db.system(async (tx) => {
      await tx.authChallenge.deleteMany({ where: { expiresAt: { lt: new Date() } } });
      await tx.authChallenge.create({
        data: {
          purpose,
          tokenHash: sha256(challenge),
          userId,
          expiresAt: new Date(Date.now() + CHALLENGE_MINUTES * 60_000),
        },
      });
    });
  }

  /** True once for a challenge this site issued for this ceremony (and user), within its five minutes. */
  private async consumeChallenge(challenge: string, purpose: Ceremony, userId: string | null): Promise<boolean> {
    const used = await this.db.system((tx) =>
      tx.authChallenge.updateMany({
        where: { tokenHash: sha256(challenge), purpose, userId, usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      }),
    );
    return used.count === 1;
  }
}

function summary(row: {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  backedUp: boolean;
}): PasskeySummary {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    backedUp: row.backedUp,
  };
}

function notVerified(error?: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('UNAUTHENTICATED', 'The passkey could not be verified; try again', {
    reason: 'PASSKEY_NOT_VERIFIED',
  });
}

function notRegistered(error?: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('BAD_REQUEST', 'The passkey could not be registered; try again', {
    reason: 'PASSKEY_NOT_VERIFIED',
  });
}
