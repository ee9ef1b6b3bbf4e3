import type {
  CalendarStatusResponse,
  CalendarTokenRequest,
  ChangeRoleRequest,
  CreateInvitationRequest,
  InvitationsResponse,
  MembersResponse,
  NotificationPreferences,
  OrganizationPolicyRequest,
  OrganizationSettings,
  UpdateOrganizationRequest,
} from '@waiji/contract';
import type { EmailStatus } from '@waiji/domain';
import { keepPreviousData, type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notificationKeys, notificationsApi } from '../../notifications/api/notificationsApi';
import { sessionQueryKey } from '../../session/hooks/useSession';
import { settingsApi, settingsKeys } from '../api/settingsApi';

// ------------------------------------------------------------------------------------------ organization

export const useOrganizationSettings = () =>
  useQuery({ queryKey: settingsKeys.organization, queryFn: ({ signal }) => settingsApi.organization(signal) });

/** Shown at once; put back with the server's reason if refused. The header's name comes from the session. */
export const useUpdateOrganization = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganizationRequest) => settingsApi.updateOrganization(body),
    onMutate: async (body) => {
      await queryClient.cancelQueries({ queryKey: settingsKeys.organization });
      const previous = queryClient.getQueryData<OrganizationSettings>(settingsKeys.organization);
      if (previous) queryClient.setQueryData<OrganizationSettings>(settingsKeys.organization, { ...previous, ...body });
      return { previous };
    },
    onError: (_error, _body, context) => {
      if (context?.previous) queryClient.setQueryData(settingsKeys.organization, context.previous);
    },
    onSuccess: (saved) => queryClient.setQueryData(settingsKeys.organization, saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
};

// ------------------------------------------------------------------------------------------------ members

export const useMembers = () =>
  useQuery({ queryKey: settingsKeys.members, queryFn: ({ signal }) => settingsApi.members(signal) });

export type ChangeRoleVariables = { userId: string } & ChangeRoleRequest;

/**
 * The new role shows at once; a refusal (409 last owner, 403 only an owner may…) puts the old one back and the
 * caller shows the server's explanation.
 */
export const useChangeRole = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, ...body }: ChangeRoleVariables) => settingsApi.changeRole(userId, body),
    onMutate: async ({ userId, role, clientId }) => {
      await queryClient.cancelQueries({ queryKey: settingsKeys.members });
      const previous = queryClient.getQueryData<MembersResponse>(settingsKeys.members);
      if (previous) {
        queryClient.setQueryData<MembersResponse>(settingsKeys.members, {
          members: previous.members.map((member) =>
            member.userId === userId ? { ...member, role, clientId: clientId ?? null } : member,
          ),
        });
      }
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) queryClient.setQueryData(settingsKeys.members, context.previous);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData<MembersResponse>(settingsKeys.members, (current) =>
        current
          ? { members: current.members.map((member) => (member.userId === saved.userId ? saved : member)) }
          : current,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: settingsKeys.members }),
  });
};

export const useRemoveMember = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => settingsApi.removeMember(userId),
    onMutate: async (userId) => {
      await queryClient.cancelQueries({ queryKey: settingsKeys.members });
      const previous = queryClient.getQueryData<MembersResponse>(settingsKeys.members);
      if (previous)
        queryClient.setQueryData<MembersResponse>(settingsKeys.members, {
          members: previous.members.filter((member) => member.userId !== userId),
        });
      return { previous };
    },
    onError: (_error, _userId, context) => {
      if (context?.previous) queryClient.setQueryData(settingsKeys.members, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: settingsKeys.members }),
  });
};

// -------------------------------------------------------------------------------------------- invitations

export const useInvitations = (enabled: boolean) =>
  useQuery({ queryKey: settingsKeys.invitations, queryFn: ({ signal }) => settingsApi.invitations(signal), enabled });

export const useInvite = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationRequest) => settingsApi.invite(body),
    onSuccess: (created) => {
      // A new invitation to the same address replaces the pending one (the server revokes it).
      queryClient.setQueryData<InvitationsResponse>(settingsKeys.invitations, (current) =>
        current
          ? {
              invitations: [
                created,
                ...current.invitations.map((invitation) =>
                  invitation.email === created.email && invitation.status === 'PENDING'
                    ? { ...invitation, status: 'REVOKED' as const }
                    : invitation,
                ),
              ],
            }
          : current,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: settingsKeys.invitations }),
  });
};

