// `npm run openapi:lint`: builds the API (tsc -b, incremental), writes its OpenAPI document to a temporary file and
// lints it with Redocly's recommended rules; any error fails. No database is needed: the document comes from the
// controllers' metadata and the zod schemas, and building the app opens no connection. `-- --out FILE` keeps the file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const keep = outIndex > 0 ? path.resolve(process.argv[outIndex + 1] ?? 'openapi.json') : undefined;

const build = spawnSync(path.join(root, 'node_modules/.bin/tsc'), ['-b', 'apps/api'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const { createApp } = require(path.join(root, 'apps/api/dist/main.js'));
const { loadConfig } = require(path.join(root, 'apps/api/dist/config/config.js'));
const { buildOpenApiDocument } = require(path.join(root, 'apps/api/dist/common/openapi/index.js'));

// A database URL nobody listens on: nothing connects before app.init(), which is never called here.
const app = await createApp(
  loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: 'postgresql://openapi@127.0.0.1:9/none',
    LOG_LEVEL: 'silent',
    LOG_FORMAT: 'json',
  }),
);
const { document, problems } = buildOpenApiDocument(app);
await app.close();

if (problems.length > 0) {
  console.error(`The document is not true to the code:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}

const dir = keep ? undefined : mkdtempSync(path.join(tmpdir(), 'waiji-openapi-'));
const file = keep ?? path.join(dir, 'openapi.json');
writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
const operations = Object.values(document.paths).reduce((count, item) => count + Object.keys(item).length, 0);
console.log(
  `OpenAPI document: ${operations} operations, ${Object.keys(document.components.schemas).length} schemas → ${file}`,
);

const lint = spawnSync(
  path.join(root, 'node_modules/.bin/redocly'),
  ['lint', file, '--format=stylish', '--max-problems=1000'],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  },
);
if (dir) rmSync(dir, { recursive: true, force: true });
process.exit(lint.status ?? 1);
