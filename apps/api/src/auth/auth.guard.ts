import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import type { Role } from '../generated/prisma/enums';
import { ApiError } from '../common/api-error';
import { hasRole } from './auth-context';
import { ALLOW_CLIENT_KEY, MIN_ROLE_KEY, NO_ORGANIZATION_KEY, PUBLIC_KEY, type RequestWithAuth } from './auth.decorators';
import { SessionService } from './session.service';
import { csrfTokenFor, safeEqual } from './tokens';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Global guard: every route needs a live session unless marked @Public(); state-changing requests need the
 * session's CSRF token in `x-csrf-token`; the role check follows @MinRole / @AllowClient.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<RequestWithAuth>();
    const token = this.sessions.tokenFrom(request);
    if (!token) throw new ApiError('UNAUTHENTICATED', 'Sign in first');
    const session = await this.sessions.find(token);
    if (!session) {
      this.sessions.clearCookie(context.switchToHttp().getResponse<FastifyReply>());
      throw new ApiError('UNAUTHENTICATED', 'Your session has ended; sign in again');
    }
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, csrfTokenFor(token))) {
        throw new ApiError('FORBIDDEN', 'Missing or wrong CSRF token (send the x-csrf-token header from /api/auth/me)', { reason: 'CSRF' });
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
      if (this.reflector.getAllAndOverride<boolean>(ALLOW_CLIENT_KEY, targets) || this.reflector.getAllAndOverride<boolean>(NO_ORGANIZATION_KEY, targets)) return true;
      throw new ApiError('FORBIDDEN', 'Clients cannot use this', { reason: 'ROLE' });
    }
    if (!hasRole(session.role, minRole)) throw new ApiError('FORBIDDEN', `Needs the ${minRole} role or higher`, { reason: 'ROLE' });
    return true;
  }
}
