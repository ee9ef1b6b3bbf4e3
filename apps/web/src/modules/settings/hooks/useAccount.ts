import type { ChangePasswordRequest, UpdateProfileRequest } from '@waiji/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../../api/client';
import { sessionQueryKey } from '../../session/hooks/useSession';
import { accountApi } from '../api/accountApi';

/** Saves the person's name or email language; the answer is the session as /auth/me gives it, so the header follows. */
export const useUpdateProfile = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProfileRequest) => accountApi.updateProfile(body),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
};

/** A new password; this session stays, the others end (the answer says how many). */
export const useChangePassword = () =>
  useMutation({ mutationFn: (body: ChangePasswordRequest) => accountApi.changePassword(body) });
