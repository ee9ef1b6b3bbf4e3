import { Inject, Injectable, Logger } from '@nestjs/common';
import { PassportCipher } from '../clients/passport-cipher';
import { CONFIG, type Config } from '../config/config';
import { TenantDatabase } from '../database/tenant-database';
import { backoffDelayMs } from '../outbox/backoff';
import { SchedulerIdentity } from '../scheduler/scheduler-identity';
import { tellAdminsEndpointDisabled } from './webhook-notice';
import { sendWebhook, signedHeaders, webhookBody } from './webhook-sender';

type Claimed = {
  id: string;
  organizationId: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  payload: unknown;
  attempts: number;
  createdAt: Date;
  url: string;
  secretEnc: string;
};

/** How long the delivery log keeps a finished delivery. */
export const LOG_RETENTION_DAYS = 30;
const PURGE_EVERY_MS = 3_600_000;

export type WebhookStats = { claimed: number; succeeded: number; retrying: number; failed: number; disabled: number };

// Due deliveries of enabled endpoints (or SENDING ones whose lease ran out: their instance died), claimed like the
// email outbox: one UPDATE … FOR UPDATE SKIP LOCKED, attempts + 1, a lease.
const CLAIM_SQL = `
UPDATE "webhook_delivery" d
   SET status = 'SENDING', "claimedBy" = $1, "leaseUntil" = now() + $2 * interval '1 millisecond',
       attempts = d.attempts + 1, "updatedAt" = now()
  FROM "webhook_endpoint" e
 WHERE e.id = d."endpointId" AND d.id IN (
   SELECT w.id FROM "webhook_delivery" w JOIN "webhook_endpoint" x ON x.id = w."endpointId" AND x.enabled
    WHERE (w.status = 'PENDING' AND w."nextAttemptAt" <= now()) OR (w.status = 'SENDING' AND w."leaseUntil" < now())
    ORDER BY w."nextAttemptAt", w.id
    FOR UPDATE OF w SKIP LOCKED
    LIMIT $3)
RETURNING d.id, d."organizationId", d."endpointId", d."eventId", d."eventType", d.payload, d.attempts, d."createdAt",
          e.url, e."secretEnc"`;

// The outcome of one attempt, in one statement: the attempt's log row, the delivery's new state (if the claim is
// still ours) and the endpoint's failure run — reset by a success, else counted, and past either limit (so many
// failures in a row, or failing for so long) the endpoint is switched off. Returns whether this switched it off.
const SETTLE_SQL = `
WITH logged AS (
  INSERT INTO "webhook_attempt" ("organizationId", "deliveryId", "statusCode", error, "durationMs")
  VALUES ($2, $1, $4, $5, $6)
  RETURNING 1
), settled AS (
  UPDATE "webhook_delivery"
     SET status = $3, "lastStatusCode" = $4, "lastError" = $5, "lastDurationMs" = $6,
         "nextAttemptAt" = now() + $7 * interval '1 millisecond', "leaseUntil" = NULL, "updatedAt" = now(),
         "deliveredAt" = CASE WHEN $3 = 'SUCCEEDED' THEN now() ELSE "deliveredAt" END
   WHERE id = $1 AND status = 'SENDING' AND "claimedBy" = $8
  RETURNING 1
), endpoint AS (
  UPDATE "webhook_endpoint" e
     SET "consecutiveFailures" = CASE WHEN $9 THEN 0 ELSE e."consecutiveFailures" + 1 END,
         "failingSince" = CASE WHEN $9 THEN NULL ELSE coalesce(e."failingSince", now()) END,
         enabled = e.enabled AND ($9 OR NOT (e."consecutiveFailures" + 1 >= $10
                                              OR coalesce(e."failingSince", now()) <= now() - $11 * interval '1 millisecond')),
         "disabledReason" = CASE WHEN e.enabled AND NOT $9 AND (e."consecutiveFailures" + 1 >= $10
                                      OR coalesce(e."failingSince", now()) <= now() - $11 * interval '1 millisecond')
                                 THEN 'FAILING' ELSE e."disabledReason" END,
         "disabledAt" = CASE WHEN e.enabled AND NOT $9 AND (e."consecutiveFailures" + 1 >= $10
                                  OR coalesce(e."failingSince", now()) <= now() - $11 * interval '1 millisecond')
                             THEN now() ELSE e."disabledAt" END,
         "updatedAt" = now()
    FROM (SELECT e0.id, e0.enabled AS was FROM "webhook_endpoint" e0 WHERE e0.id = $12 FOR UPDATE) before
   WHERE e.id = before.id
  RETURNING before.was AND NOT e.enabled AS "switchedOff"
)
SELECT coalesce((SELECT "switchedOff" FROM endpoint), false) AS "switchedOff", (SELECT count(*) FROM settled)::int AS settled`;

