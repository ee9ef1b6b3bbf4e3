import type { ChangePasswordRequest, UpdateProfileRequest } from '@waiji/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../../api/client';
import { sessionQueryKey, sessionQueryOptions } from '../../session/hooks/useSession';
import { accountApi } from '../api/accountApi';

/** Saves the person's name or email language; the answer is the session as /auth/me gives it, so the header follows. */
export const useUpdateProfile = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileRequest) => accountApi.updateProfile(body),
    // The chosen language at once: a page that mounts while the save is on its way (a language switch can re-mount
    // the portal) must not read the old one and switch back to it. A failed save refetches the session.
    onMutate: (body) => {
      const { locale } = body;
      if (locale === undefined) return;
      queryClient.setQueryData(sessionQueryOptions.queryKey, (session) =>
        session?.user ? { ...session, user: { ...session.user, locale } } : session,
      );
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
};

/** A new password; this session stays, the others end (the answer says how many). */
export const useChangePassword = () =>
  useMutation({ mutationFn: (body: ChangePasswordRequest) => accountApi.changePassword(body) });
