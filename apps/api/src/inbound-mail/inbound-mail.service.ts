import { Inject, Injectable } from '@nestjs/common';
import { type CaseAction, type CaseState, type CaseType, interpretAlipayMessage } from '@waiji/domain';
import type {
  ApplyInboundMessageRequest,
  ApplyInboundMessageResponse,
  AssignInboundMessageRequest,
  CaseInboundMailResponse,
  InboundCaseRef,
  InboundMessageListQuery,
  InboundMessageListResponse,
  InboundMessageResponse,
  InboundMessageStatus,
  InboundSenderRequest,
  InboundSettingsRequest,
  InboundSettingsResponse,
  PortalInboundAddressResponse,
  SaveInboundAttachmentRequest,
  UploadDocumentResponse,
} from '@waiji/contract';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { PassportCipher } from '../clients/passport-cipher';
import {
  loadCase,
  loadForTransition,
  toCaseResponse,
  toInterpretationResponse,
  toTimelineEntry,
} from '../cases/case-rows';
import { ClientNotices } from '../cases/client-notices';
import { messageSuggestion, recordMessage, stale } from '../cases/transitions.service';
import { ApiError } from '../common/api-error';
import { CONFIG, type Config } from '../config/config';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import { DocumentsService } from '../documents/documents.service';
import { caseAddress, orgAddress } from './inbound-addresses';
import { InboundIngestService } from './inbound-ingest.service';

type MessageRow = {
  id: string;
  status: InboundMessageStatus;
  source: 'SMTP' | 'IMAP';
  fromAddress: string;
  fromName: string | null;
  originalFrom: string | null;
  subject: string;
  body: string;
  html: string | null;
  sentAt: Date | null;
  receivedAt: Date;
  autoApplied: boolean;
  senderTrusted: boolean;
  caseRef: InboundCaseRef | null;
  candidates: InboundCaseRef[];
  files: { id: string; filename: string; contentType: string; size: number }[];
};

const MESSAGE_SELECT = `
  SELECT m.id, m.status, m.source, m."fromAddress", m."fromName", m."originalFrom", m.subject, m.body, m.html,
         m."sentAt", m."receivedAt", m."autoApplied", coalesce(s.trusted, false) AS "senderTrusted",
         CASE WHEN c.id IS NULL THEN NULL
              ELSE jsonb_build_object('id', c.id, 'clientName', cl."passportName", 'type', c.type, 'state', c.state) END AS "caseRef",
         (SELECT coalesce(jsonb_agg(jsonb_build_object('id', cc.id, 'clientName', ccl."passportName", 'type', cc.type, 'state', cc.state)
                                    ORDER BY cc."createdAt" DESC), '[]'::jsonb)
            FROM "case" cc JOIN "client" ccl ON ccl.id = cc."clientId" WHERE cc.id = ANY(m."candidateCaseIds")) AS candidates,
         (SELECT coalesce(jsonb_agg(jsonb_build_object('id', a.id, 'filename', a.filename, 'contentType', a."contentType", 'size', a.size)
                                    ORDER BY a.filename), '[]'::jsonb)
            FROM "inbound_attachment" a WHERE a."inboundMessageId" = m.id) AS files
    FROM "inbound_message" m
    LEFT JOIN "case" c ON c.id = m."caseId"
    LEFT JOIN "client" cl ON cl.id = c."clientId"
    LEFT JOIN "inbound_sender" s ON s."organizationId" = m."organizationId" AND s.email = m."fromAddress"`;

const LIST_LIMIT = 100;

