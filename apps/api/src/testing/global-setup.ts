import { chmodSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrate, quoteIdent } from '../database/migrator';

// tools/ is dev infrastructure, not a library of ours, so it is loaded by path rather than imported.
const { startEmbeddedPostgres } = require(
  path.resolve(__dirname, '../../../../tools/embedded-postgres.cjs'),
) as typeof import('../../../../tools/embedded-postgres.cjs');

export const TEMPLATE_DATABASE = 'waiji_template';

/**
 * Starts one real PostgreSQL for the whole run (embedded, unless TEST_DATABASE_URL names a server) and migrates
 * a template database; each test file clones the template (see testing/database.ts).
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'waiji-test-'));
    chmodSync(parent, 0o755); // as root, PostgreSQL runs as `postgres` and must reach its data directory
    const dataDir = path.join(parent, 'pg');
    const pg = await startEmbeddedPostgres({ dataDir, fsync: false });
    (globalThis as { __waijiStopPostgres?: () => Promise<void>; __waijiDataDir?: string }).__waijiStopPostgres =
      pg.stop;
    (globalThis as { __waijiDataDir?: string }).__waijiDataDir = path.dirname(dataDir);
    serverUrl = pg.url('postgres');
  }
  process.env['WAIJI_TEST_SERVER_URL'] = serverUrl;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(TEMPLATE_DATABASE)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${quoteIdent(TEMPLATE_DATABASE)}`);
  } finally {
    await admin.end();
  }
  const templateUrl = new URL(serverUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  await migrate(templateUrl.toString());
}
