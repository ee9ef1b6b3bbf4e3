import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApplyInboundMessageRequest, AssignInboundMessageRequest, InboundSettingsRequest } from '@waiji/contract';
import type { DocumentKind } from '@waiji/domain';
import { caseKeys, isStaleDate, putCaseInCache } from '../../cases';
import { inboxApi, inboxKeys } from '../api/inboxApi';

export const useUnmatchedMail = (enabled = true) =>
  useQuery({ queryKey: inboxKeys.unmatched, queryFn: ({ signal }) => inboxApi.unmatched(signal), enabled });

export const useCaseMail = (caseId: string) =>
  useQuery({ queryKey: inboxKeys.forCase(caseId), queryFn: ({ signal }) => inboxApi.forCase(caseId, signal) });

/** A client's forwarding address for one of their cases, as a query (for prefetching). */
export const portalAddressQuery = (caseId: string) =>
  queryOptions({ queryKey: inboxKeys.portal(caseId), queryFn: ({ signal }) => inboxApi.portalAddress(caseId, signal) });

export const usePortalAddress = (caseId: string) => useQuery(portalAddressQuery(caseId));

export const useCaseSearch = (q: string) =>
  useQuery({
    queryKey: inboxKeys.caseSearch(q),
    queryFn: ({ signal }) => inboxApi.searchCases(q, signal),
    enabled: q.trim().length >= 2,
    staleTime: 30_000,
  });

/** Filing, setting aside and applying change cases and lists: everything case-shaped is read again. */
export const useInboxActions = () => {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: caseKeys.all });
  const assign = useMutation({
    mutationFn: ({ messageId, body }: { messageId: string; body: AssignInboundMessageRequest }) =>
      inboxApi.assign(messageId, body),
    onSuccess: refresh,
  });
  const dismiss = useMutation({ mutationFn: (messageId: string) => inboxApi.dismiss(messageId), onSuccess: refresh });
  const apply = useMutation({
    mutationFn: ({ messageId, body }: { messageId: string; body: ApplyInboundMessageRequest }) =>
      inboxApi.apply(messageId, body),
    onSuccess: (result) => {
      putCaseInCache(queryClient, result.case);
      refresh();
    },
    onError: (error) => {
      if (!isStaleDate(error)) refresh();
    },
  });
  // A kept attachment is a new case document: everything case-shaped (the documents panel too) is read again.
  const saveAttachment = useMutation({
    mutationFn: ({ messageId, attachmentId, kind }: { messageId: string; attachmentId: string; kind: DocumentKind }) =>
      inboxApi.saveAttachment(messageId, attachmentId, { kind }),
    onSuccess: refresh,
  });
  return { assign, dismiss, apply, saveAttachment };
};

export const useInboundSettings = () =>
  useQuery({ queryKey: inboxKeys.settings, queryFn: ({ signal }) => inboxApi.settings(signal) });

export const useInboundSettingsActions = () => {
  const queryClient = useQueryClient();
  const put = (data: Awaited<ReturnType<typeof inboxApi.settings>>) =>
    queryClient.setQueryData(inboxKeys.settings, data);
  return {
    update: useMutation({
      mutationFn: (body: InboundSettingsRequest) => inboxApi.updateSettings(body),
      onSuccess: put,
    }),
    sender: useMutation({
      mutationFn: (body: { email: string; trusted: boolean }) => inboxApi.setSender(body),
      onSuccess: put,
    }),
    retry: useMutation({ mutationFn: (id: string) => inboxApi.retryParked(id), onSuccess: put }),
  };
};
