import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const replacement = fileURLToPath(new URL('../src/ui/mantineUseId.ts', import.meta.url));

const useIdModule = /[\\/]@mantine[\\/]hooks[\\/]esm[\\/]use-id[\\/]use-id\.mjs$/;

/**
 * Resolves @mantine/hooks' own use-id module to src/ui/mantineUseId.ts (see there why), whether it is asked for
 * relatively from inside @mantine/hooks or by its path (directImports points imports of `useId` there). Only the
 * build: the development server and the jest tests keep Mantine's original.
 *
 * The build stops if Mantine's original is loaded after all, and if the stand-in was never asked for (Mantine moved
 * or renamed its use-id module, so its components would use whatever replaced it, unnoticed).
 */
export function mantineUseId(): Plugin {
  let replaced = 0;
  return {
    name: 'waiji:mantine-use-id',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      replaced = 0;
    },
    resolveId(source, importer) {
      const target = importer && source.startsWith('.') ? path.resolve(path.dirname(importer), source) : source;
      if (!useIdModule.test(target)) return null;
      replaced += 1;
      return replacement;
    },
    // Should Mantine ever import it some other way, the build stops instead of shipping the original unnoticed.
    load(id) {
      if (useIdModule.test(id))
        this.error(`${id} was loaded: an import of it bypassed the stand-in (src/ui/mantineUseId.ts)`);
      return null;
    },
    buildEnd(error) {
      if (!error && replaced === 0)
        this.error(
          "no import of @mantine/hooks' use-id module (esm/use-id/use-id.mjs) was seen: Mantine's useId is no longer replaced (see build/README.md)",
        );
    },
  };
}
