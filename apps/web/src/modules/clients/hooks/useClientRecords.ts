import type { ClientListResponse, ClientResponse, UpdateClientRequest } from '@waiji/contract';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { caseKeys, clientKeys } from '../../cases';
import { type ArchivedFilter, clientListKeys, clientRecordsApi } from '../api/clientsApi';

const PAGE = 50;

/** The clients list a page at a time (keyset cursor), searched and filtered by archive state. */
export const useClientList = (q: string, archived: ArchivedFilter) =>
  useInfiniteQuery({
    queryKey: clientListKeys.list(q, archived),
    queryFn: ({ pageParam, signal }) =>
      clientRecordsApi.list(
        { ...(q ? { q } : {}), archived, ...(pageParam ? { cursor: pageParam } : {}), limit: PAGE },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: ClientListResponse) => last.nextCursor ?? undefined,
    placeholderData: (previous) => previous,
  });

/** Up to 20 active clients for a picker. */
export const useClientSearch = (q: string) =>
  useQuery({
    queryKey: clientListKeys.pick(q),
    queryFn: ({ signal }) => clientRecordsApi.list({ ...(q ? { q } : {}), archived: 'exclude', limit: 20 }, signal),
    placeholderData: (previous) => previous,
  });

/**
 * After a client changed: its own query gets the answer, lists and pickers ask again, and so do the cases (their rows
 * carry the client's names; archiving a client archives its live cases).
 */
const useClientChanged = () => {
  const queryClient = useQueryClient();
  return (client: ClientResponse) => {
    queryClient.setQueryData(clientKeys.detail(client.id), client);
    void queryClient.invalidateQueries({ queryKey: [...clientListKeys.root, 'list'] });
    void queryClient.invalidateQueries({ queryKey: [...clientListKeys.root, 'pick'] });
    void queryClient.invalidateQueries({ queryKey: caseKeys.all });
  };
};

export const useUpdateClient = (clientId: string) => {
  const changed = useClientChanged();
  return useMutation({
    mutationFn: (body: UpdateClientRequest) => clientRecordsApi.update(clientId, body),
    onSuccess: changed,
  });
};

export const useArchiveClient = (clientId: string) => {
  const changed = useClientChanged();
  return useMutation({
    mutationFn: (archived: boolean) =>
      archived ? clientRecordsApi.archive(clientId) : clientRecordsApi.restore(clientId),
    onSuccess: changed,
  });
};
