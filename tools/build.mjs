// Builds the libraries and the API with `tsc -b` (incremental) and the web app with Vite.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);

function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name === 'generated') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/** True when a build output is missing or older than the sources it is made from. */
export function isBuildStale() {
  const libs = Math.max(
    newestMtime(path.join(root, 'libs/domain/src')),
    newestMtime(path.join(root, 'libs/contract/src')),
  );
  const api = mtime(path.join(root, 'apps/api/dist/main.js'));
  const web = mtime(path.join(root, 'apps/web/dist/index.html'));
  return (
    api === 0 ||
    web === 0 ||
    Math.max(libs, newestMtime(path.join(root, 'apps/api/src'))) > api ||
    Math.max(libs, newestMtime(path.join(root, 'apps/web/src'))) > web
  );
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  if (!existsSync(path.join(root, 'apps/api/src/generated/prisma/client.ts')))
    run(process.execPath, [path.join(root, 'tools/prisma-generate.mjs')]);
  run(bin('tsc'), ['-b', 'tsconfig.json']);
  run(bin('vite'), ['build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn']);
  console.log(`Build finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
