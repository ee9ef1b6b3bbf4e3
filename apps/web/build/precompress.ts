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
 *
 * The server falls back to the plain files when a compressed one is missing, so a plugin that silently compressed
 * nothing (say, another directory than the one written) would go unnoticed: the build stops unless every
 * compressible file this build wrote has both beside it.
 */
export function precompress(): Plugin {
  let outDir = '';
  let written: string[] = [];
  return {
    name: 'waiji:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    buildStart() {
      written = [];
    },
    writeBundle(options, bundle) {
      const dir = options.dir ?? outDir;
      written.push(...Object.keys(bundle).map((fileName) => path.join(dir, fileName)));
    },
    async closeBundle() {
      // Also called after a failed build, which wrote nothing: nothing to compress then, and its error must show.
      if (written.length === 0) return;
      const work: Promise<unknown>[] = [];
      for await (const file of files(outDir)) {
        if (!(await worthCompressing(file))) continue;
        const content = await readFile(file);
        work.push(
          brotli(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }).then((out) => writeFile(`${file}.br`, out)),
          gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }).then((out) => writeFile(`${file}.gz`, out)),
        );
      }
      await Promise.all(work);
      const missing = await missingCompressed(written);
      if (missing.length > 0)
        this.error(
          `precompress: ${missing.map((file) => path.relative(outDir, file)).join(', ')} not written (see build/README.md)`,
        );
    },
  };
}

const worthCompressing = async (file: string): Promise<boolean> =>
  COMPRESSIBLE.test(file) &&
  !file.endsWith('.map') &&
  (await stat(file).then(
    (info) => info.size >= MIN_BYTES,
    () => false,
  ));

/** The `.br`/`.gz` files missing beside those of `paths` worth compressing. */
export const missingCompressed = async (paths: readonly string[]): Promise<string[]> => {
  const missing: string[] = [];
  for (const file of paths) {
    if (!(await worthCompressing(file))) continue;
    for (const compressed of [`${file}.br`, `${file}.gz`]) {
      if (
        !(await stat(compressed).then(
          (info) => info.size > 0,
          () => false,
        ))
      )
        missing.push(compressed);
    }
  }
  return missing;
};
