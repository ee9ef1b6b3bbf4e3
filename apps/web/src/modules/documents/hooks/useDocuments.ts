import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AddDocumentRequestRequest, ReviewDocumentRequest, UpdateDocumentRequestRequest } from '@waiji/contract';
import { useEffect, useState } from 'react';
import { type CaseDocument, type CaseDocuments, documentKeys, documentsApi } from '../api/documentsApi';

/** How often a file whose passport lines are still being read is asked again. */
export const MRZ_POLL_MS = 1500;

const mrzPending = (document: CaseDocument | undefined | null) => document?.mrz.status === 'PENDING';

/** The case's document requests and files, as a query (for prefetching: the portal asks before it draws them). */
export const caseDocumentsQuery = (caseId: string) =>
  queryOptions({
    queryKey: documentKeys.forCase(caseId),
    queryFn: ({ signal }) => documentsApi.forCase(caseId, signal),
  });

/**
 * The case's document requests and files; asked again while a passport page is still being read, unless the caller
 * follows each such file itself (`pollWhileReading: false`, the portal: `useDocument` per request).
 */
export const useCaseDocuments = (caseId: string, { pollWhileReading = true }: { pollWhileReading?: boolean } = {}) =>
  useQuery({
    ...caseDocumentsQuery(caseId),
    refetchInterval: (query) =>
      pollWhileReading && (query.state.data?.documents ?? []).some(mrzPending) && query.state.status !== 'error'
        ? MRZ_POLL_MS
        : false,
  });

/** One file's metadata and findings, asked again until its passport lines were read (or found unreadable). */
export const useDocument = (documentId: string | null, initial?: CaseDocument) =>
  useQuery({
    queryKey: documentKeys.one(documentId ?? ''),
    queryFn: ({ signal }) => documentsApi.one(documentId ?? '', signal),
    enabled: documentId !== null,
    ...(initial ? { initialData: initial, initialDataUpdatedAt: 0 } : {}),
    refetchInterval: (query) => (mrzPending(query.state.data) && query.state.status !== 'error' ? MRZ_POLL_MS : false),
  });

/**
 * A file's bytes as an object URL for an `<img>`: fetched with the session, never cached by the browser or kept in
 * the query cache once nothing shows it, and the URL revoked when the viewer goes.
 */
export const useDocumentObjectUrl = (documentId: string) => {
  const content = useQuery({
    queryKey: documentKeys.content(documentId),
    queryFn: ({ signal }) => documentsApi.content(documentId, signal),
    staleTime: Infinity,
    gcTime: 0,
  });
  const [url, setUrl] = useState<string | null>(null);
  const blob = content.data;
  useEffect(() => {
    if (!blob) return undefined;
    const objectUrl = URL.createObjectURL(blob);
    setUrl(objectUrl);
    return () => {
      URL.revokeObjectURL(objectUrl);
      setUrl(null);
    };
  }, [blob]);
  return { ...content, url };
};

/** After a change of a document or request: its case's lists, its checks (documents count there) and its timeline. */
export const refreshCaseDocuments = (queryClient: QueryClient, caseId: string) => {
  void queryClient.invalidateQueries({ queryKey: documentKeys.forCase(caseId) });
  void queryClient.invalidateQueries({ queryKey: ['cases', 'checks', caseId] });
  void queryClient.invalidateQueries({ queryKey: ['cases', 'checklist', caseId] });
  void queryClient.invalidateQueries({ queryKey: ['cases', 'events', caseId] });
  void queryClient.invalidateQueries({ queryKey: ['cases', 'detail', caseId] });
  void queryClient.invalidateQueries({ queryKey: ['cases', 'ready-to-submit'] });
};

/** Puts a changed file into the case's cached list at once (the refetch follows). */
const putDocument = (queryClient: QueryClient, document: CaseDocument) => {
  queryClient.setQueryData(documentKeys.one(document.id), document);
  queryClient.setQueryData<CaseDocuments>(documentKeys.forCase(document.caseId), (current) =>
    current
      ? { ...current, documents: current.documents.map((item) => (item.id === document.id ? document : item)) }
      : current,
  );
};

export const useReviewDocument = (caseId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ documentId, body }: { documentId: string; body: ReviewDocumentRequest }) =>
      documentsApi.review(documentId, body),
    onSuccess: (result) => {
      putDocument(queryClient, result.document);
      refreshCaseDocuments(queryClient, caseId);
    },
  });
};

export const useDeleteDocument = (caseId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) => documentsApi.remove(documentId),
    onSuccess: () => refreshCaseDocuments(queryClient, caseId),
  });
};

export const useApplyMrz = (caseId: string, clientId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) => documentsApi.applyMrz(documentId),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['clients', 'detail', clientId] });
      refreshCaseDocuments(queryClient, caseId);
    },
  });
};

export const useAddDocumentRequest = (caseId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddDocumentRequestRequest) => documentsApi.addRequest(caseId, body),
    onSuccess: () => refreshCaseDocuments(queryClient, caseId),
  });
};

export const useUpdateDocumentRequest = (caseId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ document, body }: { document: string; body: UpdateDocumentRequestRequest }) =>
      documentsApi.updateRequest(caseId, document, body),
    onSuccess: () => refreshCaseDocuments(queryClient, caseId),
  });
};
