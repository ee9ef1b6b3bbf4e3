import { ApiError } from '../common/api-error';
import type { Tx } from '../database/tenant-database';

const DAY_MS = 86_400_000;

/** What is left of the organization's invitations for the last 24 hours, and when the next place frees up if none. */
export type Allowance = { remaining: number; retryAfterSeconds: number | null };

/**
 * At most INVITATIONS_PER_DAY invitations per organization in any 24 hours (each one is an email to a stranger's
 * address), counted from the invitation rows themselves, so every instance sees the same count. Invitations of one
 * organization wait for each other here (a transaction-level advisory lock, held until the caller commits), so two
 * at once cannot both take the last place; a bulk invitation takes what is left and leaves the rest out.
 */
export async function dailyAllowance(tx: Tx, organizationId: string, limit: number): Promise<Allowance> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`waiji:invitations:${organizationId}`}))`;
  const since = new Date(Date.now() - DAY_MS);
  const used = await tx.invitation.count({ where: { organizationId, createdAt: { gt: since } } });
  if (used < limit) return { remaining: limit - used, retryAfterSeconds: null };
  // Full: the next place frees up when the oldest of the last `limit` invitations leaves the window.
  const [blocking] = await tx.invitation.findMany({
    where: { organizationId, createdAt: { gt: since } },
    orderBy: { createdAt: 'desc' },
    skip: limit - 1,
    take: 1,
    select: { createdAt: true },
  });
  const freesAt = (blocking?.createdAt.getTime() ?? Date.now()) + DAY_MS;
  return { remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil((freesAt - Date.now()) / 1000)) };
}

/** One invitation's place, or 429 with the time until the oldest counted invitation leaves the window. */
export async function takeDailyAllowance(tx: Tx, organizationId: string, limit: number): Promise<void> {
  const { remaining, retryAfterSeconds } = await dailyAllowance(tx, organizationId, limit);
  if (remaining > 0 || retryAfterSeconds === null) return;
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const [count, unit] = minutes < 60 ? [minutes, 'minute'] : [Math.ceil(minutes / 60), 'hour'];
  const wait = `${count} ${unit}${count === 1 ? '' : 's'}`;
  throw new ApiError(
    'THROTTLED',
    `This organization has sent ${limit} invitations in the last 24 hours; try again in ${wait}`,
    { retryAfterSeconds },
  );
}
