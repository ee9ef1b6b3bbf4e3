import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { interpretAlipayMessage } from '@waiji/domain';
import type { AuthContext } from '../auth/auth-context';
import { PassportCipher } from '../clients/passport-cipher';
import { loadForTransition } from '../cases/case-rows';
import { ClientNotices } from '../cases/client-notices';
import { messageSuggestion, recordMessage, staleMessageDate } from '../cases/transitions.service';
import { CONFIG, type Config } from '../config/config';
import { appendEvent } from '../database/case-events';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { ApiError } from '../common/api-error';
import { OcrService } from '../ocr/ocr.service';
import { backoffDelayMs } from '../outbox/backoff';
import { SchedulerIdentity } from '../scheduler/scheduler-identity';
import { recordWebhookEvent } from '../webhooks/webhook-events';
import { addressTokens, caseTokenAmong } from './inbound-addresses';
import { type InboundMail, MalformedMailError, parseInboundMail } from './mail-parsing';

export type InboundSource = 'SMTP' | 'IMAP';

/** Processed queue rows are kept this long (the hourly allowance counts them), parked mails' bytes this long. */
const DONE_RETENTION_DAYS = 2;
const PARKED_RETENTION_DAYS = 30;
const PURGE_EVERY_MS = 10 * 60_000;

/** At most this many screenshots of one mail are read with OCR. */
const MAX_SCREENSHOTS = 3;

/** What became of one queued mail. */
export type IngestOutcome =
  | { status: 'MATCHED' | 'UNMATCHED'; messageId: string; caseId: string | null; autoApplied: boolean }
  | { status: 'DUPLICATE'; messageId: string }
  | { status: 'IGNORED'; reason: string };

export type ProcessStats = { claimed: number; done: number; ignored: number; retrying: number; parked: number };

type ClaimedRaw = {
  id: string;
  organizationId: string;
  source: InboundSource;
  recipient: string | null;
  raw: Buffer | null;
  attempts: number;
};

/** The recipient an SMTP client named, resolved at RCPT time: whose mail it is and, for a case address, which case. */
export type ResolvedRecipient = { organizationId: string; caseId: string | null };

/**
 * One way in for every inbound mail. The SMTP listener and the IMAP poller only queue the raw mail (inbound_raw,
 * tenant-scoped, with its organization); processDue claims queued mails like the outbox claims emails (FOR UPDATE
 * SKIP LOCKED and a lease, so several instances never parse one twice), parses each and ingests it in one tenant
 * transaction. A mail that throws is retried with backoff and, after INBOUND_MAX_ATTEMPTS (at once when it cannot
 * be parsed at all), parked with its error for admins to see: it never holds up the mails behind it.
 */
