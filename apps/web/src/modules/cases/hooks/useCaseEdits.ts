import type { CaseResponse, UpdateCaseRequest } from '@waiji/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api';
import { casesApi } from '../api/casesApi';
import { caseKeys } from '../api/queryKeys';
import { putCaseInCache } from '../utils/caseCache';

/**
 * A change of the case's own fields (assignee, priority) from the case page. Success puts the answer in every cache
 * and reloads the rest (the timeline shows the change, lists may sort or filter by it).
 */
export const useCaseUpdate = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseId, change }: { caseId: string; change: UpdateCaseRequest }) => casesApi.update(caseId, change),
    onSuccess: (updated) => {
      putCaseInCache(queryClient, updated);
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
};

/**
 * Undo of the case's last transition at the version the page shows. Success: the restored case everywhere, then
 * the timeline and reminders again (re-planned by the API). A 409 reloads the case, which may have moved on.
 */
export const useCaseUndo = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (caseRecord: CaseResponse) => casesApi.undo(caseRecord.id, caseRecord.version),
    onSuccess: (result) => {
      putCaseInCache(queryClient, result.case);
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
    onError: (error, caseRecord) => {
      if (isApiError(error) && error.isConflict)
        void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseRecord.id) });
    },
  });
};
