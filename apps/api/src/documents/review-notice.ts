import { type ClientLanguage, clientLanguageOf, type DocumentKind, documentKindLabels } from '@waiji/domain';
import { DRAFT_RECORD, draftRecords, insertOutboundSql, type OutboundDraft } from '../database/outbox';
import type { SqlRunner } from '../database/sql-runner';
import { Prisma } from '../generated/prisma/client';
import { clientEmailWords, clientReviewWords, fill } from '../notifications/client-email-words';
import { escapeHtml, htmlPage, type Language, languageOf, oneLine, type RenderedEmail } from '../notifications/content';
import {
  type CaseContact,
  clientUnsubscribe,
  emailSendAt,
  mayEmailClient,
  type RecipientLinks,
  staffRecipients,
} from '../reminders/reminder-recipients';
import { loadStaff, loadWatchers } from '../reminders/reminder-statements';
import type { Tx } from '../database/tenant-database';

// A reviewed document tells the case's client, in the review's transaction, like a state change does
// (cases/client-notices.ts): an in-app notification for each of their portal users and, with an address and consent,
// an email in their language (quiet hours and one-click unsubscribe as for every client email). A rejection says why.

/** Notification.kind of a document review. */
export const DOCUMENT_REVIEW_NOTIFICATION = 'DOCUMENT_REVIEW';
/** Notification.kind of a file a client uploaded, for the helpers. */
export const DOCUMENT_UPLOADED_NOTIFICATION = 'DOCUMENT_UPLOADED';

/** What the helpers read when a client uploads a file. */
export function uploadNotification(
  facts: { kind: DocumentKind; clientName: string; findings: number },
  language: Language,
): { title: string; body: string } {
  const doc = documentKindLabels[facts.kind][language];
  if (language === 'zh') {
    return {
      title: `${facts.clientName} 上传了${doc}`,
      body: facts.findings > 0 ? `检查发现 ${facts.findings} 个问题，请审核。` : '请审核。',
    };
  }
  return {
    title: `${facts.clientName} uploaded the ${doc}`,
    body:
      facts.findings > 0
        ? `The checks found ${facts.findings} thing(s) to look at. Please review it.`
        : 'Please review it.',
  };
}

/** In-app notices to the helpers who hear of the case in the app (reminder-recipients.ts: staffRecipients). */
export async function notifyUpload(
  tx: Tx,
  upload: { organizationId: string; caseId: string; kind: DocumentKind; findings: number; uploaderId: string },
): Promise<void> {
  const [kase] = await tx.$queryRaw<{ assigneeId: string | null; passportName: string }[]>`
    SELECT c."assigneeId", cl."passportName" FROM "case" c JOIN "client" cl ON cl.id = c."clientId"
     WHERE c."organizationId" = ${upload.organizationId}::uuid AND c.id = ${upload.caseId}::uuid`;
  if (!kase) return;
  const staff = await loadStaff(tx.sql, [upload.organizationId]);
  const watcherIds = (await loadWatchers(tx.sql, [upload.caseId])).map((watcher) => watcher.userId);
  const recipients = staffRecipients({ assigneeId: kase.assigneeId, watcherIds }, staff)
    .filter((recipient) => recipient.inApp && recipient.member.userId !== upload.uploaderId)
    .map((recipient) => recipient.member);
  if (recipients.length === 0) return;
  await tx.notification.createMany({
    data: recipients.map((member) => ({
      organizationId: upload.organizationId,
      userId: member.userId,
      caseId: upload.caseId,
      kind: DOCUMENT_UPLOADED_NOTIFICATION,
      ...uploadNotification(
        { kind: upload.kind, clientName: kase.passportName, findings: upload.findings },
        languageOf(member.locale),
      ),
    })),
  });
}

export type ReviewFacts = {
  kind: DocumentKind;
  accepted: boolean;
  reason: string | null;
  clientName: string;
  organizationName: string;
  /** The case in the portal; null without a portal account. */
  portalUrl: string | null;
};

const words = {
  en: {
    subject: (doc: string, accepted: boolean) => (accepted ? `Accepted: ${doc}` : `Please send again: ${doc}`),
    greeting: (name: string) => `Hello ${name},`,
    accepted: (org: string, doc: string) => `${org} checked your ${doc} and accepted it. Nothing more to do for it.`,
    rejected: (org: string, doc: string) => `${org} checked your ${doc} and needs a new one.`,
    reason: 'Why',
    open: 'Upload it again',
    unsubscribe: 'Stop these emails',
  },
  zh: {
    subject: (doc: string, accepted: boolean) => (accepted ? `已通过：${doc}` : `请重新上传：${doc}`),
    greeting: (name: string) => `${name}，您好：`,
    accepted: (org: string, doc: string) => `${org} 已审核你的${doc}，审核通过，无需再提供。`,
    rejected: (org: string, doc: string) => `${org} 已审核你的${doc}，需要你重新上传。`,
    reason: '原因',
    open: '重新上传',
    unsubscribe: '不再接收这些邮件',
  },
} as const;