/**
 * Delivers webhooks: the email outbox's machinery for HTTP (claim with a lease, exponential backoff with jitter from
 * outbox/backoff.ts, FAILED after WEBHOOK_MAX_ATTEMPTS). At-least-once: a receiver may see an event again (a lost
 * answer, an instance dying mid-request, a replay), always with the same webhook-id — its idempotency key.
 * Any 2xx is success; anything else, a timeout or a refused connection is retried. An endpoint failing
 * WEBHOOK_DISABLE_AFTER_FAILURES times in a row, or for WEBHOOK_DISABLE_AFTER_HOURS, is switched off and the
 * organization's admins are told (in the app and by email); its undelivered events wait until it is switched on
 * again, and no new ones are recorded for it meanwhile (webhook-events.ts records for enabled endpoints only).
 */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger('Webhooks');
  private lastPurgeAt = 0;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly db: TenantDatabase,
    private readonly identity: SchedulerIdentity,
    private readonly cipher: PassportCipher,
  ) {}

  /** Claim and deliver due webhooks until none are left or `budgetMs` has passed (and, hourly, purge the old log). */
  async deliverDue(budgetMs = 30_000): Promise<WebhookStats> {
    const started = Date.now();
    if (started - this.lastPurgeAt > PURGE_EVERY_MS) {
      this.lastPurgeAt = started;
      await this.purgeLog();
    }
    const total: WebhookStats = { claimed: 0, succeeded: 0, retrying: 0, failed: 0, disabled: 0 };
    const limit = Math.min(this.config.scheduler.batchSize, 50);
    for (;;) {
      const stats = await this.deliverBatch(limit);
      for (const key of Object.keys(total) as (keyof WebhookStats)[]) total[key] += stats[key];
      if (stats.claimed < limit || Date.now() - started > budgetMs) return total;
    }
  }

  /** Deliveries that are done (delivered or given up) and older than LOG_RETENTION_DAYS go, their attempts with them. */
  async purgeLog(): Promise<number> {
    return this.db.session(async (sql) => {
      const result = await sql.query(
        `DELETE FROM "webhook_delivery" WHERE status IN ('SUCCEEDED', 'FAILED') AND "updatedAt" < now() - $1 * interval '1 day'`,
        [LOG_RETENTION_DAYS],
      );
      return result.rowCount ?? 0;
    });
  }

  private async deliverBatch(limit: number): Promise<WebhookStats> {
    const stats: WebhookStats = { claimed: 0, succeeded: 0, retrying: 0, failed: 0, disabled: 0 };
    const { timeoutMs } = this.config.webhooks;
    // A lease longer than any request: a claimed row is never sent twice by live instances.
    const leaseMs = Math.max(this.config.scheduler.leaseMs, timeoutMs * 3);
    const rows = await this.db.session(
      async (sql) => (await sql.query<Claimed>(CLAIM_SQL, [this.identity.id, leaseMs, limit])).rows,
    );
    stats.claimed = rows.length;
    // Endpoints one at a time in order, several endpoints at once: a slow receiver holds up only its own events.
    const byEndpoint = new Map<string, Claimed[]>();
    rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    for (const row of rows) byEndpoint.set(row.endpointId, [...(byEndpoint.get(row.endpointId) ?? []), row]);
    const switchedOff = new Set<string>();
    await Promise.all(
      [...byEndpoint.values()].map(async (queue) => {
        for (const row of queue) {
          const outcome = await this.deliverOne(row, switchedOff.has(row.endpointId));
          stats[outcome.result] += 1;
          if (outcome.switchedOff) {
            switchedOff.add(row.endpointId);
            stats.disabled += 1;
          }
        }
      }),
    );
    return stats;
  }

  private async deliverOne(
    row: Claimed,
    endpointOff: boolean,
  ): Promise<{ result: 'succeeded' | 'retrying' | 'failed'; switchedOff: boolean }> {
    const { timeoutMs, allowPrivate, maxAttempts, backoffBaseMs, backoffMaxMs } = this.config.webhooks;
    if (endpointOff) {
      // Switched off during this batch: hand the claim back untouched (the attempt does not count).
      await this.db.session((sql) =>
        sql.query(
          `UPDATE "webhook_delivery" SET status = 'PENDING', attempts = attempts - 1, "leaseUntil" = NULL, "updatedAt" = now()
            WHERE id = $1 AND status = 'SENDING' AND "claimedBy" = $2`,
          [row.id, this.identity.id],
        ),
      );
      return { result: 'retrying', switchedOff: false };
    }
    const body = webhookBody(row.eventType, row.createdAt, row.payload);
    let secret: string;
    try {
      secret = this.cipher.decrypt(row.secretEnc, row.organizationId);
    } catch {
      return this.settle(row, { statusCode: null, error: 'signing secret unreadable', durationMs: 0 }, 'FAILED', 0);
    }
    const sent = await sendWebhook(row.url, body, signedHeaders(secret, row.eventId, body), {
      timeoutMs,
      allowPrivate,
    });
    const ok = sent.statusCode !== null && sent.statusCode >= 200 && sent.statusCode < 300;
    if (ok) return this.settle(row, sent, 'SUCCEEDED', 0);
    const status = row.attempts >= maxAttempts ? 'FAILED' : 'PENDING';
    return this.settle(row, sent, status, backoffDelayMs(row.attempts, backoffBaseMs, backoffMaxMs));
  }

  private async settle(
    row: Claimed,
    sent: { statusCode: number | null; error: string | null; durationMs: number },
    status: 'SUCCEEDED' | 'PENDING' | 'FAILED',
    delayMs: number,
  ): Promise<{ result: 'succeeded' | 'retrying' | 'failed'; switchedOff: boolean }> {
    const { disableAfterFailures, disableAfterMs } = this.config.webhooks;
    const error = sent.error ?? (status === 'SUCCEEDED' ? null : `HTTP ${sent.statusCode ?? '?'}`);
    // One transaction: the outcome, the switch-off and the admins' notices commit together.
    const switchedOff = await this.db.system(async ({ sql }) => {
      const { rows } = await sql.query<{ switchedOff: boolean }>(SETTLE_SQL, [
        row.id,
        row.organizationId,
        status,
        sent.statusCode,
        error,
        sent.durationMs,
        delayMs,
        this.identity.id,
        status === 'SUCCEEDED',
        disableAfterFailures,
        disableAfterMs,
        row.endpointId,
      ]);
      const off = rows[0]?.switchedOff === true;
      if (off) await tellAdminsEndpointDisabled(sql, row.organizationId, { id: row.endpointId, url: row.url });
      return off;
    });
    if (switchedOff) this.logger.warn(`webhook endpoint ${row.endpointId} switched off after persistent failure`);
    return { result: status === 'SUCCEEDED' ? 'succeeded' : status === 'FAILED' ? 'failed' : 'retrying', switchedOff };
  }
}
