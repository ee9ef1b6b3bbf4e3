import { Inject, Injectable } from '@nestjs/common';
import { ALIPAY_TIME_ZONE, type CaseState, isValidTimeZone, type NotifyScope } from '@waiji/domain';
import { CONFIG, type Config } from '../config/config';
import { effectiveDueSql } from '../database/next-due';
import { enqueueEmails } from '../database/outbox';
import type { Sql } from '../database/sql-runner';
import { TenantDatabase } from '../database/tenant-database';
import { localDateString, localDateTime, localDayBounds, quietHoursEnd } from '../scheduler/local-time';
import { languageOf } from './content';
import { type DigestFacts, type DigestItem, digestEmail, type WaitingItem } from './digest-content';

/** Local hour at which the digest goes out. */
export const DIGEST_HOUR = 8;
const LIST_LIMIT = 50;

type Candidate = {
  userId: string;
  organizationId: string;
  role: string;
  scope: NotifyScope;
  email: string;
  locale: string;
  organizationName: string;
  timezone: string;
  quietHoursStart: number | null;
  quietHoursEnd: number | null;
};

export type DigestStats = { considered: number; enqueued: number; empty: number };

/** The idempotency key of a helper's digest for one organization and local date. */
export function digestKey(userId: string, organizationId: string, date: string): string {
  return `digest.${userId}.${organizationId}.${date}`;
}

/**
 * The cases a digest covers, by the member's digest scope ($2 the member, $3 their scope, $4 their role): the
 * recipient rules of reminder-recipients.ts (staffRecipients) in SQL — their own (assigned or followed) unless OFF,
 * unassigned ones (or the assignee left) for the team (OWNER, ADMIN, HELPER) unless MINE, all with ALL.
 */
const DIGEST_SCOPE = `(
  $3 = 'ALL'
  OR ($3 <> 'OFF' AND (c."assigneeId" = $2
       OR EXISTS (SELECT 1 FROM "case_watcher" w WHERE w."caseId" = c.id AND w."userId" = $2)))
  OR ($3 = 'MINE_AND_UNASSIGNED' AND $4 IN ('OWNER', 'ADMIN', 'HELPER')
      AND NOT EXISTS (SELECT 1 FROM "membership" a
                       WHERE a."organizationId" = c."organizationId" AND a."userId" = c."assigneeId" AND a.role <> 'CLIENT')))`;

/**
 * One email a day for members who chose a digest scope, from 08:00 in the organization's time zone: due today,
 * overdue, and cases waiting on Alipay (submitted, awaiting the deposit, under review) — of the cases their scope
 * covers (DIGEST_SCOPE); a snoozed case's chases wait for its snooze. The outbox's unique idempotency key makes it
 * once per member, organization and date across all instances; a digest with nothing in it is not sent.
 */