export function reviewNotification(facts: ReviewFacts, language: Language): { title: string; body: string } {
  const w = words[language];
  const doc = documentKindLabels[facts.kind][language];
  const body = facts.accepted ? w.accepted(facts.organizationName, doc) : w.rejected(facts.organizationName, doc);
  const colon = language === 'zh' ? '：' : ': ';
  return {
    title: w.subject(doc, facts.accepted),
    body: facts.reason && !facts.accepted ? `${body} ${w.reason}${colon}${facts.reason}` : body,
  };
}

export function reviewEmail(facts: ReviewFacts, language: Language, unsubscribeUrl: string): RenderedEmail {
  const w = words[language];
  const doc = documentKindLabels[facts.kind][language];
  const line = facts.accepted ? w.accepted(facts.organizationName, doc) : w.rejected(facts.organizationName, doc);
  const colon = language === 'zh' ? '：' : ': ';
  const reason = !facts.accepted && facts.reason ? `${w.reason}${colon}${facts.reason}` : null;
  const text = [
    w.greeting(facts.clientName),
    '',
    line,
    ...(reason ? [reason] : []),
    ...(facts.portalUrl && !facts.accepted ? ['', `${w.open}: ${facts.portalUrl}`] : []),
    '',
    `${w.unsubscribe}: ${unsubscribeUrl}`,
  ].join('\n');
  const html = htmlPage(
    language,
    [
      `<p>${escapeHtml(w.greeting(facts.clientName))}</p>`,
      `<p>${escapeHtml(line)}</p>`,
      reason ? `<p><strong>${escapeHtml(reason)}</strong></p>` : '',
      facts.portalUrl && !facts.accepted
        ? `<p><a href="${escapeHtml(facts.portalUrl)}">${escapeHtml(w.open)}</a></p>`
        : '',
      `<p style="font-size:12px;color:#555"><a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(w.unsubscribe)}</a></p>`,
    ].join(''),
  );
  return { subject: oneLine(w.subject(doc, facts.accepted)), text, html };
}

/**
 * The review's email in any client language: en/zh as reviewEmail; the others with client-email-words.ts's words
 * (the document's name in the language; the helper's reason as they wrote it), right to left in Arabic.
 */
/** The in-app notice of a review to a client in their language (en/zh: reviewNotification's words). */
export function clientReviewNotification(
  facts: ReviewFacts,
  language: ClientLanguage,
): { title: string; body: string } {
  if (language === 'en' || language === 'zh') return reviewNotification(facts, language);
  const w = clientReviewWords[language];
  const colon = clientEmailWords[language].colon;
  const values = { document: w.kinds[facts.kind], organization: facts.organizationName };
  const body = fill(facts.accepted ? w.acceptedLine : w.rejectedLine, values);
  return {
    title: oneLine(fill(facts.accepted ? w.accepted : w.again, values)),
    body: facts.reason && !facts.accepted ? `${body} ${w.reason}${colon}${facts.reason}` : body,
  };
}

export function clientReviewEmail(facts: ReviewFacts, language: ClientLanguage, unsubscribeUrl: string): RenderedEmail {
  if (language === 'en' || language === 'zh') return reviewEmail(facts, language, unsubscribeUrl);
  const w = clientReviewWords[language];
  const frame = clientEmailWords[language];
  const values = { document: w.kinds[facts.kind], organization: facts.organizationName, name: facts.clientName };
  const greeting = fill(frame.stateChange.greeting, values);
  const line = fill(facts.accepted ? w.acceptedLine : w.rejectedLine, values);
  const reason = !facts.accepted && facts.reason ? `${w.reason}${frame.colon}${facts.reason}` : null;
  const unsubscribe = frame.stateChange.unsubscribe;
  const text = [
    greeting,
    '',
    line,
    ...(reason ? [reason] : []),
    ...(facts.portalUrl && !facts.accepted ? ['', `${w.open}${frame.colon}${facts.portalUrl}`] : []),
    '',
    `${unsubscribe}${frame.colon}${unsubscribeUrl}`,
  ].join('\n');
  const html = htmlPage(
    language,
    [
      `<p>${escapeHtml(greeting)}</p>`,
      `<p>${escapeHtml(line)}</p>`,
      reason ? `<p><strong>${escapeHtml(reason)}</strong></p>` : '',
      facts.portalUrl && !facts.accepted
        ? `<p><a href="${escapeHtml(facts.portalUrl)}">${escapeHtml(w.open)}</a></p>`
        : '',
      `<p style="font-size:12px;color:#555"><a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(unsubscribe)}</a></p>`,
    ].join(''),
  );
  return { subject: oneLine(fill(facts.accepted ? w.accepted : w.again, values)), text, html };
}

