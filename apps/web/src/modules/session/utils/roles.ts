import type { RoleName } from '@waiji/contract';

/** Roles that work cases (as opposed to CLIENT, who only sees their own). */
export const staffRoles: readonly RoleName[] = ['OWNER', 'ADMIN', 'HELPER', 'VIEWER'];

export const isStaffRole = (role: RoleName | null | undefined): role is RoleName =>
  role !== null && role !== undefined && staffRoles.includes(role);

/** Members, invitations, organization settings and the deadline policy: OWNER and ADMIN only (the API enforces it too). */
export const canManageOrganization = (role: RoleName | null | undefined): boolean =>
  role === 'OWNER' || role === 'ADMIN';

/** Changing cases, clients, reminders: everyone on the staff but VIEWER. */
export const canEditCases = (role: RoleName | null | undefined): boolean =>
  role === 'OWNER' || role === 'ADMIN' || role === 'HELPER';
