import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateProposalRequest } from '@waiji/contract';
import { caseKeys, isStaleDate, putCaseInCache } from '../../cases';
import { proposalKeys, proposalsApi } from '../api/proposalsApi';

/** The signed-in client's reports on one of their cases, as a query (for prefetching). */
export const portalProposalsQuery = (caseId: string) =>
  queryOptions({
    queryKey: proposalKeys.portal(caseId),
    queryFn: ({ signal }) => proposalsApi.portalList(caseId, signal),
  });

/** The signed-in client's reports on one of their cases. */
export const usePortalProposals = (caseId: string, enabled = true) =>
  useQuery({ ...portalProposalsQuery(caseId), enabled });

/** A report from the portal; the case and its reports are read again (it may have applied at once). */
export const useCreateProposal = (caseId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProposalRequest) => proposalsApi.create(caseId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
};

/** Every pending report of the organization (Today). */
export const usePendingProposals = (enabled = true) =>
  useQuery({ queryKey: proposalKeys.pending, queryFn: ({ signal }) => proposalsApi.pending(signal), enabled });

/** One case's reports (case page). */
export const useCaseProposals = (caseId: string, enabled = true) =>
  useQuery({
    queryKey: proposalKeys.forCase(caseId),
    queryFn: ({ signal }) => proposalsApi.forCase(caseId, signal),
    enabled,
  });

/**
 * Confirm or reject. Either way everything case-shaped is read again: a confirmation moved the case, and a refusal
 * (409) means the case moved meanwhile, so what confirming would do has changed.
 */
export const useDecideProposal = () => {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: caseKeys.all });
  return useMutation({
    mutationFn: (decision: { proposalId: string; reject?: { reason: string }; confirmStaleDate?: boolean }) =>
      decision.reject
        ? proposalsApi.reject(decision.proposalId, decision.reject.reason)
        : proposalsApi.confirm(decision.proposalId, decision.confirmStaleDate === true),
    onSuccess: (result) => {
      putCaseInCache(queryClient, result.case);
      refresh();
    },
    // A stale date is a question to the helper, not a change of the case: nothing to read again.
    onError: (error) => {
      if (!isStaleDate(error)) refresh();
    },
  });
};
