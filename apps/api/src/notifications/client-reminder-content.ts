import { type ClientLanguage, type OtherClientLanguage, oneOf, reminderKinds, textIn } from '@waiji/domain';
import { formatLocal } from '../scheduler/local-time';
import { clientEmailWords, clientReminderWords, fill } from './client-email-words';
import {
  alipayTermsHtml,
  alipayTermsText,
  escapeHtml,
  htmlPage,
  oneLine,
  type RenderedEmail,
  stepItemHtml,
  zoneLabel,
} from './content';
import { clientEmail, inAppNotification, type ReminderFacts, termsIn } from './reminder-content';

// A reminder's email to a client in their language. English and Chinese are reminder-content.ts's clientEmail; the
// other client languages have their words in client-email-words.ts (the kind's name, the frame), while the reason and
// the next steps come from their language's table (client-texts.ts, English where it lacks one), and the Chinese terms table gives each Alipay word with pinyin and its
// meaning in the client's language (client-glossary.ts). Pure: every dynamic value is escaped in HTML.

const MAX_STEPS = 3;

/** The deadline's name and the reminder's reason (a manual one labelled as the helper's note) in a language beyond en/zh. */
function kindAndReason(facts: ReminderFacts, language: OtherClientLanguage): { kind: string; reason: string } {
  const w = clientReminderWords[language];
  return {
    kind: oneOf(reminderKinds, facts.kind) ? w.kinds[facts.kind] : facts.kind,
    reason: facts.manual ? `${w.note}${clientEmailWords[language].colon}${facts.reason.en}` : facts.reason.en,
  };
}

/** The in-app notice of a reminder to a client in their language (en/zh: reminder-content.ts's inAppNotification). */
export function clientInAppNotification(
  facts: ReminderFacts,
  language: ClientLanguage,
): { title: string; body: string } {
  if (language === 'en' || language === 'zh') return inAppNotification(facts, language);
  const { kind, reason } = kindAndReason(facts, language);
  const step = facts.steps[0];
  const body = [reason, step ? textIn(step.text, language).text : ''].filter(Boolean).join(' ');
  return {
    title: oneLine(`${kind}: ${facts.clientName}`),
    body: body.length > 1000 ? `${body.slice(0, 999)}…` : body,
  };
}

export function clientReminderEmail(
  facts: ReminderFacts,
  language: ClientLanguage,
  unsubscribeUrl: string,
): RenderedEmail {
  if (language === 'en' || language === 'zh') return clientEmail(facts, language, unsubscribeUrl);
  const w = clientReminderWords[language];
  const frame = clientEmailWords[language];
  const colon = frame.colon;
  const { kind, reason } = kindAndReason(facts, language);
  const local = facts.dueLocal ?? formatLocal(facts.dueAt, facts.timeZone);
  const due = `${w.due}${colon}${kind} — ${local} (${zoneLabel(facts.timeZone, language)})`;
  const steps = facts.steps.slice(0, MAX_STEPS);
  const terms = termsIn([facts.reason.zh], steps);
  const greeting = fill(frame.stateChange.greeting, { name: facts.clientName });
  const intro = fill(w.intro, { organization: facts.organizationName });
  const text = [
    greeting,
    '',
    intro,
    due,
    '',
    reason,
    ...(steps.length > 0
      ? [
          '',
          `${frame.stateChange.next}${colon.trim()}`,
          ...steps.map((s, i) => `  ${i + 1}. ${textIn(s.text, language).text}`),
        ]
      : []),
    ...alipayTermsText(terms, language, `${frame.stateChange.terms}${colon.trim()}`),
    '',
    `— ${facts.organizationName}`,
    '',
    `${w.unsubscribe}${colon}${unsubscribeUrl}`,
  ].join('\n');
  const html = htmlPage(
    language,
    [
      `<p>${escapeHtml(greeting)}</p>`,
      `<p>${escapeHtml(intro)}<br><strong>${escapeHtml(due)}</strong></p>`,
      `<p lang="en" dir="ltr">${escapeHtml(reason)}</p>`,
      steps.length > 0
        ? `<h3>${escapeHtml(frame.stateChange.next)}</h3><ol>${steps.map((s) => stepItemHtml(s.text, language)).join('')}</ol>`
        : '',
      alipayTermsHtml(terms, language, frame.stateChange.terms),
      `<p>— ${escapeHtml(facts.organizationName)}</p>`,
      `<p style="color:#868e96;font-size:0.9em"><a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(w.unsubscribe)}</a></p>`,
    ].join(''),
  );
  return { subject: oneLine(fill(w.subject, { kind })), text, html };
}
