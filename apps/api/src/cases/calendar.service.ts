import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { caseTypeLabels, reminderKindLabel } from '@waiji/domain';
import type { CalendarStatusResponse, CalendarTokenResponse } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { ApiError } from '../common/api-error';
import { CONFIG, type Config } from '../config/config';
import { TenantDatabase } from '../database/tenant-database';
import { calendar } from './ics';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

type FeedRow = {
  id: string;
  kind: string;
  due: Date;
  reason: string | null;
  caseId: string;
  type: keyof typeof caseTypeLabels;
  passportName: string;
  organizationName: string;
};

/**
 * A per-user secret ICS feed of the pending reminders of their cases (assigned to them; in a personal
 * organization, unassigned ones too). Only the token's hash is stored; creating a new one revokes the old.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async status(auth: AuthContext): Promise<CalendarStatusResponse> {
    const user = await this.db.run({ organizationId: auth.organizationId }, (tx) =>
      tx.user.findUnique({ where: { id: auth.userId }, select: { calendarTokenHash: true } }),
    );
    return { active: Boolean(user?.calendarTokenHash) };
  }

  async createToken(auth: AuthContext): Promise<CalendarTokenResponse> {
    const token = randomBytes(32).toString('base64url');
    await this.db.run({ organizationId: auth.organizationId }, (tx) =>
      tx.user.update({ where: { id: auth.userId }, data: { calendarTokenHash: sha256(token) } }),
    );
    return { url: `${this.config.publicUrl}/api/calendar/${token}.ics` };
  }

  async revoke(auth: AuthContext): Promise<void> {
    await this.db.run({ organizationId: auth.organizationId }, (tx) =>
      tx.user.update({ where: { id: auth.userId }, data: { calendarTokenHash: null } }),
    );
  }

  /** The feed for a token (cross-organization by design: the token names a user, not an organization). */
  async feed(file: string): Promise<string> {
    const match = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(file);
    if (!match?.[1]) throw new ApiError('NOT_FOUND', 'No such calendar');
    const hash = sha256(match[1]);
    const now = new Date();
    const rows = await this.db.system(async (tx) => {
      const user = await tx.user.findUnique({ where: { calendarTokenHash: hash }, select: { id: true } });
      if (!user) return null;
      return tx.$queryRaw<FeedRow[]>`
        SELECT r.id, r.kind, coalesce(r."snoozedUntil", r."dueAt") AS due, r.reason, c.id AS "caseId", c.type, cl."passportName", o.name AS "organizationName"
        FROM "membership" m
        JOIN "organization" o ON o.id = m."organizationId"
        JOIN "case" c ON c."organizationId" = m."organizationId" AND c."archivedAt" IS NULL
          AND (c."assigneeId" = m."userId" OR (c."assigneeId" IS NULL AND o.kind = 'PERSONAL'))
        JOIN "client" cl ON cl.id = c."clientId" AND cl."organizationId" = c."organizationId"
        JOIN "reminder" r ON r."organizationId" = c."organizationId" AND r."caseId" = c.id
        WHERE m."userId" = ${user.id}::uuid AND m.role <> 'CLIENT' AND r.status = 'PENDING' AND r.audience <> 'CLIENT'
          AND coalesce(r."snoozedUntil", r."dueAt") > ${now}::timestamptz - interval '30 days'
        ORDER BY due
        LIMIT 5000`;
    });
    if (rows === null) throw new ApiError('NOT_FOUND', 'No such calendar');
    const host = new URL(this.config.publicUrl).host;
    return calendar(
      'Waiji deadlines',
      rows.map((row) => ({
        uid: `${row.id}@${host}`,
        start: row.due,
        durationMinutes: 30,
        summary: `${reminderKindLabel(row.kind).en}: ${row.passportName}`,
        description: [row.reason ?? '', `${caseTypeLabels[row.type]?.en ?? row.type} · ${row.organizationName}`]
          .filter(Boolean)
          .join('\n\n'),
        url: `${this.config.publicUrl}/cases/${row.caseId}`,
      })),
      now,
    );
  }
}
