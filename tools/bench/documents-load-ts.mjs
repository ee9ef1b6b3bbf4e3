// Lets a benchmark require the API's TypeScript sources directly (compiled in memory with SWC, as jest does), so
// `npm run bench -- documents` needs no build and measures the code in the tree.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const Module = require('node:module');
const swc = require('@swc/core');
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const aliases = {
  '@waiji/domain': path.join(root, 'libs/domain/src/index.ts'),
  '@waiji/contract': path.join(root, 'libs/contract/src/index.ts'),
};

let registered = false;

/** require() for .ts files from here on. */
export function requireTs(file) {
  if (!registered) {
    registered = true;
    Module._extensions['.ts'] = (module, filename) => {
      const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), {
        filename,
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true },
        },
        module: { type: 'commonjs' },
      });
      module._compile(code, filename);
    };
    const resolve = Module._resolveFilename;
    Module._resolveFilename = function resolveAlias(request, ...rest) {
      return resolve.call(this, aliases[request] ?? request, ...rest);
    };
  }
  return require(path.join(root, file));
}
