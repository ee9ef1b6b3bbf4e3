import { ApiError } from '../common/api-error';
import type { Tx } from '../database/tenant-database';

/**
 * Refuses to leave an organization without an owner. The owners' rows are locked first, so two owners demoting
 * each other at the same moment cannot both succeed.
 */
export async function keepAnOwner(tx: Tx, organizationId: string, leavingUserId: string): Promise<void> {
  const owners = await tx.$queryRaw<{ userId: string }[]>`
    SELECT "userId" FROM "membership" WHERE "organizationId" = ${organizationId}::uuid AND role = 'OWNER' FOR UPDATE`;
  if (!owners.some((owner) => owner.userId !== leavingUserId)) {
    throw new ApiError('CONFLICT', 'An organization needs at least one owner: make someone else an owner first', {
      reason: 'LAST_OWNER',
    });
  }
}

/** A CLIENT member is linked to a client record of the same organization. */
export async function requireClient(tx: Tx, organizationId: string, clientId: string): Promise<void> {
  const client = await tx.client.findFirst({ where: { id: clientId, organizationId }, select: { id: true } });
  if (!client) throw new ApiError('NOT_FOUND', 'No such client', { field: 'clientId' });
}
