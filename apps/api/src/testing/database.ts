import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { quoteIdent } from '../database/migrator';

export type TestDatabase = { name: string; url: string; drop: () => Promise<void> };

function serverUrl(): string {
  const url = process.env['WAIJI_TEST_SERVER_URL'];
  if (!url) throw new Error('WAIJI_TEST_SERVER_URL is not set; the api jest globalSetup did not run.');
  return url;
}

export function urlFor(database: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database of its own for one test file: a clone of the migrated template, or empty. */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const name = `waiji_w${process.env['JEST_WORKER_ID'] ?? '0'}_${randomBytes(4).toString('hex')}`;
  const template = options.migrated === false ? 'template0' : 'waiji_template';
  await admin((client) => client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`));
  return {
    name,
    url: urlFor(name),
    drop: () =>
      admin((client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)).then(() => undefined),
  };
}

export async function setDatabaseConnections(name: string, allowed: boolean): Promise<void> {
  await admin(async (client) => {
    await client.query(`ALTER DATABASE ${quoteIdent(name)} WITH ALLOW_CONNECTIONS ${allowed ? 'true' : 'false'}`);
    if (!allowed)
      await client.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [name],
      );
  });
}
