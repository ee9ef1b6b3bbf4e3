import { type ProposalKind, proposalKindLabels } from '@waiji/domain';
import { type Language, oneLine } from './content';

/** What a client reported from the portal, as the helpers' in-app notification tells it. */
export type ProposalFacts = {
  clientName: string;
  kind: ProposalKind;
  /** CNY, e.g. "0.0974" (DEPOSIT_ARRIVED). */
  amount?: string | undefined;
  /** YYYY-MM-DD (DEPOSIT_ARRIVED). */
  arrivedOn?: string | undefined;
  cardLast4?: string | undefined;
  /** The pasted message (MESSAGE). */
  text?: string | undefined;
  /** The organization lets reports apply at once: nothing is left to confirm. */
  applied: boolean;
};

const words = {
  en: {
    reported: 'reported',
    deposit: (amount: string, day: string) => `${amount} CNY on ${day}.`,
    card: (last4: string) => `Card ending ${last4}.`,
    confirm: 'Confirm or reject it on Today or on the case page.',
    applied: 'It was recorded on the case.',
  },
  zh: {
    reported: '报告',
    deposit: (amount: string, day: string) => `${day} 到账 ${amount} 元。`,
    card: (last4: string) => `银行卡尾号 ${last4}。`,
    confirm: '请在“今日”或案件页面确认或驳回。',
    applied: '已记录到案件。',
  },
} as const;

/** Title and body of the notification a client's report sends to the case's helpers. */
export function proposalNotification(facts: ProposalFacts, language: Language): { title: string; body: string } {
  const w = words[language];
  const details: string[] = [];
  if (facts.amount && facts.arrivedOn) details.push(w.deposit(facts.amount, facts.arrivedOn));
  if (facts.cardLast4) details.push(w.card(facts.cardLast4));
  if (facts.text) details.push(`“${oneLine(facts.text, 300)}”`);
  details.push(facts.applied ? w.applied : w.confirm);
  const separator = language === 'zh' ? '：' : ': ';
  return {
    title: oneLine(`${facts.clientName} ${w.reported}${separator}${proposalKindLabels[facts.kind][language]}`),
    body: details.join(' '),
  };
}
