import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const replacement = fileURLToPath(new URL('../src/ui/mantineUseId.ts', import.meta.url));

/**
 * Resolves @mantine/hooks' own `./use-id/use-id.mjs` to src/ui/mantineUseId.ts (see there why). Only the build:
 * the development server and the jest tests keep Mantine's original.
 */
export function mantineUseId(): Plugin {
  return {
    name: 'waiji:mantine-use-id',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && /[\\/]@mantine[\\/]hooks[\\/]esm[\\/]/.test(importer) && /(^|\/)use-id\/use-id\.mjs$/.test(source)) return replacement;
      return null;
    },
  };
}
