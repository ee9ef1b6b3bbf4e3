import { caseStateLabels, type CaseState } from '@waiji/domain';
import { formatLocal } from '../scheduler/local-time';
import { escapeHtml, htmlPage, kindLabel, type Language, oneLine, type RenderedEmail, zoneName } from './content';

// What the daily digest email says.

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
    times: (zone: string) => `Times are ${zone}.`,
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
    times: (zone: string) => `时间均为${zone}。`,
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
    .concat([w.times(zoneName(facts.timeZone, language)), `— Waiji · ${facts.organizationName}`])
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
      .join('') +
      `<p>${escapeHtml(w.times(zoneName(facts.timeZone, language)))}</p>` +
      `<p style="color:#868e96">Waiji · ${escapeHtml(facts.organizationName)}</p>`,
  );
  return { subject: oneLine(w.subject(facts)), text, html };
}
