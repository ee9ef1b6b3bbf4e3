import { Injectable } from '@nestjs/common';
import {
  type ApiToken,
  type ApiTokenKind,
  type ApiTokenList,
  type ApiTokenScope,
  type CreateApiTokenRequest,
  type CreatedApiToken,
  createApiTokenRequest,
} from '@waiji/contract';
import { AuditService } from '../audit/audit.service';
import { type AuthContext, hasRole } from '../auth/auth-context';
import { newApiToken, scopeRole } from '../auth/api-tokens';
import { ApiError } from '../common/api-error';
import { TenantDatabase, type Tx } from '../database/tenant-database';

type TokenRow = {
  id: string;
  name: string;
  kind: ApiTokenKind;
  prefix: string;
  scopes: ApiTokenScope[];
  userId: string;
  userName: string | null;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
};

function toItem(row: TokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    prefix: row.prefix,
    scopes: row.scopes,
    userId: row.userId,
    userName: row.userName ?? '',
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

const SELECT = `SELECT t.id, t.name, t.kind, t.prefix, t.scopes, t."userId", u."displayName" AS "userName", t."expiresAt",
         t."lastUsedAt", t."revokedAt", t."createdAt"
    FROM "api_token" t LEFT JOIN "user" u ON u.id = t."userId"`;

/**
 * API tokens of an organization. Everyone on the staff may hold personal tokens up to their own role; admins make
 * organization tokens, see every token of the organization and may revoke any. Creation and revocation are audited.
 */
@Injectable()
export class ApiTokensService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly audit: AuditService,
  ) {}

  list(auth: AuthContext): Promise<ApiTokenList> {
    const admin = hasRole(auth.role, 'ADMIN');
    return this.db.run(
      auth,
      async (tx) => {
        const { rows } = await tx.sql.query<TokenRow>(
          `${SELECT} WHERE t."organizationId" = $1 AND ($2 OR (t.kind = 'PERSONAL' AND t."userId" = $3))
            ORDER BY t."revokedAt" IS NOT NULL, t."createdAt" DESC LIMIT 500`,
          [auth.organizationId, admin, auth.userId],
        );
        return { items: rows.map(toItem) };
      },
      { readOnly: true },
    );
  }

  create(auth: AuthContext, body: CreateApiTokenRequest): Promise<CreatedApiToken> {
    const input = createApiTokenRequest.parse(body);
    if (auth.role === 'CLIENT') throw new ApiError('FORBIDDEN', 'Clients cannot hold API tokens', { reason: 'ROLE' });
    if (input.kind === 'ORGANIZATION' && !hasRole(auth.role, 'ADMIN'))
      throw new ApiError('FORBIDDEN', 'Only admins make organization tokens', { reason: 'ROLE' });
    const beyond = input.scopes.find((scope) => !hasRole(auth.role, scopeRole[scope]));
    if (beyond)
      throw new ApiError('FORBIDDEN', `Your role cannot grant the ${beyond} scope`, {
        reason: 'ROLE',
        field: 'scopes',
      });
    const { token, hash, prefix } = newApiToken();
    const expiresAt = input.expiresInDays === null ? null : new Date(Date.now() + input.expiresInDays * 24 * 3_600_000);
    return this.db.run(auth, async (tx) => {
      const { rows } = await tx.sql.query<{ id: string }>(
        `INSERT INTO "api_token" ("organizationId", "userId", kind, name, prefix, "tokenHash", scopes, "expiresAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7::text[], $8) RETURNING id`,
        [auth.organizationId, auth.userId, input.kind, input.name, prefix, hash, input.scopes, expiresAt],
      );
      const id = rows[0]?.id ?? '';
      await this.audit.recordBy(tx, auth, {
        action: 'api_token.created',
        targetType: 'api_token',
        targetId: id,
        data: {
          name: input.name,
          kind: input.kind,
          scopes: input.scopes,
          prefix,
          expiresAt: expiresAt?.toISOString() ?? null,
        },
      });
      return { token, item: toItem(await this.load(tx, auth, id)) };
    });
  }

  revoke(auth: AuthContext, id: string): Promise<ApiToken> {
    return this.db.run(auth, async (tx) => {
      const found = await this.load(tx, auth, id);
      const own = found.kind === 'PERSONAL' && found.userId === auth.userId;
      if (!own && !hasRole(auth.role, 'ADMIN')) throw new ApiError('NOT_FOUND', 'No such API token');
      if (found.revokedAt) return toItem(found);
      await tx.sql.query(`UPDATE "api_token" SET "revokedAt" = now(), "revokedById" = $2 WHERE id = $1`, [
        id,
        auth.userId,
      ]);
      await this.audit.recordBy(tx, auth, {
        action: 'api_token.revoked',
        targetType: 'api_token',
        targetId: id,
        data: { name: found.name, kind: found.kind, prefix: found.prefix, ownerId: found.userId },
      });
      return toItem(await this.load(tx, auth, id));
    });
  }

  private async load(tx: Tx, auth: AuthContext, id: string): Promise<TokenRow> {
    const { rows } = await tx.sql.query<TokenRow>(`${SELECT} WHERE t."organizationId" = $1 AND t.id = $2`, [
      auth.organizationId,
      id,
    ]);
    const row = rows[0];
    if (!row) throw new ApiError('NOT_FOUND', 'No such API token');
    return row;
  }
}
