import {
  type Bilingual,
  caseStateLabels,
  type CaseState,
  type CaseType,
  caseTypeLabels,
  glossary,
  type GlossaryEntry,
  type NextStep,
  reminderKindLabel,
} from '@waiji/domain';
import { formatLocal } from '../scheduler/local-time';

// What reminder notifications and emails say. Pure: every dynamic value is escaped in HTML.

export type Language = 'en' | 'zh';

export function languageOf(value: string | null | undefined): Language {
  return typeof value === 'string' && value.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Header values must be one line. */
function oneLine(value: string, max = 200): string {
  const flat = value
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function kindLabel(kind: string, language: Language): string {
  return reminderKindLabel(kind)[language];
}

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

export type RenderedEmail = { subject: string; text: string; html: string };

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
  return `${words[language].due}: ${kindLabel(facts.kind, language)} — ${facts.dueLocal ?? formatLocal(facts.dueAt, facts.timeZone)} (${facts.timeZone})`;
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

function htmlPage(language: Language, inner: string): string {
  return `<!doctype html><html lang="${language === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"></head><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1a1b1e;max-width:40rem">${inner}</body></html>`;
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

export type DigestItem = { caseId: string; clientName: string; kind: string; dueAt: Date };
export type WaitingItem = { caseId: string; clientName: string; state: CaseState; since: Date };
export type DigestFacts = {
  date: string;
  timeZone: string;
  organizationName: string;
  dueToday: DigestItem[];
  overdue: DigestItem[];
  waiting: WaitingItem[];
  /** Totals before the lists were cut to a readable length. */
  totals: { dueToday: number; overdue: number; waiting: number };
  caseUrl: (caseId: string) => string;
};

const digestWords = {
  en: {
    subject: (f: DigestFacts) =>
      `[Waiji] ${f.date}: ${f.totals.dueToday} due today, ${f.totals.overdue} overdue, ${f.totals.waiting} waiting on Alipay`,
    dueToday: 'Due today',
    overdue: 'Overdue',
    waiting: 'Waiting on Alipay',
    since: 'since',
    more: (n: number) => `…and ${n} more`,
    none: 'Nothing.',
  },
  zh: {
    subject: (f: DigestFacts) =>
      `[Waiji] ${f.date}：今日到期 ${f.totals.dueToday}，逾期 ${f.totals.overdue}，等待支付宝 ${f.totals.waiting}`,
    dueToday: '今日到期',
    overdue: '已逾期',
    waiting: '等待支付宝处理',
    since: '自',
    more: (n: number) => `……另有 ${n} 项`,
    none: '无。',
  },
} as const;

/** The daily digest of a helper who chose one email a day. */
export function digestEmail(facts: DigestFacts, language: Language): RenderedEmail {
  const w = digestWords[language];
  const itemLine = (i: DigestItem) =>
    `${i.clientName} — ${kindLabel(i.kind, language)} (${formatLocal(i.dueAt, facts.timeZone)})`;
  const waitingLine = (i: WaitingItem) =>
    `${i.clientName} — ${caseStateLabels[i.state][language]} (${w.since} ${formatLocal(i.since, facts.timeZone)})`;
  type Section = { title: string; lines: { text: string; caseId: string }[]; total: number };
  const sections: Section[] = [
    {
      title: w.dueToday,
      lines: facts.dueToday.map((i) => ({ text: itemLine(i), caseId: i.caseId })),
      total: facts.totals.dueToday,
    },
    {
      title: w.overdue,
      lines: facts.overdue.map((i) => ({ text: itemLine(i), caseId: i.caseId })),
      total: facts.totals.overdue,
    },
    {
      title: w.waiting,
      lines: facts.waiting.map((i) => ({ text: waitingLine(i), caseId: i.caseId })),
      total: facts.totals.waiting,
    },
  ];
  const text = sections
    .flatMap((s) => [
      `${s.title} (${s.total})`,
      ...(s.lines.length === 0 ? [`  ${w.none}`] : s.lines.map((l) => `  - ${l.text}\n    ${facts.caseUrl(l.caseId)}`)),
      ...(s.total > s.lines.length ? [`  ${w.more(s.total - s.lines.length)}`] : []),
      '',
    ])
    .concat([`— Waiji · ${facts.organizationName}`])
    .join('\n');
  const html = htmlPage(
    language,
    sections
      .map(
        (s) =>
          `<h3>${escapeHtml(s.title)} (${s.total})</h3>` +
          (s.lines.length === 0
            ? `<p>${escapeHtml(w.none)}</p>`
            : `<ul>${s.lines.map((l) => `<li><a href="${escapeHtml(facts.caseUrl(l.caseId))}">${escapeHtml(l.text)}</a></li>`).join('')}</ul>`) +
          (s.total > s.lines.length ? `<p>${escapeHtml(w.more(s.total - s.lines.length))}</p>` : ''),
      )
      .join('') + `<p style="color:#868e96">Waiji · ${escapeHtml(facts.organizationName)}</p>`,
  );
  return { subject: oneLine(w.subject(facts)), text, html };
}
