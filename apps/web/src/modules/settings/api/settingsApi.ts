// Types only from the contract; the forms check their few rules by hand.
import type {
  AuditPage,
  CalendarStatusResponse,
  CalendarTokenRequest,
  CalendarTokenResponse,
  ChangeRoleRequest,
  CreateInvitationRequest,
  InvitationResponse,
  InvitationsResponse,
  MemberResponse,
  MembersResponse,
  OrganizationPolicyRequest,
  OrganizationPolicyResponse,
  OrganizationSettings,
  OutboxItem,
  OutboxList,
  UpdateOrganizationRequest,
} from '@waiji/contract';
import type { EmailStatus } from '@waiji/domain';
import { api } from '../../api/client';

/** `members` is shared with the cases pages (assignee pickers): same key, same cache. */
export const settingsKeys = {
  organization: ['organization', 'settings'] as const,
  members: ['organization', 'members'] as const,
  invitations: ['organization', 'invitations'] as const,
  policy: ['organization', 'policy'] as const,
  calendar: ['calendar', 'token'] as const,
  audit: (action: string) => ['audit', action] as const,
  /** Every page of every status filter; `outbox(status)` one filter's pages. */
  outboxAll: ['admin', 'outbox'] as const,
  outbox: (status: EmailStatus | 'ALL') => ['admin', 'outbox', status] as const,
  clients: ['settings', 'clients'] as const,
};

const member = (userId: string) => `/organization/members/${encodeURIComponent(userId)}`;

export const settingsApi = {
  organization: (signal?: AbortSignal) => api.get<OrganizationSettings>('/organization', signal ? { signal } : {}),
  updateOrganization: (body: UpdateOrganizationRequest) => api.patch<OrganizationSettings>('/organization', body),
  members: (signal?: AbortSignal) => api.get<MembersResponse>('/organization/members', signal ? { signal } : {}),
  changeRole: (userId: string, body: ChangeRoleRequest) => api.patch<MemberResponse>(member(userId), body),
  removeMember: (userId: string) => api.delete(member(userId)),
  invitations: (signal?: AbortSignal) =>
    api.get<InvitationsResponse>('/organization/invitations', signal ? { signal } : {}),
  invite: (body: CreateInvitationRequest) => api.post<InvitationResponse>('/organization/invitations', body),
  revokeInvitation: (invitationId: string) =>
    api.delete(`/organization/invitations/${encodeURIComponent(invitationId)}`),
  policy: (signal?: AbortSignal) =>
    api.get<OrganizationPolicyResponse>('/organization/policy', signal ? { signal } : {}),
  updatePolicy: (body: OrganizationPolicyRequest) => api.put<OrganizationPolicyResponse>('/organization/policy', body),
  calendarStatus: (signal?: AbortSignal) =>
    api.get<CalendarStatusResponse>('/calendar/token', signal ? { signal } : {}),
  createCalendarToken: (body: CalendarTokenRequest) => api.post<CalendarTokenResponse>('/calendar/token', body),
  revokeCalendarToken: () => api.delete('/calendar/token'),
  audit: (cursor: string | undefined, action: string, signal?: AbortSignal) =>
    api.get<AuditPage>('/audit', {
      query: { cursor, limit: 50, action: action || undefined },
      ...(signal ? { signal } : {}),
    }),
  /** The organization's outbound email, newest first, 50 a page; `ALL` asks for every status. */
  outbox: (cursor: string | undefined, status: EmailStatus | 'ALL', signal?: AbortSignal) =>
    api.get<OutboxList>('/admin/outbox', {
      query: { cursor, limit: 50, status: status === 'ALL' ? undefined : status },
      ...(signal ? { signal } : {}),
    }),
  /** A FAILED email gets fresh attempts, now (409 when it is no longer FAILED). */
  retryEmail: (id: string) => api.post<OutboxItem>(`/admin/outbox/${encodeURIComponent(id)}/retry`),
};
