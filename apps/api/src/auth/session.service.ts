import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CONFIG, type Config } from '../config/config';
import { DatabasePool } from '../database/prisma.service';
import type { Tx } from '../database/tenant-database';
import type { Role } from '../generated/prisma/enums';
import { newToken, sha256 } from './tokens';
import { readCookie, serializeCookie } from './cookies';

export const SESSION_COOKIE = 'waiji_session';

export type SessionRow = {
  id: string;
  userId: string;
  organizationId: string | null;
  email: string;
  role: Role | null;
  clientId: string | null;
  lastSeenAt: Date;
};

@Injectable()
export class SessionService {
  constructor(
    private readonly pool: DatabasePool,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** A fresh token every time: at login, at privilege change, at organization switch (no fixation). */
  async create(
    tx: Tx,
    userId: string,
    organizationId: string | null,
    request: FastifyRequest,
  ): Promise<{ token: string; sessionId: string }> {
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.config.session.absoluteHours * 3_600_000);
    const session = await tx.session.create({
      data: {
        tokenHash: sha256(token),
        userId,
        organizationId,
        expiresAt,
        ip: request.ip,
        userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
      },
      select: { id: true },
    });
    return { token, sessionId: session.id };
  }

  /**
   * Finds a live session (not revoked, within idle and absolute limits) with the caller's role in its organization,
   * touching it at most once a minute. One prepared statement on the pool: this runs on every signed-in request,
   * and the function (migration 20261121000500) runs as waiji_system, the cross-tenant role the lookup needs.
   */
  async find(token: string): Promise<SessionRow | undefined> {
    const result = await this.pool.query<SessionRow>({
      name: 'waiji_find_session',
      text: 'SELECT * FROM waiji_find_session($1, $2)',
      values: [sha256(token), this.config.session.idleMinutes],
    });
    return result.rows[0];
  }

  tokenFrom(request: FastifyRequest): string | undefined {
    return readCookie(request.headers.cookie, SESSION_COOKIE);
  }

  setCookie(reply: FastifyReply, token: string): void {
    this.writeCookie(reply, token, this.config.session.absoluteHours * 3600);
  }

  clearCookie(reply: FastifyReply): void {
    this.writeCookie(reply, '', 0);
  }

  private writeCookie(reply: FastifyReply, value: string, maxAgeSeconds: number): void {
    void reply.header(
      'set-cookie',
      serializeCookie(SESSION_COOKIE, value, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: this.config.session.cookieSecure,
        path: '/',
        maxAgeSeconds,
      }),
    );
  }
}
