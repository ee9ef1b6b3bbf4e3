import { z } from 'zod';

export const organizationKinds = ['AGENCY', 'UNIVERSITY', 'PERSONAL'] as const;
export const roles = ['OWNER', 'ADMIN', 'HELPER', 'VIEWER', 'CLIENT'] as const;
export type RoleName = (typeof roles)[number];

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'must be an email address' }));

export const passwordRule = z.string().min(10, 'must be at least 10 characters').max(200, 'must be at most 200 characters');

export const signupRequest = z
  .strictObject({
    email,
    password: passwordRule,
    displayName: z.string().trim().min(1).max(100),
    kind: z.enum(organizationKinds),
    organizationName: z.string().trim().min(1).max(120).optional(),
    locale: z.enum(['en', 'zh']).optional(),
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
  user: z.object({ id: z.uuid(), email: z.string(), displayName: z.string(), locale: z.string(), emailVerified: z.boolean() }),
  organization: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(organizationKinds), timezone: z.string() }).nullable(),
  role: z.enum(roles).nullable(),
  clientId: z.uuid().nullable(),
  memberships: z.array(membershipSummary),
  /** Send back as the `x-csrf-token` header on every state-changing request. */
  csrfToken: z.string(),
});
export type MeResponse = z.infer<typeof meResponse>;
