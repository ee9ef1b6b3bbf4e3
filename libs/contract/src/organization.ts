import { z } from 'zod';
import { isValidTimeZone, languages } from '@waiji/domain';
import { emailAddress as email, emailedToken, organizationKinds, roles } from './auth';
import { displayName } from './names';

const clientLink = (value: { role: string; clientId?: string | undefined }) =>
  (value.role === 'CLIENT') === (value.clientId !== undefined);
const clientLinkMessage = {
  path: ['clientId'],
  message: 'is required for the CLIENT role and not allowed for other roles',
};

export const memberResponse = z.object({
  userId: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  /** For CLIENT members: the client record they are linked to. */
  clientId: z.uuid().nullable(),
  emailVerified: z.boolean(),
  joinedAt: z.iso.datetime(),
});
export type MemberResponse = z.infer<typeof memberResponse>;

export const membersResponse = z.object({ members: z.array(memberResponse) });
export type MembersResponse = z.infer<typeof membersResponse>;

/** Changing a role ends the member's sessions in this organization (a privilege change gets a new token). */
export const changeRoleRequest = z
  .strictObject({ role: z.enum(roles), clientId: z.uuid().optional() })
  .refine(clientLink, clientLinkMessage);
export type ChangeRoleRequest = z.infer<typeof changeRoleRequest>;

export const invitationStatuses = ['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED'] as const;

export const createInvitationRequest = z
  .strictObject({
    email,
    role: z.enum(roles),
    clientId: z.uuid().optional(),
    language: z
      .enum(languages)
      .optional()
      .describe(
        'The language of the email to a member; without it, the inviter’s. A CLIENT invitation is always in the client’s preferred language.',
      ),
  })
  .refine(clientLink, clientLinkMessage);
export type CreateInvitationRequest = z.infer<typeof createInvitationRequest>;

export const invitationResponse = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(roles),
  clientId: z.uuid().nullable(),
  /** For a CLIENT invitation: the client record it is for (null once that record is gone). */
  client: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  status: z.enum(invitationStatuses),
  expiresAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
  invitedBy: z.object({ userId: z.uuid(), displayName: z.string() }).nullable(),
});
export type InvitationResponse = z.infer<typeof invitationResponse>;

export const invitationsResponse = z.object({ invitations: z.array(invitationResponse) });
export type InvitationsResponse = z.infer<typeof invitationsResponse>;

/** At most this many clients (or cases) in one bulk portal invitation. */
export const MAX_BULK_INVITATIONS = 500;

const bulkIds = z.array(z.uuid()).min(1).max(MAX_BULK_INVITATIONS);

/** Invite clients to the portal in one go: the clients named, or the clients of the cases named (a selection). */
export const bulkPortalInvitationRequest = z
  .strictObject({ clientIds: bulkIds.optional(), caseIds: bulkIds.optional() })
  .refine((value) => (value.clientIds === undefined) !== (value.caseIds === undefined), {
    message: 'give clientIds or caseIds, not both',
  });
export type BulkPortalInvitationRequest = z.infer<typeof bulkPortalInvitationRequest>;

/**
 * Why a client was not invited: no email address; already has a portal account here (or the address is a member's);
 * a pending portal invitation already waits; the address is another's (a client earlier in the same request, or a
 * pending invitation for someone else); the organization's invitations for the last 24 hours ran out.
 */
export const portalInvitationSkipReasons = [
  'NO_EMAIL',
  'ALREADY_MEMBER',
  'ALREADY_INVITED',
  'SAME_EMAIL',
  'OVER_QUOTA',
] as const;
export type PortalInvitationSkipReason = (typeof portalInvitationSkipReasons)[number];

export const bulkPortalInvitationResponse = z.object({
  invited: z.array(z.object({ invitationId: z.uuid(), clientId: z.uuid(), clientName: z.string(), email: z.string() })),
  skipped: z.array(
    z.object({ clientId: z.uuid(), clientName: z.string(), reason: z.enum(portalInvitationSkipReasons) }),
  ),
  /** Invitations the organization may still send in the next 24 hours. */
  remaining: z.number().int().nonnegative(),
  /** When clients were left out for the daily limit: seconds until the next invitation may be sent. */
  retryAfterSeconds: z.number().int().min(1).nullable(),
});
export type BulkPortalInvitationResponse = z.infer<typeof bulkPortalInvitationResponse>;

/** `GET /api/auth/invitations/preview?token=…`: what the invitation page may show before anyone signs in. */
export const invitationPreviewQuery = z.strictObject({ token: emailedToken });
export const invitationPreviewResponse = z.object({
  organizationName: z.string(),
  /** The inviter's display name; null when their account is gone. */
  inviterName: z.string().nullable(),
  role: z.enum(roles),
});
export type InvitationPreviewResponse = z.infer<typeof invitationPreviewResponse>;

/** Name and time zone; the deadline policy and quiet hours have endpoints of their own. */
export const organizationSettings = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(organizationKinds),
  timezone: z.string(),
  /** A client's report from the portal applies at once (same machine and guards) instead of waiting for a helper. */
  clientReportsApplyDirectly: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type OrganizationSettings = z.infer<typeof organizationSettings>;

export const updateOrganizationRequest = z
  .strictObject({
    name: displayName(120).optional(),
    timezone: z
      .string()
      .max(64)
      .refine((value) => isValidTimeZone(value), 'must be an IANA time zone such as Asia/Shanghai')
      .optional(),
    clientReportsApplyDirectly: z.boolean().optional(),
  })
  .refine(
    (value) =>
      value.name !== undefined || value.timezone !== undefined || value.clientReportsApplyDirectly !== undefined,
    { message: 'give name, timezone or clientReportsApplyDirectly' },
  );
export type UpdateOrganizationRequest = z.infer<typeof updateOrganizationRequest>;

export const memberParams = z.strictObject({ userId: z.uuid() });
export const invitationParams = z.strictObject({ invitationId: z.uuid() });
