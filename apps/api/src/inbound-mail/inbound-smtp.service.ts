import type { AddressInfo } from 'node:net';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { SMTPServer, SMTPServerAddress, SMTPServerSession } from 'smtp-server';
import { loadSmtpServer } from '../common/lazy';
import { CONFIG, type Config } from '../config/config';
import { InboundIngestService, type ResolvedRecipient } from './inbound-ingest.service';

type SmtpError = Error & { responseCode?: number };

const smtpError = (code: number, message: string): SmtpError =>
  Object.assign(new Error(message), { responseCode: code });

/**
 * The inbound SMTP listener (INBOUND_SMTP_PORT; off without it): MX-style delivery, so no authentication, but only
 * for recipients that are an organization's or a case's address (others are refused at RCPT TO, so Waiji is no open
 * relay), at most INBOUND_MAX_BYTES per mail and INBOUND_PER_HOUR per organization. An accepted mail is queued
 * before the 250 reply, then processed (InboundIngestService).
 */
@Injectable()
export class InboundSmtpService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('InboundSmtp');
  private server: SMTPServer | undefined;
  private readonly recipients = new Map<string, (ResolvedRecipient & { address: string })[]>();

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly ingest: InboundIngestService,
  ) {}

  /** The port it listens on (differs from the configured one when that is 0, as in tests); undefined when off. */
  get port(): number | undefined {
    const address = this.server?.server.address() as AddressInfo | null | undefined;
    return address?.port;
  }

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.inbound.smtpPort;
    if (port === undefined) return;
    const maxBytes = this.config.inbound.maxBytes;
    const { SMTPServer } = await loadSmtpServer();
    this.server = new SMTPServer({
      name: this.config.inbound.domain,
      banner: 'Waiji inbound mail',
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      size: maxBytes,
      logger: false,
      onRcptTo: (address, session, callback) => {
        this.acceptRecipient(address, session).then(
          () => callback(),
          (error: SmtpError) => callback(error),
        );
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= maxBytes) chunks.push(chunk);
        });
        stream.on('end', () => {
          this.accept(session, Buffer.concat(chunks), size).then(
            () => callback(),
            (error: SmtpError) => callback(error),
          );
        });
      },
      onClose: (session) => this.recipients.delete(session.id),
    });
    this.server.on('error', (error) => this.logger.error(`SMTP listener: ${error.message}`));
    await new Promise<void>((resolve, reject) => {
      this.server?.server.once('error', reject);
      this.server?.listen(port, this.config.inbound.smtpHost, () => resolve());
    });
    this.logger.log(
      `listening for mail to *@${this.config.inbound.domain} on ${this.config.inbound.smtpHost}:${this.port}`,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async acceptRecipient(address: SMTPServerAddress, session: SMTPServerSession): Promise<void> {
    const resolved = await this.ingest.resolveRecipient(address.address);
    if (!resolved) throw smtpError(550, `5.1.1 <${address.address}>: no such mailbox here`);
    if ((await this.ingest.allowance(resolved.organizationId)) <= 0)
      throw smtpError(452, '4.5.3 Too many messages for this mailbox this hour; try again later');
    this.recipients.set(session.id, [
      ...(this.recipients.get(session.id) ?? []),
      { ...resolved, address: address.address },
    ]);
  }

  private async accept(session: SMTPServerSession, raw: Buffer, size: number): Promise<void> {
    const resolved = this.recipients.get(session.id) ?? [];
    this.recipients.delete(session.id);
    if (size > this.config.inbound.maxBytes) {
      const reason = `refused: ${size} bytes, over the limit of ${this.config.inbound.maxBytes} (INBOUND_MAX_BYTES)`;
      for (const organizationId of new Set(resolved.map((entry) => entry.organizationId)))
        await this.ingest.recordRefused(organizationId, 'SMTP', size, reason);
      throw smtpError(552, '5.3.4 Message too big for this mailbox');
    }
    const mailFrom = session.envelope.mailFrom;
    // A bounce (empty envelope sender) is accepted and dropped: answering it could start a loop.
    if (mailFrom === false || mailFrom.address === '') return;
    const seen = new Set<string>();
    for (const entry of resolved) {
      // A mail to two addresses of one organization is one mail there (the first address decides the case).
      if (seen.has(entry.organizationId)) continue;
      seen.add(entry.organizationId);
      await this.ingest.enqueue(entry.organizationId, 'SMTP', raw, entry.address);
    }
    this.ingest.kick();
  }
}
