// `npm start`: build what is missing or out of date (tools/build.mjs --if-stale), start the embedded PostgreSQL
// unless DATABASE_URL is set, then run the API (which migrates, seeds the demo organization and serves the web app)
// in this process.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleParts } from './build.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

if (!existsSync(path.join(root, 'node_modules'))) fail('Dependencies are not installed. Run `npm install` first.');

const stale = process.env.WAIJI_SKIP_BUILD === '1' ? [] : staleParts();
if (stale.length > 0) {
  console.log(`Building Waiji (first start or sources changed: ${stale.join(', ')})…`);
  const build = spawnSync(process.execPath, [path.join(root, 'tools/build.mjs'), '--if-stale'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) fail('The build failed; see the output above.');
}

const env = {
  ...process.env,
  NODE_ENV: process.env.NODE_ENV || 'development',
  LOG_FORMAT: process.env.LOG_FORMAT || 'pretty',
};
let stopDatabase = async () => undefined;

/**
 * Without ENCRYPTION_KEY, passport numbers of an embedded installation are encrypted with a random key kept beside
 * its data (DATA_DIR/encryption-key, mode 600), made on the first start. A data directory from before this key
 * existed keeps the fixed development key its rows were written with (the API warns about it at every start).
 */
function installationKey(dataRoot) {
  const keyFile = path.join(dataRoot, 'encryption-key');
  if (existsSync(keyFile)) return readFileSync(keyFile, 'utf8').trim();
  if (existsSync(path.join(dataRoot, 'pg'))) return undefined;
  mkdirSync(dataRoot, { recursive: true });
  const key = randomBytes(32).toString('base64');
  writeFileSync(keyFile, `${key}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}

if (!env.DATABASE_URL) {
  const { startEmbeddedPostgres } = require('./embedded-postgres.cjs');
  const dataRoot = path.resolve(root, env.DATA_DIR || '.data');
  if (!env.ENCRYPTION_KEY) {
    const key = installationKey(dataRoot);
    if (key) env.ENCRYPTION_KEY = key;
  }
  const dataDir = path.join(dataRoot, 'pg');
  const port = Number(env.EMBEDDED_PG_PORT || 54329);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    fail(`EMBEDDED_PG_PORT must be a port number (1–65535), got "${env.EMBEDDED_PG_PORT}".`);
  const pgLog = env.PG_LOG === '1' ? (line) => console.log(`[postgres] ${line}`) : undefined;
  const notice = (line) => console.log(line);
  try {
    const started = Date.now();
    let pg = await startEmbeddedPostgres({ dataDir, port, log: pgLog, notice });
    console.log(
      `Embedded PostgreSQL on 127.0.0.1:${pg.port}, data in ${path.relative(root, pg.dataDir).startsWith('..') ? pg.dataDir : path.relative(root, pg.dataDir)} (${Date.now() - started} ms)`,
    );
    env.DATABASE_URL = pg.url('waiji');
    let stopping = false;
    // Supervision: a server that dies under us (OOM killer, a stray kill) is restarted on the same port, so the API's
    // pool reconnects and /api/health turns from 503 back to 200; more than 5 deaths in 10 minutes ends the start.
    const deaths = [];
    const supervise = (current) => {
      current.exited.then(async (code) => {
        if (stopping) return;
        deaths.push(Date.now());
        while (deaths.length > 0 && deaths[0] < Date.now() - 600_000) deaths.shift();
        if (deaths.length > 5) {
          console.error(
            `\n✖ The embedded PostgreSQL died ${deaths.length} times in 10 minutes (last exit code ${code}); stopping Waiji. Run with PG_LOG=1 to see why.\n`,
          );
          process.exit(1);
        }
        console.error(`The embedded PostgreSQL exited unexpectedly (code ${code}); restarting it…`);
        try {
          pg = await startEmbeddedPostgres({ dataDir, port: pg.port, log: pgLog, notice });
          console.log('Embedded PostgreSQL restarted.');
          supervise(pg);
        } catch (error) {
          console.error(
            `\n✖ The embedded PostgreSQL could not be restarted: ${error instanceof Error ? error.message : String(error)}\n`,
          );
          process.exit(1);
        }
      });
    };
    supervise(pg);
    stopDatabase = async () => {
      stopping = true;
      await pg.stop();
      console.log('Embedded PostgreSQL stopped.');
    };
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

const { bootstrap, describeStartupFailure } = require(path.join(root, 'apps/api/dist/main.js'));
try {
  await bootstrap(env, { afterClose: stopDatabase });
} catch (error) {
  await stopDatabase();
  fail(describeStartupFailure(error));
}
