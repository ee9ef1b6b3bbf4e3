import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, type Config } from '../config/config';
import { ApiError } from '../common/api-error';
import { TenantDatabase, type Tx } from '../database/tenant-database';

export type ThrottledAction = 'login' | 'signup' | 'reset' | 'verify' | 'invitation';

const WINDOW_MS = 3_600_000;

/**
 * Counts failures per key (account, IP) and action over the last hour in the database, so every instance
 * shares the count. Over the limit → 429 with Retry-After when the oldest counted failure leaves the window.
 */
@Injectable()
export class ThrottleService {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  limitFor(action: ThrottledAction, key: string): number {
    const perAccount = this.config.loginFailuresPerHour;
    if (key.startsWith('ip:')) return action === 'login' ? perAccount * 10 : 30;
    return action === 'login' ? perAccount : 10;
  }

  async check(action: ThrottledAction, keys: string[]): Promise<void> {
    const since = new Date(Date.now() - WINDOW_MS);
    const counts = await this.db.system((tx) =>
      tx.authAttempt.groupBy({ by: ['key'], where: { action, key: { in: keys }, createdAt: { gt: since } }, _count: { _all: true }, _min: { createdAt: true } }),
    );
    for (const row of counts) {
      if (row._count._all >= this.limitFor(action, row.key)) {
        const oldest = row._min.createdAt ?? new Date();
        const retryAfterSeconds = Math.max(1, Math.ceil((oldest.getTime() + WINDOW_MS - Date.now()) / 1000));
        throw new ApiError('THROTTLED', `Too many attempts; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`, { retryAfterSeconds });
      }
    }
  }

  async recordFailure(tx: Tx, action: ThrottledAction, keys: string[]): Promise<void> {
    await tx.authAttempt.createMany({ data: keys.map((key) => ({ action, key })) });
  }
}
