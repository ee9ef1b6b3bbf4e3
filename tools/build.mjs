// Builds the libraries and the API with `tsc -b` (incremental) and the web app with Vite.
// `node tools/build.mjs` builds both; `--if-stale` (what `npm start` and the e2e runner use) builds only the parts
// whose inputs changed since their last successful build (see `staleParts`).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);

/** Spec files are in no build (every tsconfig excludes them, Vite never imports them). */
const SPEC = /\.spec\.[cm]?[jt]sx?$/;

/** What each part is built from: files, or folders read whole (except node_modules, dist and spec files). */
const LIBS = ['libs/domain/src', 'libs/contract/src', 'libs/domain/tsconfig.json', 'libs/contract/tsconfig.json'];
const COMMON = ['package-lock.json', 'tsconfig.base.json', 'libs/domain/package.json', 'libs/contract/package.json'];
const INPUTS = {
  api: [
    ...COMMON,
    ...LIBS,
    'tsconfig.json',
    'apps/api/src', // with src/generated: Prisma's client, regenerated below when the schema changed
    'apps/api/tsconfig.json',
    'apps/api/tsconfig.app.json',
  ],
  web: [
    ...COMMON,
    ...LIBS,
    'apps/web/src',
    'apps/web/build',
    'apps/web/public',
    'apps/web/index.html',
    'apps/web/vite.config.ts',
    'apps/web/tsconfig.json',
    'apps/web/package.json',
  ],
};
/** Each part's main output, and beside it the fingerprint of the inputs it was built from. */
const OUTPUTS = {
  api: { file: 'apps/api/dist/main.js', stamp: 'apps/api/dist/.build-inputs' },
  web: {
    file: 'apps/web/dist/index.html',
    also: ['apps/web/dist-ssr/renderPortal.mjs'],
    stamp: 'apps/web/dist/.build-inputs',
  },
};

function listFiles(relative, into) {
  const full = path.join(root, relative);
  let stat;
  try {
    stat = statSync(full);
  } catch {
    into.push(`${relative}\tmissing`);
    return;
  }
  if (!stat.isDirectory()) {
    into.push(`${relative}\t${stat.size}\t${stat.mtimeMs}`);
    return;
  }
  for (const entry of readdirSync(full, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || SPEC.test(entry.name)) continue;
    listFiles(`${relative}/${entry.name}`, into);
  }
}

/**
 * A fingerprint of a part's inputs: every file's path, size and modification time. Any edit, added, deleted or
 * renamed file, `git pull` or checkout (which writes files anew) or `npm install` (the lockfile) changes it; unlike
 * "a source newer than main.js" it does not depend on which outputs `tsc -b` chose to rewrite.
 */
export function inputFingerprint(part, listed = new Map()) {
  const lines = [];
  for (const input of INPUTS[part]) {
    if (!listed.has(input)) {
      const files = [];
      listFiles(input, files);
      listed.set(input, files);
    }
    lines.push(...listed.get(input));
  }
  return createHash('sha256').update(lines.sort().join('\n')).digest('hex');
}

const read = (file) => {
  try {
    return readFileSync(path.join(root, file), 'utf8').trim();
  } catch {
    return null;
  }
};

/** True when Prisma's generated client is missing or older than the schema it is generated from. */
function prismaClientStale() {
  const client = path.join(root, 'apps/api/src/generated/prisma/client.ts');
  if (!existsSync(client)) return true;
  return statSync(path.join(root, 'prisma/schema.prisma')).mtimeMs > statSync(client).mtimeMs;
}

/**
 * The parts ('api', 'web') to build: an output is missing, or the inputs' fingerprint differs from the one its last
 * successful build recorded (no record: a build by another means, such as `tsc -b --watch`, counts as stale).
 */
export function staleParts() {
  const prisma = prismaClientStale();
  const listed = new Map();
  return Object.keys(OUTPUTS).filter((part) => {
    const { file, also = [], stamp } = OUTPUTS[part];
    if (part === 'api' && prisma) return true;
    if (![file, ...also].every((output) => existsSync(path.join(root, output)))) return true;
    return read(stamp) !== inputFingerprint(part, listed);
  });
}

/** True when any part needs building. */
export function isBuildStale() {
  return staleParts().length > 0;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const parts = process.argv.includes('--if-stale') ? staleParts() : Object.keys(OUTPUTS);
  if (parts.length === 0) {
    console.log('The build is up to date.');
    process.exit(0);
  }
  if (parts.includes('api') && prismaClientStale())
    run(process.execPath, [path.join(root, 'tools/prisma-generate.mjs')]);
  // Fingerprints are taken before building: a file changed during the build makes the next start build again.
  const fingerprints = Object.fromEntries(parts.map((part) => [part, inputFingerprint(part)]));
  for (const part of parts) rmSync(path.join(root, OUTPUTS[part].stamp), { force: true });
  if (parts.includes('api')) {
    run(bin('tsc'), ['-b', 'tsconfig.json']);
    writeFileSync(path.join(root, OUTPUTS.api.stamp), `${fingerprints.api}\n`);
  }
  if (parts.includes('web')) {
    run(bin('vite'), ['build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn']);
    // The portal's first screen rendered on the server (apps/web/src/ssr, loaded by the API): apps/web/dist-ssr.
    run(bin('vite'), [
      'build',
      '--config',
      'apps/web/vite.config.ts',
      '--ssr',
      'src/ssr/renderPortal.tsx',
      '--logLevel',
      'warn',
    ]);
    writeFileSync(path.join(root, OUTPUTS.web.stamp), `${fingerprints.web}\n`);
  }
  console.log(`Build (${parts.join(', ')}) finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
