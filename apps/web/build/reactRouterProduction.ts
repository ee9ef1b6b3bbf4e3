import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

/** Where react-router ships its production ES build, beside the development one its package exports name. */
export const reactRouterProductionFile = (): string =>
  path.join(
    path.dirname(path.dirname(path.dirname(require.resolve('react-router')))),
    'dist',
    'production',
    'index.mjs',
  );

/**
 * React Router's package exports name only its development build, which runs its warnings (about route matches,
 * on every render) in production too; the build takes the production build shipped beside it.
 *
 * The build stops if that file is not where this expects it, or if no import of `react-router` was seen (the app
 * would then be getting the router some other way, with the development build).
 */
export function reactRouterProduction(): Plugin {
  const production = reactRouterProductionFile();
  let redirected = 0;
  return {
    name: 'waiji:react-router-production',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      redirected = 0;
      if (!existsSync(production))
        this.error(
          `${production} does not exist: react-router no longer ships its production build there (see build/README.md)`,
        );
    },
    resolveId(source) {
      if (source !== 'react-router') return null;
      redirected += 1;
      return production;
    },
    buildEnd(error) {
      if (!error && redirected === 0)
        this.error("no import of 'react-router' was seen: the production build is not used (see build/README.md)");
    },
  };
}
