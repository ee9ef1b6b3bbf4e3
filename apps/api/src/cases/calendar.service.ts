import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  alarmOffsetMinutes,
  type CalendarAlarm,
  type CalendarScope,
  caseTypeLabels,
  type ClientLanguage,
  clientKindName,
  clientLanguageInfo,
  clientLanguageOf,
  clientTypeName,
  organizationScopeRoles,
  reminderDueDay,
} from '@waiji/domain';
import type { CalendarFeedOptions, CalendarStatusResponse, CalendarTokenResponse } from '@waiji/contract';
import type { AuthContext } from '../auth/auth-context';
import { ApiError } from '../common/api-error';
import { CONFIG, type Config } from '../config/config';
import { TenantDatabase } from '../database/tenant-database';
import { organizationPolicy } from '../reminders/reminder-snapshot';
import { calendar, type IcsEvent } from './ics';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

type FeedRow = {
  id: string;
  kind: string;
  dueAt: Date;
  snoozedUntil: Date | null;
  reason: string | null;
  reasonZh: string | null;
  caseId: string;
  type: keyof typeof caseTypeLabels;
  passportName: string;
  organizationName: string;
  timezone: string;
  policy: unknown;
  forClient: boolean;
};

/** The calendar's name in each language its reader may have (a client's own, or a helper's en/zh). */
const calendarNames: Readonly<Record<ClientLanguage, string>> = {
  en: 'Waiji deadlines',
  zh: 'Waiji 期限',
  ko: 'Waiji 기한',
  ru: 'Сроки Waiji',
  ja: 'Waiji の期限',
  th: 'กำหนดเวลา Waiji',
  id: 'Tenggat Waiji',
  es: 'Plazos de Waiji',
  fr: 'Échéances Waiji',
  de: 'Waiji-Fristen',
  ar: 'مواعيد Waiji',
};

/** A timed deadline is an event of this length; an all-day one fills its day. */
const TIMED_EVENT_MINUTES = 30;

