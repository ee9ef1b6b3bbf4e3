import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

/** Prisma's own advisory-lock key, so our migrator and `prisma migrate deploy` never run at once. */
const PRISMA_ADVISORY_LOCK = 72707369;

export type Migration = { name: string; sql: string; checksum: string };

export type MigrationResult = { applied: string[]; alreadyApplied: string[] };

export class MigrationError extends Error {
  constructor(
    readonly code: 'CHECKSUM_MISMATCH' | 'FAILED_MIGRATION_PRESENT' | 'MIGRATION_FAILED' | 'MISSING_FILE',
    message: string,
  ) {
    super(message);
    this.name = 'MigrationError';
  }
}

export function defaultMigrationsDir(): string {
  // Works from src/ (tests, dev) and from dist/ (production build): both sit two levels under apps/api.
  return path.resolve(__dirname, '../../../../prisma/migrations');
}

/** Reads `<dir>/<timestamp>_<name>/migration.sql` in name order, as Prisma does. */
export function readMigrations(dir: string = defaultMigrationsDir()): Migration[] {
  return readdirSync(dir)
    .filter(
      (entry) => statSync(path.join(dir, entry)).isDirectory() && existsSync(path.join(dir, entry, 'migration.sql')),
    )
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

/**
 * Applies pending migrations and records them in `_prisma_migrations` exactly as Prisma does, so the same
 * folder is accepted by `prisma migrate deploy` wherever the schema engine exists. Each migration runs in its
 * own transaction; a failure leaves no row behind and stops the run.
 */
export async function migrate(
  databaseUrl: string,
  options: { dir?: string; log?: (message: string) => void } = {},
): Promise<MigrationResult> {
  const log = options.log ?? (() => undefined);
  const migrations = readMigrations(options.dir);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<AppliedRow>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
    );
    const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
    if (failed) {
      throw new MigrationError(
        'FAILED_MIGRATION_PRESENT',
        `Migration ${failed.migration_name} is recorded as started but not finished. Fix the database, then mark it rolled back (prisma migrate resolve --rolled-back ${failed.migration_name}) or delete its row from _prisma_migrations.`,
      );
    }
    const applied = new Map(rows.filter((row) => row.rolled_back_at === null).map((row) => [row.migration_name, row]));
    const byName = new Map(migrations.map((m) => [m.name, m]));
    for (const row of applied.values()) {
      const file = byName.get(row.migration_name);
      if (!file) {
        throw new MigrationError(
          'MISSING_FILE',
          `Migration ${row.migration_name} is applied to the database but missing from ${options.dir ?? defaultMigrationsDir()}. Is this checkout older than the database?`,
        );
      }
      if (file.checksum !== row.checksum) {
        throw new MigrationError(
          'CHECKSUM_MISMATCH',
          `Migration ${row.migration_name} was modified after it was applied (checksum ${file.checksum} ≠ recorded ${row.checksum}). Never edit an applied migration: restore the file and add a new migration instead.`,
        );
      }
    }
    const result: MigrationResult = { applied: [], alreadyApplied: [...applied.keys()] };
    for (const migration of migrations) {
      if (applied.has(migration.name)) continue;
      const id = randomUUID();
      await client.query('BEGIN');
      try {
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
          [id, migration.checksum, migration.name],
        );
        await client.query(migration.sql);
        // clock_timestamp(): now() is frozen at the transaction start, which would make finished == started.
        await client.query(
          `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
          [id],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new MigrationError(
          'MIGRATION_FAILED',
          `Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`,
        );
      }
      log(`Applied migration ${migration.name}`);
      result.applied.push(migration.name);
    }
    return result;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK]).catch(() => undefined);
    await client.end();
  }
}

/** Creates the database named in `databaseUrl` if it does not exist (connecting to `postgres` to do so). */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
    return true;
  } catch (error) {
    // Another instance created it between our check and our CREATE.
    if ((error as { code?: string }).code === '42P04') return false;
    throw error;
  } finally {
    await client.end();
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
