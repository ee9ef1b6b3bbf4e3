import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CONFIG, type Config } from '../config/config';
import type { Role } from '../generated/prisma/enums';
import { ApiError } from '../common/api-error';
import { hasRole } from './auth-context';
import {
  ALLOW_CLIENT_KEY,
  CROSS_SITE_KEY,
  MIN_ROLE_KEY,
  NO_ORGANIZATION_KEY,
  PUBLIC_KEY,
  PUBLIC_UPLOAD_KEY,
  type RequestWithAuth,
} from './auth.decorators';
import { ApiTokenAuth, bearerFrom } from './api-tokens';
import { SessionService } from './session.service';
import { csrfTokenFor, safeEqual } from './tokens';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Global guard: every route needs a live session unless marked @Public(); state-changing requests need the
 * session's CSRF token in `x-csrf-token`; the role check follows @MinRole / @AllowClient.
 *
 * Public state-changing routes (sign-up, login, password reset, invitations) have no session to derive a token
 * from, so they are kept from other sites another way: the body must be JSON (an HTML form can only send
 * urlencoded, multipart or text/plain, and a cross-site JSON request needs a CORS preflight we never grant) and an
 * Origin header, when the browser sends one, must be this site's. Without that, a page elsewhere could post the
 * attacker's credentials to /api/auth/login and sign its visitor into the attacker's account (login CSRF).
 * The Origin check also covers signed-in writes, as a second line behind the CSRF token.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly publicOrigin: string;

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly apiTokens: ApiTokenAuth,
    @Inject(CONFIG) config: Config,
  ) {
    this.publicOrigin = new URL(config.publicUrl).origin;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<RequestWithAuth>();
    const writes = !SAFE_METHODS.has(request.method);
    const crossSite = this.reflector.getAllAndOverride<boolean>(CROSS_SITE_KEY, targets) ?? false;
    if (writes && !crossSite) this.checkOrigin(request);
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) {
      const upload = this.reflector.getAllAndOverride<boolean>(PUBLIC_UPLOAD_KEY, targets) === true;
      if (writes && !crossSite && !isJson(request) && !(upload && isMultipart(request))) {
        throw new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as JSON (content-type: application/json)', {
          reason: 'JSON_REQUIRED',
        });
      }
      return true;
    }
    const bearer = bearerFrom(request.headers.authorization);
    if (bearer !== undefined) {
      // API tokens (auth/api-tokens.ts): the bearer decides, no cookie and no CSRF token.
      const minRole = this.reflector.getAllAndOverride<Exclude<Role, 'CLIENT'>>(MIN_ROLE_KEY, targets) ?? 'VIEWER';
      request.auth = await this.apiTokens.authenticate(bearer, request, { minRole, writes });
      request.authPartial = request.auth;
      return true;
    }
    const token = this.sessions.tokenFrom(request);
    if (!token) throw new ApiError('UNAUTHENTICATED', 'Sign in first');
    const session = await this.sessions.find(token);
    if (!session) {
      this.sessions.clearCookie(context.switchToHttp().getResponse<FastifyReply>());
      throw new ApiError('UNAUTHENTICATED', 'Your session has ended; sign in again');
    }
    if (writes) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, csrfTokenFor(token))) {
        throw new ApiError(
          'FORBIDDEN',
          'Missing or wrong CSRF token (send the x-csrf-token header from /api/auth/me)',
          { reason: 'CSRF' },
        );
      }
    }
    const base = { userId: session.userId, email: session.email, sessionId: session.id, ip: request.ip };
    if (!session.organizationId || !session.role) {
      if (this.reflector.getAllAndOverride<boolean>(NO_ORGANIZATION_KEY, targets)) {
        request.authPartial = base;
        return true;
      }
      throw new ApiError('FORBIDDEN', 'You are not a member of an organization', { reason: 'NO_ORGANIZATION' });
    }
    request.auth = { ...base, organizationId: session.organizationId, role: session.role, clientId: session.clientId };
    request.authPartial = base;
    const minRole = this.reflector.getAllAndOverride<Exclude<Role, 'CLIENT'>>(MIN_ROLE_KEY, targets) ?? 'VIEWER';
    if (session.role === 'CLIENT') {
      if (
        this.reflector.getAllAndOverride<boolean>(ALLOW_CLIENT_KEY, targets) ||
        this.reflector.getAllAndOverride<boolean>(NO_ORGANIZATION_KEY, targets)
      )
        return true;
      throw new ApiError('FORBIDDEN', 'Clients cannot use this', { reason: 'ROLE' });
    }
    if (!hasRole(session.role, minRole))
      throw new ApiError('FORBIDDEN', `Needs the ${minRole} role or higher`, { reason: 'ROLE' });
    return true;
  }

  /** An Origin header, when present, must be PUBLIC_URL's origin or the host the request was sent to. */
  private checkOrigin(request: FastifyRequest): void {
    const origin = request.headers.origin;
    if (origin === undefined) return;
    if (origin === this.publicOrigin) return;
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      host = undefined; // "null" (sandboxed frames, some redirects) and anything unparsable: not this site
    }
    if (host !== undefined && host === request.headers.host) return;
    throw new ApiError(
      'FORBIDDEN',
      'Cross-origin request refused: this site only accepts state-changing requests from its own pages',
      { reason: 'CROSS_ORIGIN' },
    );
  }
}

function isMultipart(request: FastifyRequest): boolean {
  const type = request.headers['content-type'];
  return typeof type === 'string' && /^multipart\/form-data\s*;/i.test(type);
}

function isJson(request: FastifyRequest): boolean {
  const type = request.headers['content-type'];
  return typeof type === 'string' && /^application\/json\s*(;|$)/i.test(type);
}
