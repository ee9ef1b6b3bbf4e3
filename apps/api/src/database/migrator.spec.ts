import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { sql, useTestDatabase } from '../testing/kit';
import { defaultMigrationsDir, migrate, MigrationError, readMigrations } from './migrator';

type Row = {
  migration_name: string;
  checksum: string;
  started_at: Date;
  finished_at: Date | null;
  applied_steps_count: number;
  rolled_back_at: Date | null;
};

const rows = (url: string): Promise<Row[]> =>
  sql<Row>(url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');

function copyOfMigrations(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'waiji-migrations-')), 'migrations');
  cpSync(defaultMigrationsDir(), dir, { recursive: true });
  return dir;
}

describe('migrator', () => {
  const kit = useTestDatabase({ migrated: false, perTest: true });

  it('applies every migration to an empty database and records it as Prisma does', async () => {
    const files = readMigrations();
    const result = await migrate(kit.db.url);
    expect(result.applied).toEqual(files.map((f) => f.name));
    const recorded = await rows(kit.db.url);
    expect(recorded.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const row of recorded) {
      const sql = readFileSync(path.join(defaultMigrationsDir(), row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }
  });

  it('is a no-op when run again', async () => {
    await migrate(kit.db.url);
    const before = await rows(kit.db.url);
    const again = await migrate(kit.db.url);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toHaveLength(before.length);
    expect(await rows(kit.db.url)).toEqual(before);
  });

  it('refuses to start when an applied migration file has changed', async () => {
    const dir = copyOfMigrations();
    await migrate(kit.db.url, { dir });
    const first = readMigrations(dir)[0]!;
    appendFileSync(path.join(dir, first.name, 'migration.sql'), '\n-- edited after applying\n');
    await expect(migrate(kit.db.url, { dir })).rejects.toMatchObject({ code: 'CHECKSUM_MISMATCH' });
    await expect(migrate(kit.db.url, { dir })).rejects.toThrow(first.name);
  });

  it('applies a new migration added later, and only that one', async () => {
    const dir = copyOfMigrations();
    await migrate(kit.db.url, { dir });
    mkdirSync(path.join(dir, '99990101000000_add_note'));
    writeFileSync(
      path.join(dir, '99990101000000_add_note', 'migration.sql'),
      'CREATE TABLE "note_probe" ("id" INTEGER PRIMARY KEY);',
    );
    const result = await migrate(kit.db.url, { dir });
    expect(result.applied).toEqual(['99990101000000_add_note']);
  });

  it('rolls a failing migration back completely and records nothing for it', async () => {
    const dir = copyOfMigrations();
    mkdirSync(path.join(dir, '99990101000000_broken'));
    writeFileSync(
      path.join(dir, '99990101000000_broken', 'migration.sql'),
      'CREATE TABLE "half_done" ("id" INTEGER);\nSELECT * FROM "no_such_table";',
    );
    const error = await migrate(kit.db.url, { dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).code).toBe('MIGRATION_FAILED');
    const client = new Client({ connectionString: kit.db.url });
    await client.connect();
    const halfDone = await client.query(`SELECT to_regclass('"half_done"') AS t`);
    await client.end();
    expect(halfDone.rows[0].t).toBeNull();
    expect((await rows(kit.db.url)).map((r) => r.migration_name)).not.toContain('99990101000000_broken');
  });

  it('migrates once when several instances start at the same moment', async () => {
    const results = await Promise.all([migrate(kit.db.url), migrate(kit.db.url), migrate(kit.db.url)]);
    const appliedCounts = results.map((r) => r.applied.length).sort();
    const total = readMigrations().length;
    expect(appliedCounts).toEqual([0, 0, total]);
    const recorded = await rows(kit.db.url);
    expect(recorded).toHaveLength(total);
    expect(new Set(recorded.map((r) => r.migration_name)).size).toBe(total);
  });

  it('refuses when the database has a migration this checkout lacks', async () => {
    const dir = copyOfMigrations();
    mkdirSync(path.join(dir, '99990101000000_newer'));
    writeFileSync(path.join(dir, '99990101000000_newer', 'migration.sql'), 'SELECT 1;');
    await migrate(kit.db.url, { dir });
    await expect(migrate(kit.db.url)).rejects.toMatchObject({ code: 'MISSING_FILE' });
  });
});
