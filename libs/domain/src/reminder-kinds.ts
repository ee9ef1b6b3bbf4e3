import type { Bilingual } from './common';
import { oneOf } from './one-of';

// The kinds of reminder and the one name each goes by: the reminder list, notifications, emails and the calendar feed all
// show these words, so a helper recognises the same reminder wherever it reaches them.

/** What `deadlinesFor` plans, one reminder per deadline. */
export const deadlineKinds = [
  'DEPOSIT_EXPECTED',
  'DEPOSIT_OVERDUE',
  'REVIEW_DUE',
  'RETRY_ALLOWED',
  'REUPLOAD_WINDOW_CLOSES',
  'DOCUMENT_EXPIRING',
  'CASE_STUCK',
  'CASE_STUCK_ADMINS',
  // Issue 18.
  'SCAN_LOCK_LIFTS',
  'REBIND_ALLOWED',
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

/** A deadline's reminder, or one a helper set by hand (MANUAL). */
export const reminderKinds = [...deadlineKinds, 'MANUAL'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

export const reminderKindLabels: Readonly<Record<ReminderKind, Bilingual>> = {
  // The due time is the end of the expected wait: by then the deposit should be there.
  DEPOSIT_EXPECTED: { en: 'Deposit should have arrived', zh: '打款应已到账' },
  DEPOSIT_OVERDUE: { en: 'Deposit overdue', zh: '打款逾期未到账' },
  REVIEW_DUE: { en: "Alipay's review is due", zh: '支付宝审核应已完成' },
  RETRY_ALLOWED: { en: 'Same card allowed again', zh: '原银行卡可重新认证' },
  // 补传 is the word the client sees in the rejection email and in Alipay.
  REUPLOAD_WINDOW_CLOSES: { en: 'Re-upload (补传) window closes', zh: '补传期限截止' },
  DOCUMENT_EXPIRING: { en: 'Document expiring', zh: '证件即将到期' },
  CASE_STUCK: { en: 'Case stuck', zh: '案件停滞' },
  CASE_STUCK_ADMINS: { en: 'Stuck case escalated', zh: '停滞案件已上报' },
  SCAN_LOCK_LIFTS: { en: 'Passport-scan lock should have lifted', zh: '护照扫描锁定应已解除' },
  REBIND_ALLOWED: { en: 'Unbound card may be bound again', zh: '已解绑的卡可重新绑定' },
  MANUAL: { en: 'Reminder', zh: '提醒' },
};

/** The label of a kind as stored (text); a kind this version does not know reads as itself. */
export function reminderKindLabel(kind: string): Bilingual {
  return oneOf(reminderKinds, kind) ? reminderKindLabels[kind] : { en: kind, zh: kind };
}

/**
 * The reminders that chase someone (Alipay, the bank, the client, the helper): a case's "snooze until" holds them
 * back. Deadlines that end something (same card allowed again, the re-upload window, a document expiring) and
 * manual reminders are never held back.
 */
export const snoozableKinds = [
  'DEPOSIT_EXPECTED',
  'DEPOSIT_OVERDUE',
  'REVIEW_DUE',
  'CASE_STUCK',
  'CASE_STUCK_ADMINS',
] as const satisfies readonly DeadlineKind[];

/** Kinds that go to the organization's owner and admins as well as to the people of the case. */
export const adminReminderKinds = ['CASE_STUCK_ADMINS'] as const satisfies readonly DeadlineKind[];
