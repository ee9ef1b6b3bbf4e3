import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AccountMail } from '../auth/account-mail';
import type { CapturedMail } from '../mail/mail-capture';
import { MailService } from '../mail/mail.service';

/** Undoes quoted-printable soft breaks and escapes, which nodemailer uses for long lines such as links. */
function decodeQuotedPrintable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Every mail the app's in-process SMTP server received for this address, after account mail handed over so far has been sent. */
export async function mailTo(app: NestFastifyApplication, address: string): Promise<CapturedMail[]> {
  await app.get(AccountMail).settled();
  const capture = app.get(MailService).capture;
  if (!capture) throw new Error('The test app has no mail capture (SMTP_URL is set)');
  return capture.to(address);
}

/** The token of the newest link to `route` (e.g. /reset-password) mailed to this address. */
export async function tokenFromMail(app: NestFastifyApplication, address: string, route: string): Promise<string> {
  const mails = await mailTo(app, address);
  for (const mail of [...mails].reverse()) {
    const match = new RegExp(`${route.replace(/[/?]/g, '\\$&')}\\?token=([A-Za-z0-9_-]+)`).exec(
      decodeQuotedPrintable(mail.raw),
    );
    if (match?.[1]) return match[1];
  }
  throw new Error(
    `No mail to ${address} with a ${route} link (got ${mails.length} mails: ${mails.map((m) => m.subject).join('; ')})`,
  );
}

/** One part of a captured mail (its text or its HTML) decoded as the recipient's mail program shows it. */
export function mailPart(mail: CapturedMail, type: 'text/plain' | 'text/html'): string {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(mail.raw)?.[1];
  for (const part of boundary ? mail.raw.split(`--${boundary}`) : [mail.raw]) {
    const [head = '', ...rest] = part.split(/\r?\n\r?\n/);
    if (!new RegExp(`^Content-Type:\\s*${type}`, 'im').test(head)) continue;
    const body = rest.join('\r\n\r\n');
    const encoding = /^Content-Transfer-Encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase();
    if (encoding === 'base64') return Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8');
    if (encoding === 'quoted-printable') {
      // Escaped bytes are UTF-8: turn them into percent escapes and let decodeURIComponent assemble the characters.
      return decodeURIComponent(
        body
          .replace(/=\r?\n/g, '')
          .replace(/%/g, '%25')
          .replace(/=([0-9A-F]{2})/gi, '%$1'),
      );
    }
    return body;
  }
  throw new Error(`The mail "${mail.subject}" has no ${type} part`);
}

/** The header block of a raw message, unfolded. */
export function headerOf(raw: string, name: string): string {
  const head = (raw.split(/\r?\n\r?\n/, 1)[0] ?? '').replace(/\r?\n[ \t]+/g, ' ');
  return new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
}

/** The decoded text of a raw message (quoted-printable and base64 parts), for content assertions. */
export function bodyOf(raw: string): string {
  const parts = raw.split(/\r?\n--[^\r\n]+/);
  return parts
    .map((part) => {
      const [head = '', ...rest] = part.split(/\r?\n\r?\n/);
      const body = rest.join('\n\n');
      if (/content-transfer-encoding:\s*base64/i.test(head))
        return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
      if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
        const soft = body.replace(/=\r?\n/g, '');
        return Buffer.from(
          soft.replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8');
      }
      return body;
    })
    .join('\n');
}
