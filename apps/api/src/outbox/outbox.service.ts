import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { CONFIG, type Config } from '../config/config';
import { TenantDatabase } from '../database/tenant-database';
import { MailService } from '../mail/mail.service';
import { SchedulerIdentity } from '../scheduler/scheduler-identity';
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
  /** The local part of the case's inbound address when the email is to a client about one case (inbound-mail). */
  replyLocal: string | null;
};

export type DeliveryStats = { claimed: number; sent: number; retrying: number; failed: number; skipped: number };

/**
 * Marks emails SENT. `age` is how long ago (ms) the SMTP server accepted each, so a late write keeps the true
 * time. Whoever holds the row now: the server accepted this mail, so SENT is the truth, and it stops a later
 * re-send (a row handed to another instance, or back to PENDING, would otherwise go out again).
 */
const ACK_SQL = `UPDATE "outbound_email" o
    SET status = 'SENT', "sentAt" = now() - a.age * interval '1 millisecond', "leaseUntil" = NULL, "updatedAt" = now()
   FROM unnest($1::uuid[], $2::int[]) AS a(id, age)
  WHERE o.id = a.id AND o.status <> 'SENT'`;

/** The Message-ID of an outbound email: its idempotency key, so a receiving system can drop a duplicate. */
export function messageIdFor(idempotencyKey: string): string {
  return `<${idempotencyKey}@waiji>`;
}

/**
 * Delivers the outbox. Claims due rows with one UPDATE … FOR UPDATE SKIP LOCKED (attempts + 1, a lease),
 * sends each through the pooled SMTP transport and marks it SENT, or schedules a retry with exponential
 * backoff and jitter, or FAILED after OUTBOX_MAX_ATTEMPTS (or at once on a permanent 5xx reply).
 *
 * Acknowledgements survive a database outage. An email the SMTP server accepted is remembered (`unacked`) until
 * its SENT mark commits; if the database is unreachable, a background loop keeps writing the marks (back-off
 * capped at min(1 s, lease/10)) and this instance claims nothing new until they are written. Why no other
 * instance re-sends meanwhile — it may take over a row only when its lease has run out:
 * - while the database is reachable, a batch renews its rows' leases every lease/3, so whenever it becomes
 *   unreachable at least 2/3 of a lease is left (minus one SMTP send, at most 30 s);
 * - a claim takes over a stale lease only once PostgreSQL has been up for a full lease
 *   (`pg_postmaster_start_time()`): after a restart every holder has a whole lease to write its marks, and it
 *   retries at least every second. So a database restart, however long, duplicates nothing.
 * What is left: an instance that cannot reach a database that did not restart (a network partition, a failover
 * to a replica) for longer than the rest of its lease, and a process that dies between the SMTP server's
 * acceptance and the commit of the mark (SIGKILL, power loss): those rows are sent again after the lease. The
 * duplicate carries the same Message-ID (`<idempotencyKey@waiji>`), so receiving systems that deduplicate drop it.
 */
