import { Inject, Injectable, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type * as OpenId from 'openid-client';
import type { SsoConfigRequest, SsoConfigResponse, SsoError, SsoOrganizationResponse } from '@waiji/contract';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { readCookie, serializeCookie } from '../auth/cookies';
import { newToken, sha256 } from '../auth/tokens';
import { PassportCipher } from '../clients/passport-cipher';
import { ApiError } from '../common/api-error';
import { loadOpenIdClient } from '../common/lazy';
import { CONFIG, type Config } from '../config/config';
import { TenantDatabase, type Tx } from '../database/tenant-database';

const STATE_MINUTES = 10;
const DISCOVERY_CACHE_MS = 10 * 60_000;
/** Ties the OIDC round trip to the browser that started it (no login CSRF through a stolen callback URL). */
export const SSO_COOKIE = 'waiji_sso';
export const SSO_CALLBACK_PATH = '/api/auth/sso/callback';

type StoredState = { organizationId: string; codeVerifier: string; nonce: string; binding: string };

/** A failed SSO sign-in: the browser goes back to the sign-in page with this code. */
export class SsoFailure extends Error {
  constructor(
    readonly code: SsoError,
    message: string,
  ) {
    super(message);
  }
}

/**
 * OpenID Connect sign-in per organization (openid-client 6): authorization code flow with PKCE (S256), state and
 * nonce, each state single use and ten minutes long, bound to the browser by a cookie. openid-client validates the
 * ID token: signature against the provider's keys, issuer, audience (our client id), expiry and the nonce. Then the
 * organization's rules: an email of an allowed domain that the provider does not call unverified; the identity
 * (issuer + subject) is linked to the user of that email, or a new user when just-in-time membership is on, and a
 * first sign-in makes them a member with the default role. An account that belongs to another organization is never
 * signed in by SSO (see linkIdentity). The client secret is encrypted at rest.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('OidcService');
  private readonly discovered = new Map<string, { at: number; config: Promise<OpenId.Configuration> }>();
  private readonly publicOrigin: string;
  private readonly allowHttp: boolean;

  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
    private readonly cipher: PassportCipher,
    @Inject(CONFIG) private readonly config: Config,
  ) {
    this.publicOrigin = new URL(config.publicUrl).origin;
    // A provider on plain http is for development and tests only (an oidc-provider on 127.0.0.1).
    this.allowHttp = config.env !== 'production';
  }

  get redirectUri(): string {
    return `${this.publicOrigin}${SSO_CALLBACK_PATH}`;
  }

  // ─── Settings (admins) ───────────────────────────────────────────────────────────────────────────────────────

  async getConfig(auth: AuthContext): Promise<SsoConfigResponse> {
    const row = await this.db.run(auth, (tx) =>
      tx.organizationSso.findUnique({ where: { organizationId: auth.organizationId } }),
    );
    return {
      configured: row !== null,
      enabled: row?.enabled ?? false,
      issuer: row?.issuer ?? '',
      clientId: row?.clientId ?? '',
      hasClientSecret: row !== null,
      allowedDomains: row?.allowedDomains ?? [],
      defaultRole: (row?.defaultRole as SsoConfigResponse['defaultRole'] | undefined) ?? 'VIEWER',
      jitMembership: row?.jitMembership ?? true,
      redirectUri: this.redirectUri,
      signInUrl: `${this.publicOrigin}/sign-in?sso=${auth.organizationId}`,
    };
  }

  /** Saved only when the issuer's discovery document can be read (a typo is told at once, not at sign-in). */
  async saveConfig(auth: AuthContext, input: SsoConfigRequest): Promise<SsoConfigResponse> {
    const existing = await this.db.run(auth, (tx) =>
      tx.organizationSso.findUnique({
        where: { organizationId: auth.organizationId },
        select: { clientSecretEnc: true },
      }),
    );
    if (!existing && !input.clientSecret)
      throw new ApiError('VALIDATION_FAILED', 'Enter the client secret', { fields: { clientSecret: 'is required' } });
    const issuer = input.issuer.replace(/\/+$/, '');
    if (!this.allowHttp && !issuer.startsWith('https://'))
      throw new ApiError('VALIDATION_FAILED', 'The issuer must be an https:// URL', {
        fields: { issuer: 'must be https' },
      });
    const secret =
      input.clientSecret ?? this.cipher.decrypt(existing?.clientSecretEnc ?? '', ssoAad(auth.organizationId));
    try {
      this.discovered.delete(`${issuer}|${input.clientId}`);
      await this.discover(issuer, input.clientId, secret);
    } catch (error) {
      this.discovered.delete(`${issuer}|${input.clientId}`);
      throw new ApiError('DOMAIN_RULE', `Could not read ${issuer}/.well-known/openid-configuration`, {
        reason: 'SSO_DISCOVERY_FAILED',
        field: 'issuer',
        cause: error instanceof Error ? error.message.slice(0, 200) : 'unknown',
      });
    }
    const data = {
      enabled: input.enabled,
      issuer,
      clientId: input.clientId,
      clientSecretEnc: this.cipher.encrypt(secret, ssoAad(auth.organizationId)),
      allowedDomains: [...new Set(input.allowedDomains)],
      defaultRole: input.defaultRole,
      jitMembership: input.jitMembership,
    };
    await this.db.run(auth, async (tx) => {
      await tx.organizationSso.upsert({
        where: { organizationId: auth.organizationId },
        create: { organizationId: auth.organizationId, ...data },
        update: data,
      });
      await this.audit.recordBy(tx, auth, {
        action: 'organization.sso_changed',
        targetType: 'organization',
        targetId: auth.organizationId,
        data: {
          enabled: input.enabled,
          issuer,
          clientId: input.clientId,
          secretChanged: input.clientSecret !== undefined,
          allowedDomains: data.allowedDomains,
          defaultRole: input.defaultRole,
          jitMembership: input.jitMembership,
        },
      });
    });
    return this.getConfig(auth);
  }

  async removeConfig(auth: AuthContext): Promise<void> {
    await this.db.run(auth, async (tx) => {
      const removed = await tx.organizationSso.deleteMany({ where: { organizationId: auth.organizationId } });
      if (removed.count === 0) throw new ApiError('NOT_FOUND', 'Single sign-on is not set up');
      await this.audit.recordBy(tx, auth, {
        action: 'organization.sso_removed',
        targetType: 'organization',
        targetId: auth.organizationId,
      });
    });
  }

  // ─── The sign-in page ────────────────────────────────────────────────────────────────────────────────────────

  async organization(organizationId: string): Promise<SsoOrganizationResponse> {
    const row = await this.db.system((tx) =>
      tx.organizationSso.findFirst({
        where: { organizationId, enabled: true },
        select: { organization: { select: { id: true, name: true } } },
      }),
    );
    if (!row) throw new ApiError('NOT_FOUND', 'This organization has no single sign-on');
    return { organizationId: row.organization.id, organizationName: row.organization.name };
  }

  /** The organization whose single sign-on covers this address's domain. */
  async discoverByEmail(email: string): Promise<SsoOrganizationResponse> {
    const domain = email.slice(email.lastIndexOf('@') + 1);
    const row = await this.db.system((tx) =>
      tx.organizationSso.findFirst({
        where: { enabled: true, allowedDomains: { has: domain } },
        orderBy: { createdAt: 'asc' },
        select: { organization: { select: { id: true, name: true } } },
      }),
    );
    if (!row) throw new ApiError('NOT_FOUND', 'No organization signs in people of this domain with single sign-on');
    return { organizationId: row.organization.id, organizationName: row.organization.name };
  }

  /** Where to send the browser: the provider's authorization endpoint, with a fresh state, nonce and PKCE challenge. */
  async start(organizationId: string, reply: FastifyReply): Promise<string> {
    const row = await this.enabledConfig(organizationId);
    const config = await this.discover(row.issuer, row.clientId, this.secretOf(row, organizationId));
    const oidc = await loadOpenIdClient();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const binding = newToken();
    await this.db.system(async (tx) => {
      await tx.authChallenge.deleteMany({ where: { expiresAt: { lt: new Date() } } });
      await tx.authChallenge.create({
        data: {
          purpose: 'OIDC',
          tokenHash: sha256(state),
          organizationId,
          data: { organizationId, codeVerifier, nonce, binding: sha256(binding) } satisfies StoredState,
          expiresAt: new Date(Date.now() + STATE_MINUTES * 60_000),
        },
      });
    });
    this.writeCookie(reply, binding, STATE_MINUTES * 60);
    return oidc
      .buildAuthorizationUrl(config, {
        redirect_uri: this.redirectUri,
        scope: 'openid email profile',
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      })
      .toString();
  }

  /**
   * The provider sent the browser back. Returns the signed-in user and organization, or throws SsoFailure. The
   * state is consumed first, so a callback URL works once (a replayed code, state or nonce is refused).
   */
  async callback(request: FastifyRequest, reply: FastifyReply): Promise<{ userId: string; organizationId: string }> {
    const currentUrl = new URL(request.url, this.publicOrigin);
    const state = currentUrl.searchParams.get('state');
    const binding = readCookie(request.headers.cookie, SSO_COOKIE);
    this.writeCookie(reply, '', 0);
    if (currentUrl.searchParams.get('error'))
      throw new SsoFailure('SSO_FAILED', `The provider answered ${currentUrl.searchParams.get('error')}`);
    if (!state) throw new SsoFailure('SSO_FAILED', 'No state in the callback');
    const claimed = await this.db.system(async (tx) => {
      const row = await tx.authChallenge.findFirst({
        where: { tokenHash: sha256(state), purpose: 'OIDC' },
        select: { id: true, data: true, usedAt: true, expiresAt: true },
      });
      if (!row) return undefined;
      const used = await tx.authChallenge.updateMany({
        where: { id: row.id, usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
      });
      return used.count === 1 ? (row.data as StoredState) : null;
    });
    if (claimed === undefined) throw new SsoFailure('SSO_FAILED', 'Unknown state');
    if (claimed === null) throw new SsoFailure('SSO_EXPIRED', 'This sign-in link was used or has expired');
    if (!binding || sha256(binding) !== claimed.binding)
      throw new SsoFailure('SSO_FAILED', 'The sign-in was started in another browser');
    const organizationId = claimed.organizationId;
    const row = await this.enabledConfig(organizationId);
    const config = await this.discover(row.issuer, row.clientId, this.secretOf(row, organizationId));
    const oidc = await loadOpenIdClient();
    let claims: OpenId.IDToken;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: claimed.codeVerifier,
        expectedState: state,
        expectedNonce: claimed.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) throw new Error('no ID token');
      claims = idClaims;
    } catch (error) {
      this.logger.warn(`OIDC sign-in to ${organizationId} refused: ${error instanceof Error ? error.message : error}`);
      throw new SsoFailure('SSO_FAILED', 'The provider’s answer could not be verified');
    }
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
    const domain = email.includes('@') ? email.slice(email.lastIndexOf('@') + 1) : '';
    if (!email || !row.allowedDomains.includes(domain)) {
      await this.db.run({ organizationId }, (tx) =>
        this.audit.record(tx, {
          organizationId,
          actorId: null,
          action: 'auth.sso_refused',
          ip: request.ip,
          data: { reason: 'DOMAIN_NOT_ALLOWED', email, subject: claims.sub },
        }),
      );
      throw new SsoFailure('SSO_DOMAIN_NOT_ALLOWED', 'This address’s domain may not sign in here');
    }
    if (claims.email_verified === false)
      throw new SsoFailure('SSO_EMAIL_UNVERIFIED', 'The provider says this address is not verified');
    const displayName =
      (typeof claims.name === 'string' && claims.name.trim().slice(0, 100)) || email.slice(0, email.indexOf('@'));
    const userId = await this.db.system((tx) =>
      this.linkIdentity(tx, {
        organizationId,
        issuer: claims.iss,
        subject: claims.sub,
        email,
        displayName,
        jit: row.jitMembership,
        defaultRole: row.defaultRole,
        ip: request.ip,
      }),
    );
    return { userId, organizationId };
  }

  private async linkIdentity(
    tx: Tx,
    input: {
      organizationId: string;
      issuer: string;
      subject: string;
      email: string;
      displayName: string;
      jit: boolean;
      defaultRole: 'OWNER' | 'ADMIN' | 'HELPER' | 'VIEWER' | 'CLIENT';
      ip: string | undefined;
    },
  ): Promise<string> {
    const identity = await tx.ssoIdentity.findUnique({
      where: { issuer_subject: { issuer: input.issuer, subject: input.subject } },
      select: { id: true, userId: true },
    });
    let userId = identity?.userId;
    if (!userId) {
      const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (existing) userId = existing.id;
      else if (input.jit) {
        const created = await tx.user.create({
          data: { email: input.email, displayName: input.displayName, emailVerifiedAt: new Date() },
          select: { id: true },
        });
        userId = created.id;
      } else throw new SsoFailure('SSO_NOT_A_MEMBER', 'You are not a member of this organization');
    }
    // An organization's provider vouches for its own people only: an account that belongs to any other organization
    // (or a personal one) is never signed in by it, else an admin who runs their own provider and allows a domain
    // could sign in as someone of that domain and switch into their other organizations.
    const elsewhere = await tx.membership.count({ where: { userId, organizationId: { not: input.organizationId } } });
    if (elsewhere > 0)
      throw new SsoFailure(
        'SSO_ACCOUNT_ELSEWHERE',
        'This address has a Waiji account in another organization: sign in with its password',
      );
    const membership = await tx.membership.findUnique({
      where: { organizationId_userId: { organizationId: input.organizationId, userId } },
      select: { id: true },
    });
    if (!membership) {
      if (!input.jit) throw new SsoFailure('SSO_NOT_A_MEMBER', 'You are not a member of this organization');
      await tx.membership.create({
        data: { organizationId: input.organizationId, userId, role: input.defaultRole },
      });
      await this.audit.record(tx, {
        organizationId: input.organizationId,
        actorId: userId,
        action: 'member.joined_by_sso',
        targetType: 'user',
        targetId: userId,
        ip: input.ip,
        data: { role: input.defaultRole, issuer: input.issuer },
      });
    }
    if (identity) {
      await tx.ssoIdentity.update({
        where: { id: identity.id },
        data: { lastLoginAt: new Date(), email: input.email },
      });
    } else {
      await tx.ssoIdentity.create({
        data: {
          organizationId: input.organizationId,
          issuer: input.issuer,
          subject: input.subject,
          userId,
          email: input.email,
          lastLoginAt: new Date(),
        },
      });
    }
    return userId;
  }

  private async enabledConfig(organizationId: string) {
    const row = await this.db.system((tx) =>
      tx.organizationSso.findFirst({ where: { organizationId, enabled: true } }),
    );
    if (!row) throw new SsoFailure('SSO_FAILED', 'This organization has no single sign-on');
    return row;
  }

  private secretOf(row: { clientSecretEnc: string }, organizationId: string): string {
    return this.cipher.decrypt(row.clientSecretEnc, ssoAad(organizationId));
  }

  /** The provider's metadata, read once per ten minutes per (issuer, client). */
  private discover(issuer: string, clientId: string, secret: string): Promise<OpenId.Configuration> {
    const key = `${issuer}|${clientId}`;
    const cached = this.discovered.get(key);
    if (cached && Date.now() - cached.at < DISCOVERY_CACHE_MS) return cached.config;
    const config = loadOpenIdClient().then((oidc) =>
      oidc.discovery(
        new URL(issuer),
        clientId,
        secret,
        undefined,
        this.allowHttp && issuer.startsWith('http://') ? { execute: [oidc.allowInsecureRequests] } : undefined,
      ),
    );
    config.catch(() => this.discovered.delete(key));
    this.discovered.set(key, { at: Date.now(), config });
    return config;
  }

  private writeCookie(reply: FastifyReply, value: string, maxAgeSeconds: number): void {
    void reply.header(
      'set-cookie',
      serializeCookie(SSO_COOKIE, value, {
        httpOnly: true,
        // Lax: the provider's redirect back is a top-level navigation from another site.
        sameSite: 'Lax',
        secure: this.config.session.cookieSecure,
        path: '/api/auth/sso',
        maxAgeSeconds,
      }),
    );
  }
}

/** The associated data that binds an encrypted client secret to its organization and purpose. */
function ssoAad(organizationId: string): string {
  return `sso:${organizationId}`;
}
