import {
  caseStateLabels,
  type CaseState,
  type CaseType,
  caseTypeLabels,
  type ClientLanguage,
  clientStateName,
  clientTypeName,
} from '@waiji/domain';
import { clientEmailWords, clientMessageWords, fill } from './client-email-words';
import { escapeHtml, htmlPage, type Language, oneLine, type RenderedEmail } from './content';

// What a new message of a case's conversation says: the in-app notification and the email, to the helpers when the
// client wrote (en/zh) and to the client when a helper did (in any client language: en/zh below, the others'
// words in client-email-words.ts).

export type MessageFacts = {
  caseType: CaseType;
  state: CaseState;
  clientName: string;
  organizationName: string;
  /** Who wrote the message (their display name); null when unknown. */
  authorName: string | null;
  body: string;
  /** Where the recipient reads and answers it: the case page, or the client's portal; null when they have no portal. */
  url: string | null;
};

const PREVIEW = 300;

const words = {
  en: {
    fromClient: (client: string) => `Message from ${client}`,
    fromHelper: (org: string) => `New message from ${org}`,
    clientWrote: (client: string, about: string) => `${client} wrote about their case — ${about}:`,
    helperWrote: (author: string | null, org: string, about: string) =>
      `${author ? `${author} at ${org}` : org} wrote to you about your case — ${about}:`,
    greeting: (name: string) => `Hello ${name},`,
    helperSubject: (client: string) => `[Waiji] Message from ${client}`,
    clientSubject: (org: string) => `${org}: a new message about your case`,
    reply: 'Read and reply',
    replyPortal: 'Read and reply in your portal',
    replyOutside: (org: string) => `To answer, contact ${org} as you usually do.`,
    unsubscribe: 'Stop these emails',
  },
  zh: {
    fromClient: (client: string) => `${client} 发来消息`,
    fromHelper: (org: string) => `${org} 发来新消息`,
    clientWrote: (client: string, about: string) => `${client} 就其案件（${about}）写道：`,
    helperWrote: (author: string | null, org: string, about: string) =>
      `${author ? `${org} 的 ${author}` : org} 就您的案件（${about}）给您留言：`,
    greeting: (name: string) => `${name}，您好：`,
    helperSubject: (client: string) => `[Waiji] ${client} 发来消息`,
    clientSubject: (org: string) => `${org}：关于您的案件的新消息`,
    reply: '查看并回复',
    replyPortal: '在您的客户门户中查看并回复',
    replyOutside: (org: string) => `如需回复，请按您平常的方式联系 ${org}。`,
    unsubscribe: '不再接收这些邮件',
  },
} as const;

function about(facts: MessageFacts, language: Language): string {
  return `${caseTypeLabels[facts.caseType][language]} (${caseStateLabels[facts.state][language]})`;
}

/** The client's side of a message in their language: en/zh from `words`, another language from clientMessageWords. */
function clientWords(facts: MessageFacts, language: ClientLanguage) {
  if (language === 'en' || language === 'zh') {
    const w = words[language];
    return {
      title: w.fromHelper(facts.organizationName),
      subject: w.clientSubject(facts.organizationName),
      intro: w.helperWrote(facts.authorName, facts.organizationName, about(facts, language)),
      greeting: w.greeting(facts.clientName),
      replyPortal: w.replyPortal,
      replyOutside: w.replyOutside(facts.organizationName),
      unsubscribe: w.unsubscribe,
      colon: ': ',
    };
  }
  const w = clientMessageWords[language];
  const frame = clientEmailWords[language];
  const values = {
    organization: facts.organizationName,
    author: facts.authorName ?? '',
    about: `${clientTypeName(facts.caseType, language)} (${clientStateName(facts.state, language)})`,
  };
  return {
    title: fill(w.title, values),
    subject: fill(w.subject, values),
    intro: fill(facts.authorName ? w.wrote : w.wroteUnnamed, values),
    greeting: fill(frame.stateChange.greeting, { name: facts.clientName }),
    replyPortal: w.replyPortal,
    replyOutside: fill(w.replyOutside, values),
    unsubscribe: frame.stateChange.unsubscribe,
    colon: frame.colon,
  };
}

function preview(body: string): string {
  const flat = oneLine(body, PREVIEW + 1);
  return flat.length > PREVIEW ? `${flat.slice(0, PREVIEW - 1)}…` : flat;
}

const quoteText = (body: string) =>
  body
    .split(/\r?\n/)
    .map((line) => `  > ${line}`)
    .join('\n');

const quoteHtml = (body: string) =>
  `<blockquote style="margin:12px 0;padding:8px 12px;border-left:3px solid #ced4da;white-space:pre-wrap">${escapeHtml(body)}</blockquote>`;

/** The in-app notification: to a helper when the client wrote, to the client's portal users when a helper did. */
export function messageNotification(
  facts: MessageFacts,
  language: ClientLanguage,
  to: 'helper' | 'client',
): { title: string; body: string } {
  const title =
    to === 'helper'
      ? words[language === 'zh' ? 'zh' : 'en'].fromClient(facts.clientName)
      : clientWords(facts, language).title;
  return { title: oneLine(title), body: preview(facts.body) };
}

/** A helper's email about the client's message: the text, the case, a link to the case page. */
export function helperMessageEmail(facts: MessageFacts, language: Language): RenderedEmail {
  const w = words[language];
  const intro = w.clientWrote(facts.clientName, about(facts, language));
  const text = [
    intro,
    '',
    quoteText(facts.body),
    '',
    ...(facts.url ? [`${w.reply}: ${facts.url}`, ''] : []),
    `— Waiji · ${facts.organizationName}`,
  ].join('\n');
  const html = htmlPage(
    language,
    [
      `<p>${escapeHtml(intro)}</p>`,
      quoteHtml(facts.body),
      facts.url ? `<p><a href="${escapeHtml(facts.url)}">${escapeHtml(w.reply)}</a></p>` : '',
      `<p style="color:#868e96">Waiji · ${escapeHtml(facts.organizationName)}</p>`,
    ].join(''),
  );
  return { subject: oneLine(w.helperSubject(facts.clientName)), text, html };
}

/** The client's email about a helper's message, in their language, with the one-click unsubscribe link. */
export function clientMessageEmail(
  facts: MessageFacts,
  language: ClientLanguage,
  unsubscribeUrl: string,
): RenderedEmail {
  const w = clientWords(facts, language);
  const reply = facts.url ? `${w.replyPortal}${w.colon}${facts.url}` : w.replyOutside;
  const text = [
    w.greeting,
    '',
    w.intro,
    '',
    quoteText(facts.body),
    '',
    reply,
    '',
    `— ${facts.organizationName}`,
    '',
    `${w.unsubscribe}${w.colon}${unsubscribeUrl}`,
  ].join('\n');
  const html = htmlPage(
    language,
    [
      `<p>${escapeHtml(w.greeting)}</p>`,
      `<p>${escapeHtml(w.intro)}</p>`,
      quoteHtml(facts.body),
      facts.url
        ? `<p><a href="${escapeHtml(facts.url)}">${escapeHtml(w.replyPortal)}</a></p>`
        : `<p>${escapeHtml(w.replyOutside)}</p>`,
      `<p>— ${escapeHtml(facts.organizationName)}</p>`,
      `<p style="color:#868e96;font-size:0.9em"><a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(w.unsubscribe)}</a></p>`,
    ].join(''),
  );
  return { subject: oneLine(w.subject), text, html };
}
