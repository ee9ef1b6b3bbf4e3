import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { parseSession, type Session } from '../api/sessionApi';
import { clearSession, storeSession } from './useSession';

/** Ends this session; the cache is cleared whether or not the server answered (it may already be gone). */
export const useSignOut = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (scope: 'this-device' | 'everywhere' = 'this-device') => {
      await api.post<unknown>(scope === 'everywhere' ? '/auth/logout-everywhere' : '/auth/logout', undefined, {
        signOutOn401: false,
      });
    },
    onSettled: () => clearSession(queryClient),
  });
};

/** Makes another of the user's organizations the current one; everything cached for the old one is dropped. */
export const useSwitchOrganization = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organizationId: string) =>
      api.post<Session>('/auth/switch-organization', { organizationId }, { parse: { parse: parseSession } }),
    onSuccess: (session) => storeSession(queryClient, session),
  });
};

/** Mails the signed-in user's email-confirmation link again (the banner and refusals that need a confirmed address). */
export const useResendVerification = () =>
  useMutation({ mutationFn: () => api.post<unknown>('/auth/verify-email/resend') });
