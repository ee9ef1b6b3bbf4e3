import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { followUpApi } from '../api/followUpApi';
import { caseKeys } from '../api/queryKeys';

/** Who follows the case, and whether I do. */
export const useCaseWatchers = (caseId: string) =>
  useQuery({ queryKey: caseKeys.watchers(caseId), queryFn: ({ signal }) => followUpApi.watchers(caseId, signal) });

export const useSetWatching = (caseId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (watching: boolean) => followUpApi.setWatching(caseId, watching),
    onSuccess: (answer) => queryClient.setQueryData(caseKeys.watchers(caseId), answer),
  });
};

/** Until when the case's chases are snoozed. */
export const useCaseSnooze = (caseId: string) =>
  useQuery({ queryKey: caseKeys.snooze(caseId), queryFn: ({ signal }) => followUpApi.snooze(caseId, signal) });

/** Snooze (a date) or wake (null); the case's next due date and its reminders change with it. */
export const useSetSnooze = (caseId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (until: Date | null) => followUpApi.setSnooze(caseId, until),
    onSuccess: (answer) => {
      queryClient.setQueryData(caseKeys.snooze(caseId), answer);
      void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
      void queryClient.invalidateQueries({ queryKey: caseKeys.reminders(caseId) });
      void queryClient.invalidateQueries({ queryKey: caseKeys.events(caseId) });
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
    },
  });
};
