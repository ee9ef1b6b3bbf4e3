import { Inject, Injectable, Logger } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { ALIPAY_TIME_ZONE, type CaseState, type CaseType, isValidTimeZone, nextSteps } from '@waiji/domain';
import { CONFIG, type Config } from '../config/config';
import { nextDueSql } from '../database/next-due';
import { TenantDatabase } from '../database/tenant-database';
import { clientEmail, helperEmail, inAppNotification, kindLabel, languageOf, type ReminderFacts } from '../notifications/content';
import { UnsubscribeTokens } from '../outbox/unsubscribe-token';
import { formatLocal, quietHoursEnd } from '../scheduler/local-time';
import { SchedulerIdentity } from '../scheduler/scheduler-identity';
import { SystemSql } from '../scheduler/system-sql';
import { replaceReminders, snapshotOf } from './reminder-planner';

type ClaimedReminder = {
  id: string;
  organizationId: string;
  caseId: string;
  kind: string;
  audience: string;
  dueAt: Date;
  snoozedUntil: Date | null;
  reason: string | null;
  reasonZh: string | null;
  manual: boolean;
  createdById: string | null;
  /** The case's version when the reminder was claimed; a transition after it makes the reminder suspect. */
  caseVersion: number | null;
  /** Claimed from an instance whose lease ran out: the case may have moved on meanwhile. */
  takenOver: boolean;
};

type CaseRow = {
  id: string;
  organizationId: string;
  clientId: string;
  type: CaseType;
  state: CaseState;
  stateEnteredAt: Date;
  attempt: number;
  submittedAt: Date | null;
  bank: string | null;
  cardLast4: string | null;
  retryAfter: Date | null;
  lastReasonCode: string | null;
  assigneeId: string | null;
  passportName: string;
  clientEmail: string | null;
  emailConsent: boolean;
  preferredLanguage: string;
  passportExpiry: Date | null;
  visaExpiry: Date | null;
  organizationName: string;
  timezone: string;
  quietHoursStart: number | null;
  quietHoursEnd: number | null;
};

type StaffRow = { organizationId: string; userId: string; notifyMode: 'IMMEDIATE' | 'DIGEST'; email: string; locale: string };
type PortalRow = { userId: string; clientId: string };

type Context = { cases: Map<string, CaseRow>; staff: Map<string, StaffRow[]>; portal: Map<string, PortalRow[]> };

type OutboundDraft = { key: string; address: string; subject: string; text: string; html: string; headers: Record<string, string>; at: Date | null };

type FirePlan = {
  reminder: ClaimedReminder;
  notifications: { userId: string; title: string; body: string }[];
  emails: OutboundDraft[];
  unsubscribe: { clientId: string; hash: string } | null;
};

export type DispatchStats = { claimed: number; sent: number; cancelled: number; requeued: number; failed: number; notifications: number; emails: number };

const emptyStats = (): DispatchStats => ({ claimed: 0, sent: 0, cancelled: 0, requeued: 0, failed: 0, notifications: 0, emails: 0 });

/** Notification.kind of a reminder's in-app notification. */
export const REMINDER_NOTIFICATION = 'REMINDER';