function toMessage(row: MessageRow): InboundMessageResponse {
  const receivedAt = row.sentAt ?? row.receivedAt;
  const interpretations = interpretAlipayMessage(row.body, { receivedAt });
  const suggestion =
    row.caseRef && row.status === 'MATCHED'
      ? messageSuggestion(interpretations, row.caseRef.type as CaseType, row.caseRef.state as CaseState)
      : undefined;
  return {
    id: row.id,
    status: row.status,
    source: row.source,
    case: row.caseRef,
    candidates: row.candidates,
    from: row.fromAddress,
    fromName: row.fromName,
    originalFrom: row.originalFrom,
    subject: row.subject,
    body: row.body,
    html: row.html,
    sentAt: row.sentAt?.toISOString() ?? null,
    receivedAt: row.receivedAt.toISOString(),
    attachments: row.files,
    interpretations: interpretations.map(toInterpretationResponse),
    suggestedAction: (suggestion?.suggestedAction as CaseAction | undefined) ?? null,
    autoApplied: row.autoApplied,
    senderTrusted: row.senderTrusted,
  };
}

/** The inbound mail screens: addresses, the unmatched inbox, a case's emails, one-click apply, the settings. */
@Injectable()
export class InboundMailService {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly db: TenantDatabase,
    private readonly cipher: PassportCipher,
    private readonly notices: ClientNotices,
    private readonly ingest: InboundIngestService,
    private readonly audit: AuditService,
    private readonly documents: DocumentsService,
  ) {}

  /** The organization's mailbox row (made on first use: the token of its address). */
  private async mailboxToken(tx: Tx, organizationId: string): Promise<string> {
    const { rows } = await tx.sql.query<{ token: string }>(
      `WITH made AS (
         INSERT INTO "inbound_mailbox" ("organizationId", token) VALUES ($1, waiji_inbound_token())
         ON CONFLICT ("organizationId") DO NOTHING RETURNING token)
       SELECT token FROM made UNION ALL SELECT token FROM "inbound_mailbox" WHERE "organizationId" = $1`,
      [organizationId],
    );
    const token = rows[0]?.token;
    if (!token) throw new Error('inbound mailbox row missing');
    return token;
  }

  private async loadMessages(tx: Tx, where: string, params: unknown[]): Promise<InboundMessageResponse[]> {
    const { rows } = await tx.sql.query<MessageRow>(
      `${MESSAGE_SELECT} WHERE ${where} ORDER BY m."receivedAt" DESC, m.id DESC LIMIT ${LIST_LIMIT}`,
      params,
    );
    return rows.map(toMessage);
  }

  private async loadMessage(tx: Tx, organizationId: string, id: string): Promise<InboundMessageResponse> {
    const [found] = await this.loadMessages(tx, `m."organizationId" = $1 AND m.id = $2`, [organizationId, id]);
    if (!found) throw new ApiError('NOT_FOUND', 'No such email');
    return found;
  }

  list(auth: AuthContext, query: InboundMessageListQuery): Promise<InboundMessageListResponse> {
    return this.db.run(auth, async (tx) => ({
      items: await this.loadMessages(
        tx,
        query.status === 'UNMATCHED' ? `m."organizationId" = $1 AND m.status = 'UNMATCHED'` : `m."organizationId" = $1`,
        [auth.organizationId],
      ),
    }));
  }

  caseMail(auth: AuthContext, caseId: string): Promise<CaseInboundMailResponse> {
    return this.db.run(auth, async (tx) => {
      await loadCase(tx.sql, auth.organizationId, caseId);
      return {
        address: await this.caseAddressOf(tx, caseId),
        items: await this.loadMessages(tx, `m."organizationId" = $1 AND m."caseId" = $2`, [
          auth.organizationId,
          caseId,
        ]),
      };
    });
  }

  /** The client's own case's address ("forward Alipay's email here"); another case answers 404. */
  portalAddress(auth: AuthContext, caseId: string): Promise<PortalInboundAddressResponse> {
    return this.db.run(auth, async (tx) => {
      const { rows } = await tx.sql.query<{ clientId: string }>(
        `SELECT "clientId" FROM "case" WHERE "organizationId" = $1 AND id = $2`,
        [auth.organizationId, caseId],
      );
      const found = rows[0];
      if (!found || (auth.role === 'CLIENT' && found.clientId !== auth.clientId))
        throw new ApiError('NOT_FOUND', 'No such case');
      return { address: await this.caseAddressOf(tx, caseId) };
    });
  }

  private async caseAddressOf(tx: Tx, caseId: string): Promise<string> {
    const { rows } = await tx.sql.query<{ token: string }>(
      `SELECT token FROM "case_inbound_address" WHERE "caseId" = $1`,
      [caseId],
    );
    const token = rows[0]?.token;
    if (!token) throw new ApiError('NOT_FOUND', 'No such case');
    return caseAddress(token, this.config.inbound.domain);
  }

  /** Files an email under a case (and, with `remember`, this sender's next ones too). */
  assign(auth: AuthContext, id: string, input: AssignInboundMessageRequest): Promise<InboundMessageResponse> {
    const now = new Date();
    return this.db.run(auth, async (tx) => {
      const message = await this.loadMessage(tx, auth.organizationId, id);
      await loadCase(tx.sql, auth.organizationId, input.caseId);
      if (message.status === 'APPLIED')
        throw new ApiError('CONFLICT', 'This email was applied to its case already; it cannot move');
      if (message.case?.id === input.caseId) return message;
      await this.ingest.attachToCase(tx, auth.organizationId, id, input.caseId, auth.userId, now);
      if (input.remember) {
        await tx.sql.query(
          `INSERT INTO "inbound_sender" ("organizationId", email, "caseId", "updatedAt") VALUES ($1, $2, $3, now())
           ON CONFLICT ("organizationId", email) DO UPDATE SET "caseId" = EXCLUDED."caseId", "updatedAt" = now()`,
          [auth.organizationId, message.from, input.caseId],
        );
      }
      return this.loadMessage(tx, auth.organizationId, id);
    });
  }

  dismiss(auth: AuthContext, id: string): Promise<InboundMessageResponse> {
    return this.db.run(auth, async (tx) => {
      const message = await this.loadMessage(tx, auth.organizationId, id);
      if (message.status === 'APPLIED') throw new ApiError('CONFLICT', 'This email was applied already');
      await tx.sql.query(`UPDATE "inbound_message" SET status = 'DISMISSED', "decidedById" = $2 WHERE id = $1`, [
        id,
        auth.userId,
      ]);
      return this.loadMessage(tx, auth.organizationId, id);
    });
  }

  /**
   * One click: the email's suggested transition on its case, through the same path as a pasted message
   * (recordMessage: machine, guards, version check, reminders, client notice). 409 when it suggests nothing the case
   * allows now; 409 STALE_MESSAGE_DATE for old dates until confirmed.
   */
  apply(auth: AuthContext, id: string, input: ApplyInboundMessageRequest): Promise<ApplyInboundMessageResponse> {
    const now = new Date();
    return this.db.run(auth, async (tx) => {
      const message = await this.loadMessage(tx, auth.organizationId, id);
      if (!message.case) throw new ApiError('CONFLICT', 'Put the email on a case first');
      if (message.status === 'APPLIED') throw new ApiError('CONFLICT', 'This email was applied already');
      const current = await loadForTransition(tx.sql, auth.organizationId, message.case.id, auth.userId);
      if (current.archivedAt) throw new ApiError('DOMAIN_RULE', 'The case is archived; restore it first');
      if (current.version !== input.version) throw stale(current);
      const receivedAt = new Date(message.sentAt ?? message.receivedAt);
      const suggestion = messageSuggestion(
        interpretAlipayMessage(message.body, { receivedAt }),
        current.type,
        current.state,
      );
      if (!suggestion)
        throw new ApiError('CONFLICT', 'This email suggests no step the case allows now; it stays on the timeline');
      const done = await recordMessage(
        tx.sql,
        auth,
        current,
        {
          text: message.body,
          receivedAt,
          version: input.version,
          confirmStaleDate: input.confirmStaleDate === true,
          extraData: { inboundMessageId: id },
        },
        now,
        this.notices,
      );
      await tx.sql.query(
        `UPDATE "inbound_message" SET status = 'APPLIED', "appliedVersion" = $2, "decidedById" = $3 WHERE id = $1`,
        [id, done.row.version, auth.userId],
      );
      return {
        message: await this.loadMessage(tx, auth.organizationId, id),
        action: done.action,
        case: toCaseResponse(done.row, auth, now),
        event: toTimelineEntry(done.event),
      };
    });
  }

  settings(auth: AuthContext): Promise<InboundSettingsResponse> {
    return this.db.run(auth, (tx) => this.readSettings(tx, auth.organizationId));
  }

  private async readSettings(tx: Tx, organizationId: string): Promise<InboundSettingsResponse> {
    const token = await this.mailboxToken(tx, organizationId);
    const mailbox = await tx.inboundMailbox.findUniqueOrThrow({ where: { organizationId } });
    const senders = await tx.inboundSender.findMany({
      where: { organizationId },
      orderBy: [{ trusted: 'desc' }, { email: 'asc' }],
      take: 200,
    });
    const parked = await tx.inboundRaw.findMany({
      where: { organizationId, status: 'PARKED' },
      orderBy: { createdAt: 'desc' },
      take: 50,
      select: { id: true, source: true, size: true, attempts: true, lastError: true, createdAt: true },
    });
    return {
      address: orgAddress(token, this.config.inbound.domain),
      domain: this.config.inbound.domain,
      smtpListening: this.config.inbound.smtpPort !== undefined,
      autoApplyTrusted: mailbox.autoApplyTrusted,
      imap:
        mailbox.imapHost && mailbox.imapUser
          ? {
              enabled: mailbox.imapEnabled,
              host: mailbox.imapHost,
              port: mailbox.imapPort ?? 993,
              tls: mailbox.imapTls,
              user: mailbox.imapUser,
              folder: mailbox.imapFolder,
              passwordSet: mailbox.imapPasswordEnc !== null,
              lastPolledAt: mailbox.imapLastPolledAt?.toISOString() ?? null,
              lastError: mailbox.imapLastError,
            }
          : null,
      senders: senders.map((sender) => ({ email: sender.email, trusted: sender.trusted, caseId: sender.caseId })),
      parked: parked.map((row) => ({
        id: row.id,
        source: row.source === 'IMAP' ? 'IMAP' : 'SMTP',
        size: row.size,
        attempts: row.attempts,
        lastError: row.lastError,
        createdAt: row.createdAt.toISOString(),
      })),
    };
  }

  updateSettings(auth: AuthContext, input: InboundSettingsRequest): Promise<InboundSettingsResponse> {
    return this.db.run(auth, async (tx) => {
      await this.mailboxToken(tx, auth.organizationId);
      const data: Record<string, unknown> = { updatedAt: new Date() };
      if (input.autoApplyTrusted !== undefined) data['autoApplyTrusted'] = input.autoApplyTrusted;
      if (input.imap === null) {
        Object.assign(data, {
          imapEnabled: false,
          imapHost: null,
          imapUser: null,
          imapPasswordEnc: null,
          imapLastError: null,
        });
      } else if (input.imap) {
        const existing = await tx.inboundMailbox.findUniqueOrThrow({ where: { organizationId: auth.organizationId } });
        if (!input.imap.password && !existing.imapPasswordEnc)
          throw new ApiError('VALIDATION_FAILED', 'Give the mailbox password', { field: 'imap.password' });
        Object.assign(data, {
          imapEnabled: input.imap.enabled,
          imapHost: input.imap.host,
          imapPort: input.imap.port,
          imapTls: input.imap.tls,
          imapUser: input.imap.user,
          imapFolder: input.imap.folder,
          imapNextPollAt: new Date(),
          imapLastError: null,
          ...(input.imap.password
            ? { imapPasswordEnc: this.cipher.encrypt(input.imap.password, auth.organizationId) }
            : {}),
        });
      }
      await tx.inboundMailbox.update({ where: { organizationId: auth.organizationId }, data });
      await this.audit.recordBy(tx, auth, {
        action: 'inbound_mail.settings_changed',
        targetType: 'organization',
        targetId: auth.organizationId,
        data: {
          autoApplyTrusted: input.autoApplyTrusted ?? null,
          imap: input.imap === null ? 'disconnected' : input.imap ? input.imap.host : 'unchanged',
        },
      });
      return this.readSettings(tx, auth.organizationId);
    });
  }

  setSender(auth: AuthContext, input: InboundSenderRequest): Promise<InboundSettingsResponse> {
    return this.db.run(auth, async (tx) => {
      await tx.sql.query(
        `INSERT INTO "inbound_sender" ("organizationId", email, trusted, "trustedById", "updatedAt") VALUES ($1, $2, $3, $4, now())
         ON CONFLICT ("organizationId", email) DO UPDATE SET trusted = EXCLUDED.trusted, "trustedById" = EXCLUDED."trustedById", "updatedAt" = now()`,
        [auth.organizationId, input.email, input.trusted, input.trusted ? auth.userId : null],
      );
      await this.audit.recordBy(tx, auth, {
        action: input.trusted ? 'inbound_mail.sender_trusted' : 'inbound_mail.sender_untrusted',
        targetType: 'email',
        targetId: input.email,
      });
      return this.readSettings(tx, auth.organizationId);
    });
  }

  /** A parked mail queued again (after the cause was fixed); 404 unless parked and still kept. */
  async retryParked(auth: AuthContext, id: string): Promise<InboundSettingsResponse> {
    const settings = await this.db.run(auth, async (tx) => {
      const { rowCount } = await tx.sql.query(
        `UPDATE "inbound_raw" SET status = 'PENDING', attempts = 0, "nextAttemptAt" = now(), "doneAt" = NULL
          WHERE "organizationId" = $1 AND id = $2 AND status = 'PARKED' AND raw IS NOT NULL`,
        [auth.organizationId, id],
      );
      if (!rowCount) throw new ApiError('NOT_FOUND', 'No such parked mail (a refused one was never kept)');
      return this.readSettings(tx, auth.organizationId);
    });
    this.ingest.kick();
    return settings;
  }

  /**
   * An attachment kept as one of its case's documents: the documents feature checks it (type, size, image checks) and
   * stores it encrypted, as if the helper had uploaded it; 409 before the email is on a case.
   */
  async saveAttachment(
    auth: AuthContext,
    messageId: string,
    attachmentId: string,
    input: SaveInboundAttachmentRequest,
  ): Promise<UploadDocumentResponse> {
    const caseId = await this.db.run(auth, async (tx) => {
      const message = await this.loadMessage(tx, auth.organizationId, messageId);
      if (!message.case) throw new ApiError('CONFLICT', 'Put the email on a case first');
      return message.case.id;
    });
    const file = await this.attachment(auth, messageId, attachmentId);
    return this.documents.upload(auth, caseId, {
      fields: { kind: input.kind },
      bytes: file.content,
      filename: file.filename,
    });
  }

  /** An attachment's bytes, decrypted, for a staff member of the organization. */
  attachment(
    auth: AuthContext,
    messageId: string,
    attachmentId: string,
  ): Promise<{ filename: string; contentType: string; content: Buffer }> {
    return this.db.run(auth, async (tx) => {
      const found = await tx.inboundAttachment.findFirst({
        where: { id: attachmentId, inboundMessageId: messageId, organizationId: auth.organizationId },
      });
      if (!found) throw new ApiError('NOT_FOUND', 'No such attachment');
      return {
        filename: found.filename,
        contentType: found.contentType,
        content: Buffer.from(this.cipher.decrypt(found.contentEnc, auth.organizationId), 'base64'),
      };
    });
  }
}