/**
 * A per-user secret ICS feed of pending reminders, in the user's language. Staff choose the cases (assigned to
 * them; with the unassigned ones; the whole organization for owners and admins), a CLIENT's feed is their own
 * case's reminders meant for clients. Options travel in the address's query, so only the token's hash is stored;
 * creating a new address revokes the old.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async status(auth: AuthContext): Promise<CalendarStatusResponse> {
    return this.db.run({ organizationId: auth.organizationId }, async (tx) => {
      const user = await tx.user.findUnique({ where: { id: auth.userId }, select: { calendarTokenHash: true } });
      const assignedCases =
        auth.role === 'CLIENT'
          ? 0
          : await tx.case.count({
              where: { organizationId: auth.organizationId, assigneeId: auth.userId, archivedAt: null },
            });
      return { active: Boolean(user?.calendarTokenHash), assignedCases };
    });
  }

  async createToken(auth: AuthContext, options: CalendarFeedOptions): Promise<CalendarTokenResponse> {
    const query = new URLSearchParams({ alarm: options.alarm });
    if (auth.role === 'CLIENT') {
      if (options.scope !== 'MINE') {
        throw new ApiError('FORBIDDEN', 'A client’s calendar holds their own case', { reason: 'ROLE' });
      }
    } else {
      if (options.scope === 'ORGANIZATION' && !this.mayChooseOrganization(auth)) {
        throw new ApiError('FORBIDDEN', 'Only owners and admins can follow the whole organization', { reason: 'ROLE' });
      }
      query.set('scope', options.scope);
    }
    const token = randomBytes(32).toString('base64url');
    await this.db.run({ organizationId: auth.organizationId }, (tx) =>
      tx.user.update({ where: { id: auth.userId }, data: { calendarTokenHash: sha256(token) } }),
    );
    return { url: `${this.config.publicUrl}/api/calendar/${token}.ics?${query}` };
  }

  async revoke(auth: AuthContext): Promise<void> {
    await this.db.run({ organizationId: auth.organizationId }, (tx) =>
      tx.user.update({ where: { id: auth.userId }, data: { calendarTokenHash: null } }),
    );
  }

  /**
   * The feed for a token (cross-organization by design: the token names a user, not an organization). The scope is
   * applied per membership: a CLIENT membership gives its own client's cases, and the whole organization is read as
   * "my team" where the user is not an owner or admin (any more).
   */
  async feed(file: string, { alarm, scope }: CalendarFeedOptions): Promise<string> {
    const match = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(file);
    if (!match?.[1]) throw new ApiError('NOT_FOUND', 'No such calendar');
    const hash = sha256(match[1]);
    const now = new Date();
    const found = await this.db.system(async (tx) => {
      const user = await tx.user.findUnique({ where: { calendarTokenHash: hash }, select: { id: true, locale: true } });
      if (!user) return null;
      return { locale: user.locale, rows: await this.feedRows(tx, user.id, scope, now) };
    });
    if (found === null) throw new ApiError('NOT_FOUND', 'No such calendar');
    const language = clientLanguageOf(found.locale);
    return calendar(
      calendarNames[language],
      found.rows.map((row) => this.event(row, language, alarm)),
      now,
      clientLanguageInfo[language].tag,
    );
  }

  private mayChooseOrganization(auth: AuthContext): boolean {
    return (organizationScopeRoles as readonly string[]).includes(auth.role);
  }

  private feedRows(
    tx: Parameters<Parameters<TenantDatabase['system']>[0]>[0],
    userId: string,
    scope: CalendarScope,
    now: Date,
  ) {
    const managers = [...organizationScopeRoles];
    return tx.$queryRaw<FeedRow[]>`
      SELECT r.id, r.kind, r."dueAt", r."snoozedUntil", r.reason, r."reasonZh", c.id AS "caseId", c.type,
             cl."passportName", o.name AS "organizationName", o.timezone, o.policy, m.role = 'CLIENT' AS "forClient"
      FROM "membership" m
      JOIN "organization" o ON o.id = m."organizationId"
      JOIN "case" c ON c."organizationId" = m."organizationId" AND c."archivedAt" IS NULL AND CASE
          WHEN m.role = 'CLIENT' THEN c."clientId" = m."clientId"
          WHEN c."assigneeId" = m."userId" THEN true
          WHEN c."assigneeId" IS NOT NULL THEN ${scope} = 'ORGANIZATION' AND m.role::text = ANY(${managers}::text[])
          ELSE o.kind = 'PERSONAL' OR ${scope} <> 'MINE'
        END
      JOIN "client" cl ON cl.id = c."clientId" AND cl."organizationId" = c."organizationId"
      JOIN "reminder" r ON r."organizationId" = c."organizationId" AND r."caseId" = c.id
      WHERE m."userId" = ${userId}::uuid AND r.status = 'PENDING'
        AND r.audience <> CASE WHEN m.role = 'CLIENT' THEN 'HELPER' ELSE 'CLIENT' END
        AND coalesce(r."snoozedUntil", r."dueAt") > ${now}::timestamptz - interval '30 days'
      ORDER BY coalesce(r."snoozedUntil", r."dueAt")
      LIMIT 5000`;
  }

  private event(row: FeedRow, language: ClientLanguage, alarm: CalendarAlarm): IcsEvent {
    const timeZone = organizationPolicy(row.timezone, row.policy).timeZone;
    const day = reminderDueDay(row, timeZone);
    // To the minute: a calendar shows no seconds, and the alarm's offset is whole minutes from this start.
    const start = new Date(Math.floor((row.snoozedUntil ?? row.dueAt).getTime() / 60000) * 60000);
    const reason = language === 'zh' ? (row.reasonZh ?? row.reason) : row.reason;
    const caseType = clientTypeName(row.type, language) || row.type;
    return {
      uid: `${row.id}@${new URL(this.config.publicUrl).host}`,
      when: day ? { day } : { start, durationMinutes: TIMED_EVENT_MINUTES },
      summary: `${clientKindName(row.kind, language)}: ${row.passportName}`,
      description: [reason ?? '', `${caseType} · ${row.organizationName}`].filter(Boolean).join('\n\n'),
      url: `${this.config.publicUrl}${row.forClient ? '/portal/cases' : '/cases'}/${row.caseId}`,
      alarmMinutes: alarmOffsetMinutes(alarm, day ? { allDay: true } : { allDay: false, start, timeZone }),
    };
  }
}
