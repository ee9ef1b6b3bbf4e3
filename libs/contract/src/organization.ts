import { z } from 'zod';
import { isValidTimeZone } from '@waiji/domain';
import { emailAddress as email, organizationKinds, roles } from './auth';
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
  .strictObject({ email, role: z.enum(roles), clientId: z.uuid().optional() })
  .refine(clientLink, clientLinkMessage);
export type CreateInvitationRequest = z.infer<typeof createInvitationRequest>;

export const invitationResponse = z.object({
  id: z.uuid(),
  email: z.string(),
  role: z.enum(roles),
  clientId: z.uuid().nullable(),
  status: z.enum(invitationStatuses),
  expiresAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
  invitedBy: z.object({ userId: z.uuid(), displayName: z.string() }).nullable(),
});
export type InvitationResponse = z.infer<typeof invitationResponse>;

export const invitationsResponse = z.object({ invitations: z.array(invitationResponse) });
export type InvitationsResponse = z.infer<typeof invitationsResponse>;

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
