import type { NotificationItem, NotificationList, UnreadCount } from '@waiji/contract';
import { type InfiniteData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { notificationKeys, notificationsApi } from '../api/notificationsApi';

export const useNotificationList = () =>
  useInfiniteQuery({
    queryKey: notificationKeys.list(),
    queryFn: ({ pageParam, signal }) => notificationsApi.list(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

type ListData = InfiniteData<NotificationList, string | undefined>;

const markInList = (
  data: ListData | undefined,
  read: (item: NotificationItem) => boolean,
  at: string,
): ListData | undefined =>
  data && {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      items: page.items.map((item) => (read(item) && !item.readAt ? { ...item, readAt: at } : item)),
    })),
  };

/** Marks one notification read at once in the list and the count; both are put back if the server refuses. */
export const useMarkRead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => notificationsApi.markRead(id),
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: notificationKeys.all });
      const list = queryClient.getQueryData<ListData>(notificationKeys.list());
      const unread = queryClient.getQueryData<UnreadCount>(notificationKeys.unread());
      const wasUnread = list?.pages.some((page) => page.items.some((item) => item.id === id && !item.readAt)) ?? true;
      queryClient.setQueryData<ListData>(notificationKeys.list(), (data) =>
        markInList(data, (item) => item.id === id, new Date().toISOString()),
      );
      if (unread && wasUnread)
        queryClient.setQueryData<UnreadCount>(notificationKeys.unread(), {
          ...unread,
          count: Math.max(0, unread.count - 1),
        });
      return { list, unread };
    },
    onError: (_error, _id, context) => {
      if (context?.list) queryClient.setQueryData(notificationKeys.list(), context.list);
      if (context?.unread) queryClient.setQueryData(notificationKeys.unread(), context.unread);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.unread() }),
  });
};

export const useMarkAllRead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => notificationsApi.markAllRead(),
    onMutate: async () => {
      await queryClient.cancelQueries({ queryKey: notificationKeys.all });
      const list = queryClient.getQueryData<ListData>(notificationKeys.list());
      const unread = queryClient.getQueryData<UnreadCount>(notificationKeys.unread());
      queryClient.setQueryData<ListData>(notificationKeys.list(), (data) =>
        markInList(data, () => true, new Date().toISOString()),
      );
      if (unread) queryClient.setQueryData<UnreadCount>(notificationKeys.unread(), { ...unread, count: 0 });
      return { list, unread };
    },
    onError: (_error, _vars, context) => {
      if (context?.list) queryClient.setQueryData(notificationKeys.list(), context.list);
      if (context?.unread) queryClient.setQueryData(notificationKeys.unread(), context.unread);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
};
