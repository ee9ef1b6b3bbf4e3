import { z } from 'zod';
import { clientLanguages, roles } from '@waiji/domain';
import { isCommonPassword } from './common-passwords';
import { displayName } from './names';

export const organizationKinds = ['AGENCY', 'UNIVERSITY', 'PERSONAL'] as const;
// The roles' codes and labels live in the domain.
export { roles };
export type RoleName = (typeof roles)[number];

/** An email address, trimmed and lower-cased. */
export const emailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'must be an email address' }));
const email = emailAddress;

export const passwordRule = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(200, 'must be at most 200 characters')
  .refine((value) => !isCommonPassword(value), 'is one of the most common passwords; choose another');

export const signupRequest = z
  .strictObject({
    email,
    password: passwordRule,
    displayName: displayName(100),
    kind: z.enum(organizationKinds),
    organizationName: displayName(120).optional(),
    locale: z.enum(clientLanguages).optional(),
  })
  .refine((value) => value.kind === 'PERSONAL' || value.organizationName !== undefined, {
    path: ['organizationName'],
    message: 'is required for an agency or a university',
  });
export type SignupRequest = z.infer<typeof signupRequest>;

export const loginRequest = z.strictObject({ email, password: z.string().min(1).max(200) });
export type LoginRequest = z.infer<typeof loginRequest>;

export const switchOrganizationRequest = z.strictObject({ organizationId: z.uuid() });

export const membershipSummary = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  kind: z.enum(organizationKinds),
  role: z.enum(roles),
});

export const meResponse = z.object({
  user: z.object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    locale: z.string(),
    emailVerified: z.boolean(),
  }),
  organization: z
    .object({ id: z.uuid(), name: z.string(), kind: z.enum(organizationKinds), timezone: z.string() })
    .nullable(),
  role: z.enum(roles).nullable(),
  clientId: z.uuid().nullable(),
  memberships: z.array(membershipSummary),
  /** Send back as the `x-csrf-token` header on every state-changing request. */
  csrfToken: z.string(),
});
export type MeResponse = z.infer<typeof meResponse>;

/** The secret of an emailed link (256 bits, base64url); the link is /reset-password?token=… or /verify-email?token=…. */
export const emailedToken = z
  .string()
  .min(20)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be the token from the link');

/** Always answered with 202 and the same body, whether or not the account exists. */
export const passwordResetRequest = z.strictObject({ email });
export type PasswordResetRequest = z.infer<typeof passwordResetRequest>;

export const passwordResetConfirmRequest = z.strictObject({ token: emailedToken, password: passwordRule });
export type PasswordResetConfirmRequest = z.infer<typeof passwordResetConfirmRequest>;

export const verifyEmailRequest = z.strictObject({ token: emailedToken });
export type VerifyEmailRequest = z.infer<typeof verifyEmailRequest>;

export const acceptedResponse = z.object({
  accepted: z.literal(true),
  message: z.string(),
  /** True when this installation sends no email (no SMTP_URL): the mail waits in the capture the console links to. */
  mailCaptured: z.boolean(),
});
export type AcceptedResponse = z.infer<typeof acceptedResponse>;

/**
 * Accepting an invitation: a new user gives a password (the password rule applies) and a display name; an existing
 * user either is signed in as the invited address already or proves it with their password.
 */
export const acceptInvitationRequest = z.strictObject({
  token: emailedToken,
  password: z.string().min(1).max(200).optional(),
  displayName: displayName(100).optional(),
});
export type AcceptInvitationRequest = z.infer<typeof acceptInvitationRequest>;

/**
 * A signed-in user's new password: the current one proves it is them (throttled like a login). A new password equal
 * to the current one is refused by the service (400, field newPassword).
 */
export const changePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordRule,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequest>;

/** Every other session of the user ended; this one stays signed in. */
export const changePasswordResponse = z.object({ sessionsEnded: z.number().int() });
export type ChangePasswordResponse = z.infer<typeof changePasswordResponse>;

/**
 * The signed-in user's own name and the language of the emails Waiji sends them; at least one of the two. Any client
 * language: a client chooses theirs in the portal (and it becomes their client record's preferredLanguage); the
 * helper dashboard itself speaks en or zh.
 */
export const updateProfileRequest = z
  .strictObject({ displayName: displayName(100).optional(), locale: z.enum(clientLanguages).optional() })
  .refine((value) => value.displayName !== undefined || value.locale !== undefined, {
    message: 'send displayName or locale',
  });
export type UpdateProfileRequest = z.infer<typeof updateProfileRequest>;
