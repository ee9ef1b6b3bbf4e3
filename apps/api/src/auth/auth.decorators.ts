import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Role } from '../generated/prisma/enums';
import { ApiError } from '../common/api-error';
import type { AuthContext } from './auth-context';

export const PUBLIC_KEY = 'waiji:public';
export const MIN_ROLE_KEY = 'waiji:minRole';
export const ALLOW_CLIENT_KEY = 'waiji:allowClient';
export const NO_ORGANIZATION_KEY = 'waiji:noOrganization';
export const CROSS_SITE_KEY = 'waiji:crossSite';
export const PUBLIC_UPLOAD_KEY = 'waiji:publicUpload';

/** No session needed (sign-up, login, health, token links). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * A public route that takes a file as multipart/form-data (the Alipay helper's screenshot reader): exempt from the
 * JSON-only rule, which stops login CSRF and matters only for routes that change who is signed in; the Origin check
 * still applies, and the route rate-limits itself.
 */
export const PublicUpload = () => applyDecorators(Public(), SetMetadata(PUBLIC_UPLOAD_KEY, true));

/**
 * A public route that other sites and mail programs may POST to as a plain form (the one-click unsubscribe of
 * RFC 8058): exempt from the JSON-only and Origin checks that keep login CSRF out of the other public routes.
 */
export const CrossSiteForm = () => SetMetadata(CROSS_SITE_KEY, true);

/** Staff members of at least this role; the default for a route without it is VIEWER (read-only staff). */
export const MinRole = (role: Exclude<Role, 'CLIENT'>) => SetMetadata(MIN_ROLE_KEY, role);

/** CLIENT portal users may call this route too (the service must limit them to their own client). */
export const AllowClient = () => SetMetadata(ALLOW_CLIENT_KEY, true);

/** A signed-in user without any organization may call this (e.g. /auth/me, logout). */
export const AllowWithoutOrganization = () => SetMetadata(NO_ORGANIZATION_KEY, true);

export type RequestWithAuth = FastifyRequest & {
  auth?: AuthContext;
  authPartial?: Omit<AuthContext, 'organizationId' | 'role' | 'clientId'>;
};

export const Auth = createParamDecorator((_data: unknown, context: ExecutionContext): AuthContext => {
  const request = context.switchToHttp().getRequest<RequestWithAuth>();
  if (!request.auth) throw new ApiError('UNAUTHENTICATED', 'Sign in first');
  return request.auth;
});
