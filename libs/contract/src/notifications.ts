import { z } from 'zod';

/**
 * The dashboard polls the unread count (cheap, indexed) at this interval and refetches the list when
 * `latestAt` changes; reminders themselves are checked every SCHEDULER_INTERVAL_MS (15 s by default).
 */
export const NOTIFICATION_POLL_INTERVAL_MS = 30_000;

/**
 * What a notification is about: a reminder that fired, a client's report from the portal (CLIENT_REPORT), a new
 * message in a case's conversation (MESSAGE), or the client's own case changing state (CASE_STATE).
 */
export const notificationKinds = ['REMINDER', 'CLIENT_REPORT', 'MESSAGE', 'CASE_STATE'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationItem = z.object({
  id: z.uuid(),
  kind: z.enum(notificationKinds),
  title: z.string(),
  body: z.string(),
  caseId: z.uuid().nullable(),
  reminderId: z.uuid().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type NotificationItem = z.infer<typeof notificationItem>;

export const notificationListQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  unread: z.enum(['true', 'false']).optional(),
});
export type NotificationListQuery = z.infer<typeof notificationListQuery>;

export const notificationList = z.object({ items: z.array(notificationItem), nextCursor: z.string().nullable() });
export type NotificationList = z.infer<typeof notificationList>;

export const unreadCount = z.object({ count: z.number().int(), latestAt: z.string().nullable() });
export type UnreadCount = z.infer<typeof unreadCount>;

export const markAllReadResponse = z.object({ updated: z.number().int() });
export type MarkAllReadResponse = z.infer<typeof markAllReadResponse>;

export const notifyModes = ['IMMEDIATE', 'DIGEST'] as const;
/** IMMEDIATE: one email per reminder; DIGEST: one email a day at 08:00 in the organization's time zone. */
export const notificationPreferences = z.strictObject({ notifyMode: z.enum(notifyModes) });
export type NotificationPreferences = z.infer<typeof notificationPreferences>;

export const outboxStatuses = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const;

export const outboxListQuery = z.strictObject({
  status: z.enum(outboxStatuses).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type OutboxListQuery = z.infer<typeof outboxListQuery>;

export const outboxItem = z.object({
  id: z.uuid(),
  idempotencyKey: z.string(),
  toAddress: z.string(),
  subject: z.string(),
  status: z.enum(outboxStatuses),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});
export type OutboxItem = z.infer<typeof outboxItem>;

export const outboxList = z.object({ items: z.array(outboxItem), nextCursor: z.string().nullable() });
export type OutboxList = z.infer<typeof outboxList>;
