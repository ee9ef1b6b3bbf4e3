import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text files worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|map|webmanifest)$/;
const MIN_BYTES = 1024;

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

/**
 * Writes `x.br` and `x.gz` beside every compressible file of the build, at the strongest settings (once, at build
 * time), so the server sends them as they are (@fastify/static `preCompressed`) and spends no CPU per request.
 * Source maps are left alone: browsers fetch them only with developer tools open.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'waiji:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const work: Promise<unknown>[] = [];
      for await (const file of files(outDir)) {
        if (!COMPRESSIBLE.test(file) || file.endsWith('.map')) continue;
        if ((await stat(file)).size < MIN_BYTES) continue;
        const content = await readFile(file);
        work.push(
          brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }).then((out) =>
            writeFile(`${file}.br`, out),
          ),
          gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }).then((out) => writeFile(`${file}.gz`, out)),
        );
      }
      await Promise.all(work);
    },
  };
}
