// Types only (no zod in these pages' chunks): the API checks every body, the contract names the shapes.
import type {
  AccountSecurityResponse,
  EnrolledSignInResponse,
  OrganizationSecurityRequest,
  OrganizationSecurityResponse,
  PasskeySummary,
  RecoveryCodesResponse,
  SecondFactorRequest,
  SecondFactorRequiredDetails,
  SsoConfigRequest,
  SsoConfigResponse,
  SsoOrganizationResponse,
  TotpSetupResponse,
  WebauthnOptions,
} from '@waiji/contract';
import { api, buildApiUrl } from '../../api/client';
import { ApiError } from '../../api/ApiError';
import { parseSession } from '../../session/api/sessionApi';

const asSession = { parse: parseSession };
/** 401 is the second step's ordinary answer (wrong code), not the end of a session. */
const expect401 = { signOutOn401: false } as const;

export const securityApi = {
  // The second step of a sign-in (a pending sign-in cookie, no session yet).
  secondFactor: (body: SecondFactorRequest) =>
    api.post('/auth/second-factor', body, { ...expect401, parse: asSession }),
  secondFactorPasskeyOptions: () => api.post<WebauthnOptions>('/auth/second-factor/passkey/options', {}, expect401),
  secondFactorPasskey: (response: unknown, rememberDevice: boolean) =>
    api.post('/auth/second-factor/passkey', { response, rememberDevice }, { ...expect401, parse: asSession }),
  enrolDuringSignIn: () => api.post<TotpSetupResponse>('/auth/second-factor/enrol', {}, expect401),
  confirmEnrolDuringSignIn: (code: string) =>
    api.post<EnrolledSignInResponse>('/auth/second-factor/enrol/confirm', { code }, expect401),
  // Password-less sign-in.
  passkeySignInOptions: () => api.post<WebauthnOptions>('/auth/passkey/options', {}, expect401),
  passkeySignIn: (response: unknown) =>
    api.post('/auth/passkey', { response, rememberDevice: false }, { ...expect401, parse: asSession }),
  // Single sign-on, before sign-in.
  ssoOrganization: (organizationId: string) =>
    api.get<SsoOrganizationResponse>(`/auth/sso/${encodeURIComponent(organizationId)}`, expect401),
  discoverSso: (email: string) => api.post<SsoOrganizationResponse>('/auth/sso/discover', { email }, expect401),
  ssoStartUrl: (organizationId: string) => buildApiUrl(`/auth/sso/${encodeURIComponent(organizationId)}/start`),
  // The signed-in user's own protection.
  status: () => api.get<AccountSecurityResponse>('/auth/security'),
  setupTotp: () => api.post<TotpSetupResponse>('/auth/totp/setup', {}),
  confirmTotp: (code: string) => api.post<RecoveryCodesResponse>('/auth/totp/confirm', { code }),
  disableTotp: (code: string) => api.post<void>('/auth/totp/disable', { code }),
  regenerateRecoveryCodes: (code: string) => api.post<RecoveryCodesResponse>('/auth/recovery-codes', { code }),
  forgetDevices: () => api.delete('/auth/remembered-devices'),
  passkeyRegistrationOptions: () => api.post<WebauthnOptions>('/auth/passkeys/options', {}),
  addPasskey: (name: string, response: unknown) => api.post<PasskeySummary>('/auth/passkeys', { name, response }),
  removePasskey: (id: string) => api.delete(`/auth/passkeys/${encodeURIComponent(id)}`),
  // The organization's rules (owners and admins).
  organization: () => api.get<OrganizationSecurityResponse>('/organization/security'),
  updateOrganization: (body: OrganizationSecurityRequest) =>
    api.put<OrganizationSecurityResponse>('/organization/security', body),
  resetMember: (userId: string) =>
    api.post<void>(`/organization/members/${encodeURIComponent(userId)}/reset-second-factor`, {}),
  sso: () => api.get<SsoConfigResponse>('/organization/sso'),
  saveSso: (body: SsoConfigRequest) => api.put<SsoConfigResponse>('/organization/sso', body),
  removeSso: () => api.delete('/organization/sso'),
};

/** The pending sign-in a password answered with, when it needs a second factor or enrolment first. */
export const pendingSecondFactor = (error: unknown): SecondFactorRequiredDetails | undefined => {
  if (!(error instanceof ApiError) || error.code !== 'UNAUTHENTICATED') return undefined;
  const reason = error.detailRecord['reason'];
  if (reason !== 'SECOND_FACTOR_REQUIRED' && reason !== 'ENROLMENT_REQUIRED') return undefined;
  return error.details as SecondFactorRequiredDetails;
};