// One statement, so one transaction: the reminder becomes SENT together with its notifications, its outbound
// emails (idempotency key = reminder + recipient), the client's unsubscribe hash and the case's nextDueAt —
// or, if it is no longer ours or its case moved on since the claim, nothing happens at all.
const FIRE_SQL = `
WITH done AS (
  UPDATE "reminder" r SET status = 'SENT', "sentAt" = now(), "leaseUntil" = NULL, "updatedAt" = now()
   WHERE r.id = $1::uuid AND r.status = 'CLAIMED' AND r."claimedBy" = $2
     AND EXISTS (SELECT 1 FROM "case" c
                  WHERE c.id = r."caseId" AND c."organizationId" = r."organizationId" AND c."archivedAt" IS NULL
                    AND ($3::int IS NULL OR c.version = $3::int))
  RETURNING r.id, r."organizationId", r."caseId"
), notified AS (
  INSERT INTO "notification" ("organizationId", "userId", "caseId", "reminderId", kind, title, body)
  SELECT done."organizationId", n."userId", done."caseId", done.id, $4, n.title, n.body
    FROM done CROSS JOIN unnest($5::uuid[], $6::text[], $7::text[]) AS n("userId", title, body)
  ON CONFLICT ("reminderId", "userId") DO NOTHING
  RETURNING 1
), mailed AS (
  INSERT INTO "outbound_email" ("organizationId", "idempotencyKey", "toAddress", subject, "textBody", "htmlBody", headers, "nextAttemptAt", "updatedAt")
  SELECT done."organizationId", m.key, m.address, m.subject, m.body, m.html, m.headers::jsonb, coalesce(m.at::timestamptz, now()), now()
    FROM done CROSS JOIN unnest($8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[])
      AS m(key, address, subject, body, html, headers, at)
  ON CONFLICT ("idempotencyKey") DO NOTHING
  RETURNING 1
), token AS (
  UPDATE "client" cl SET "unsubscribeToken" = $15::text
    FROM done
   WHERE $15::text IS NOT NULL AND cl.id = $16::uuid AND cl."organizationId" = done."organizationId"
     AND cl."unsubscribeToken" IS DISTINCT FROM $15::text
  RETURNING 1
), due AS (
  UPDATE "case" c SET "nextDueAt" = x.next
    FROM done, LATERAL (SELECT ${nextDueSql('done."organizationId"', 'done."caseId"')} AS next) x
   WHERE c.id = done."caseId" AND c."nextDueAt" IS DISTINCT FROM x.next
  RETURNING 1
)
SELECT (SELECT count(*) FROM done)::int AS sent, (SELECT count(*) FROM notified)::int AS notifications,
       (SELECT count(*) FROM mailed)::int AS emails`;

type FireResult = { sent: number; notifications: number; emails: number };

// The same as FIRE_SQL for many reminders in one statement (one transaction): each reminder still becomes
// SENT together with exactly its own notifications and emails, or not at all. A failing chunk is retried
// one reminder per transaction, so one bad row cannot hold back the others.
const FIRE_MANY_SQL = `
WITH input AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, version int)
), done AS (
  UPDATE "reminder" r SET status = 'SENT', "sentAt" = now(), "leaseUntil" = NULL, "updatedAt" = now()
    FROM input x
   WHERE r.id = x.id AND r.status = 'CLAIMED' AND r."claimedBy" = $2
     AND EXISTS (SELECT 1 FROM "case" c
                  WHERE c.id = r."caseId" AND c."organizationId" = r."organizationId" AND c."archivedAt" IS NULL
                    AND (x.version IS NULL OR c.version = x.version))
  RETURNING r.id, r."organizationId", r."caseId"
), notified AS (
  INSERT INTO "notification" ("organizationId", "userId", "caseId", "reminderId", kind, title, body)
  SELECT done."organizationId", n."userId", done."caseId", done.id, $3, n.title, n.body
    FROM done JOIN jsonb_to_recordset($4::jsonb) AS n("reminderId" uuid, "userId" uuid, title text, body text) ON n."reminderId" = done.id
  ON CONFLICT ("reminderId", "userId") DO NOTHING
  RETURNING 1
), mailed AS (
  INSERT INTO "outbound_email" ("organizationId", "idempotencyKey", "toAddress", subject, "textBody", "htmlBody", headers, "nextAttemptAt", "updatedAt")
  SELECT done."organizationId", m.key, m.address, m.subject, m.text, m.html, m.headers, coalesce(m.at, now()), now()
    FROM done JOIN jsonb_to_recordset($5::jsonb)
      AS m("reminderId" uuid, key text, address text, subject text, text text, html text, headers jsonb, at timestamptz) ON m."reminderId" = done.id
  ON CONFLICT ("idempotencyKey") DO NOTHING
  RETURNING 1
), token AS (
  UPDATE "client" cl SET "unsubscribeToken" = t.hash
    FROM (SELECT DISTINCT t."clientId", t.hash, done."organizationId"
            FROM done JOIN jsonb_to_recordset($6::jsonb) AS t("reminderId" uuid, "clientId" uuid, hash text) ON t."reminderId" = done.id) t
   WHERE cl.id = t."clientId" AND cl."organizationId" = t."organizationId" AND cl."unsubscribeToken" IS DISTINCT FROM t.hash
  RETURNING 1
), due AS (
  UPDATE "case" c SET "nextDueAt" = x.next
    FROM (SELECT DISTINCT "organizationId", "caseId" FROM done) d,
         LATERAL (SELECT ${nextDueSql('d."organizationId"', 'd."caseId"')} AS next) x
   WHERE c.id = d."caseId" AND c."nextDueAt" IS DISTINCT FROM x.next
  RETURNING 1
)
SELECT coalesce((SELECT array_agg(id) FROM done), '{}') AS sent, (SELECT count(*) FROM notified)::int AS notifications,
       (SELECT count(*) FROM mailed)::int AS emails`;

