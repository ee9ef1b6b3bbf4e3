import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { loadNodemailer } from '../common/lazy';
import { CONFIG, type Config } from '../config/config';
import { MailCapture } from './mail-capture';

/** `headers`: extra header lines such as List-Unsubscribe; `messageId` like `<key@waiji>` lets receivers drop duplicates. */
export type Mail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  messageId?: string;
  headers?: Record<string, string>;
  /** Where replies go (a case's inbound address on emails to its client). */
  replyTo?: string;
};

/**
 * nodemailer over SMTP_URL. Without SMTP_URL (development, tests) an in-process SMTP server captures the
 * mail, so the real SMTP path is exercised everywhere; production refuses to start without SMTP_URL. The pooled
 * transport (and nodemailer) is made by the first send.
 */
@Injectable()
export class MailService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('MailService');
  private transportUrl: string | undefined;
  private transport: Promise<Transporter> | undefined;
  readonly capture: MailCapture | undefined;

  constructor(@Inject(CONFIG) private readonly config: Config) {
    this.capture = config.smtpUrl ? undefined : new MailCapture();
  }

  async onModuleInit(): Promise<void> {
    let url = this.config.smtpUrl;
    if (this.capture) {
      const port = await this.capture.start();
      url = `smtp://127.0.0.1:${port}`;
      if (this.config.env === 'development')
        this.logger.log(
          `No SMTP_URL: capturing mail in-process (listed at /api/dev/mail with the token printed at start-up)`,
        );
    }
    const pooled = new URL(url ?? '');
    pooled.searchParams.set('pool', 'true');
    pooled.searchParams.set('maxConnections', String(this.config.outbox.smtpPoolSize));
    // Bounded waits: a hung server must fail a send well inside the outbox lease, not after nodemailer's 10 minutes.
    pooled.searchParams.set('connectionTimeout', '10000');
    pooled.searchParams.set('greetingTimeout', '10000');
    pooled.searchParams.set('socketTimeout', '30000');
    this.transportUrl = pooled.toString();
  }

  async send(mail: Mail): Promise<void> {
    const url = this.transportUrl;
    if (url === undefined) throw new Error('MailService is not initialised');
    this.transport ??= loadNodemailer()
      .then((loaded) => loaded.default.createTransport(url))
      .catch((error: unknown) => {
        this.transport = undefined;
        throw error;
      });
    const transport = await this.transport;
    await transport.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      headers: mail.headers,
      replyTo: mail.replyTo,
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.transport?.then(
      (open) => open.close(),
      () => undefined,
    );
    await this.capture?.stop();
  }
}
