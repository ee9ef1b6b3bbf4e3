import { useQuery } from '@tanstack/react-query';
import { notificationKeys, notificationPollIntervalMs, notificationsApi } from '../api/notificationsApi';

/** Polled while the tab is visible (TanStack Query pauses intervals in background tabs). */
export const useUnreadCount = (enabled: boolean) =>
  useQuery({
    queryKey: notificationKeys.unread(),
    queryFn: ({ signal }) => notificationsApi.unreadCount(signal),
    refetchInterval: notificationPollIntervalMs,
    enabled,
    retry: false,
  });
