import { createHash } from 'node:crypto';
import type { AddressObject, ParsedMail } from 'mailparser';
import { loadMailparser, loadSanitizeHtml } from '../common/lazy';
import { addressIn, extractForwarded } from './forwarded';

/** At most this many attachments are kept per mail, each at most this large (the mail's own limit is bigger). */
export const MAX_ATTACHMENTS = 10;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Longer bodies are cut: the interpreter reads the first few thousand characters anyway. */
const MAX_BODY_CHARS = 20_000;

export type ParsedAttachment = { filename: string; contentType: string; content: Buffer };

export type InboundMail = {
  /** The Message-ID, or a hash of the mail when it has none (so the same mail twice is still one). */
  messageId: string;
  from: string;
  fromName: string | null;
  subject: string;
  /** The text the interpreter reads: the forwarded original's body, else the mail's text. */
  body: string;
  html: string | null;
  originalFrom: string | null;
  /** When the original was sent (the forwarded block's date, else the mail's Date header). */
  sentAt: Date | null;
  attachments: ParsedAttachment[];
  /** Attachments left out (too many, too big), for the record. */
  droppedAttachments: number;
  /** The addresses it was sent to (To, Cc, Delivered-To, X-Original-To), lower-cased. */
  recipients: string[];
  /** Why the mail must be ignored (an auto-reply, a bounce, a list, our own mail coming back), else null. */
  ignoreReason: string | null;
};

/** PostgreSQL cannot store U+0000 in text; a mail has no use for it. */
const clean = (text: string): string => text.replaceAll('\u0000', '');

export class MalformedMailError extends Error {
  override readonly name = 'MalformedMailError';
}

/**
 * HTML as the helper sees it: no scripts, styles, frames, forms or remote images (which would tell the sender the
 * mail was opened); links kept but opened safely; only data: images shown.
 */
export async function sanitiseMailHtml(html: string): Promise<string> {
  const sanitizeHtml = (await loadSanitizeHtml()).default;
  return sanitizeHtml(html, {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'font', 'center'],
    allowedAttributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'width', 'height'],
      td: ['colspan', 'rowspan', 'align'],
      th: ['colspan', 'rowspan', 'align'],
      '*': ['dir', 'lang'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['data'] },
    // An image whose remote source was dropped is dropped whole.
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs['src'],
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, target: '_blank', rel: 'noopener noreferrer nofollow' },
      }),
    },
  });
}

const header = (mail: ParsedMail, name: string): string => {
  const value = mail.headers.get(name);
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && 'value' in value && typeof value.value === 'string') return value.value;
  return JSON.stringify(value);
};

const allAddresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((object) =>
    object.value.flatMap((entry) => (entry.address ? [entry.address.toLowerCase()] : [])),
  );

const firstAddress = (value: AddressObject | AddressObject[] | undefined): { address: string; name: string } | null => {
  const objects = Array.isArray(value) ? value : value ? [value] : [];
  for (const object of objects) {
    for (const entry of object.value) {
      if (entry.address) return { address: entry.address.toLowerCase(), name: entry.name ?? '' };
    }
  }
  return null;
};

/** Why a mail is an automatic one that must not be read as a person's (RFC 3834, bounces, lists, loops). */
export function automaticReason(mail: ParsedMail, envelopeFrom: string | null | undefined): string | null {
  const autoSubmitted = header(mail, 'auto-submitted').trim().toLowerCase();
  if (autoSubmitted !== '' && autoSubmitted !== 'no') return `Auto-Submitted: ${autoSubmitted}`;
  const precedence = header(mail, 'precedence').trim().toLowerCase();
  if (['bulk', 'list', 'junk', 'auto_reply'].includes(precedence)) return `Precedence: ${precedence}`;
  for (const name of ['x-autoreply', 'x-autorespond']) {
    if (mail.headers.has(name)) return `${name} present`;
  }
  const from = firstAddress(mail.from)?.address ?? '';
  if (/^(mailer-daemon|postmaster)@/i.test(from)) return `bounce from ${from}`;
  if (envelopeFrom === '') return 'bounce (empty envelope sender)';
  const contentType = header(mail, 'content-type').toLowerCase();
  if (contentType.includes('multipart/report')) return 'delivery report';
  // Our own outgoing mail carries <key@waiji> Message-IDs: one coming back is a loop.
  if (/@waiji>?$/.test(mail.messageId ?? '')) return 'loop: our own mail';
  if (mail.headers.has('x-waiji-inbound')) return 'loop: already through Waiji';
  return null;
}

/** Parses a raw mail (any charset mailparser knows: GB2312/GBK/GB18030, UTF-8, …) into what ingest needs. */
export async function parseInboundMail(raw: Buffer, envelopeFrom?: string | null): Promise<InboundMail> {
  if (raw.length === 0) throw new MalformedMailError('empty message');
  const { simpleParser } = await loadMailparser();
  let mail: ParsedMail;
  try {
    mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, maxHtmlLengthToParse: 2_000_000 });
  } catch (error) {
    throw new MalformedMailError(`unreadable MIME: ${error instanceof Error ? error.message : String(error)}`);
  }
  const sender = firstAddress(mail.from) ?? firstAddress(mail.replyTo);
  if (!sender) throw new MalformedMailError('no From address');
  const html = typeof mail.html === 'string' && mail.html !== '' ? mail.html : null;
  // mailparser writes the text of an HTML-only mail itself.
  const text = clean(mail.text ?? '').trim();
  const forwarded = extractForwarded(text);
  const attachments: ParsedAttachment[] = [];
  let dropped = 0;
  for (const attachment of mail.attachments) {
    if (attachment.related && attachment.contentDisposition !== 'attachment') continue; // inline images of the HTML
    if (attachments.length >= MAX_ATTACHMENTS || attachment.size > MAX_ATTACHMENT_BYTES) {
      dropped += 1;
      continue;
    }
    attachments.push({
      filename: clean(attachment.filename ?? 'attachment').slice(0, 200),
      contentType: attachment.contentType || 'application/octet-stream',
      content: attachment.content,
    });
  }
  const messageId = clean(mail.messageId ?? '')
    .trim()
    .slice(0, 500);
  return {
    messageId:
      messageId !== '' ? messageId : `<sha256.${createHash('sha256').update(raw).digest('hex')}@no-message-id>`,
    from: sender.address,
    fromName: sender.name.trim() === '' ? null : clean(sender.name).trim().slice(0, 200),
    subject: clean(mail.subject ?? '').slice(0, 500),
    body: (forwarded?.body || text).slice(0, MAX_BODY_CHARS),
    html: html ? clean(await sanitiseMailHtml(html)) : null,
    originalFrom: forwarded?.from ? (addressIn(forwarded.from) ?? forwarded.from).slice(0, 320) : null,
    sentAt: forwarded?.date ?? mail.date ?? null,
    attachments,
    droppedAttachments: dropped,
    recipients: [
      ...allAddresses(mail.to),
      ...allAddresses(mail.cc),
      ...['delivered-to', 'x-original-to'].flatMap((name) => {
        const found = addressIn(header(mail, name));
        return found ? [found] : [];
      }),
    ],
    ignoreReason: automaticReason(mail, envelopeFrom),
  };
}
