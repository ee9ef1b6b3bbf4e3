import {
  type Bilingual,
  caseStateLabels,
  type CaseState,
  type CaseType,
  caseTypeLabels,
  glossary,
  type GlossaryEntry,
  type NextStep,
} from '@waiji/domain';
import { formatLocal } from '../scheduler/local-time';
import { escapeHtml, htmlPage, kindLabel, type Language, oneLine, type RenderedEmail, zoneName } from './content';

// What a firing reminder says: the in-app notification, the helper's email and the client's email.

export type ReminderFacts = {
  caseId: string;
  caseType: CaseType;
  state: CaseState;
  clientName: string;
  organizationName: string;
  kind: string;
  manual: boolean;
  dueAt: Date;
  timeZone: string;
  /** dueAt on the organization's wall clock ("2026-03-10 08:00"); computed once, Intl is slow. */
  dueLocal?: string;
  reason: Bilingual;
  steps: NextStep[];
  caseUrl: string;
};

const MAX_STEPS = 3;

/** Glossary entries whose Chinese term appears in these texts or buttons (optional parts ignored). */
export function termsIn(texts: string[], steps: NextStep[]): GlossaryEntry[] {
  const haystack = [...texts, ...steps.map((s) => s.text.zh), ...steps.map((s) => s.button?.zh ?? '')].join('\n');
  const found = new Map<string, GlossaryEntry>();
  for (const entry of glossary) {
    const bare = entry.zh.replace(/\([^)]*\)/g, '');
    if (haystack.includes(bare) || haystack.includes(entry.zh.replace(/[()]/g, ''))) found.set(entry.zh, entry);
  }
  for (const step of steps) {
    if (step.button && ![...found.values()].some((e) => e.zh.replace(/[()]/g, '') === step.button?.zh)) {
      found.set(step.button.zh, {
        zh: step.button.zh,
        pinyin: step.button.pinyin,
        en: step.button.en,
        source: step.source,
      });
    }
  }
  return [...found.values()];
}

const words = {
  en: {
    due: 'Due',
    nextStepHelper: 'Next step for the client',
    nextStepClient: 'What to do next',
    open: 'Open the case',
    terms: 'Chinese you will see in Alipay',
    greeting: (name: string) => `Hello ${name},`,
    clientIntro: (org: string) => `${org} is helping you with Alipay and sends you this reminder.`,
    unsubscribe: 'Stop these reminder emails',
    note: 'Note',
  },
  zh: {
    due: '到期',
    nextStepHelper: '客户的下一步',
    nextStepClient: '下一步怎么做',
    open: '打开案件',
    terms: '你将在支付宝中看到的中文',
    greeting: (name: string) => `${name}，您好：`,
    clientIntro: (org: string) => `${org} 正在协助你办理支付宝事宜，特此提醒。`,
    unsubscribe: '不再接收提醒邮件',
    note: '备注',
  },
} as const;

function dueLine(facts: ReminderFacts, language: Language): string {
  const local = facts.dueLocal ?? formatLocal(facts.dueAt, facts.timeZone);
  const zone = zoneName(facts.timeZone, language);
  return language === 'zh'
    ? `${words.zh.due}：${kindLabel(facts.kind, language)} — ${local}（${zone}）`
    : `${words.en.due}: ${kindLabel(facts.kind, language)} — ${local} (${zone})`;
}

function reasonText(facts: ReminderFacts, language: Language): string {
  return facts.manual ? `${words[language].note}: ${facts.reason[language]}` : facts.reason[language];
}

function stepsOf(facts: ReminderFacts): NextStep[] {
  return facts.steps.slice(0, MAX_STEPS);
}

/** Title and body of the in-app notification. */
export function inAppNotification(facts: ReminderFacts, language: Language): { title: string; body: string } {
  const step = facts.steps[0];
  const body = [reasonText(facts, language), step ? step.text[language] : ''].filter(Boolean).join(' ');
  return {
    title: oneLine(`${kindLabel(facts.kind, language)}: ${facts.clientName}`),
    body: body.length > 1000 ? `${body.slice(0, 999)}…` : body,
  };
}

function htmlSteps(steps: NextStep[], language: Language): string {
  return `<ol>${steps.map((s) => `<li>${escapeHtml(s.text[language])}</li>`).join('')}</ol>`;
}

