import { Inject, Injectable, Logger } from '@nestjs/common';
import { CONFIG, type Config } from '../config/config';
import { MailService } from '../mail/mail.service';
import { SchedulerIdentity } from '../scheduler/scheduler-identity';
import { SystemSql } from '../scheduler/system-sql';
import { backoffDelayMs, describeSmtpError, isPermanentSmtpFailure } from './backoff';

/** A statement on the delivery connection, run after every statement queued before it. */
type Execute = (text: string, values: unknown[]) => Promise<void>;

type ClaimedEmail = {
  id: string;
  idempotencyKey: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  headers: Record<string, string> | null;
  attempts: number;
};

export type DeliveryStats = { claimed: number; sent: number; retrying: number; failed: number; skipped: number };

/** The Message-ID of an outbound email: its idempotency key, so a receiving system can drop a duplicate. */
export function messageIdFor(idempotencyKey: string): string {
  return `<${idempotencyKey}@waiji>`;
}

/**
 * Delivers the outbox. Claims due rows with one UPDATE … FOR UPDATE SKIP LOCKED (attempts + 1, a lease),
 * sends each through the pooled SMTP transport and marks it SENT, or schedules a retry with exponential
 * backoff and jitter, or FAILED after OUTBOX_MAX_ATTEMPTS (or at once on a permanent 5xx reply).
 *
 * Remaining crash window: a process that dies after the SMTP server accepted a message but before the SENT
 * update commits leaves the row SENDING; after the lease another instance sends it again. The duplicate
 * carries the same Message-ID (`<idempotencyKey@waiji>`), so receiving systems that deduplicate drop it.
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger('Outbox');

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly sql: SystemSql,
    private readonly mail: MailService,
    private readonly identity: SchedulerIdentity,
  ) {}

  /** Claim and send due emails until none are left or `budgetMs` has passed. */
  async deliverDue(budgetMs = 30_000): Promise<DeliveryStats> {
    const started = Date.now();
    const total: DeliveryStats = { claimed: 0, sent: 0, retrying: 0, failed: 0, skipped: 0 };
    // Claim no more than the SMTP pool sends well inside a lease, so claims spread across instances.
    const limit = Math.min(this.config.scheduler.batchSize, this.config.outbox.smtpPoolSize * 20);
    for (;;) {
      const stats = await this.deliverBatch(limit);
      for (const key of Object.keys(total) as (keyof DeliveryStats)[]) total[key] += stats[key];
      if (stats.claimed < limit || Date.now() - started > budgetMs) return total;
    }
  }

  private async deliverBatch(limit: number): Promise<DeliveryStats> {
    const stats: DeliveryStats = { claimed: 0, sent: 0, retrying: 0, failed: 0, skipped: 0 };
    const leaseMs = this.config.scheduler.leaseMs;
    return this.sql.run(async (client) => {
      const claimedAt = Date.now();
      const { rows } = await client.query<ClaimedEmail>(
        `UPDATE "outbound_email" o
            SET status = 'SENDING', "claimedBy" = $1, "leaseUntil" = now() + $2 * interval '1 millisecond',
                attempts = o.attempts + 1, "updatedAt" = now()
          WHERE o.id IN (
            SELECT id FROM "outbound_email"
             WHERE (status = 'PENDING' AND "nextAttemptAt" <= now()) OR (status = 'SENDING' AND "leaseUntil" < now())
             ORDER BY "nextAttemptAt", id
             FOR UPDATE SKIP LOCKED
             LIMIT $3)
        RETURNING o.id, o."idempotencyKey", o."toAddress", o.subject, o."textBody", o."htmlBody", o.headers, o.attempts`,
        [this.identity.id, leaseMs, limit],
      );
      stats.claimed = rows.length;
      if (rows.length === 0) return stats;
      // Never start a send that could still be running when the lease ends (SMTP socket timeout is 30 s).
      const startBy = claimedAt + leaseMs - Math.min(35_000, leaseMs / 2);
      // The SMTP sends overlap, the connection's statements must not (pg runs one query at a time per client and
      // is dropping its implicit queue): the workers' status updates go through one chain, in order.
      let tail: Promise<unknown> = Promise.resolve();
      const execute: Execute = (text, values) => {
        const done = tail.then(() => client.query(text, values)).then(() => undefined);
        tail = done.catch(() => undefined);
        return done;
      };
      let next = 0;
      let failure: unknown;
      const skipped: string[] = [];
      const worker = async () => {
        while (next < rows.length && failure === undefined) {
          const row = rows[next++];
          if (!row) return;
          if (Date.now() > startBy) {
            stats.skipped += 1;
            skipped.push(row.id);
            continue;
          }
          try {
            stats[await this.deliverOne(execute, row)] += 1;
          } catch (error) {
            // The database went away: stop taking rows; what is claimed is taken over after the lease.
            failure ??= error;
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(rows.length, this.config.outbox.smtpPoolSize * 2) }, worker));
      if (failure !== undefined) throw failure;
      if (skipped.length > 0) {
        // Not attempted: hand them back at once (the claim's attempt does not count) instead of after the lease.
        await client.query(
          `UPDATE "outbound_email" SET status = 'PENDING', attempts = attempts - 1, "leaseUntil" = NULL, "updatedAt" = now()
            WHERE id = ANY($1::uuid[]) AND status = 'SENDING' AND "claimedBy" = $2`,
          [skipped, this.identity.id],
        );
      }
      return stats;
    });
  }

  private async deliverOne(execute: Execute, row: ClaimedEmail): Promise<'sent' | 'retrying' | 'failed'> {
    const max = this.config.outbox.maxAttempts;
    if (row.attempts > max) {
      // Claimed again after its lease ran out on the last attempt (the sender died): give up visibly.
      await this.markFailure(execute, row, 'FAILED', 0, 'gave up: the last attempt did not finish (instance stopped during delivery)');
      return 'failed';
    }
    try {
      await this.mail.send({
        to: row.toAddress,
        subject: row.subject,
        text: row.textBody,
        html: row.htmlBody ?? undefined,
        messageId: messageIdFor(row.idempotencyKey),
        headers: row.headers && Object.keys(row.headers).length > 0 ? row.headers : undefined,
      });
    } catch (error) {
      const permanent = isPermanentSmtpFailure(error);
      const status = permanent || row.attempts >= max ? 'FAILED' : 'PENDING';
      const delay = backoffDelayMs(row.attempts, this.config.outbox.backoffBaseMs, this.config.outbox.backoffMaxMs);
      await this.markFailure(execute, row, status, delay, describeSmtpError(error));
      if (status === 'FAILED') this.logger.warn(`email ${row.id} failed after ${row.attempts} attempt(s): ${describeSmtpError(error)}`);
      return status === 'FAILED' ? 'failed' : 'retrying';
    }
    await execute(
      `UPDATE "outbound_email" SET status = 'SENT', "sentAt" = now(), "leaseUntil" = NULL, "updatedAt" = now()
        WHERE id = $1 AND status = 'SENDING' AND "claimedBy" = $2`,
      [row.id, this.identity.id],
    );
    return 'sent';
  }

  private async markFailure(execute: Execute, row: ClaimedEmail, status: 'PENDING' | 'FAILED', delayMs: number, error: string): Promise<void> {
    await execute(
      `UPDATE "outbound_email"
          SET status = $3::"EmailStatus", "nextAttemptAt" = now() + $4 * interval '1 millisecond', "lastError" = $5,
              "leaseUntil" = NULL, "updatedAt" = now()
        WHERE id = $1 AND status = 'SENDING' AND "claimedBy" = $2`,
      [row.id, this.identity.id, status, delayMs, error],
    );
  }
}
