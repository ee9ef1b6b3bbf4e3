import { z } from 'zod';
import { emailAddress, meResponse, roles } from './auth';

/**
 * Account protection (issue 20): a second factor (authenticator-app codes, recovery codes, passkeys), remembered
 * devices, the organization's "staff must use 2FA" rule and OpenID Connect sign-in per organization.
 */

/** The ways a pending sign-in can be finished. */
export const secondFactorMethods = ['totp', 'recovery', 'passkey'] as const;
export type SecondFactorMethod = (typeof secondFactorMethods)[number];

/**
 * `details` of the 401 a right password answers with when the account has a second factor (reason
 * SECOND_FACTOR_REQUIRED) or must enrol one first (reason ENROLMENT_REQUIRED: the organization requires it and the
 * grace period is over). No session yet: a short-lived cookie holds the pending sign-in for the next step.
 */
export const secondFactorRequiredDetails = z.object({
  reason: z.enum(['SECOND_FACTOR_REQUIRED', 'ENROLMENT_REQUIRED']),
  methods: z.array(z.enum(secondFactorMethods)),
  /** ENROLMENT_REQUIRED: when the organization's grace period ended. */
  deadline: z.iso.datetime().optional(),
});
export type SecondFactorRequiredDetails = z.infer<typeof secondFactorRequiredDetails>;

/** Six digits from an authenticator app (spaces allowed, as apps show them "123 456"). */
export const totpCode = z
  .string()
  .trim()
  .transform((value) => value.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'must be the 6-digit code from your authenticator app'));

/** A recovery code as shown (xxxxx-xxxxx); case, spaces and the dash do not matter. */
export const recoveryCode = z
  .string()
  .trim()
  .max(40)
  .transform((value) => value.replace(/[\s-]+/g, '').toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9]{10}$/, 'must be one of your recovery codes'));

/** The second step of a sign-in with a code: one of code or recoveryCode. */
export const secondFactorRequest = z
  .strictObject({
    code: totpCode.optional(),
    recoveryCode: recoveryCode.optional(),
    /** Skip the second factor on this browser for 30 days. */
    rememberDevice: z.boolean().default(false),
  })
  .refine((value) => (value.code === undefined) !== (value.recoveryCode === undefined), {
    message: 'send code or recoveryCode',
  });
export type SecondFactorRequest = z.input<typeof secondFactorRequest>;

export const totpSetupResponse = z.object({
  /** Base32 secret, for typing into an app that cannot scan. */
  secret: z.string(),
  /** The otpauth:// URI the QR code encodes. */
  otpauthUrl: z.string(),
  /** The QR code as an SVG data URL. */
  qrCode: z.string(),
});
export type TotpSetupResponse = z.infer<typeof totpSetupResponse>;

export const totpCodeRequest = z.strictObject({ code: totpCode });
export type TotpCodeRequest = z.input<typeof totpCodeRequest>;

/** Shown once: only hashes are kept. */
export const recoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodesResponse = z.infer<typeof recoveryCodesResponse>;

/** Enrolment finished a pending sign-in: the recovery codes to keep, and the new session. */
export const enrolledSignInResponse = z.object({ recoveryCodes: z.array(z.string()), me: meResponse });
export type EnrolledSignInResponse = z.infer<typeof enrolledSignInResponse>;

export const passkeySummary = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  /** Synced to the user's other devices (a cloud keychain). */
  backedUp: z.boolean(),
});
export type PasskeySummary = z.infer<typeof passkeySummary>;

/** The signed-in user's protection, and what their organizations require of them. */
export const accountSecurityResponse = z.object({
  totp: z.boolean(),
  recoveryCodesLeft: z.number().int(),
  passkeys: z.array(passkeySummary),
  rememberedDevices: z.number().int(),
  /** An organization requires a second factor of this user and they have none: set one up by `deadline`. */
  requirement: z.object({ organizationName: z.string(), deadline: z.iso.datetime(), overdue: z.boolean() }).nullable(),
});
export type AccountSecurityResponse = z.infer<typeof accountSecurityResponse>;

/**
 * WebAuthn options and responses travel as the JSON of the WebAuthn Level 3 spec (what @simplewebauthn/browser takes
 * and gives); the server checks them, so the schema only names their outline.
 */
