import { Injectable } from '@nestjs/common';
import { API_TOKEN_PREFIX, type ApiTokenScope } from '@waiji/contract';
import { ApiError } from '../common/api-error';
import { DatabasePool } from '../database/prisma.service';
import type { Role } from '../generated/prisma/enums';
import { type AuthContext, hasRole, staffRank } from './auth-context';
import { newToken, sha256 } from './tokens';

type StaffRole = Exclude<Role, 'CLIENT'>;

/** The highest role each scope allows; a token's role is the highest of its scopes'. */
export const scopeRole: Record<ApiTokenScope, StaffRole> = {
  'cases:read': 'VIEWER',
  'cases:write': 'HELPER',
  admin: 'ADMIN',
};

/** A new API token: wj_ + 256 random bits; only its sha256 is stored, its first 11 characters shown in lists. */
export function newApiToken(): { token: string; hash: string; prefix: string } {
  const token = `${API_TOKEN_PREFIX}${newToken()}`;
  return { token, hash: sha256(token), prefix: token.slice(0, API_TOKEN_PREFIX.length + 8) };
}

export function tokenRole(scopes: readonly ApiTokenScope[]): StaffRole {
  return scopes.reduce<StaffRole>(
    (best, scope) => (staffRank[scopeRole[scope]] > staffRank[best] ? scopeRole[scope] : best),
    'VIEWER',
  );
}

/** `Authorization: Bearer wj_…`: the token, or undefined when the request carries none (then the cookie decides). */
export function bearerFrom(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

type TokenRow = {
  id: string;
  userId: string;
  organizationId: string;
  kind: 'PERSONAL' | 'ORGANIZATION';
  scopes: ApiTokenScope[];
  email: string;
  role: Role | null;
  clientId: string | null;
};

/**
 * What a token may not reach whatever its scopes: the account and its sessions (/api/auth/…, all about the signed-in
 * browser) and the tokens themselves (a token must not mint or keep alive other tokens).
 */
export function refusedToTokens(url: string): boolean {
  const path = url.split('?')[0] ?? url;
  return path.startsWith('/api/integrations/tokens') || path.startsWith('/api/auth/');
}

/**
 * Bearer authentication for the guard. A request with `Authorization: Bearer` is decided by its token alone: a
 * session cookie sent with it is ignored (the bearer wins), and no CSRF token is asked for — a browser never
 * attaches this header by itself, and another site cannot add it without a CORS preflight, which is never granted.
 * A personal token acts as its user with the lower of the member's role and the scopes' role, and stops working
 * when the membership ends; an organization token acts with the scopes' role, attributed to the admin who made it.
 * Only `cases:write` or `admin` may change anything (`cases:read` is read-only even on routes viewers may write).
 */
@Injectable()
export class ApiTokenAuth {
  constructor(private readonly pool: DatabasePool) {}

  async authenticate(
    token: string,
    request: { method: string; url: string; ip: string | undefined },
    route: { minRole: StaffRole; writes: boolean },
  ): Promise<AuthContext> {
    const found = token.startsWith(API_TOKEN_PREFIX) ? await this.find(token, request.ip) : undefined;
    if (!found) {
      throw new ApiError('UNAUTHENTICATED', 'The API token is unknown, expired or revoked', {
        reason: 'TOKEN_INVALID',
      });
    }
    if (refusedToTokens(request.url)) {
      throw new ApiError('FORBIDDEN', 'API tokens cannot manage accounts, sessions or tokens; sign in to do that', {
        reason: 'TOKEN_NOT_ALLOWED',
      });
    }
    const scoped = tokenRole(found.scopes);
    let role: StaffRole;
    if (found.kind === 'PERSONAL') {
      if (!found.role || found.role === 'CLIENT') {
        throw new ApiError('UNAUTHENTICATED', 'The API token is unknown, expired or revoked', {
          reason: 'TOKEN_INVALID',
        });
      }
      role = staffRank[found.role] < staffRank[scoped] ? found.role : scoped;
    } else {
      role = scoped;
    }
    const mayWrite = found.scopes.includes('cases:write') || found.scopes.includes('admin');
    if (route.writes && !mayWrite) {
      throw new ApiError('FORBIDDEN', 'This API token is read-only (scope cases:read); it cannot change anything', {
        reason: 'TOKEN_SCOPE',
        scopes: found.scopes,
      });
    }
    if (!hasRole(role, route.minRole)) {
      const reason =
        found.kind === 'PERSONAL' && found.role && !hasRole(found.role, route.minRole) ? 'ROLE' : 'TOKEN_SCOPE';
      throw new ApiError('FORBIDDEN', `Needs the ${route.minRole} role or higher; this token acts as ${role}`, {
        reason,
        scopes: found.scopes,
      });
    }
    return {
      userId: found.userId,
      email: found.email,
      sessionId: `token:${found.id}`,
      organizationId: found.organizationId,
      role,
      clientId: null,
      ip: request.ip,
    };
  }

  /** One prepared statement (migration 20261202190000): the live token with its user's role, lastUsedAt touched at most once a minute. */
  private async find(token: string, ip: string | undefined): Promise<TokenRow | undefined> {
    const result = await this.pool.query<TokenRow>({
      name: 'waiji_find_api_token',
      text: 'SELECT * FROM waiji_find_api_token($1, $2)',
      values: [sha256(token), ip ?? null],
    });
    return result.rows[0];
  }
}
