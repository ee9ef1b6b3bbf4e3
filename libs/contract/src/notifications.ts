import { z } from 'zod';
import { emailStatuses, inAppNotifyScopes, notifyScopes } from '@waiji/domain';

/**
 * The dashboard polls the unread count (cheap, indexed) at this interval and refetches the list when
 * `latestAt` changes; reminders themselves are checked every SCHEDULER_INTERVAL_MS (15 s by default).
 */
export const NOTIFICATION_POLL_INTERVAL_MS = 30_000;

/**
 * What a notification is about: a reminder that fired, a client's report from the portal (CLIENT_REPORT), a new
 * message in a case's conversation (MESSAGE), the client's own case changing state (CASE_STATE), or a case just
 * assigned to the reader (ASSIGNED), a helper's review of the client's uploaded document (DOCUMENT_REVIEW), or a
 * document the client uploaded, for the helpers (DOCUMENT_UPLOADED).
 */
export const notificationKinds = [
  'REMINDER',
  'CLIENT_REPORT',
  'MESSAGE',
  'CASE_STATE',
  'ASSIGNED',
  'DOCUMENT_REVIEW',
  'DOCUMENT_UPLOADED',
] as const;
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

/**
 * Per channel, which cases' notices reach the caller (the domain's notify scopes): `inApp` the bell, `email` one
 * email per notice at once, `digest` one email a day at 08:00 in the organization's time zone. Their own cases are
 * those assigned to them or that they follow; a case assigned to them tells them so on both inApp and email unless
 * email is OFF.
 */
export const notificationPreferences = z.object({
  inApp: z.enum(inAppNotifyScopes),
  email: z.enum(notifyScopes),
  digest: z.enum(notifyScopes),
});
export type NotificationPreferences = z.infer<typeof notificationPreferences>;

/** Any of the channels; the others stay as they are. */
export const updateNotificationPreferences = z.strictObject({
  inApp: z.enum(inAppNotifyScopes).optional(),
  email: z.enum(notifyScopes).optional(),
  digest: z.enum(notifyScopes).optional(),
});
export type UpdateNotificationPreferences = z.infer<typeof updateNotificationPreferences>;

/** The outbox's statuses: the domain's list (its labels are emailStatusLabels). */
export const outboxStatuses = emailStatuses;

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
