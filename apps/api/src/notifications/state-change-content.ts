import {
  type CaseState,
  type CaseType,
  clientCaseWords,
  type ClientLanguage,
  clientReason,
  clientStateName,
  clientTypeName,
  type NextStep,
  type ReasonCode,
  textIn,
} from '@waiji/domain';
import { clientEmailWords, fill } from './client-email-words';
import {
  alipayTermsHtml,
  alipayTermsText,
  escapeHtml,
  htmlPage,
  oneLine,
  type RenderedEmail,
  stepItemHtml,
} from './content';
import { termsIn } from './reminder-content';

// What a client is told when their case changes state: the in-app notification and the email, in their language
// (any client language: the words are in client-email-words.ts, the case's type and state in the domain's
// client-case-words.ts), with the new state, the rejection reason if any, and what to do next. The reason and the
// next steps exist in English and Chinese only: a client of another language reads Alipay's Chinese with its English
// meaning beside it (the reason) and the English steps, and the Chinese terms table gives each Alipay word's meaning
// in their language (client-glossary.ts). Pure: every dynamic value is escaped in HTML.

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

const wordsOf = (language: ClientLanguage) => clientEmailWords[language].stateChange;
const colonOf = (language: ClientLanguage) => clientEmailWords[language].colon;

/** A next step in the client's language: en/zh as written, another language from its table (English if it lacks it). */
const stepText = (step: NextStep, language: ClientLanguage): string => textIn(step.text, language).text;

/** Alipay's reason in the client's language, Alipay's Chinese beside it (clientReason). */
const reasonLabel = (code: ReasonCode, language: ClientLanguage): string =>
  clientReason(code, language, language === 'en' || language === 'zh' ? undefined : clientCaseWords[language]);

function reasonLine(facts: StateChangeFacts, language: ClientLanguage): string | null {
  if (facts.toState !== 'REJECTED' || !facts.reasonCode) return null;
  const own = facts.reasonCode === 'OTHER' && facts.reasonText ? ` — ${facts.reasonText}` : '';
  return `${wordsOf(language).reason}${colonOf(language)}${reasonLabel(facts.reasonCode, language)}${own}`;
}

const names = (facts: StateChangeFacts, language: ClientLanguage) => ({
  organization: facts.organizationName,
  type: clientTypeName(facts.caseType, language),
  state: clientStateName(facts.toState, language),
  name: facts.clientName,
});

function movedLine(facts: StateChangeFacts, language: ClientLanguage): string {
  return fill(wordsOf(language).moved, names(facts, language));
}

/** Title and body of the client's in-app notification: the new state, the reason, the first step. */
export function stateChangeNotification(
  facts: StateChangeFacts,
  language: ClientLanguage,
): { title: string; body: string } {
  const first = facts.steps[0];
  const body = [
    reasonLine(facts, language),
    first ? `${wordsOf(language).next}${colonOf(language)}${stepText(first, language)}` : null,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    title: oneLine(fill(wordsOf(language).title, names(facts, language))),
    body: body.length > 1000 ? `${body.slice(0, 999)}…` : body,
  };
}

/** The client's email, with the next steps, the Chinese terms they will meet in Alipay and an unsubscribe link. */
export function stateChangeEmail(
  facts: StateChangeFacts,
  language: ClientLanguage,
  unsubscribeUrl: string,
): RenderedEmail {
  const w = wordsOf(language);
  const colon = colonOf(language);
  const named = names(facts, language);
  const steps = facts.steps.slice(0, MAX_STEPS);
  const reason = reasonLine(facts, language);
  const terms = termsIn([], steps);
  const subject = oneLine(fill(w.subject, named));
  const text = [
    fill(w.greeting, named),
    '',
    movedLine(facts, language),
    ...(reason ? [reason] : []),
    ...(steps.length > 0
      ? ['', `${w.next}${colon.trim()}`, ...steps.map((s, i) => `  ${i + 1}. ${stepText(s, language)}`)]
      : []),
    ...alipayTermsText(terms, language, `${w.terms}${colon.trim()}`),
    ...(facts.portalUrl ? ['', `${w.open}${colon}${facts.portalUrl}`] : []),
    '',
    `— ${facts.organizationName}`,
    '',
    `${w.unsubscribe}${colon}${unsubscribeUrl}`,
  ].join('\n');
  const html = htmlPage(
    language,
    [
      `<p>${escapeHtml(fill(w.greeting, named))}</p>`,
      `<p><strong>${escapeHtml(movedLine(facts, language))}</strong>${reason ? `<br>${escapeHtml(reason)}` : ''}</p>`,
      steps.length > 0
        ? `<h3>${escapeHtml(w.next)}</h3><ol>${steps.map((s) => stepItemHtml(s.text, language)).join('')}</ol>`
        : '',
      alipayTermsHtml(terms, language, w.terms),
      facts.portalUrl ? `<p><a href="${escapeHtml(facts.portalUrl)}">${escapeHtml(w.open)}</a></p>` : '',
      `<p>— ${escapeHtml(facts.organizationName)}</p>`,
      `<p style="color:#868e96;font-size:0.9em"><a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(w.unsubscribe)}</a></p>`,
    ].join(''),
  );
  return { subject, text, html };
}