/** Reminders per FIRE_MANY_SQL statement. */
const FIRE_CHUNK = 100;

/**
 * The reminder half of the tick: claims due reminders (PENDING and due, or CLAIMED with an expired lease)
 * with one UPDATE … FOR UPDATE SKIP LOCKED, then fires each in its own single-statement transaction.
 */
@Injectable()
export class ReminderDispatcher {
  private readonly logger = new Logger('Reminders');
  private readonly tokens: UnsubscribeTokens;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly sql: SystemSql,
    private readonly db: TenantDatabase,
    private readonly identity: SchedulerIdentity,
  ) {
    this.tokens = new UnsubscribeTokens(config.encryption.key);
  }

  /** Claim and fire due reminders until none are left or `budgetMs` has passed. */
  async dispatchDue(now: () => Date = () => new Date(), budgetMs = 30_000): Promise<DispatchStats> {
    const started = Date.now();
    const total = emptyStats();
    const limit = this.config.scheduler.batchSize;
    for (;;) {
      const rows = await this.sql.run((client) => this.claim(client, limit));
      const stats = rows.length > 0 ? await this.dispatchBatch(rows, now()) : emptyStats();
      stats.claimed = rows.length;
      for (const key of Object.keys(total) as (keyof DispatchStats)[]) total[key] += stats[key];
      // Requeued reminders (handed back to the planner) are due again at once: one more round for them.
      if ((rows.length < limit && stats.requeued === 0) || Date.now() - started > budgetMs) return total;
    }
  }

  private async claim(client: PoolClient, limit: number): Promise<ClaimedReminder[]> {
    const { rows } = await client.query<ClaimedReminder>(
      `UPDATE "reminder" r
          SET status = 'CLAIMED', "claimedBy" = $1, "leaseUntil" = now() + $2 * interval '1 millisecond', "updatedAt" = now()
         FROM (SELECT id, status FROM "reminder"
                WHERE (status = 'PENDING' AND coalesce("snoozedUntil", "dueAt") <= now()) OR (status = 'CLAIMED' AND "leaseUntil" < now())
                ORDER BY coalesce("snoozedUntil", "dueAt"), id
                FOR UPDATE SKIP LOCKED
                LIMIT $3) due
        WHERE r.id = due.id
      RETURNING r.id, r."organizationId", r."caseId", r.kind, r.audience, r."dueAt", r."snoozedUntil", r.reason, r."reasonZh",
                r.manual, r."createdById", due.status = 'CLAIMED' AS "takenOver",
                (SELECT c.version FROM "case" c WHERE c.id = r."caseId") AS "caseVersion"`,
      [this.identity.id, this.config.scheduler.leaseMs, limit],
    );
    return rows;
  }

  private async dispatchBatch(rows: ClaimedReminder[], now: Date): Promise<DispatchStats> {
    const stats = emptyStats();
    const context = await this.sql.run((client) => this.loadContext(client, rows));
    const missed: ClaimedReminder[] = [];
    const single: FirePlan[] = [];
    const many: FirePlan[] = [];
    for (const reminder of rows) {
      if (reminder.takenOver && !reminder.manual) {
        // Transitions re-plan only PENDING reminders, so one stuck in a dead instance's claim may be stale:
        // hand it back to the planner first; if its deadline still stands it is claimed again and sent.
        missed.push(reminder);
        continue;
      }
      const plan = this.tryPlan(reminder, context, now);
      if (plan === 'failed') {
        await this.sql.run((client) => this.markFailed(client, reminder));
        stats.failed += 1;
      } else if (plan === null) missed.push(reminder);
      else if (reminder.kind === 'DEPOSIT_OVERDUE') single.push(plan);
      else many.push(plan);
    }
    const chunks: FirePlan[][] = [];
    for (let start = 0; start < many.length; start += FIRE_CHUNK) chunks.push(many.slice(start, start + FIRE_CHUNK));
    const lanes = Math.max(1, Math.min(4, Math.floor(this.config.databasePoolSize / 2)));
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(lanes, chunks.length) }, () =>
        this.sql.run(async (client) => {
          for (let chunk = chunks[next++]; chunk; chunk = chunks[next++]) {
            const sent = await this.fireChunk(client, chunk, stats);
            for (const plan of chunk) if (!sent.has(plan.reminder.id)) missed.push(plan.reminder);
          }
        }),
      ),
    );
    for (const plan of single) {
      const result = await this.sql.run((client) => this.fire(client, plan));
      if (result.sent === 1) this.count(stats, result);
      else missed.push(plan.reminder);
    }
    for (const reminder of missed) {
      const outcome = await this.settleMissed(reminder);
      if (outcome === 'cancelled') stats.cancelled += 1;
      if (outcome === 'requeued') stats.requeued += 1;
    }
    return stats;
  }

  private count(stats: DispatchStats, result: FireResult): void {
    stats.sent += result.sent;
    stats.notifications += result.notifications;
    stats.emails += result.emails;
  }

  /** Fire a chunk in one statement; if it fails, each reminder on its own. Returns the ids that became SENT. */
  private async fireChunk(client: PoolClient, plans: FirePlan[], stats: DispatchStats): Promise<Set<string>> {
    try {
      const { rows } = await client.query<{ sent: string[]; notifications: number; emails: number }>(FIRE_MANY_SQL, [
        JSON.stringify(plans.map((p) => ({ id: p.reminder.id, version: p.reminder.manual ? null : p.reminder.caseVersion }))),
        this.identity.id,
        REMINDER_NOTIFICATION,
        JSON.stringify(plans.flatMap((p) => p.notifications.map((n) => ({ reminderId: p.reminder.id, ...n })))),
        JSON.stringify(plans.flatMap((p) => p.emails.map((e) => ({ reminderId: p.reminder.id, ...e, at: e.at?.toISOString() ?? null })))),
        JSON.stringify(plans.flatMap((p) => (p.unsubscribe ? [{ reminderId: p.reminder.id, ...p.unsubscribe }] : []))),
      ]);
      const [result] = rows;
      const sent = new Set(result?.sent ?? []);
      this.count(stats, { sent: sent.size, notifications: result?.notifications ?? 0, emails: result?.emails ?? 0 });
      return sent;
    } catch (error) {
      this.logger.warn(`a chunk of ${plans.length} reminders failed (${error instanceof Error ? error.message : String(error)}); firing them one by one`);
      const sent = new Set<string>();
      for (const plan of plans) {
        const result = await this.fire(client, plan);
        if (result.sent === 1) {
          sent.add(plan.reminder.id);
          this.count(stats, result);
        }
      }
      return sent;
    }
  }

  /** The plan, null when the case is gone, or 'failed' when it cannot be rendered (that would fail forever). */
  private tryPlan(reminder: ClaimedReminder, context: Context, now: Date): FirePlan | null | 'failed' {
    try {
      return this.planFor(reminder, context, now);
    } catch (error) {
      this.logger.error(`reminder ${reminder.id} could not be rendered: ${error instanceof Error ? error.stack : String(error)}`);
      return 'failed';
    }
  }

  private async markFailed(client: PoolClient, reminder: ClaimedReminder): Promise<void> {
    await client.query(`UPDATE "reminder" SET status = 'FAILED', "leaseUntil" = NULL, "updatedAt" = now() WHERE id = $1 AND "claimedBy" = $2 AND status = 'CLAIMED'`, [
      reminder.id,
      this.identity.id,
    ]);
  }

  private async fire(client: PoolClient, plan: FirePlan): Promise<FireResult> {
    const { reminder } = plan;
    const params = [
      reminder.id,
      this.identity.id,
      reminder.manual ? null : reminder.caseVersion,
      REMINDER_NOTIFICATION,
      plan.notifications.map((n) => n.userId),
      plan.notifications.map((n) => n.title),
      plan.notifications.map((n) => n.body),
      plan.emails.map((e) => e.key),
      plan.emails.map((e) => e.address),
      plan.emails.map((e) => e.subject),
      plan.emails.map((e) => e.text),
      plan.emails.map((e) => e.html),
      plan.emails.map((e) => JSON.stringify(e.headers)),
      plan.emails.map((e) => (e.at ? e.at.toISOString() : null)),
      plan.unsubscribe?.hash ?? null,
      plan.unsubscribe?.clientId ?? null,
    ];
    if (reminder.kind !== 'DEPOSIT_OVERDUE') {
      const { rows } = await client.query<FireResult>(FIRE_SQL, params);
      return rows[0] ?? { sent: 0, notifications: 0, emails: 0 };
    }
    // A deposit chase plans the next one (deadlinesFor gives only the next chase after now), atomically.
    return this.db.system(async (tx) => {
      const [result] = await tx.$queryRawUnsafe<FireResult[]>(FIRE_SQL, ...params);
      if (result?.sent === 1) await replaceReminders(tx, { organizationId: reminder.organizationId, caseId: reminder.caseId });
      return result ?? { sent: 0, notifications: 0, emails: 0 };
    });
  }

  /**
   * The fire statement changed nothing, or the claim was taken over from a dead instance: the claim was lost
   * (lease expired and taken over, or the row was deleted), the case was archived (cancel), or the case may
   * have changed since the claim — then the reminder goes back to PENDING and the planner decides, in the
   * same transaction, whether its deadline still stands (it deletes a PENDING reminder whose key is gone).
   */
  private async settleMissed(reminder: ClaimedReminder): Promise<'lost' | 'cancelled' | 'requeued'> {
    return this.db.system(async (tx) => {
      const [row] = await tx.$queryRaw<{ status: string; claimedBy: string | null; archivedAt: Date | null }[]>`
        SELECT r.status, r."claimedBy", c."archivedAt" FROM "reminder" r JOIN "case" c ON c.id = r."caseId"
         WHERE r.id = ${reminder.id}::uuid FOR UPDATE OF r`;
      if (!row || row.status !== 'CLAIMED' || row.claimedBy !== this.identity.id) return 'lost';
      if (row.archivedAt) {
        await tx.$executeRaw`UPDATE "reminder" SET status = 'CANCELLED', "leaseUntil" = NULL, "updatedAt" = now() WHERE id = ${reminder.id}::uuid`;
        return 'cancelled';
      }
      await tx.$executeRaw`UPDATE "reminder" SET status = 'PENDING', "claimedBy" = NULL, "leaseUntil" = NULL, "updatedAt" = now() WHERE id = ${reminder.id}::uuid`;
      if (!reminder.manual) await replaceReminders(tx, { organizationId: reminder.organizationId, caseId: reminder.caseId });
      return 'requeued';
    });
  }

  private async loadContext(client: PoolClient, rows: ClaimedReminder[]): Promise<Context> {
    const caseIds = [...new Set(rows.map((r) => r.caseId))];
    const organizationIds = [...new Set(rows.map((r) => r.organizationId))];
    const cases = await client.query<CaseRow>(
      `SELECT c.id, c."organizationId", c."clientId", c.type, c.state, c."stateEnteredAt", c.attempt, c."submittedAt", c.bank,
              c."cardLast4", c."retryAfter", c."lastReasonCode", c."assigneeId",
              cl."passportName", cl.email AS "clientEmail", cl."emailConsent", cl."preferredLanguage", cl."passportExpiry", cl."visaExpiry",
              o.name AS "organizationName", o.timezone, o."quietHoursStart", o."quietHoursEnd"
         FROM "case" c
         JOIN "client" cl ON cl.id = c."clientId" AND cl."organizationId" = c."organizationId"
         JOIN "organization" o ON o.id = c."organizationId"
        WHERE c.id = ANY($1::uuid[])`,
      [caseIds],
    );
    const staff = await client.query<StaffRow>(
      `SELECT m."organizationId", m."userId", m."notifyMode", u.email, u.locale
         FROM "membership" m JOIN "user" u ON u.id = m."userId"
        WHERE m."organizationId" = ANY($1::uuid[]) AND m.role IN ('OWNER', 'ADMIN', 'HELPER')
        ORDER BY m."createdAt"`,
      [organizationIds],
    );
    const clientIds = [...new Set(cases.rows.map((c) => c.clientId))];
    const portal = await client.query<PortalRow>(
      `SELECT m."userId", m."clientId" FROM "membership" m WHERE m.role = 'CLIENT' AND m."clientId" = ANY($1::uuid[])`,
      [clientIds],
    );
    const group = <T, K>(items: T[], key: (item: T) => K) => {
      const map = new Map<K, T[]>();
      for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
      return map;
    };
    return {
      cases: new Map(cases.rows.map((c) => [c.id, c])),
      staff: group(staff.rows, (s) => s.organizationId),
      portal: group(portal.rows, (p) => p.clientId),
    };
  }

  /** Who gets what for one reminder; null when its case is gone (the fire statement then changes nothing). */
  private planFor(reminder: ClaimedReminder, context: Context, now: Date): FirePlan | null {
    const kase = context.cases.get(reminder.caseId);
    if (!kase) return null;
    const timeZone = isValidTimeZone(kase.timezone) ? kase.timezone : ALIPAY_TIME_ZONE;
    const fallback = { en: kindLabel(reminder.kind, 'en'), zh: kindLabel(reminder.kind, 'zh') };
    const facts: ReminderFacts = {
      caseId: kase.id,
      caseType: kase.type,
      state: kase.state,
      clientName: kase.passportName,
      organizationName: kase.organizationName,
      kind: reminder.kind,
      manual: reminder.manual,
      dueAt: reminder.snoozedUntil ?? reminder.dueAt,
      dueLocal: formatLocal(reminder.snoozedUntil ?? reminder.dueAt, timeZone),
      timeZone,
      reason: { en: reminder.reason ?? fallback.en, zh: reminder.reasonZh ?? reminder.reason ?? fallback.zh },
      steps: nextSteps(snapshotOf(kase), now),
      caseUrl: `${this.config.publicUrl}/cases/${kase.id}`,
    };
    const audience = reminder.audience.toUpperCase();
    const plan: FirePlan = { reminder, notifications: [], emails: [], unsubscribe: null };
    // Emails wait for the end of the organization's quiet hours; in-app notifications do not.
    const sendAt = kase.quietHoursStart === null ? null : quietHoursEnd(now, timeZone, kase.quietHoursStart, kase.quietHoursEnd);

    if (audience === 'HELPER' || audience === 'BOTH') {
      const staff = context.staff.get(kase.organizationId) ?? [];
      const assignee = staff.find((s) => s.userId === kase.assigneeId);
      const helpers = assignee ? [assignee] : staff;
      const creator = reminder.manual ? staff.find((s) => s.userId === reminder.createdById) : undefined;
      if (creator && !helpers.includes(creator)) helpers.push(creator);
      for (const helper of helpers) {
        const language = languageOf(helper.locale);
        plan.notifications.push({ userId: helper.userId, ...inAppNotification(facts, language) });
        // DIGEST helpers get these in their 08:00 digest instead.
        if (helper.notifyMode === 'IMMEDIATE') {
          plan.emails.push({ key: `reminder.${reminder.id}.user.${helper.userId}`, address: helper.email, ...helperEmail(facts, language), headers: {}, at: sendAt });
        }
      }
    }
    if (audience === 'CLIENT' || audience === 'BOTH') {
      const language = languageOf(kase.preferredLanguage);
      for (const user of context.portal.get(kase.clientId) ?? []) {
        plan.notifications.push({ userId: user.userId, ...inAppNotification(facts, language) });
      }
      if (kase.clientEmail && kase.emailConsent) {
        const url = `${this.config.publicUrl}/api/unsubscribe/${this.tokens.tokenFor(kase.clientId)}`;
        plan.emails.push({
          key: `reminder.${reminder.id}.client.${kase.clientId}`,
          address: kase.clientEmail,
          ...clientEmail(facts, language, url),
          headers: { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
          at: sendAt,
        });
        plan.unsubscribe = { clientId: kase.clientId, hash: this.tokens.hashFor(kase.clientId) };
      }
    }
    return plan;
  }
}
