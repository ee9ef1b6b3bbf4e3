// Types only from the contract: a runtime import would pull every zod schema into the clients pages.
import type { ClientListResponse, ClientResponse, UpdateClientRequest } from '@waiji/contract';
import { api } from '../../api';

/** Which clients the list shows: the API's `archived` filter. */
export type ArchivedFilter = 'exclude' | 'only' | 'include';
export const archivedFilters: readonly ArchivedFilter[] = ['exclude', 'only', 'include'];

const clientPath = (clientId: string, rest = '') => `/clients/${encodeURIComponent(clientId)}${rest}`;

export const clientRecordsApi = {
  list: (query: { q?: string; archived: ArchivedFilter; cursor?: string; limit: number }, signal?: AbortSignal) =>
    api.get<ClientListResponse>('/clients', { query, ...(signal ? { signal } : {}) }),
  update: (clientId: string, body: UpdateClientRequest) => api.patch<ClientResponse>(clientPath(clientId), body),
  archive: (clientId: string) => api.post<ClientResponse>(clientPath(clientId, '/archive')),
  restore: (clientId: string) => api.post<ClientResponse>(clientPath(clientId, '/restore')),
};

/**
 * The clients list's keys, under the `clients` prefix the case pages' client queries use too (cases' `clientKeys`),
 * so invalidating `clientListKeys.root` refreshes every client query.
 */
export const clientListKeys = {
  root: ['clients'] as const,
  list: (q: string, archived: ArchivedFilter) => ['clients', 'list', q, archived] as const,
  pick: (q: string) => ['clients', 'pick', q] as const,
};
