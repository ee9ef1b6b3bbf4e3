import {
  caseStateLabels,
  type CaseState,
  type CaseType,
  caseTypeLabels,
  type NextStep,
  type ReasonCode,
  reasonCodeLabels,
} from '@waiji/domain';
import { escapeHtml, htmlPage, type Language, oneLine, type RenderedEmail } from './content';
import { termsIn } from './reminder-content';

// What a client is told when their case changes state: the in-app notification and the email, in their language,
// with the new state, the rejection reason if any, and what to do next. Pure: every dynamic value is escaped in HTML.

export type StateChangeFacts = {
  caseType: CaseType;
  toState: CaseState;
  reasonCode: ReasonCode | null;
  /** A rejection's own words when the reason is OTHER. */
  reasonText: string | null;
  clientName: string;
  organizationName: string;
  steps: NextStep[];
  /** The case in the portal; null when the client has no portal account to open it with. */
  portalUrl: string | null;
};

const MAX_STEPS = 3;

const words = {
  en: {
    subject: (state: string) => `Your Alipay case: ${state}`,
    title: (type: string, state: string) => `${type}: ${state}`,
    greeting: (name: string) => `Hello ${name},`,
    moved: (org: string, type: string, state: string) => `${org} updated your case "${type}": it is now ${state}.`,
    colon: ': ',
    reason: 'Reason',
    next: 'What to do next',
    open: 'Open your case',
    terms: 'Chinese you will see in Alipay',
    unsubscribe: 'Stop these emails',
  },
  zh: {
    subject: (state: string) => `你的支付宝事项：${state}`,
    title: (type: string, state: string) => `${type}：${state}`,
    greeting: (name: string) => `${name}，您好：`,
    moved: (org: string, type: string, state: string) => `${org} 更新了你的事项“${type}”：当前状态为“${state}”。`,
    colon: '：',
    reason: '原因',
    next: '下一步怎么做',
    open: '打开你的事项',
    terms: '你将在支付宝中看到的中文',
    unsubscribe: '不再接收这些邮件',
  },
} as const;

function reasonLine(facts: StateChangeFacts, language: Language): string | null {
  if (facts.toState !== 'REJECTED' || !facts.reasonCode) return null;
  const label = reasonCodeLabels[facts.reasonCode][language];
  const own = facts.reasonCode === 'OTHER' && facts.reasonText ? ` — ${facts.reasonText}` : '';
  return `${words[language].reason}${words[language].colon}${label}${own}`;
}

function movedLine(facts: StateChangeFacts, language: Language): string {
  return words[language].moved(
    facts.organizationName,
    caseTypeLabels[facts.caseType][language],
    caseStateLabels[facts.toState][language],
  );
}

/** Title and body of the client's in-app notification: the new state, the reason, the first step. */
export function stateChangeNotification(facts: StateChangeFacts, language: Language): { title: string; body: string } {
  const first = facts.steps[0];
  const body = [
    reasonLine(facts, language),
    first ? `${words[language].next}${words[language].colon}${first.text[language]}` : null,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    title: oneLine(
      words[language].title(caseTypeLabels[facts.caseType][language], caseStateLabels[facts.toState][language]),
    ),
    body: body.length > 1000 ? `${body.slice(0, 999)}…` : body,
  };
}

/** The client's email, with the next steps, the Chinese terms they will meet in Alipay and an unsubscribe link. */
export function stateChangeEmail(facts: StateChangeFacts, language: Language, unsubscribeUrl: string): RenderedEmail {
  const w = words[language];
  const steps = facts.steps.slice(0, MAX_STEPS);
  const reason = reasonLine(facts, language);
  const terms = termsIn([], steps);
  const subject = oneLine(w.subject(caseStateLabels[facts.toState][language]));
  const text = [
    w.greeting(facts.clientName),
    '',
    movedLine(facts, language),
    ...(reason ? [reason] : []),
    ...(steps.length > 0
      ? ['', `${w.next}${w.colon.trim()}`, ...steps.map((s, i) => `  ${i + 1}. ${s.text[language]}`)]
      : []),
    ...(terms.length > 0
      ? ['', `${w.terms}${w.colon.trim()}`, ...terms.map((t) => `  ${t.zh} (${t.pinyin}) — ${t.en}`)]
      : []),
    ...(facts.portalUrl ? ['', `${w.open}${w.colon}${facts.portalUrl}`] : []),
    '',
    `— ${facts.organizationName}`,
    '',
    `${w.unsubscribe}${w.colon}${unsubscribeUrl}`,
  ].join('\n');
  const termRows = terms
    .map(
      (t) =>
        `<tr><td lang="zh-CN" style="padding:2px 12px 2px 0;font-size:1.1em">${escapeHtml(t.zh)}</td><td style="padding:2px 12px 2px 0">${escapeHtml(t.pinyin)}</td><td>${escapeHtml(t.en)}</td></tr>`,
    )
    .join('');
  const html = htmlPage(
    language,
    [
      `<p>${escapeHtml(w.greeting(facts.clientName))}</p>`,
      `<p><strong>${escapeHtml(movedLine(facts, language))}</strong>${reason ? `<br>${escapeHtml(reason)}` : ''}</p>`,
      steps.length > 0
        ? `<h3>${escapeHtml(w.next)}</h3><ol>${steps.map((s) => `<li>${escapeHtml(s.text[language])}</li>`).join('')}</ol>`
        : '',
      terms.length > 0 ? `<h3>${escapeHtml(w.terms)}</h3><table>${termRows}</table>` : '',
      facts.portalUrl ? `<p><a href="${escapeHtml(facts.portalUrl)}">${escapeHtml(w.open)}</a></p>` : '',
      `<p>— ${escapeHtml(facts.organizationName)}</p>`,
      `<p style="color:#868e96;font-size:0.9em"><a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(w.unsubscribe)}</a></p>`,
    ].join(''),
  );
  return { subject, text, html };
}
