import { caseStateLabels, type CaseState, type CaseType, caseTypeLabels } from '@waiji/domain';
import { escapeHtml, htmlPage, type Language, oneLine, type RenderedEmail } from './content';

// What "you were assigned a case" says: an in-app notification per case, and one email per assignment (a bulk
// assignment of several cases to one person is one email listing them).

export type AssignedCase = {
  caseType: CaseType;
  state: CaseState;
  clientName: string;
  caseUrl: string;
};

export type AssignmentFacts = {
  organizationName: string;
  /** Who assigned them (their display name); null when unknown. */
  assignedBy: string | null;
};

/** How many cases one email lists by name; the rest are counted. */
const LISTED = 20;

const words = {
  en: {
    title: (client: string) => `Assigned to you: ${client}`,
    body: (by: string | null, about: string) => `${by ? `${by} assigned` : 'Assigned'} you this case: ${about}.`,
    subjectOne: (client: string) => `[Waiji] Assigned to you: ${client}`,
    subjectMany: (count: number) => `[Waiji] ${count} cases assigned to you`,
    intro: (by: string | null, count: number) =>
      `${by ? `${by} assigned you` : 'You were assigned'} ${count === 1 ? 'a case' : `${count} cases`}; their reminders now come to you.`,
    more: (count: number) => `…and ${count} more`,
    open: 'Open the case',
  },
  zh: {
    title: (client: string) => `分配给你：${client}`,
    body: (by: string | null, about: string) => `${by ? `${by} 将` : ''}此案件分配给了你：${about}。`,
    subjectOne: (client: string) => `[Waiji] 分配给你：${client}`,
    subjectMany: (count: number) => `[Waiji] ${count} 个案件分配给了你`,
    intro: (by: string | null, count: number) =>
      `${by ? `${by} 将` : ''}${count === 1 ? '一个案件' : `${count} 个案件`}分配给了你；此后它们的提醒将发给你。`,
    more: (count: number) => `……另有 ${count} 个`,
    open: '打开案件',
  },
} as const;

function about(kase: AssignedCase, language: Language): string {
  return `${kase.clientName} — ${caseTypeLabels[kase.caseType][language]} (${caseStateLabels[kase.state][language]})`;
}

/** The in-app notification of one case. */
export function assignmentNotification(
  kase: AssignedCase,
  facts: AssignmentFacts,
  language: Language,
): { title: string; body: string } {
  const w = words[language];
  return { title: oneLine(w.title(kase.clientName)), body: w.body(facts.assignedBy, about(kase, language)) };
}

/** The email of one assignment: the case, or the cases, with links. */
export function assignmentEmail(cases: AssignedCase[], facts: AssignmentFacts, language: Language): RenderedEmail {
  const w = words[language];
  const intro = w.intro(facts.assignedBy, cases.length);
  const listed = cases.slice(0, LISTED);
  const rest = cases.length - listed.length;
  const text = [
    intro,
    '',
    ...listed.map((kase) => `- ${about(kase, language)}: ${kase.caseUrl}`),
    ...(rest > 0 ? [w.more(rest)] : []),
    '',
    `— Waiji · ${facts.organizationName}`,
  ].join('\n');
  const items = listed
    .map((kase) => `<li><a href="${escapeHtml(kase.caseUrl)}">${escapeHtml(about(kase, language))}</a></li>`)
    .join('');
  const html = htmlPage(
    language,
    [
      `<p>${escapeHtml(intro)}</p>`,
      `<ul>${items}${rest > 0 ? `<li>${escapeHtml(w.more(rest))}</li>` : ''}</ul>`,
      `<p style="color:#868e96">Waiji · ${escapeHtml(facts.organizationName)}</p>`,
    ].join(''),
  );
  const [only] = cases;
  const subject = cases.length === 1 && only ? w.subjectOne(only.clientName) : w.subjectMany(cases.length);
  return { subject: oneLine(subject), text, html };
}