function htmlTerms(terms: GlossaryEntry[], language: Language): string {
  if (terms.length === 0) return '';
  const rows = terms
    .map(
      (t) =>
        `<tr><td lang="zh-CN" style="padding:2px 12px 2px 0;font-size:1.1em">${escapeHtml(t.zh)}</td><td style="padding:2px 12px 2px 0">${escapeHtml(t.pinyin)}</td><td>${escapeHtml(t.en)}</td></tr>`,
    )
    .join('');
  return `<h3>${escapeHtml(words[language].terms)}</h3><table>${rows}</table>`;
}

function textTerms(terms: GlossaryEntry[], language: Language): string[] {
  if (terms.length === 0) return [];
  return ['', `${words[language].terms}:`, ...terms.map((t) => `  ${t.zh} (${t.pinyin}) — ${t.en}`)];
}

/** The helper's email: case, what is due, the next step in plain words, a link. */
export function helperEmail(facts: ReminderFacts, language: Language): RenderedEmail {
  const w = words[language];
  const steps = stepsOf(facts);
  const due = dueLine(facts, language);
  const caseLine = `${facts.clientName} — ${caseTypeLabels[facts.caseType][language]} (${caseStateLabels[facts.state][language]})`;
  const subject = oneLine(`[Waiji] ${kindLabel(facts.kind, language)}: ${facts.clientName}`);
  const text = [
    caseLine,
    due,
    '',
    reasonText(facts, language),
    ...(steps.length > 0
      ? ['', `${w.nextStepHelper}:`, ...steps.map((s, i) => `  ${i + 1}. ${s.text[language]}`)]
      : []),
    '',
    `${w.open}: ${facts.caseUrl}`,
    '',
    `— Waiji · ${facts.organizationName}`,
  ].join('\n');
  const html = htmlPage(
    language,
    [
      `<h2 style="margin-bottom:0">${escapeHtml(kindLabel(facts.kind, language))}</h2>`,
      `<p style="margin-top:4px">${escapeHtml(caseLine)}<br>${escapeHtml(due)}</p>`,
      `<p>${escapeHtml(reasonText(facts, language))}</p>`,
      steps.length > 0 ? `<h3>${escapeHtml(w.nextStepHelper)}</h3>${htmlSteps(steps, language)}` : '',
      `<p><a href="${escapeHtml(facts.caseUrl)}">${escapeHtml(w.open)}</a></p>`,
      `<p style="color:#868e96">Waiji · ${escapeHtml(facts.organizationName)}</p>`,
    ].join(''),
  );
  return { subject, text, html };
}

/** The client's email, in their language, with the Chinese terms they will see in Alipay and an unsubscribe link. */
export function clientEmail(facts: ReminderFacts, language: Language, unsubscribeUrl: string): RenderedEmail {
  const w = words[language];
  const steps = stepsOf(facts);
  const due = dueLine(facts, language);
  const terms = termsIn([facts.reason.zh], steps);
  const subject = oneLine(
    language === 'zh'
      ? `支付宝提醒：${kindLabel(facts.kind, 'zh')}`
      : `Alipay reminder: ${kindLabel(facts.kind, 'en')}`,
  );
  const text = [
    w.greeting(facts.clientName),
    '',
    w.clientIntro(facts.organizationName),
    due,
    '',
    reasonText(facts, language),
    ...(steps.length > 0
      ? ['', `${w.nextStepClient}:`, ...steps.map((s, i) => `  ${i + 1}. ${s.text[language]}`)]
      : []),
    ...textTerms(terms, language),
    '',
    `— ${facts.organizationName}`,
    '',
    `${w.unsubscribe}: ${unsubscribeUrl}`,
  ].join('\n');
  const html = htmlPage(
    language,
    [
      `<p>${escapeHtml(w.greeting(facts.clientName))}</p>`,
      `<p>${escapeHtml(w.clientIntro(facts.organizationName))}<br><strong>${escapeHtml(due)}</strong></p>`,
      `<p>${escapeHtml(reasonText(facts, language))}</p>`,
      steps.length > 0 ? `<h3>${escapeHtml(w.nextStepClient)}</h3>${htmlSteps(steps, language)}` : '',
      htmlTerms(terms, language),
      `<p>— ${escapeHtml(facts.organizationName)}</p>`,
      `<p style="color:#868e96;font-size:0.9em"><a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(w.unsubscribe)}</a></p>`,
    ].join(''),
  );
  return { subject, text, html };
}
