import type { Role } from '../generated/prisma/enums';

/** Who is calling, in which organization, with which role: the first argument of every service call. */
export type AuthContext = {
  userId: string;
  email: string;
  sessionId: string;
  organizationId: string;
  role: Role;
  /** For CLIENT members: the one client record they may see. */
  clientId: string | null;
  /** For audit rows. */
  ip: string | undefined;
};

export const staffRank: Record<Exclude<Role, 'CLIENT'>, number> = { VIEWER: 1, HELPER: 2, ADMIN: 3, OWNER: 4 };

export function hasRole(role: Role, minimum: Exclude<Role, 'CLIENT'>): boolean {
  return role !== 'CLIENT' && staffRank[role] >= staffRank[minimum];
}
