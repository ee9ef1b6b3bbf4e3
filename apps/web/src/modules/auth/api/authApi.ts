// Types only: the sign-in pages are the first screen, so no zod schemas here (see apps/web README on the budget).
import type {
  AcceptedResponse,
  AcceptInvitationRequest,
  InvitationPreviewResponse,
  LoginRequest,
  SignupRequest,
} from '@waiji/contract';
import { api } from '../../api/client';
import { parseSession } from '../../session/api/sessionApi';

const asSession = { parse: parseSession };

/** 401 is these forms' ordinary answer (wrong password), not the end of a session. */
const expect401 = { signOutOn401: false } as const;

export const authApi = {
  login: (body: LoginRequest) => api.post('/auth/login', body, { ...expect401, parse: asSession }),
  /** Answers alike whether or not the address is taken ("check your email"); a new account signs in once confirmed. */
  signup: (body: SignupRequest) => api.post<AcceptedResponse>('/auth/signup', body, expect401),
  requestPasswordReset: (email: string) =>
    api.post<AcceptedResponse>('/auth/password-reset/request', { email }, expect401),
  confirmPasswordReset: (token: string, password: string) =>
    api.post<void>('/auth/password-reset/confirm', { token, password }, expect401),
  verifyEmail: (token: string) => api.post<void>('/auth/verify-email', { token }, expect401),
  resendVerification: () => api.post<AcceptedResponse>('/auth/verify-email/resend'),
  /** The organization, the inviter and the role of an emailed invitation; a dead link answers 400 (field token). */
  invitationPreview: (token: string, signal?: AbortSignal) =>
    api.get<InvitationPreviewResponse>('/auth/invitations/preview', {
      query: { token },
      ...expect401,
      ...(signal ? { signal } : {}),
    }),
  acceptInvitation: (body: AcceptInvitationRequest) =>
    api.post('/auth/invitations/accept', body, { ...expect401, parse: asSession }),
};