@Injectable()
export class OutboxService implements OnModuleDestroy {
  private readonly logger = new Logger('Outbox');
  /** Emails the SMTP server accepted whose SENT mark is not committed yet: id → when accepted (Date.now()). */
  private readonly unacked = new Map<string, number>();
  private flushing: Promise<void> | undefined;
  /** Set at shutdown: the flush loop gives up after this moment. */
  private giveUpAt = Number.POSITIVE_INFINITY;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly db: TenantDatabase,
    private readonly mail: MailService,
    private readonly identity: SchedulerIdentity,
  ) {}

  /** Claim and send due emails until none are left or `budgetMs` has passed. */
  async deliverDue(budgetMs = 30_000): Promise<DeliveryStats> {
    const started = Date.now();
    const total: DeliveryStats = { claimed: 0, sent: 0, retrying: 0, failed: 0, skipped: 0 };
    // Marks the database could not take yet come first: no new claims until they are written.
    if (!(await this.acksWritten(budgetMs))) return total;
    // Claim no more than the SMTP pool sends well inside a lease, so claims spread across instances.
    const limit = Math.min(this.config.scheduler.batchSize, this.config.outbox.smtpPoolSize * 20);
    for (;;) {
      let stats: DeliveryStats;
      try {
        stats = await this.deliverBatch(limit);
      } catch (error) {
        if (this.unacked.size > 0) void this.flushAcks();
        throw error;
      }
      for (const key of Object.keys(total) as (keyof DeliveryStats)[]) total[key] += stats[key];
      if (stats.claimed < limit || Date.now() - started > budgetMs) return total;
    }
  }

  private async deliverBatch(limit: number): Promise<DeliveryStats> {
    const stats: DeliveryStats = { claimed: 0, sent: 0, retrying: 0, failed: 0, skipped: 0 };
    const leaseMs = this.config.scheduler.leaseMs;
    return this.db.session(async (client) => {
      const claimedAt = Date.now();
      const { rows } = await client.query<ClaimedEmail>(
        `UPDATE "outbound_email" o
            SET status = 'SENDING', "claimedBy" = $1, "leaseUntil" = now() + $2 * interval '1 millisecond',
                attempts = o.attempts + 1, "updatedAt" = now()
          WHERE o.id IN (
            SELECT id FROM "outbound_email"
             WHERE (status = 'PENDING' AND "nextAttemptAt" <= now())
                OR (status = 'SENDING' AND "leaseUntil" < now() AND pg_postmaster_start_time() < now() - $2 * interval '1 millisecond')
             ORDER BY "nextAttemptAt", id
             FOR UPDATE SKIP LOCKED
             LIMIT $3)
        RETURNING o.id, o."idempotencyKey", o."toAddress", o.subject, o."textBody", o."htmlBody", o.headers, o.attempts,
                  waiji_inbound_reply_local(o."organizationId", o."idempotencyKey") AS "replyLocal"`,
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
      // Keep the claim alive while the database answers (see the class comment); a failed renewal is the
      // outage the workers' own statements report.
      const ids = rows.map((row) => row.id);
      const renewal = setInterval(() => {
        execute(
          `UPDATE "outbound_email" SET "leaseUntil" = now() + $3 * interval '1 millisecond'
            WHERE id = ANY($1::uuid[]) AND status = 'SENDING' AND "claimedBy" = $2`,
          [ids, this.identity.id, leaseMs],
        ).catch(() => undefined);
      }, leaseMs / 3);
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
      try {
        await Promise.all(Array.from({ length: Math.min(rows.length, this.config.outbox.smtpPoolSize * 2) }, worker));
      } finally {
        clearInterval(renewal);
      }
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
      await this.markFailure(
        execute,
        row,
        'FAILED',
        0,
        'gave up: the last attempt did not finish (instance stopped during delivery)',
      );
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
        // Replies from the client land on their case (INBOUND_DOMAIN set: mail to it reaches Waiji).
        replyTo:
          row.replyLocal && this.config.inbound.replyTo ? `${row.replyLocal}@${this.config.inbound.domain}` : undefined,
      });
    } catch (error) {
      const permanent = isPermanentSmtpFailure(error);
      const status = permanent || row.attempts >= max ? 'FAILED' : 'PENDING';
      const delay = backoffDelayMs(row.attempts, this.config.outbox.backoffBaseMs, this.config.outbox.backoffMaxMs);
      await this.markFailure(execute, row, status, delay, describeSmtpError(error));
      if (status === 'FAILED')
        this.logger.warn(`email ${row.id} failed after ${row.attempts} attempt(s): ${describeSmtpError(error)}`);
      return status === 'FAILED' ? 'failed' : 'retrying';
    }
    // Remembered before the write: if the database is gone, the flush loop writes it later (see the class comment).
    this.unacked.set(row.id, Date.now());
    await execute(ACK_SQL, [[row.id], [0]]);
    this.unacked.delete(row.id);
    return 'sent';
  }

  /** Waits up to `timeoutMs` for the pending SENT marks to be written; true when none is left. */
  private async acksWritten(timeoutMs: number): Promise<boolean> {
    if (this.unacked.size === 0) return true;
    const timeout = new AbortController();
    await Promise.race([
      this.flushAcks(),
      sleep(timeoutMs, undefined, { signal: timeout.signal }).catch(() => undefined),
    ]);
    timeout.abort();
    return this.unacked.size === 0;
  }

  /** The one loop writing pending SENT marks, retried with back-off until written (or shutdown gives up). */
  private flushAcks(): Promise<void> {
    this.flushing ??= this.retryAcks().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async retryAcks(): Promise<void> {
    const capMs = Math.min(1_000, this.config.scheduler.leaseMs / 10);
    for (let attempt = 1; this.unacked.size > 0; attempt += 1) {
      const pending = [...this.unacked];
      const now = Date.now();
      try {
        await this.db.session((client) =>
          client.query(ACK_SQL, [pending.map(([id]) => id), pending.map(([, at]) => now - at)]),
        );
        for (const [id] of pending) this.unacked.delete(id);
        this.logger.log(
          `wrote ${pending.length} SENT mark(s) held while the database was unreachable (${attempt} attempt(s))`,
        );
      } catch (error) {
        if (Date.now() >= this.giveUpAt) return;
        if (attempt === 1) {
          this.logger.warn(
            `${pending.length} sent email(s) not marked SENT yet (${error instanceof Error ? error.message : String(error)}); retrying, no new claims meanwhile`,
          );
        }
        await sleep(backoffDelayMs(attempt, Math.min(50, capMs), capMs));
      }
    }
  }

  /** Shutdown: one more bounded try at the pending marks; what is still unwritten goes out again after its lease. */
  async onModuleDestroy(): Promise<void> {
    // Set even with nothing pending: a tick still finishing may hand the loop marks, and it must not outlive the pool.
    this.giveUpAt = Date.now() + Math.min(10_000, this.config.scheduler.leaseMs / 2);
    if (this.unacked.size === 0) return;
    await this.flushAcks();
    if (this.unacked.size > 0) {
      this.logger.error(
        `stopping with ${this.unacked.size} sent email(s) not marked SENT (database unreachable): they will be sent again after their lease`,
      );
    }
  }

  private async markFailure(
    execute: Execute,
    row: ClaimedEmail,
    status: 'PENDING' | 'FAILED',
    delayMs: number,
    error: string,
  ): Promise<void> {
    await execute(
      `UPDATE "outbound_email"
          SET status = $3::"EmailStatus", "nextAttemptAt" = now() + $4 * interval '1 millisecond', "lastError" = $5,
              "leaseUntil" = NULL, "updatedAt" = now()
        WHERE id = $1 AND status = 'SENDING' AND "claimedBy" = $2`,
      [row.id, this.identity.id, status, delayMs, error],
    );
  }
}
