import { ApiError } from '../common/api-error';
import type { Tx } from '../database/tenant-database';

const DAY_MS = 86_400_000;

/**
 * At most INVITATIONS_PER_DAY invitations per organization in any 24 hours (each one is an email to a stranger's
 * address), counted from the invitation rows themselves, so every instance sees the same count; over it, 429 with
 * the time until the oldest counted invitation leaves the window.
 */
export async function takeDailyAllowance(tx: Tx, organizationId: string, limit: number): Promise<void> {
  // Invitations of one organization wait for each other here, so two at once cannot both take the last place.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`waiji:invitations:${organizationId}`}))`;
  const since = new Date(Date.now() - DAY_MS);
  const [blocking] = await tx.invitation.findMany({
    where: { organizationId, createdAt: { gt: since } },
    orderBy: { createdAt: 'desc' },
    skip: limit - 1,
    take: 1,
    select: { createdAt: true },
  });
  if (!blocking) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((blocking.createdAt.getTime() + DAY_MS - Date.now()) / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const [count, unit] = minutes < 60 ? [minutes, 'minute'] : [Math.ceil(minutes / 60), 'hour'];
  const wait = `${count} ${unit}${count === 1 ? '' : 's'}`;
  throw new ApiError(
    'THROTTLED',
    `This organization has sent ${limit} invitations in the last 24 hours; try again in ${wait}`,
    { retryAfterSeconds },
  );
}
