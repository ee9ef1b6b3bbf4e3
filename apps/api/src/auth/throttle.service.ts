import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, type Config } from '../config/config';
import { ApiError } from '../common/api-error';
import { TenantDatabase, type Tx } from '../database/tenant-database';

/** `screenshot`: reads by the public Alipay helper's screenshot reader (counted per address, not only failures). */
export type ThrottledAction = 'login' | 'signup' | 'reset' | 'verify' | 'invitation' | 'screenshot' | 'second-factor';

const WINDOW_MS = 3_600_000;
/** Failures of one account from one address before that pair waits (someone fumbling their own password). */
const PAIR_FREE_FAILURES = 5;
/** The first wait once a login key is over its free failures; each further failure doubles it, up to the cap. */
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_MAX_MS = 15 * 60_000;
/** Marks "the owner was told their account is under attack" (auth_attempt rows, keyed like the account). */
const LOCK_NOTICE = 'login-lock-notice';
/** At most one such email per account in this long, so an attack that goes on makes one email, not one an hour. */
const LOCK_NOTICE_INTERVAL_MS = 24 * 3_600_000;

/**
 * The three keys a login counts against. The account key sees failures from everywhere (a distributed guesser);
 * the pair key (account, address) and the address key see one source (a guesser on one account, or one address
 * trying many accounts). Emails are already lower-cased by the contract.
 */
export type LoginKeys = { account: string; pair: string; ip: string };

export function loginKeys(email: string, ip: string): LoginKeys {
  return { account: `account:${email}`, pair: `account:${email}|ip:${ip}`, ip: `ip:${ip}` };
}

type Backoff = { waitMs: number };

/**
 * Counts failures per key (account, IP) and action over the last hour in the database, so every instance
 * shares the count. Over the limit → 429 with Retry-After when the oldest counted failure leaves the window.
 *
 * Logins are throttled differently (audit finding M1: twenty wrong passwords from anywhere used to block the right
 * one for an hour): per (account, address), per address and per account, each key waits with exponential back-off
 * once over its free failures instead of a hard block, and the account key is skipped for an address this user has
 * signed in from before, so an attack from elsewhere never locks the owner out of their usual places.
 */
