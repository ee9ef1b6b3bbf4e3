// `npm run dev`: embedded PostgreSQL (unless DATABASE_URL), the libraries and API compiled by `tsc -b --watch`,
// the API restarted by `node --watch` on every rebuild, and the Vite dev server with hot reload for the web app
// (it proxies /api to the API).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const env = { ...process.env, NODE_ENV: 'development', LOG_FORMAT: process.env.LOG_FORMAT || 'pretty' };
const apiPort = env.PORT || '3000';

let stopDatabase = async () => undefined;
if (!env.DATABASE_URL) {
  const { startEmbeddedPostgres } = require('./embedded-postgres.cjs');
  const pg = await startEmbeddedPostgres({
    dataDir: path.resolve(root, env.DATA_DIR || '.data', 'pg'),
    port: Number(env.EMBEDDED_PG_PORT || 54329),
  });
  env.DATABASE_URL = pg.url('waiji');
  stopDatabase = pg.stop;
  console.log(`Embedded PostgreSQL on 127.0.0.1:${pg.port}`);
}

// One full build first, so node --watch has something to run.
if (spawnSync(bin('tsc'), ['-b', 'tsconfig.json'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);

const children = [
  spawn(bin('tsc'), ['-b', 'tsconfig.json', '--watch', '--preserveWatchOutput'], { cwd: root, stdio: 'inherit', env }),
  spawn(process.execPath, ['--watch', path.join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, PORT: apiPort },
  }),
  spawn(bin('vite'), ['--config', 'apps/web/vite.config.ts', '--port', env.WEB_PORT || '5173'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, API_PORT: apiPort },
  }),
];
console.log(`\nWeb (hot reload): http://localhost:${env.WEB_PORT || '5173'}   API: http://localhost:${apiPort}/api\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map(
      (child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve))),
    ),
  );
  await stopDatabase();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