export const useRevokeInvitation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => settingsApi.revokeInvitation(invitationId),
    onMutate: async (invitationId) => {
      await queryClient.cancelQueries({ queryKey: settingsKeys.invitations });
      const previous = queryClient.getQueryData<InvitationsResponse>(settingsKeys.invitations);
      if (previous) {
        queryClient.setQueryData<InvitationsResponse>(settingsKeys.invitations, {
          invitations: previous.invitations.map((invitation) =>
            invitation.id === invitationId ? { ...invitation, status: 'REVOKED' } : invitation,
          ),
        });
      }
      return { previous };
    },
    onError: (_error, _id, context) => {
      if (context?.previous) queryClient.setQueryData(settingsKeys.invitations, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: settingsKeys.invitations }),
  });
};

// --------------------------------------------------------------------------------------------------- policy

export const usePolicy = (enabled: boolean) =>
  useQuery({ queryKey: settingsKeys.policy, queryFn: ({ signal }) => settingsApi.policy(signal), enabled });

export const useUpdatePolicy = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganizationPolicyRequest) => settingsApi.updatePolicy(body),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKeys.policy, saved);
      void queryClient.invalidateQueries({ queryKey: settingsKeys.organization });
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
};

// ------------------------------------------------------------------------------------------- notifications

export const useNotificationPreferences = () =>
  useQuery({ queryKey: notificationKeys.preferences(), queryFn: ({ signal }) => notificationsApi.preferences(signal) });

export const useSetNotificationPreferences = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationPreferences) => notificationsApi.setPreferences(body),
    onMutate: async (body) => {
      await queryClient.cancelQueries({ queryKey: notificationKeys.preferences() });
      const previous = queryClient.getQueryData<NotificationPreferences>(notificationKeys.preferences());
      queryClient.setQueryData(notificationKeys.preferences(), body);
      return { previous };
    },
    onError: (_error, _body, context) => {
      if (context?.previous) queryClient.setQueryData(notificationKeys.preferences(), context.previous);
    },
    onSuccess: (saved) => queryClient.setQueryData(notificationKeys.preferences(), saved),
  });
};

// ------------------------------------------------------------------------------------------------ calendar

export const useCalendarStatus = () =>
  useQuery({ queryKey: settingsKeys.calendar, queryFn: ({ signal }) => settingsApi.calendarStatus(signal) });

const setCalendarActive = (queryClient: QueryClient, active: boolean) =>
  queryClient.setQueryData<CalendarStatusResponse>(settingsKeys.calendar, (status) =>
    status ? { ...status, active } : status,
  );

/** A new address with these options (they become its query); the old address stops working. */
export const useCreateCalendarLink = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (options: CalendarTokenRequest) => settingsApi.createCalendarToken(options),
    onSuccess: () => setCalendarActive(queryClient, true),
  });
};

export const useRevokeCalendarLink = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => settingsApi.revokeCalendarToken(),
    onSuccess: () => setCalendarActive(queryClient, false),
  });
};

// --------------------------------------------------------------------------------------------------- audit

export const useAuditPage = (cursor: string | undefined, action: string) =>
  useQuery({
    queryKey: [...settingsKeys.audit(action), cursor ?? 'first'],
    queryFn: ({ signal }) => settingsApi.audit(cursor, action, signal),
    placeholderData: keepPreviousData,
  });

// ---------------------------------------------------------------------------------------------- email (outbox)

export const useOutboxPage = (cursor: string | undefined, status: EmailStatus | 'ALL', enabled = true) =>
  useQuery({
    queryKey: [...settingsKeys.outbox(status), cursor ?? 'first'],
    queryFn: ({ signal }) => settingsApi.outbox(cursor, status, signal),
    placeholderData: keepPreviousData,
    enabled,
  });

/** Sends a failed email again; every outbox page is asked again afterwards (its status moved, or someone else's did). */
export const useRetryEmail = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => settingsApi.retryEmail(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: settingsKeys.outboxAll }),
  });
};
