import type { Bilingual } from './common';

/**
 * Where an outbound email stands (the outbox's statuses, the database's EmailStatus): waiting for its turn, being
 * handed to the mail server, delivered to it, or given up after its attempts (then an admin may send it again).
 */
export const emailStatuses = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const;
export type EmailStatus = (typeof emailStatuses)[number];

/** An email's status as people read it (Settings → Email delivery): never the code. */
export const emailStatusLabels: Readonly<Record<EmailStatus, Bilingual>> = {
  PENDING: { en: 'Waiting to send', zh: '等待发送' },
  SENDING: { en: 'Sending', zh: '正在发送' },
  SENT: { en: 'Sent', zh: '已发送' },
  FAILED: { en: 'Failed', zh: '发送失败' },
};
