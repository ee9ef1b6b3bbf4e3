import type {
  MarkAllReadResponse,
  NotificationItem,
  NotificationList,
  NotificationPreferences,
  UnreadCount,
} from '@waiji/contract';
import { api } from '../../api/client';

/**
 * The contract's NOTIFICATION_POLL_INTERVAL_MS, repeated here because importing a value from @waiji/contract
 * would pull its zod schemas into the entry chunk (the bell is in the header).
 */
export const notificationPollIntervalMs = 30_000;

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: () => ['notifications', 'unread-count'] as const,
  list: () => ['notifications', 'list'] as const,
  preferences: () => ['notifications', 'preferences'] as const,
};

export const notificationsApi = {
  unreadCount: (signal?: AbortSignal) => api.get<UnreadCount>('/notifications/unread-count', signal ? { signal } : {}),
  list: (cursor: string | undefined, signal?: AbortSignal) =>
    api.get<NotificationList>('/notifications', { query: { cursor, limit: 20 }, ...(signal ? { signal } : {}) }),
  markRead: (id: string) => api.post<NotificationItem>(`/notifications/${encodeURIComponent(id)}/read`),
  markAllRead: () => api.post<MarkAllReadResponse>('/notifications/read-all'),
  preferences: (signal?: AbortSignal) =>
    api.get<NotificationPreferences>('/notifications/preferences', signal ? { signal } : {}),
  setPreferences: (body: NotificationPreferences) =>
    api.put<NotificationPreferences>('/notifications/preferences', body),
};
