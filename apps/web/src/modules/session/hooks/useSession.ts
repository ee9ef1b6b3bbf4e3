import type { RoleName } from '@waiji/contract';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/ApiError';
import { setCsrfToken } from '../../api/client';
import { fetchSession, type Session } from '../api/sessionApi';
import { canEditCases, canManageOrganization, isStaffRole } from '../utils/roles';

export const sessionQueryKey = ['session'] as const;

export type Membership = Session['memberships'][number];

export type SessionStatus = 'loading' | 'signed-in' | 'signed-out' | 'error';

export type SessionState = {
  status: SessionStatus;
  /** The whole GET /api/auth/me answer when signed in. */
  session: Session | null;
  user: Session['user'] | null;
  organization: Session['organization'];
  role: RoleName | null;
  /** Set for CLIENT users: the client record they are. */
  clientId: string | null;
  memberships: readonly Membership[];
  isStaff: boolean;
  isClient: boolean;
  /** The organization is an individual's own (kind PERSONAL). */
  isPersonal: boolean;
  canManage: boolean;
  canEdit: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
};

/** GET /api/auth/me as a query: used by `useSession` and by the start-up prefetch (app/startup.ts). */
export const sessionQueryOptions = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: ({ signal }) => fetchSession(signal),
  staleTime: 60_000,
  // Only a network failure or a server error is worth another try; a malformed answer will not improve.
  retry: (failureCount, error) =>
    failureCount < 2 && error instanceof ApiError && (error.code === 'NETWORK' || error.status >= 500),
  retryDelay: (attempt) => 400 * 2 ** attempt,
});

/** The signed-in user, their current organization and role; `status` says whether anyone is signed in. */
export const useSession = (): SessionState => {
  const query = useQuery(sessionQueryOptions);
  const session = query.data ?? null;
  const role = session?.role ?? null;
  const status: SessionStatus = query.isPending
    ? 'loading'
    : query.isError && !session
      ? 'error'
      : session
        ? 'signed-in'
        : 'signed-out';
  return {
    status,
    session,
    user: session?.user ?? null,
    organization: session?.organization ?? null,
    role,
    clientId: session?.clientId ?? null,
    memberships: session?.memberships ?? [],
    isStaff: isStaffRole(role),
    isClient: role === 'CLIENT',
    isPersonal: session?.organization?.kind === 'PERSONAL',
    canManage: canManageOrganization(role),
    canEdit: canEditCases(role),
    error: query.error,
    refetch: query.refetch,
  };
};

/**
 * After sign-in, sign-up, invitation acceptance or an organization switch: everything cached belonged to the
 * previous identity or organization, so it is dropped before the new session is stored.
 */
export const storeSession = (queryClient: QueryClient, session: Session): void => {
  setCsrfToken(session.csrfToken);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData(sessionQueryKey, session);
};

/** After sign-out or a 401: no session, and nothing of the previous user's left in the cache. */
export const clearSession = (queryClient: QueryClient): void => {
  setCsrfToken(undefined);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData(sessionQueryKey, null);
};