@Injectable()
export class DigestService {
  /** Keys found empty by this instance, so they are not recomputed every tick of the day. */
  private readonly empty = new Set<string>();

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly db: TenantDatabase,
  ) {}

  async enqueueDue(now: Date = new Date()): Promise<DigestStats> {
    return this.db.session(async (client) => {
      const stats: DigestStats = { considered: 0, enqueued: 0, empty: 0 };
      const { rows } = await client.query<Candidate>(
        `SELECT m."userId", m."organizationId", m.role, m."notifyDigest" AS scope, u.email, u.locale,
                o.name AS "organizationName", o.timezone, o."quietHoursStart", o."quietHoursEnd"
           FROM "membership" m JOIN "user" u ON u.id = m."userId" JOIN "organization" o ON o.id = m."organizationId"
          WHERE m."notifyDigest" <> 'OFF' AND m.role <> 'CLIENT'`,
      );
      const due = rows
        .map((candidate) => {
          const zone = isValidTimeZone(candidate.timezone) ? candidate.timezone : ALIPAY_TIME_ZONE;
          return {
            candidate,
            zone,
            key: digestKey(candidate.userId, candidate.organizationId, localDateString(now, zone)),
          };
        })
        .filter(({ zone, key }) => localDateTime(now, zone).hour >= DIGEST_HOUR && !this.empty.has(key));
      if (due.length === 0) return stats;
      const existing = await client.query<{ idempotencyKey: string }>(
        `SELECT "idempotencyKey" FROM "outbound_email" WHERE "idempotencyKey" = ANY($1::text[])`,
        [due.map((d) => d.key)],
      );
      const done = new Set(existing.rows.map((r) => r.idempotencyKey));
      for (const { candidate, zone, key } of due) {
        if (done.has(key)) continue;
        stats.considered += 1;
        const facts = await this.factsFor(client, candidate, zone, now);
        if (facts.totals.dueToday + facts.totals.overdue + facts.totals.waiting === 0) {
          this.empty.add(key);
          stats.empty += 1;
          continue;
        }
        const mail = digestEmail(facts, languageOf(candidate.locale));
        const sendAt = quietHoursEnd(now, zone, candidate.quietHoursStart, candidate.quietHoursEnd);
        stats.enqueued += await enqueueEmails(client, candidate.organizationId, [
          { key, address: candidate.email, ...mail, at: sendAt },
        ]);
      }
      if (this.empty.size > 10_000) this.empty.clear();
      return stats;
    });
  }

  private async factsFor(client: Sql, candidate: Candidate, zone: string, now: Date): Promise<DigestFacts> {
    const { start, end } = localDayBounds(now, zone);
    // Open reminders of the case's current state (rows planned before the last transition are history), on
    // open cases the member's digest covers.
    const reminders = await client.query<DigestItem & { bucket: 'today' | 'overdue'; total: number }>(
      `WITH open AS (
         SELECT c.id AS "caseId", cl."passportName" AS "clientName", r.kind, ${effectiveDueSql('r', 'c."snoozedUntil"')} AS "dueAt"
           FROM "reminder" r
           JOIN "case" c ON c.id = r."caseId" AND c."organizationId" = r."organizationId"
           JOIN "client" cl ON cl.id = c."clientId"
          WHERE r."organizationId" = $1 AND c."archivedAt" IS NULL AND ${DIGEST_SCOPE}
            AND r.status IN ('PENDING', 'CLAIMED', 'SENT')
            AND (r.manual OR r."createdAt" >= c."stateEnteredAt" - interval '1 minute')
            AND ${effectiveDueSql('r', 'c."snoozedUntil"')} < $6
       ), bucketed AS (
         SELECT *, CASE WHEN "dueAt" >= $5 THEN 'today' ELSE 'overdue' END AS bucket FROM open
       )
       SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY bucket ORDER BY "dueAt") AS n,
                             (count(*) OVER (PARTITION BY bucket))::int AS total FROM bucketed) ranked
        WHERE n <= $7
        ORDER BY "dueAt"`,
      [
        candidate.organizationId,
        candidate.userId,
        candidate.scope,
        candidate.role,
        start.toISOString(),
        end.toISOString(),
        LIST_LIMIT,
      ],
    );
    const waiting = await client.query<WaitingItem & { total: number }>(
      `SELECT c.id AS "caseId", cl."passportName" AS "clientName", c.state, c."stateEnteredAt" AS since, (count(*) OVER ())::int AS total
         FROM "case" c JOIN "client" cl ON cl.id = c."clientId"
        WHERE c."organizationId" = $1 AND c."archivedAt" IS NULL AND ${DIGEST_SCOPE}
          AND c.state IN ('SUBMITTED', 'AWAITING_DEPOSIT', 'MANUAL_REVIEW')
        ORDER BY c."stateEnteredAt"
        LIMIT $5`,
      [candidate.organizationId, candidate.userId, candidate.scope, candidate.role, LIST_LIMIT],
    );
    const today = reminders.rows.filter((r) => r.bucket === 'today');
    const overdue = reminders.rows.filter((r) => r.bucket === 'overdue');
    return {
      date: localDateString(now, zone),
      timeZone: zone,
      organizationName: candidate.organizationName,
      dueToday: today,
      overdue,
      waiting: waiting.rows.map((w) => ({ ...w, state: w.state as CaseState })),
      totals: { dueToday: today[0]?.total ?? 0, overdue: overdue[0]?.total ?? 0, waiting: waiting.rows[0]?.total ?? 0 },
      caseUrl: (caseId) => `${this.config.publicUrl}/cases/${caseId}`,
    };
  }
}