@Injectable()
export class InboundIngestService implements OnModuleDestroy {
  private readonly logger = new Logger('InboundMail');
  private readonly running = new Set<Promise<unknown>>();
  private lastPurgeAt = 0;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly db: TenantDatabase,
    private readonly identity: SchedulerIdentity,
    private readonly cipher: PassportCipher,
    private readonly notices: ClientNotices,
    private readonly ocr: OcrService,
  ) {}

  /** An address on INBOUND_DOMAIN that names an organization or a case we know; null otherwise. */
  async resolveRecipient(address: string): Promise<ResolvedRecipient | null> {
    const tokens = addressTokens(address, this.config.inbound.domain);
    if (!tokens) return null;
    return this.db.session(async (sql) => {
      const org = tokens.orgToken
        ? (
            await sql.query<{ organizationId: string }>(
              `SELECT "organizationId" FROM "inbound_mailbox" WHERE token = $1`,
              [tokens.orgToken],
            )
          ).rows[0]
        : undefined;
      if (tokens.orgToken && !org) return null;
      if (!tokens.caseToken) return org ? { organizationId: org.organizationId, caseId: null } : null;
      const kase = (
        await sql.query<{ organizationId: string; caseId: string }>(
          `SELECT "organizationId", "caseId" FROM "case_inbound_address" WHERE token = $1`,
          [tokens.caseToken],
        )
      ).rows[0];
      if (!kase || (org && org.organizationId !== kase.organizationId)) return null;
      return { organizationId: kase.organizationId, caseId: kase.caseId };
    });
  }

  /** How many more mails the organization may receive this hour (the per-organization rate limit). */
  async allowance(organizationId: string): Promise<number> {
    return this.db.session(async (sql) => {
      const { rows } = await sql.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM "inbound_raw" WHERE "organizationId" = $1 AND "createdAt" > now() - interval '1 hour'`,
        [organizationId],
      );
      return Math.max(0, this.config.inbound.perHour - (rows[0]?.count ?? 0));
    });
  }

  /** Queues a received mail; the caller's SMTP or IMAP session can acknowledge it once this returns. */
  async enqueue(organizationId: string, source: InboundSource, raw: Buffer, recipient: string | null): Promise<string> {
    return this.db.session(async (sql) => {
      const { rows } = await sql.query<{ id: string }>(
        `INSERT INTO "inbound_raw" ("organizationId", source, recipient, raw, size) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [organizationId, source, recipient, raw, raw.length],
      );
      return rows[0]?.id ?? '';
    });
  }

  /** A mail refused for its size: nothing of it is kept but the fact, parked so admins see why it never arrived. */
  async recordRefused(organizationId: string, source: InboundSource, size: number, reason: string): Promise<void> {
    await this.db.session((sql) =>
      sql.query(
        `INSERT INTO "inbound_raw" ("organizationId", source, raw, size, status, attempts, "lastError", "doneAt")
         VALUES ($1, $2, NULL, $3, 'PARKED', 1, $4, now())`,
        [organizationId, source, size, reason.slice(0, 1000)],
      ),
    );
  }

  /** Processes queued mails now, in the background; shutdown waits for it. */
  kick(): void {
    const work = this.processDue().catch((error: unknown) =>
      this.logger.error(`inbound processing failed: ${error instanceof Error ? error.message : String(error)}`),
    );
    this.running.add(work);
    void work.finally(() => this.running.delete(work));
  }

  /** Resolves when the background processing started so far has finished. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  async onModuleDestroy(): Promise<void> {
    await this.idle();
  }

  /** Claims and ingests due queued mails until none is left (or the budget is spent). */
  async processDue(budgetMs = 30_000): Promise<ProcessStats> {
    if (Date.now() - this.lastPurgeAt > PURGE_EVERY_MS) {
      this.lastPurgeAt = Date.now();
      await this.purge();
    }
    const total: ProcessStats = { claimed: 0, done: 0, ignored: 0, retrying: 0, parked: 0 };
    const started = Date.now();
    for (;;) {
      const claimed = await this.claim(20);
      total.claimed += claimed.length;
      for (const row of claimed) total[await this.processOne(row)] += 1;
      if (claimed.length < 20 || Date.now() - started > budgetMs) return total;
    }
  }

  /**
   * Drops what the queue no longer needs: processed rows after DONE_RETENTION_DAYS (the message itself stays in
   * inbound_message), and a parked mail's bytes after PARKED_RETENTION_DAYS (its error stays for the record).
   */
  async purge(): Promise<{ deleted: number; emptied: number }> {
    return this.db.session(async (sql) => {
      const deleted = await sql.query(
        `DELETE FROM "inbound_raw" WHERE status IN ('DONE', 'IGNORED') AND "createdAt" < now() - $1 * interval '1 day'`,
        [DONE_RETENTION_DAYS],
      );
      const emptied = await sql.query(
        `UPDATE "inbound_raw" SET raw = NULL WHERE status = 'PARKED' AND raw IS NOT NULL AND "createdAt" < now() - $1 * interval '1 day'`,
        [PARKED_RETENTION_DAYS],
      );
      return { deleted: deleted.rowCount ?? 0, emptied: emptied.rowCount ?? 0 };
    });
  }

  private claim(limit: number): Promise<ClaimedRaw[]> {
    return this.db.session(async (sql) => {
      const { rows } = await sql.query<ClaimedRaw>(
        `UPDATE "inbound_raw" r
            SET "claimedBy" = $1, "leaseUntil" = now() + $2 * interval '1 millisecond', attempts = r.attempts + 1
          WHERE r.id IN (
            SELECT id FROM "inbound_raw"
             WHERE status = 'PENDING' AND "nextAttemptAt" <= now() AND ("leaseUntil" IS NULL OR "leaseUntil" < now())
             ORDER BY "nextAttemptAt", id
             FOR UPDATE SKIP LOCKED
             LIMIT $3)
        RETURNING r.id, r."organizationId", r.source, r.recipient, r.raw, r.attempts`,
        [this.identity.id, this.config.scheduler.leaseMs, limit],
      );
      return rows;
    });
  }

  private async processOne(row: ClaimedRaw): Promise<'done' | 'ignored' | 'retrying' | 'parked'> {
    try {
      if (!row.raw) throw new MalformedMailError('the mail was not kept');
      const outcome = await this.ingest(row.organizationId, row.source, row.raw, row.recipient);
      await this.db.session((sql) =>
        sql.query(
          `UPDATE "inbound_raw" SET status = $2, raw = NULL, "leaseUntil" = NULL, "doneAt" = now(), "lastError" = $3, "messageId" = $4
            WHERE id = $1`,
          [
            row.id,
            outcome.status === 'IGNORED' ? 'IGNORED' : 'DONE',
            outcome.status === 'IGNORED' ? outcome.reason : null,
            outcome.status === 'IGNORED' ? null : outcome.messageId,
          ],
        ),
      );
      return outcome.status === 'IGNORED' ? 'ignored' : 'done';
    } catch (error) {
      const message = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 1000);
      const park = error instanceof MalformedMailError || row.attempts >= this.config.inbound.maxAttempts;
      const delay = backoffDelayMs(row.attempts, this.config.outbox.backoffBaseMs, this.config.outbox.backoffMaxMs);
      await this.db.session((sql) =>
        sql.query(
          `UPDATE "inbound_raw" SET status = $2, "lastError" = $3, "leaseUntil" = NULL,
                  "nextAttemptAt" = now() + $4 * interval '1 millisecond', "doneAt" = CASE WHEN $2 = 'PARKED' THEN now() END
            WHERE id = $1`,
          [row.id, park ? 'PARKED' : 'PENDING', message, delay],
        ),
      );
      this.logger.warn(`inbound mail ${row.id} ${park ? 'parked' : 'will be retried'}: ${message}`);
      return park ? 'parked' : 'retrying';
    }
  }

  /** Parses one mail and records it for its organization: matched to a case, or in the unmatched inbox. */
  async ingest(
    organizationId: string,
    source: InboundSource,
    raw: Buffer,
    recipient: string | null,
  ): Promise<IngestOutcome> {
    const parsed = await parseInboundMail(raw);
    if (parsed.ignoreReason) return { status: 'IGNORED', reason: parsed.ignoreReason };
    const mail = await this.withScreenshotText(parsed);
    const now = new Date();
    return this.db.run({ organizationId }, async (tx) => {
      const inserted = await tx.sql.query<{ id: string }>(
        `INSERT INTO "inbound_message" ("organizationId", "messageId", source, status, "fromAddress", "fromName", "originalFrom",
                                        subject, body, html, "sentAt", "receivedAt", attachments, "messageCodes")
         VALUES ($1, $2, $3, 'UNMATCHED', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT ("organizationId", "messageId") DO NOTHING RETURNING id`,
        [
          organizationId,
          mail.messageId,
          source,
          mail.from,
          mail.fromName,
          mail.originalFrom,
          mail.subject,
          mail.body,
          mail.html,
          mail.sentAt,
          now,
          JSON.stringify({ dropped: mail.droppedAttachments }),
          interpretAlipayMessage(mail.body, { receivedAt: mail.sentAt ?? now }).map((found) => found.code),
        ],
      );
      const messageId = inserted.rows[0]?.id;
      if (!messageId) {
        const existing = await tx.sql.query<{ id: string }>(
          `SELECT id FROM "inbound_message" WHERE "organizationId" = $1 AND "messageId" = $2`,
          [organizationId, mail.messageId],
        );
        return { status: 'DUPLICATE', messageId: existing.rows[0]?.id ?? '' };
      }
      await this.storeAttachments(tx, organizationId, messageId, mail);
      const match = await this.match(tx, mail, recipient);
      await recordWebhookEvent(tx.sql, organizationId, 'message.received', {
        messageId,
        caseId: match.caseId,
        source,
      });
      if (!match.caseId) {
        await tx.sql.query(`UPDATE "inbound_message" SET "candidateCaseIds" = $2::uuid[] WHERE id = $1`, [
          messageId,
          match.candidates,
        ]);
        return { status: 'UNMATCHED', messageId, caseId: null, autoApplied: false };
      }
      await this.attachToCase(tx, organizationId, messageId, match.caseId, null, now);
      const autoApplied = await this.autoApply(tx, organizationId, messageId, match.caseId, mail, now);
      return { status: 'MATCHED', messageId, caseId: match.caseId, autoApplied };
    });
  }

  /**
   * A mail whose text says nothing the interpreter knows but that carries screenshots (a client forwarding what the
   * app showed): the images are read with the OCR of the screenshot path, and their text joins the body the
   * interpreter reads. An image OCR cannot take (not PNG/JPEG/WebP, too large) is skipped; a busy OCR throws, so the
   * mail is retried later.
   */
  private async withScreenshotText(mail: InboundMail): Promise<InboundMail> {
    const images = mail.attachments.filter((attachment) => /^image\/(png|jpe?g|webp)$/i.test(attachment.contentType));
    if (images.length === 0) return mail;
    if (interpretAlipayMessage(mail.body, { receivedAt: mail.sentAt ?? new Date() }).length > 0) return mail;
    const read: string[] = [];
    for (const image of images.slice(0, MAX_SCREENSHOTS)) {
      try {
        const { text } = await this.ocr.recognise(image.content);
        if (text.trim() !== '') read.push(`[${image.filename}]\n${text.trim()}`);
      } catch (error) {
        if (error instanceof ApiError && error.code === 'OCR_BUSY') throw error;
        this.logger.log(
          `screenshot ${image.filename} not read: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    if (read.length === 0) return mail;
    return { ...mail, body: [mail.body, ...read].filter((part) => part.trim() !== '').join('\n\n') };
  }

  private async storeAttachments(tx: Tx, organizationId: string, messageId: string, mail: InboundMail): Promise<void> {
    if (mail.attachments.length === 0) return;
    const records = mail.attachments.map((attachment) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      size: attachment.content.length,
      contentEnc: this.cipher.encrypt(attachment.content.toString('base64'), organizationId),
    }));
    await tx.sql.query(
      `INSERT INTO "inbound_attachment" ("organizationId", "inboundMessageId", filename, "contentType", size, "contentEnc")
       SELECT $1, $2, x.filename, x."contentType", x.size, x."contentEnc"
         FROM jsonb_to_recordset($3::jsonb) AS x(filename text, "contentType" text, size int, "contentEnc" text)`,
      [organizationId, messageId, JSON.stringify(records)],
    );
  }

  /**
   * Which case: the case address it was sent to; else the case a helper filed this sender's mail under before; else
   * the sender's client's one open case. A client with several open cases, or an unknown sender: the unmatched inbox
   * (with the client's cases as candidates).
   */
  private async match(
    tx: Tx,
    mail: InboundMail,
    recipient: string | null,
  ): Promise<{ caseId: string | null; candidates: string[] }> {
    const token =
      (recipient ? addressTokens(recipient, this.config.inbound.domain)?.caseToken : null) ??
      caseTokenAmong(mail.recipients);
    if (token) {
      const { rows } = await tx.sql.query<{ caseId: string }>(
        `SELECT "caseId" FROM "case_inbound_address" WHERE token = $1`,
        [token],
      );
      if (rows[0]) return { caseId: rows[0].caseId, candidates: [] };
    }
    const remembered = await tx.sql.query<{ caseId: string }>(
      `SELECT s."caseId" FROM "inbound_sender" s JOIN "case" c ON c.id = s."caseId" AND c."archivedAt" IS NULL
        WHERE s.email = $1`,
      [mail.from],
    );
    if (remembered.rows[0]) return { caseId: remembered.rows[0].caseId, candidates: [] };
    const open = await tx.sql.query<{ id: string }>(
      `SELECT c.id FROM "client" cl JOIN "case" c ON c."clientId" = cl.id
        WHERE lower(cl.email) = $1 AND cl."archivedAt" IS NULL AND c."archivedAt" IS NULL AND c.state <> 'APPROVED'
        ORDER BY c."createdAt" DESC LIMIT 20`,
      [mail.from],
    );
    if (open.rows.length === 1 && open.rows[0]) return { caseId: open.rows[0].id, candidates: [] };
    return { caseId: null, candidates: open.rows.map((row) => row.id) };
  }

  /** Puts a message on a case: its timeline entry (EMAIL) and the message MATCHED to the case. */
  async attachToCase(
    tx: Tx,
    organizationId: string,
    messageId: string,
    caseId: string,
    actorId: string | null,
    now: Date,
  ): Promise<void> {
    const { rows } = await tx.sql.query<{
      fromAddress: string;
      fromName: string | null;
      originalFrom: string | null;
      subject: string;
      body: string;
      sentAt: Date | null;
      receivedAt: Date;
      messageCodes: string[];
      files: { filename: string; size: number }[] | null;
    }>(
      `SELECT m."fromAddress", m."fromName", m."originalFrom", m.subject, m.body, m."sentAt", m."receivedAt", m."messageCodes",
              (SELECT jsonb_agg(jsonb_build_object('filename', a.filename, 'size', a.size) ORDER BY a.filename)
                 FROM "inbound_attachment" a WHERE a."inboundMessageId" = m.id) AS files
         FROM "inbound_message" m WHERE m.id = $1`,
      [messageId],
    );
    const message = rows[0];
    if (!message) return;
    const event = await appendEvent(tx.sql, {
      organizationId,
      caseId,
      action: 'EMAIL',
      actorId,
      at: now,
      originalMessage: message.body === '' ? null : message.body,
      data: {
        inboundMessageId: messageId,
        from: message.fromAddress,
        fromName: message.fromName,
        originalFrom: message.originalFrom,
        subject: message.subject,
        receivedAt: (message.sentAt ?? message.receivedAt).toISOString(),
        messageCodes: message.messageCodes,
        attachments: message.files ?? [],
      },
    });
    await tx.sql.query(
      `UPDATE "inbound_message" SET "caseId" = $2, status = 'MATCHED', "eventId" = $3, "candidateCaseIds" = '{}' WHERE id = $1`,
      [messageId, caseId, event.id],
    );
  }

  /**
   * Only when the organization turned auto-apply on and trusts the sender: the suggested transition is made at once,
   * on behalf of the member who marked the sender trusted. A refusal (cooling down, a message from long ago, the case
   * moved meanwhile) leaves the message for a helper, as without auto-apply.
   */
  private async autoApply(
    tx: Tx,
    organizationId: string,
    messageId: string,
    caseId: string,
    mail: InboundMail,
    now: Date,
  ): Promise<boolean> {
    const { rows } = await tx.sql.query<{ trustedById: string; role: AuthContext['role']; email: string }>(
      `SELECT s."trustedById", ms.role, u.email
         FROM "inbound_mailbox" b
         JOIN "inbound_sender" s ON s."organizationId" = b."organizationId" AND s.email = $2 AND s.trusted
         JOIN "membership" ms ON ms."organizationId" = b."organizationId" AND ms."userId" = s."trustedById"
         JOIN "user" u ON u.id = s."trustedById"
        WHERE b."organizationId" = $1 AND b."autoApplyTrusted"`,
      [organizationId, mail.from],
    );
    const trusted = rows[0];
    if (!trusted) return false;
    const auth: AuthContext = {
      userId: trusted.trustedById,
      email: trusted.email,
      sessionId: '',
      organizationId,
      role: trusted.role,
      clientId: null,
      ip: undefined,
    };
    const current = await loadForTransition(tx.sql, organizationId, caseId, auth.userId);
    if (current.archivedAt) return false;
    const receivedAt = mail.sentAt ?? now;
    const interpretations = interpretAlipayMessage(mail.body, { receivedAt });
    if (!messageSuggestion(interpretations, current.type, current.state)) return false;
    if (staleMessageDate(interpretations, receivedAt, now)) return false;
    await tx.sql.query('SAVEPOINT inbound_auto_apply');
    try {
      const done = await recordMessage(
        tx.sql,
        auth,
        current,
        {
          text: mail.body,
          receivedAt,
          version: current.version,
          extraData: { inboundMessageId: messageId, autoApplied: true },
        },
        now,
        this.notices,
      );
      await tx.sql.query(
        `UPDATE "inbound_message" SET status = 'APPLIED', "autoApplied" = true, "appliedVersion" = $2, "decidedById" = $3 WHERE id = $1`,
        [messageId, done.row.version, auth.userId],
      );
      await tx.sql.query('RELEASE SAVEPOINT inbound_auto_apply');
      return true;
    } catch (error) {
      await tx.sql.query('ROLLBACK TO SAVEPOINT inbound_auto_apply');
      this.logger.log(`auto-apply of ${messageId} refused: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }
}
