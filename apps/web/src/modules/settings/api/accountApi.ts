// The signed-in person's own account (name, email language, password); types only from the contract.
import type { ChangePasswordRequest, ChangePasswordResponse, UpdateProfileRequest } from '@waiji/contract';
import { api } from '../../api/client';
import { parseSession, type Session } from '../../session/api/sessionApi';

export const accountApi = {
  updateProfile: (body: UpdateProfileRequest) =>
    api.patch<Session>('/auth/profile', body, { parse: { parse: parseSession } }),
  changePassword: (body: ChangePasswordRequest) => api.post<ChangePasswordResponse>('/auth/password', body),
};
