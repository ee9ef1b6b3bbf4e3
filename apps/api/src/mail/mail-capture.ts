import type { SMTPServer } from 'smtp-server';
import { loadSmtpServer } from '../common/lazy';

export type CapturedMail = { id: number; at: string; from: string; to: string[]; subject: string; raw: string };

function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
  // Unfold continuation lines before matching.
  const match = head.replace(/\r?\n[ \t]+/g, ' ').match(new RegExp(`^${name}:\\s*(.*)$`, 'im'));
  return match?.[1]?.trim() ?? '';
}

function decodeSubject(value: string): string {
  // RFC 2047: white space between adjacent encoded words is not part of the text.
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9a-f]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

/** A real SMTP server in this process that keeps what it receives, for development and tests. */
export class MailCapture {
  private readonly messages: CapturedMail[] = [];
  private nextId = 1;
  private server: SMTPServer | undefined;
  port = 0;
  /**
   * Tests: runs once a message has arrived and before the server answers 250, i.e. between the sender's send and
   * its "accepted" (e.g. to take the database away right there). A rejection answers the sender with an error.
   */
  beforeAccept: ((mail: CapturedMail) => Promise<void>) | undefined;

  constructor(private readonly keep = 500) {}

  async start(port = 0): Promise<number> {
    const { SMTPServer } = await loadSmtpServer();
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      // Pooled clients keep connections open; do not let them hold a stop (tests simulate outages with it).
      closeTimeout: 200,
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const mail: CapturedMail = {
            id: this.nextId++,
            at: new Date().toISOString(),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: decodeSubject(header(raw, 'Subject')),
            raw,
          };
          this.messages.push(mail);
          if (this.messages.length > this.keep) this.messages.shift();
          if (!this.beforeAccept) return callback();
          this.beforeAccept(mail).then(
            () => callback(),
            (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
          );
        });
      },
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    const address = server.server.address();
    this.port = typeof address === 'object' && address ? address.port : port;
    return this.port;
  }

  list(): CapturedMail[] {
    return [...this.messages].reverse();
  }

  to(address: string): CapturedMail[] {
    return this.messages.filter((m) => m.to.includes(address.toLowerCase()));
  }

  clear(): void {
    this.messages.length = 0;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