@Injectable()
export class ThrottleService {
  constructor(
    private readonly db: TenantDatabase,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** Hard hourly limits of the other actions (logins use checkLogin's back-off). */
  limitFor(key: string): number {
    return key.startsWith('ip:') ? 30 : 10;
  }

  /** Whether `check` would refuse, for work that should quietly not happen rather than fail (e.g. a courtesy email). */
  async isOver(action: Exclude<ThrottledAction, 'login'>, keys: string[]): Promise<boolean> {
    try {
      await this.check(action, keys);
      return false;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'THROTTLED') return true;
      throw error;
    }
  }

  async check(action: Exclude<ThrottledAction, 'login'>, keys: string[]): Promise<void> {
    const since = new Date(Date.now() - WINDOW_MS);
    const counts = await this.db.system((tx) =>
      tx.authAttempt.groupBy({
        by: ['key'],
        where: { action, key: { in: keys }, createdAt: { gt: since } },
        _count: { _all: true },
        _min: { createdAt: true },
      }),
    );
    for (const row of counts) {
      if (row._count._all >= this.limitFor(row.key)) {
        const oldest = row._min.createdAt ?? new Date();
        const retryAfterSeconds = Math.max(1, Math.ceil((oldest.getTime() + WINDOW_MS - Date.now()) / 1000));
        throw new ApiError(
          'THROTTLED',
          `Too many attempts; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
          { retryAfterSeconds },
        );
      }
    }
  }

  async recordFailure(tx: Tx, action: ThrottledAction, keys: string[]): Promise<void> {
    await tx.authAttempt.createMany({ data: keys.map((key) => ({ action, key })) });
  }

  /**
   * Refuses (429 with the wait) a login while the pair or address key waits, or while the account key waits and
   * `fromKnownPlace` says this address is not one the user has signed in from (asked only then: one query fewer
   * on every ordinary login).
   */
  async checkLogin(keys: LoginKeys, fromKnownPlace: () => Promise<boolean>): Promise<void> {
    const waits = await this.loginBackoff(keys);
    const own = Math.max(waits.get(keys.pair)?.waitMs ?? 0, waits.get(keys.ip)?.waitMs ?? 0);
    if (own > 0) throw throttled(own);
    const account = waits.get(keys.account)?.waitMs ?? 0;
    if (account > 0 && !(await fromKnownPlace())) throw throttled(account);
  }

  /**
   * Counts a failed login on all three keys. Returns true exactly when this failure put the account key into
   * back-off and the owner has not been told within LOCK_NOTICE_INTERVAL_MS (a reset clears that too): the caller
   * emails the owner then. Serialised per account by a transaction-level advisory lock, so concurrent failures
   * cannot both (or neither) see the threshold.
   */
  async recordLoginFailure(tx: Tx, keys: LoginKeys): Promise<boolean> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${keys.account}, 0))`;
    await tx.authAttempt.createMany({
      data: [keys.account, keys.pair, keys.ip].map((key) => ({ action: 'login', key })),
    });
    const failures = await tx.authAttempt.count({
      where: { action: 'login', key: keys.account, createdAt: { gt: new Date(Date.now() - WINDOW_MS) } },
    });
    if (failures < this.config.loginFailuresPerHour) return false;
    const told = await tx.authAttempt.count({
      where: {
        action: LOCK_NOTICE,
        key: keys.account,
        createdAt: { gt: new Date(Date.now() - LOCK_NOTICE_INTERVAL_MS) },
      },
    });
    if (told > 0) return false;
    await tx.authAttempt.create({ data: { action: LOCK_NOTICE, key: keys.account } });
    return true;
  }

  /** A correct password from this address: its own failures on this account are forgiven. */
  async forgivePair(tx: Tx, keys: LoginKeys): Promise<void> {
    await tx.authAttempt.deleteMany({ where: { action: 'login', key: keys.pair } });
  }

  /**
   * After a password reset (the owner proved the mailbox): every login failure counted against the account, from
   * every address, and the lock notice are gone, so the new password works everywhere at once and a new attack is
   * reported again.
   */
  async clearAccount(tx: Tx, email: string): Promise<void> {
    const { account } = loginKeys(email, '');
    await tx.authAttempt.deleteMany({
      where: {
        action: { in: ['login', LOCK_NOTICE] },
        OR: [{ key: account }, { key: { startsWith: `${account}|ip:` } }],
      },
    });
  }

  private async loginBackoff(keys: LoginKeys): Promise<Map<string, Backoff>> {
    const rows = await this.db.system((tx) =>
      tx.authAttempt.groupBy({
        by: ['key'],
        where: {
          action: 'login',
          key: { in: [keys.account, keys.pair, keys.ip] },
          createdAt: { gt: new Date(Date.now() - WINDOW_MS) },
        },
        _count: { _all: true },
        _max: { createdAt: true },
      }),
    );
    const free = new Map([
      [keys.account, this.config.loginFailuresPerHour],
      [keys.pair, Math.min(PAIR_FREE_FAILURES, this.config.loginFailuresPerHour)],
      [keys.ip, this.config.loginFailuresPerHour * 10],
    ]);
    const waits = new Map<string, Backoff>();
    for (const row of rows) {
      const over = row._count._all - (free.get(row.key) ?? Infinity);
      if (over < 0 || !row._max.createdAt) continue;
      const delay = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** over);
      waits.set(row.key, { waitMs: Math.max(0, row._max.createdAt.getTime() + delay - Date.now()) });
    }
    return waits;
  }
}

function throttled(waitMs: number): ApiError {
  const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
  const wait = retryAfterSeconds < 60 ? `${retryAfterSeconds} seconds` : `${Math.ceil(retryAfterSeconds / 60)} minutes`;
  return new ApiError('THROTTLED', `Too many failed sign-ins; try again in ${wait}`, { retryAfterSeconds });
}