type ContactRow = CaseContact & { clientId: string; portalUserIds: string[] };

/** Tells the client of the case about a review; in the caller's transaction. */
export async function notifyReview(
  tx: SqlRunner,
  links: RecipientLinks,
  review: {
    organizationId: string;
    caseId: string;
    documentId: string;
    kind: DocumentKind;
    accepted: boolean;
    reason: string | null;
    reviewerId: string;
    now: Date;
  },
): Promise<void> {
  const [contact] = await tx.$queryRaw<ContactRow[]>`
    SELECT cl.id AS "clientId", cl."passportName", cl.email AS "clientEmail", cl."emailConsent", cl."preferredLanguage",
           o.name AS "organizationName", o.timezone, o."quietHoursStart", o."quietHoursEnd",
           coalesce((SELECT json_agg(m."userId" ORDER BY m."createdAt") FROM "membership" m
                      WHERE m."organizationId" = cl."organizationId" AND m.role = 'CLIENT' AND m."clientId" = cl.id), '[]'::json)
             AS "portalUserIds"
    FROM "case" c JOIN "client" cl ON cl.id = c."clientId" JOIN "organization" o ON o.id = c."organizationId"
    WHERE c."organizationId" = ${review.organizationId}::uuid AND c.id = ${review.caseId}::uuid AND cl."erasedAt" IS NULL`;
  if (!contact) return;
  // The email and the in-app notice in the client's language.
  const clientLanguage = clientLanguageOf(contact.preferredLanguage);
  const facts: ReviewFacts = {
    kind: review.kind,
    accepted: review.accepted,
    reason: review.reason,
    clientName: contact.passportName,
    organizationName: contact.organizationName,
    portalUrl: contact.portalUserIds.length > 0 ? `${links.publicUrl}/portal/cases/${review.caseId}` : null,
  };
  const notifications = contact.portalUserIds
    .filter((userId) => userId !== review.reviewerId)
    .map((userId) => ({ userId, ...clientReviewNotification(facts, clientLanguage) }));
  const emails: OutboundDraft[] = [];
  let unsubscribe: { clientId: string; hash: string } | null = null;
  if (mayEmailClient(contact) && contact.clientEmail) {
    const link = clientUnsubscribe(contact.clientId, links);
    emails.push({
      key: `document-review.${review.documentId}.${review.accepted ? 'accepted' : 'rejected'}.client.${contact.clientId}`,
      address: contact.clientEmail,
      ...clientReviewEmail(facts, clientLanguage, link.url),
      headers: link.headers,
      at: emailSendAt(contact, review.now),
    });
    unsubscribe = link.record;
  }
  if (notifications.length === 0 && emails.length === 0) return;
  await tx.$queryRaw`
    WITH drafts AS (
      SELECT ${review.organizationId}::uuid AS "organizationId", x.*
        FROM jsonb_to_recordset(${draftRecords(emails)}::jsonb) AS x(${Prisma.raw(DRAFT_RECORD)})
    ), notified AS (
      INSERT INTO "notification" ("organizationId", "userId", "caseId", kind, title, body)
      SELECT ${review.organizationId}::uuid, n."userId", ${review.caseId}::uuid, ${DOCUMENT_REVIEW_NOTIFICATION}, n.title, n.body
        FROM jsonb_to_recordset(${JSON.stringify(notifications)}::jsonb) AS n("userId" uuid, title text, body text)
      RETURNING 1
    ), mailed AS (
      ${Prisma.raw(insertOutboundSql('SELECT * FROM drafts'))}
      RETURNING 1
    ), token AS (
      UPDATE "client" SET "unsubscribeToken" = ${unsubscribe?.hash ?? null}::text
       WHERE "organizationId" = ${review.organizationId}::uuid AND id = ${unsubscribe?.clientId ?? null}::uuid
         AND "unsubscribeToken" IS DISTINCT FROM ${unsubscribe?.hash ?? null}::text
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM notified)::int AS notifications, (SELECT count(*) FROM mailed)::int AS emails`;
}
