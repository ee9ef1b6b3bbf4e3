import type { Bilingual } from './common';

// Which cases' notices reach a member, chosen per channel in Settings → Notifications. The rules that apply them are
// the API's recipient rules (apps/api/src/reminders/reminder-recipients.ts); the codes and their words live here.

/**
 * ALL: every case of the organization. MINE_AND_UNASSIGNED: the cases assigned to me or followed by me, and those
 * assigned to nobody (the team inbox). MINE: only the cases assigned to me or followed by me. OFF: nothing.
 */
export const notifyScopes = ['ALL', 'MINE_AND_UNASSIGNED', 'MINE', 'OFF'] as const;
export type NotifyScope = (typeof notifyScopes)[number];

/** The in-app bell cannot be switched off: "only mine" at least. */
export const inAppNotifyScopes = ['ALL', 'MINE_AND_UNASSIGNED', 'MINE'] as const satisfies readonly NotifyScope[];

export const notifyScopeLabels: Readonly<Record<NotifyScope, Bilingual>> = {
  ALL: { en: 'All cases', zh: '所有案件' },
  MINE_AND_UNASSIGNED: { en: 'My cases and unassigned ones', zh: '我的案件和未分配的案件' },
  MINE: { en: 'Only my cases', zh: '仅我的案件' },
  OFF: { en: 'Off', zh: '关闭' },
};

/** Where a notice reaches a member: the bell in the app, an email at once, the daily digest email. */
export const notifyChannels = ['inApp', 'email', 'digest'] as const;
export type NotifyChannel = (typeof notifyChannels)[number];

export const notifyChannelLabels: Readonly<Record<NotifyChannel, Bilingual>> = {
  inApp: { en: 'In the app', zh: '应用内' },
  email: { en: 'Email at once', zh: '即时邮件' },
  digest: { en: 'Daily digest email (08:00)', zh: '每日摘要邮件（08:00）' },
};

/** How a member stands to a case, as far as notices go. */
export type CaseRelation = 'assignee' | 'watcher' | 'unassigned' | 'other';

/**
 * Whether a notice about a case reaches a member whose channel says `scope`: their own cases (assigned or followed)
 * unless the channel is off; unassigned ones unless they chose only their own; everything else only with ALL.
 */
export function scopeCovers(scope: NotifyScope, relation: CaseRelation): boolean {
  switch (scope) {
    case 'OFF':
      return false;
    case 'ALL':
      return true;
    case 'MINE_AND_UNASSIGNED':
      return relation !== 'other';
    case 'MINE':
      return relation === 'assignee' || relation === 'watcher';
  }
}
