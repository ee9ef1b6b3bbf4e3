import type { CaseListResponse, CaseResponse } from '@waiji/contract';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActionPayload, CaseAction } from '@waiji/domain';
import { isApiError } from '../../api';
import { casesApi, clientsApi, membersApi, remindersApi, savedViewsApi } from '../api/casesApi';
import { caseKeys, clientKeys, memberKeys, savedViewKeys } from '../api/queryKeys';
import { putCaseInCache } from '../utils/caseCache';
import { type ListFilters, toApiQuery } from '../utils/listQuery';

/**
 * The list a page at a time as the reader scrolls (keyset cursor): a small first page, so the first
 * screen arrives quickly, then the largest pages the API allows.
 */
export const useCaseList = (filters: ListFilters, firstLimit = 50, nextLimit = 200) => {
  const firstPage = toApiQuery(filters, { limit: firstLimit });
  return useInfiniteQuery({
    queryKey: caseKeys.list(firstPage.toString()),
    queryFn: ({ pageParam, signal }) =>
      casesApi.list(toApiQuery(filters, { cursor: pageParam, limit: pageParam ? nextLimit : firstLimit }), signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: CaseListResponse) => last.nextCursor ?? undefined,
  });
};

/** A single page of cases for a short list (Today, a board column). */
export const useCasePage = (query: URLSearchParams, enabled = true) =>
  useQuery({
    queryKey: caseKeys.list(query.toString()),
    queryFn: ({ signal }) => casesApi.list(query, signal),
    enabled,
  });

export const useCase = (caseId: string) =>
  useQuery({
    queryKey: caseKeys.detail(caseId),
    queryFn: ({ signal }) => casesApi.get(caseId, signal),
    // A case of another organization answers 404; asking again will not change that.
    retry: (count, error) => count < 1 && !(isApiError(error) && (error.isNotFound || error.isForbidden)),
  });

export const useClient = (clientId: string | undefined) =>
  useQuery({
    queryKey: clientKeys.detail(clientId ?? ''),
    queryFn: ({ signal }) => clientsApi.get(clientId ?? '', signal),
    enabled: clientId !== undefined,
  });

export const useCaseEvents = (caseId: string) =>
  useQuery({ queryKey: caseKeys.events(caseId), queryFn: ({ signal }) => casesApi.events(caseId, signal) });

export const useChecklist = (caseId: string) =>
  useQuery({ queryKey: caseKeys.checklist(caseId), queryFn: ({ signal }) => casesApi.checklist(caseId, signal) });

export const useReminders = (caseId: string) =>
  useQuery({ queryKey: caseKeys.reminders(caseId), queryFn: ({ signal }) => remindersApi.list(caseId, signal) });

export const useMembers = (enabled = true) =>
  useQuery({
    queryKey: memberKeys.all,
    queryFn: ({ signal }) => membersApi.list(signal),
    staleTime: 5 * 60_000,
    enabled,
  });

export const useSavedViews = () =>
  useQuery({ queryKey: savedViewKeys.all, queryFn: ({ signal }) => savedViewsApi.list(signal) });

type TransitionInput = { caseRecord: CaseResponse; action: CaseAction; payload: ActionPayload };

/**
 * A machine action at the case's version. Success updates the caches; a 409 refreshes the case so the
 * page shows where it stands now, and the error is rethrown for the form to show the server's words.
 */
export const useCaseTransition = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ caseRecord, action, payload }: TransitionInput) =>
      casesApi.transition(caseRecord.id, action, caseRecord.version, payload),
    onSuccess: (result) => {
      putCaseInCache(queryClient, result.case);
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
    },
    onError: (error, { caseRecord }) => {
      if (isApiError(error) && error.isConflict)
        void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseRecord.id) });
    },
  });
};
