import { Inject, Injectable, Logger } from '@nestjs/common';
import { loadImapflow } from '../common/lazy';
import { PassportCipher } from '../clients/passport-cipher';
import { CONFIG, type Config } from '../config/config';
import { TenantDatabase } from '../database/tenant-database';
import { SchedulerIdentity } from '../scheduler/scheduler-identity';
import { InboundIngestService } from './inbound-ingest.service';

/** The keyword a drained message gets (with \Seen); messages are never deleted or moved. */
export const PROCESSED_KEYWORD = '$WaijiProcessed';
/** How often a connected mailbox is polled (IDLE is not used: a poll per scheduler tick is enough for this mail). */
const POLL_EVERY_MS = 60_000;
/** At most this many messages per mailbox per poll. */
const BATCH = 50;

type DueMailbox = {
  organizationId: string;
  imapHost: string;
  imapPort: number;
  imapTls: boolean;
  imapUser: string;
  imapPasswordEnc: string;
  imapFolder: string;
};

export type PollStats = { mailboxes: number; fetched: number; failed: number };

/**
 * Drains the IMAP mailboxes organizations connected. Each due mailbox is claimed with a lease (FOR UPDATE SKIP
 * LOCKED), so of several instances one polls it; the messages without our keyword are fetched, queued like SMTP
 * mail and then flagged \Seen + $WaijiProcessed, never deleted. A failing mailbox keeps its error for the settings
 * page and is tried again on the next poll.
 */
@Injectable()
export class InboundImapService {
  private readonly logger = new Logger('InboundImap');

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly db: TenantDatabase,
    private readonly identity: SchedulerIdentity,
    private readonly cipher: PassportCipher,
    private readonly ingest: InboundIngestService,
  ) {}

  async pollDue(): Promise<PollStats> {
    const stats: PollStats = { mailboxes: 0, fetched: 0, failed: 0 };
    const due = await this.db.session(async (sql) => {
      const { rows } = await sql.query<DueMailbox>(
        `UPDATE "inbound_mailbox" b
            SET "imapClaimedBy" = $1, "imapLeaseUntil" = now() + $2 * interval '1 millisecond'
          WHERE b."organizationId" IN (
            SELECT "organizationId" FROM "inbound_mailbox"
             WHERE "imapEnabled" AND "imapNextPollAt" <= now() AND ("imapLeaseUntil" IS NULL OR "imapLeaseUntil" < now())
               AND "imapHost" IS NOT NULL AND "imapUser" IS NOT NULL AND "imapPasswordEnc" IS NOT NULL
             ORDER BY "imapNextPollAt"
             FOR UPDATE SKIP LOCKED
             LIMIT 10)
        RETURNING b."organizationId", b."imapHost", b."imapPort", b."imapTls", b."imapUser", b."imapPasswordEnc", b."imapFolder"`,
        [this.identity.id, this.config.scheduler.leaseMs],
      );
      return rows;
    });
    for (const mailbox of due) {
      stats.mailboxes += 1;
      let error: string | null = null;
      try {
        stats.fetched += await this.drain(mailbox);
      } catch (failure) {
        stats.failed += 1;
        error = (failure instanceof Error ? failure.message : String(failure)).slice(0, 500);
        this.logger.warn(`IMAP mailbox of ${mailbox.organizationId}: ${error}`);
      }
      await this.db.session((sql) =>
        sql.query(
          `UPDATE "inbound_mailbox" SET "imapLeaseUntil" = NULL, "imapLastPolledAt" = now(), "imapLastError" = $2,
                  "imapNextPollAt" = now() + $3 * interval '1 millisecond'
            WHERE "organizationId" = $1`,
          [mailbox.organizationId, error, POLL_EVERY_MS],
        ),
      );
    }
    if (stats.fetched > 0) this.ingest.kick();
    return stats;
  }

  /** Fetches the unprocessed messages of one mailbox into the queue and flags them; returns how many. */
  private async drain(mailbox: DueMailbox): Promise<number> {
    const { ImapFlow } = await loadImapflow();
    const client = new ImapFlow({
      host: mailbox.imapHost,
      port: mailbox.imapPort,
      secure: mailbox.imapTls,
      auth: { user: mailbox.imapUser, pass: this.cipher.decrypt(mailbox.imapPasswordEnc, mailbox.organizationId) },
      logger: false,
      connectionTimeout: 15_000,
      greetingTimeout: 10_000,
      socketTimeout: 60_000,
    });
    client.on('error', (error: Error) => this.logger.warn(`IMAP ${mailbox.imapHost}: ${error.message}`));
    await client.connect();
    let fetched = 0;
    try {
      const lock = await client.getMailboxLock(mailbox.imapFolder);
      try {
        const allowance = Math.min(BATCH, await this.ingest.allowance(mailbox.organizationId));
        if (allowance <= 0) return 0;
        const uids = ((await client.search({ unKeyword: PROCESSED_KEYWORD }, { uid: true })) || []).slice(0, allowance);
        for (const uid of uids) {
          const message = await client.fetchOne(String(uid), { source: true, size: true }, { uid: true });
          if (!message) continue;
          const size = message.size ?? message.source?.length ?? 0;
          if (size > this.config.inbound.maxBytes || !message.source) {
            await this.ingest.recordRefused(
              mailbox.organizationId,
              'IMAP',
              size,
              `refused: ${size} bytes, over the limit of ${this.config.inbound.maxBytes} (INBOUND_MAX_BYTES)`,
            );
          } else {
            await this.ingest.enqueue(mailbox.organizationId, 'IMAP', message.source, null);
          }
          // Flagged only once queued: a crash in between fetches it again, and Message-ID keeps it one message.
          await client.messageFlagsAdd(String(uid), ['\\Seen', PROCESSED_KEYWORD], { uid: true });
          fetched += 1;
        }
      } finally {
        lock.release();
      }
    } finally {
      await client.logout().catch(() => client.close());
    }
    return fetched;
  }
}
