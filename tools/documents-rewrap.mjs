// `npm run documents:rewrap`: re-wraps every document's data key with the current ENCRYPTION_KEY (after a key
// rotation: set the new key as ENCRYPTION_KEY and the former one in ENCRYPTION_KEYS_PREVIOUS, run this, then drop
// the former key). Uses DATABASE_URL, or the embedded PostgreSQL and key of `npm start` (.data/).
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'apps/api/dist/documents/storage/rewrap.js');
if (!existsSync(built)) {
  spawnSync(path.join(root, 'node_modules/.bin/tsc'), ['-b', 'apps/api'], { cwd: root, stdio: 'inherit' });
}
const { rewrapDocumentKeys } = require(built);
const { keyringOf } = require(path.join(root, 'apps/api/dist/documents/storage/document-store.js'));
const { loadConfig } = require(path.join(root, 'apps/api/dist/config/config.js'));
const { Pool } = require('pg');

const env = { ...process.env };
const dataRoot = path.resolve(root, env.DATA_DIR || '.data');
let pg;
if (!env.DATABASE_URL) {
  const keyFile = path.join(dataRoot, 'encryption-key');
  if (!env.ENCRYPTION_KEY && existsSync(keyFile)) env.ENCRYPTION_KEY = readFileSync(keyFile, 'utf8').trim();
  const { startEmbeddedPostgres } = require('./embedded-postgres.cjs');
  pg = await startEmbeddedPostgres({
    dataDir: path.join(dataRoot, 'pg'),
    port: Number(env.EMBEDDED_PG_PORT || 54329),
  });
  env.DATABASE_URL = pg.url('waiji');
}
const config = loadConfig(env);
const pool = new Pool({ connectionString: config.databaseUrl, max: 1 });
try {
  const keyring = keyringOf(config);
  const result = await rewrapDocumentKeys(pool, keyring, (line) => console.log(line));
  console.log(`Re-wrapped ${result.rewrapped} document key(s) to key ${keyring.currentId}; ${result.failed} left.`);
  process.exitCode = result.failed > 0 ? 1 : 0;
} finally {
  await pool.end();
  await pg?.stop();
}
