import { createHash, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { undoWindowMs } from '@waiji/domain';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const port = z.coerce.number().int().min(1).max(65535);

const postgresUrl = z
  .string()
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgresql:// URL');

/** The one reader of the environment; everything else receives a typed Config. */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // Loopback unless told otherwise: `npm start` on a laptop or a server must not be reachable from the network by
  // accident (Docker and reverse-proxy set-ups set HOST explicitly).
  HOST: z.string().min(1).default('127.0.0.1'),
  TRUST_PROXY: z
    .string()
    .refine(
      (value) => parseTrustProxy(value) !== undefined,
      'must be a hop count (1, 2, …) or a comma-separated list of proxy IPs/CIDRs (or loopback, linklocal, uniquelocal)',
    )
    .optional(),
  DEV_MAIL_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  PORT: port.default(3000),
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['pretty', 'json']).optional(),
  MIGRATE_ON_START: bool.default(true),
  SEED_DEMO: bool.optional(),
  WEB_DIST_DIR: z.string().optional(),
  PUBLIC_URL: z.string().url().optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(120),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .default(24 * 7),
  COOKIE_SECURE: bool.optional(),
  SMTP_URL: z
    .string()
    .refine((value) => /^smtps?:\/\//.test(value), 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Waiji <no-reply@waiji.local>'),
  LOGIN_FAILURES_PER_HOUR: z.coerce.number().int().min(1).max(100).default(20),
  SCHEDULER_ENABLED: bool.optional(),
  SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(20).max(3_600_000).default(15_000),
  SCHEDULER_LEASE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(120_000),
  SCHEDULER_BATCH_SIZE: z.coerce.number().int().min(1).max(5_000).default(500),
  SCHEDULER_JOBS: z
    .string()
    .refine(
      (value) =>
        value
          .split(',')
          .every((job) =>
            ['reminders', 'outbox', 'digest', 'imports', 'inbound', 'webhooks', 'documents'].includes(job.trim()),
          ),
      'must list reminders, outbox, digest, imports, inbound, webhooks and/or documents',
    )
    .default('reminders,outbox,digest,imports,inbound,webhooks,documents'),
  IMPORT_STAGED_RETENTION_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  // The client's state-change email waits out the undo window (cases/client-notices.ts); e2e runs shorten it.
  CLIENT_NOTICE_DELAY_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(86_400)
    .default(undoWindowMs / 1000),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  OUTBOX_BACKOFF_BASE_MS: z.coerce.number().int().min(10).max(86_400_000).default(30_000),
  OUTBOX_BACKOFF_MAX_MS: z.coerce.number().int().min(10).max(86_400_000).default(3_600_000),
  SMTP_POOL_SIZE: z.coerce.number().int().min(1).max(50).default(10),
  PASSWORD_RESET_MINUTES: z.coerce.number().int().min(5).max(1440).default(60),
  EMAIL_VERIFICATION_HOURS: z.coerce.number().int().min(1).max(720).default(72),
  INVITATION_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  INVITATIONS_PER_DAY: z.coerce.number().int().min(1).max(10_000).default(50),
  // Mail in (inbound-mail/): the domain of the inbound addresses; the SMTP listener only when a port is given.
  INBOUND_DOMAIN: z
    .string()
    .regex(/^[A-Za-z0-9.-]+$/, 'must be a domain name, e.g. in.waiji.example')
    .optional(),
  INBOUND_SMTP_PORT: port.optional(),
  INBOUND_SMTP_HOST: z.string().min(1).optional(),
  INBOUND_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(10_000)
    .max(100 * 1024 * 1024)
    .default(15 * 1024 * 1024),
  INBOUND_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(300),
  INBOUND_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  // Outbound webhooks (webhooks/): per-request timeout, attempts per delivery with backoff, when an endpoint that
  // keeps failing is switched off, and whether private / loopback / link-local addresses may be called.
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(12),
  WEBHOOK_BACKOFF_BASE_MS: z.coerce.number().int().min(10).max(86_400_000).default(30_000),
  WEBHOOK_BACKOFF_MAX_MS: z.coerce
    .number()
    .int()
    .min(10)
    .max(86_400_000)
    .default(6 * 3_600_000),
  WEBHOOK_DISABLE_AFTER_FAILURES: z.coerce.number().int().min(1).max(100_000).default(100),
  WEBHOOK_DISABLE_AFTER_HOURS: z.coerce
    .number()
    .min(0.001)
    .max(24 * 60)
    .default(5 * 24),
  WEBHOOK_ALLOW_PRIVATE: bool.optional(),
  ENCRYPTION_KEY: z
    .string()
    .refine(
      (value) => /^[A-Za-z0-9+/_-]{43}=?$/.test(value) && Buffer.from(value, 'base64').length === 32,
      'must be 32 bytes in base64 (openssl rand -base64 32)',
    )
    .optional(),
  /** Former ENCRYPTION_KEYs, comma-separated: document keys wrapped by them still open until `npm run documents:rewrap`. */
  ENCRYPTION_KEYS_PREVIOUS: z
    .string()
    .refine(
      (value) =>
        value
          .split(',')
          .map((key) => key.trim())
          .every((key) => /^[A-Za-z0-9+/_-]{43}=?$/.test(key) && Buffer.from(key, 'base64').length === 32),
      'must be 32-byte base64 keys separated by commas',
    )
    .optional(),
  DOCUMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(100_000)
    .max(100 * 1024 * 1024)
    .default(15 * 1024 * 1024),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  /** Which peers may set X-Forwarded-For: none (the default), the n closest hops, or these addresses/ranges. */
  trustProxy: false | number | string[];
  /**
   * The captured-mail listing (GET /api/dev/mail) answers only on loopback and only with this token, printed at
   * start-up; undefined when mail is really sent (SMTP_URL) or in production.
   */
  devMailToken: string | undefined;
  port: number;
  databaseUrl: string;
  databasePoolSize: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  logFormat: 'pretty' | 'json';
  migrateOnStart: boolean;
  seedDemo: boolean;
  webDistDir: string | undefined;
  publicUrl: string;
  session: { idleMinutes: number; absoluteHours: number; cookieSecure: boolean };
  /** Unset in development and tests: the app runs an in-process SMTP capture instead. */
  smtpUrl: string | undefined;
  mailFrom: string;
  loginFailuresPerHour: number;
  /** Invitation emails one organization may send in any 24 hours (they go to addresses nobody has confirmed yet). */
  invitationsPerDay: number;
  /** The reminder / outbox / digest / imports tick of this instance (see apps/api/src/scheduler). */
  scheduler: {
    enabled: boolean;
    intervalMs: number;
    leaseMs: number;
    batchSize: number;
    jobs: ('reminders' | 'outbox' | 'digest' | 'imports' | 'inbound' | 'webhooks' | 'documents')[];
  };
  /**
   * Mail in: addresses are <token>@domain; `replyTo` (INBOUND_DOMAIN set) puts the case's address on client emails;
   * the SMTP listener runs only with a port; mails over maxBytes are refused; an organization takes perHour mails an
   * hour; a mail that fails maxAttempts times is parked.
   */
  inbound: {
    domain: string;
    replyTo: boolean;
    smtpPort: number | undefined;
    smtpHost: string;
    maxBytes: number;
    perHour: number;
    maxAttempts: number;
  };
  /** Validated import rows (passport numbers among them) are deleted this long after the upload if not committed. */
  imports: { stagedRetentionHours: number };
  /**
   * A client's state-change email is sent this long after the transition (default: the undo window), so an undone
   * or superseded change is cancelled before the client reads it (cases/client-notices.ts).
   */
  clientNotices: { emailDelayMs: number };
  /** Outbound email delivery: attempts before FAILED, exponential backoff with jitter, SMTP connections. */
  outbox: { maxAttempts: number; backoffBaseMs: number; backoffMaxMs: number; smtpPoolSize: number };
  /** Lifetimes of emailed links. */
  links: { passwordResetMinutes: number; emailVerificationHours: number; invitationDays: number };
  /** AES-256-GCM key for passport numbers; `development` marks the fixed key derived when ENCRYPTION_KEY is unset. */
  encryption: { key: Buffer; source: 'environment' | 'development'; previous: Buffer[] };
  /** Uploaded documents: the largest file a multipart upload may send. */
  documents: { maxBytes: number };
  /** Outbound webhooks: `allowPrivate` (true outside production) lets endpoints on loopback/private addresses be called. */
  webhooks: {
    timeoutMs: number;
    maxAttempts: number;
    backoffBaseMs: number;
    backoffMaxMs: number;
    disableAfterFailures: number;
    disableAfterMs: number;
    allowPrivate: boolean;
  };
};

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}\nSee the environment table in README.md.`,
    );
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Treat empty strings as unset so `FOO= npm start` falls back to the default.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? '(environment)'),
        message: issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message,
      })),
    );
  }
  const c = parsed.data;
  if (c.NODE_ENV === 'production' && !c.SMTP_URL) {
    throw new ConfigError([
      { variable: 'SMTP_URL', message: 'is required in production (mail would otherwise be captured, not sent)' },
    ]);
  }
  const previousKeys = (c.ENCRYPTION_KEYS_PREVIOUS ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key !== '')
    .map((key) => Buffer.from(key, 'base64'));
  if (c.NODE_ENV === 'production' && !c.ENCRYPTION_KEY) {
    throw new ConfigError([
      { variable: 'ENCRYPTION_KEY', message: 'is required in production (passport numbers are encrypted with it)' },
    ]);
  }
  return {
    env: c.NODE_ENV,
    host: c.HOST,
    trustProxy: c.TRUST_PROXY === undefined ? false : (parseTrustProxy(c.TRUST_PROXY) ?? false),
    devMailToken:
      c.NODE_ENV === 'production' || c.SMTP_URL
        ? undefined
        : (c.DEV_MAIL_TOKEN ?? randomBytes(18).toString('base64url')),
    port: c.PORT,
    databaseUrl: c.DATABASE_URL,
    databasePoolSize: c.DATABASE_POOL_SIZE,
    logLevel: c.LOG_LEVEL,
    logFormat: c.LOG_FORMAT ?? (c.NODE_ENV === 'production' ? 'json' : 'pretty'),
    migrateOnStart: c.MIGRATE_ON_START,
    // A demo login with a published password has no place in production.
    seedDemo: c.SEED_DEMO ?? c.NODE_ENV !== 'production',
    webDistDir: c.WEB_DIST_DIR,
    publicUrl: c.PUBLIC_URL ?? `http://localhost:${c.PORT}`,
    session: {
      idleMinutes: c.SESSION_IDLE_MINUTES,
      absoluteHours: c.SESSION_ABSOLUTE_HOURS,
      cookieSecure: c.COOKIE_SECURE ?? c.NODE_ENV === 'production',
    },
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    loginFailuresPerHour: c.LOGIN_FAILURES_PER_HOUR,
    invitationsPerDay: c.INVITATIONS_PER_DAY,
    // Tests start many apps; they tick by hand unless a test turns the scheduler on.
    scheduler: {
      enabled: c.SCHEDULER_ENABLED ?? c.NODE_ENV !== 'test',
      intervalMs: c.SCHEDULER_INTERVAL_MS,
      leaseMs: c.SCHEDULER_LEASE_MS,
      batchSize: c.SCHEDULER_BATCH_SIZE,
      jobs: [
        ...new Set(
          c.SCHEDULER_JOBS.split(',').map(
            (job) => job.trim() as 'reminders' | 'outbox' | 'digest' | 'imports' | 'inbound' | 'webhooks' | 'documents',
          ),
        ),
      ],
    },
    imports: { stagedRetentionHours: c.IMPORT_STAGED_RETENTION_HOURS },
    inbound: {
      domain: c.INBOUND_DOMAIN ?? 'inbound.localhost',
      replyTo: c.INBOUND_DOMAIN !== undefined,
      smtpPort: c.INBOUND_SMTP_PORT,
      smtpHost: c.INBOUND_SMTP_HOST ?? c.HOST,
      maxBytes: c.INBOUND_MAX_BYTES,
      perHour: c.INBOUND_PER_HOUR,
      maxAttempts: c.INBOUND_MAX_ATTEMPTS,
    },
    clientNotices: { emailDelayMs: c.CLIENT_NOTICE_DELAY_SECONDS * 1000 },
    outbox: {
      maxAttempts: c.OUTBOX_MAX_ATTEMPTS,
      backoffBaseMs: c.OUTBOX_BACKOFF_BASE_MS,
      backoffMaxMs: Math.max(c.OUTBOX_BACKOFF_MAX_MS, c.OUTBOX_BACKOFF_BASE_MS),
      smtpPoolSize: c.SMTP_POOL_SIZE,
    },
    links: {
      passwordResetMinutes: c.PASSWORD_RESET_MINUTES,
      emailVerificationHours: c.EMAIL_VERIFICATION_HOURS,
      invitationDays: c.INVITATION_DAYS,
    },
    encryption: c.ENCRYPTION_KEY
      ? { key: Buffer.from(c.ENCRYPTION_KEY, 'base64'), source: 'environment', previous: previousKeys }
      : {
          key: createHash('sha256').update('waiji development encryption key; never use in production').digest(),
          source: 'development',
          previous: previousKeys,
        },
    webhooks: {
      timeoutMs: c.WEBHOOK_TIMEOUT_MS,
      maxAttempts: c.WEBHOOK_MAX_ATTEMPTS,
      backoffBaseMs: c.WEBHOOK_BACKOFF_BASE_MS,
      backoffMaxMs: Math.max(c.WEBHOOK_BACKOFF_MAX_MS, c.WEBHOOK_BACKOFF_BASE_MS),
      disableAfterFailures: c.WEBHOOK_DISABLE_AFTER_FAILURES,
      disableAfterMs: Math.round(c.WEBHOOK_DISABLE_AFTER_HOURS * 3_600_000),
      allowPrivate: c.WEBHOOK_ALLOW_PRIVATE ?? c.NODE_ENV !== 'production',
    },
    documents: { maxBytes: c.DOCUMENT_MAX_BYTES },
  };
}

export const CONFIG = Symbol('CONFIG');

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUST_PROXY: a hop count, or proxy addresses and ranges as Fastify (proxy-addr) takes them; undefined if invalid. */
export function parseTrustProxy(value: string): number | string[] | undefined {
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    const hops = Number(trimmed);
    return hops >= 1 && hops <= 16 ? hops : undefined;
  }
  const entries = trimmed
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) return undefined;
  const valid = entries.every((entry) => {
    if (PROXY_NAMES.has(entry)) return true;
    const [address = '', bits, ...rest] = entry.split('/');
    const family = isIP(address);
    if (family === 0 || rest.length > 0) return false;
    if (bits === undefined) return true;
    return /^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
  });
  return valid ? entries : undefined;
}
