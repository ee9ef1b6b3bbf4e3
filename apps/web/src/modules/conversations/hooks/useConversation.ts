import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConversationResponse } from '@waiji/contract';
import {
  conversationKeys,
  conversationPollIntervalMs,
  conversationsApi,
  type ConversationSide,
} from '../api/conversationsApi';

/** The conversation of a case, as a query (for prefetching). */
export const conversationQuery = (side: ConversationSide, caseId: string) =>
  queryOptions({
    queryKey: conversationKeys.conversation(side, caseId),
    queryFn: ({ signal }) => conversationsApi.list(side, caseId, signal),
  });

/** The conversation of a case, polled while it is on screen (TanStack Query pauses in background tabs). */
export const useConversation = (side: ConversationSide, caseId: string) =>
  useQuery({ ...conversationQuery(side, caseId), refetchInterval: conversationPollIntervalMs });

/** Unread messages per case (a client's own cases; the cases a helper answers for). */
export const useUnreadMessages = (side: ConversationSide, enabled = true) =>
  useQuery({
    queryKey: conversationKeys.unread(side),
    queryFn: ({ signal }) => conversationsApi.unread(side, signal),
    refetchInterval: conversationPollIntervalMs,
    enabled,
  });

export const useSendMessage = (side: ConversationSide, caseId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => conversationsApi.send(side, caseId, body),
    onSuccess: (message) => {
      queryClient.setQueryData<ConversationResponse>(conversationKeys.conversation(side, caseId), (data) =>
        data && !data.items.some((item) => item.id === message.id)
          ? { ...data, items: [...data.items, message] }
          : data,
      );
      // The timelines beside the panel show messages too (the staff case page's events, the portal's case).
      void queryClient.invalidateQueries({ queryKey: ['cases', 'events', caseId] });
      void queryClient.invalidateQueries({ queryKey: ['cases', 'portal'] });
    },
  });
};

export const useMarkConversationRead = (side: ConversationSide, caseId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (upTo: string | undefined) => conversationsApi.markRead(side, caseId, upTo),
    onSuccess: (read) => {
      queryClient.setQueryData<ConversationResponse>(conversationKeys.conversation(side, caseId), (data) =>
        data ? { ...data, ...read } : data,
      );
      void queryClient.invalidateQueries({ queryKey: conversationKeys.unread(side) });
      // Reading the conversation also reads the bell's notifications of its messages.
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
};