export const webauthnOptions = z.looseObject({ challenge: z.string() });
export type WebauthnOptions = z.infer<typeof webauthnOptions>;
export const webauthnCredential = z.looseObject({
  id: z.string().min(1).max(1500),
  rawId: z.string().min(1).max(1500),
  type: z.literal('public-key'),
  response: z.looseObject({ clientDataJSON: z.string().max(20_000) }),
});

export const passkeyRegisterRequest = z.strictObject({
  name: z.string().trim().min(1).max(60),
  response: webauthnCredential,
});
export type PasskeyRegisterRequest = z.input<typeof passkeyRegisterRequest>;

export const passkeySignInRequest = z.strictObject({
  response: webauthnCredential,
  rememberDevice: z.boolean().default(false),
});
export type PasskeySignInRequest = z.input<typeof passkeySignInRequest>;

// ─── The organization's rule and its members' protection (admins) ─────────────────────────────────────────────────

export const organizationSecurityRequest = z.strictObject({
  requireStaff2fa: z.boolean(),
  /** Days a member without a second factor may still sign in without one, from when the rule began (or they joined). */
  graceDays: z.number().int().min(0).max(90),
});
export type OrganizationSecurityRequest = z.infer<typeof organizationSecurityRequest>;

export const memberSecurity = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  role: z.enum(roles),
  totp: z.boolean(),
  passkeys: z.number().int(),
  /** Required and not set up: the end of this member's grace period. */
  deadline: z.iso.datetime().nullable(),
});
export type MemberSecurity = z.infer<typeof memberSecurity>;

export const organizationSecurityResponse = z.object({
  requireStaff2fa: z.boolean(),
  graceDays: z.number().int(),
  requiredSince: z.iso.datetime().nullable(),
  members: z.array(memberSecurity),
});
export type OrganizationSecurityResponse = z.infer<typeof organizationSecurityResponse>;

// ─── OpenID Connect sign-in per organization ──────────────────────────────────────────────────────────────────────

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a domain such as example.edu');

/** Roles a first SSO sign-in may give (never OWNER, never a portal client). */
export const ssoRoles = ['ADMIN', 'HELPER', 'VIEWER'] as const;

export const ssoConfigRequest = z.strictObject({
  enabled: z.boolean(),
  /** The provider's issuer URL; its /.well-known/openid-configuration is read. */
  issuer: z.url({ protocol: /^https?$/ }).max(500),
  clientId: z.string().trim().min(1).max(300),
  /** Required the first time; leave out to keep the stored one. */
  clientSecret: z.string().min(1).max(1000).optional(),
  allowedDomains: z.array(domain).min(1).max(20),
  defaultRole: z.enum(ssoRoles),
  /** A first sign-in from an allowed domain makes the person a member (with defaultRole). */
  jitMembership: z.boolean(),
});
export type SsoConfigRequest = z.infer<typeof ssoConfigRequest>;

export const ssoConfigResponse = z.object({
  configured: z.boolean(),
  enabled: z.boolean(),
  issuer: z.string(),
  clientId: z.string(),
  hasClientSecret: z.boolean(),
  allowedDomains: z.array(z.string()),
  defaultRole: z.enum(ssoRoles),
  jitMembership: z.boolean(),
  /** Register this as the redirect URI at the provider. */
  redirectUri: z.string(),
  /** The organization's sign-in page with its "Sign in with …" button. */
  signInUrl: z.string(),
});
export type SsoConfigResponse = z.infer<typeof ssoConfigResponse>;

/** What the sign-in page shows on an organization's button. */
export const ssoOrganizationResponse = z.object({ organizationId: z.uuid(), organizationName: z.string() });
export type SsoOrganizationResponse = z.infer<typeof ssoOrganizationResponse>;

export const ssoDiscoverRequest = z.strictObject({ email: emailAddress });
export type SsoDiscoverRequest = z.infer<typeof ssoDiscoverRequest>;

/** Why an SSO sign-in came back to /signin?sso_error=… (the page explains each). */
export const ssoErrors = [
  'SSO_FAILED',
  'SSO_EXPIRED',
  'SSO_DOMAIN_NOT_ALLOWED',
  'SSO_EMAIL_UNVERIFIED',
  'SSO_NOT_A_MEMBER',
  'SSO_ACCOUNT_ELSEWHERE',
] as const;
export type SsoError = (typeof ssoErrors)[number];
