// `npm run migrate`: apply pending migrations to DATABASE_URL (or to the embedded PostgreSQL in .data/).
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(path.join(root, 'apps/api/dist/database/migrator.js'))) {
  spawnSync(path.join(root, 'node_modules/.bin/tsc'), ['-b', 'apps/api'], { cwd: root, stdio: 'inherit' });
}
const { ensureDatabase, migrate } = require(path.join(root, 'apps/api/dist/database/migrator.js'));
let url = process.env.DATABASE_URL;
let pg;
if (!url) {
  const { startEmbeddedPostgres } = require('./embedded-postgres.cjs');
  pg = await startEmbeddedPostgres({
    dataDir: path.resolve(root, process.env.DATA_DIR || '.data', 'pg'),
    port: Number(process.env.EMBEDDED_PG_PORT || 54329),
  });
  url = pg.url('waiji');
}
try {
  await ensureDatabase(url);
  const result = await migrate(url, { log: (line) => console.log(line) });
  console.log(
    result.applied.length
      ? `Applied ${result.applied.length} migration(s).`
      : `Up to date (${result.alreadyApplied.length} migrations).`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await pg?.stop();
}
