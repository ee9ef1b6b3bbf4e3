import { z } from 'zod';
import { caseActions, caseStates, caseTypes, documentKinds } from '@waiji/domain';
import { caseResponse, interpretationResponse, timelineEntry } from './cases';

// Mail in (issue 19): the organization's and each case's inbound address, received emails matched to cases or waiting
// in the unmatched inbox, and the settings (IMAP mailbox, trusted senders, auto-apply).

export const inboundMessageStatuses = ['MATCHED', 'UNMATCHED', 'APPLIED', 'DISMISSED'] as const;
export type InboundMessageStatus = (typeof inboundMessageStatuses)[number];

export const inboundAttachment = z.object({
  id: z.string().uuid(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
});
export type InboundAttachment = z.infer<typeof inboundAttachment>;

/** A case a message could belong to (a sender with several open cases; the case it was matched to). */
export const inboundCaseRef = z.object({
  id: z.string().uuid(),
  clientName: z.string(),
  type: z.enum(caseTypes),
  state: z.enum(caseStates),
});
export type InboundCaseRef = z.infer<typeof inboundCaseRef>;

/** One received email. */
export const inboundMessageResponse = z.object({
  id: z.string().uuid(),
  status: z.enum(inboundMessageStatuses),
  source: z.enum(['SMTP', 'IMAP']),
  case: inboundCaseRef.nullable(),
  /** When the sender is a client with several open cases: the ones a helper chooses from. */
  candidates: z.array(inboundCaseRef),
  from: z.string(),
  fromName: z.string().nullable(),
  /** The sender inside a forwarded message (e.g. Alipay's address), when the email forwards one. */
  originalFrom: z.string().nullable(),
  subject: z.string(),
  /** The text the interpreter read: the forwarded original's body, else the email's text. */
  body: z.string(),
  /** The HTML body, sanitised on the server: no scripts, styles, frames or remote images. */
  html: z.string().nullable(),
  /** When the original was sent (the forwarded message's date, else the email's). */
  sentAt: z.string().nullable(),
  receivedAt: z.string(),
  attachments: z.array(inboundAttachment),
  interpretations: z.array(interpretationResponse),
  /** The transition the interpreter suggests and the case allows now; null when none. */
  suggestedAction: z.enum(caseActions).nullable(),
  autoApplied: z.boolean(),
  /** Whether the organization trusts this sender (for auto-apply). */
  senderTrusted: z.boolean(),
});
export type InboundMessageResponse = z.infer<typeof inboundMessageResponse>;

export const inboundMessageListQuery = z.strictObject({
  status: z.enum(['UNMATCHED', 'ALL']).default('UNMATCHED'),
});
export type InboundMessageListQuery = z.infer<typeof inboundMessageListQuery>;

export const inboundMessageListResponse = z.object({
  /** Newest first, at most 100. */
  items: z.array(inboundMessageResponse),
});
export type InboundMessageListResponse = z.infer<typeof inboundMessageListResponse>;

/** A case's inbound address and the emails it received. */
export const caseInboundMailResponse = z.object({
  address: z.string(),
  items: z.array(inboundMessageResponse),
});
export type CaseInboundMailResponse = z.infer<typeof caseInboundMailResponse>;

export const portalInboundAddressResponse = z.object({ address: z.string() });
export type PortalInboundAddressResponse = z.infer<typeof portalInboundAddressResponse>;

/** Put an unmatched email on a case; `remember`: mail from this sender goes to that case from now on. */
export const assignInboundMessageRequest = z.strictObject({
  caseId: z.string().uuid(),
  remember: z.boolean().default(true),
});
export type AssignInboundMessageRequest = z.infer<typeof assignInboundMessageRequest>;

/** Apply the suggested transition of an email on its case, at the case's version. */
export const applyInboundMessageRequest = z.strictObject({
  version: z.number().int().min(0),
  /** The helper confirmed dates far in the past (else 409 STALE_MESSAGE_DATE). */
  confirmStaleDate: z.boolean().optional(),
});
export type ApplyInboundMessageRequest = z.infer<typeof applyInboundMessageRequest>;

export const applyInboundMessageResponse = z.object({
  message: inboundMessageResponse,
  action: z.enum(caseActions).nullable(),
  case: caseResponse,
  event: timelineEntry,
});
export type ApplyInboundMessageResponse = z.infer<typeof applyInboundMessageResponse>;

/** Keep an attachment as one of the case's documents (checked and stored like an upload). */
export const saveInboundAttachmentRequest = z.strictObject({ kind: z.enum(documentKinds) });
export type SaveInboundAttachmentRequest = z.infer<typeof saveInboundAttachmentRequest>;

const hostName = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9.-]+$/, 'must be a host name or IP address');

/** The IMAP mailbox an admin connects; the password is write-only (kept when left out). */
export const imapSettingsRequest = z.strictObject({
  enabled: z.boolean(),
  host: hostName,
  port: z.number().int().min(1).max(65535).default(993),
  tls: z.boolean().default(true),
  user: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(500).optional(),
  folder: z.string().trim().min(1).max(200).default('INBOX'),
});
export type ImapSettingsRequest = z.infer<typeof imapSettingsRequest>;

export const inboundSettingsRequest = z.strictObject({
  autoApplyTrusted: z.boolean().optional(),
  /** null disconnects the mailbox (and forgets the password). */
  imap: imapSettingsRequest.nullable().optional(),
});
export type InboundSettingsRequest = z.infer<typeof inboundSettingsRequest>;

export const inboundSenderRequest = z.strictObject({
  email: z.string().trim().toLowerCase().email().max(320),
  trusted: z.boolean(),
});
export type InboundSenderRequest = z.infer<typeof inboundSenderRequest>;

export const parkedInboundMail = z.object({
  id: z.string().uuid(),
  source: z.enum(['SMTP', 'IMAP']),
  size: z.number().int(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
});
export type ParkedInboundMail = z.infer<typeof parkedInboundMail>;

export const inboundSettingsResponse = z.object({
  /** The organization's address; `<local>+case-<token>@domain` reaches one case too. */
  address: z.string(),
  domain: z.string(),
  /** Whether this server listens for SMTP (INBOUND_SMTP_PORT). */
  smtpListening: z.boolean(),
  autoApplyTrusted: z.boolean(),
  imap: z
    .object({
      enabled: z.boolean(),
      host: z.string(),
      port: z.number().int(),
      tls: z.boolean(),
      user: z.string(),
      folder: z.string(),
      passwordSet: z.boolean(),
      lastPolledAt: z.string().nullable(),
      lastError: z.string().nullable(),
    })
    .nullable(),
  senders: z.array(z.object({ email: z.string(), trusted: z.boolean(), caseId: z.string().uuid().nullable() })),
  /** Mails that failed every attempt: their error, for an admin to see (and retry). */
  parked: z.array(parkedInboundMail),
});
export type InboundSettingsResponse = z.infer<typeof inboundSettingsResponse>;
