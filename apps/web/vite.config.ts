import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { directImports } from './build/directImports.ts';
import { mantineUseId } from './build/mantineUseId.ts';
import { precompress } from './build/precompress.ts';
import { pruneMantineCss } from './build/pruneMantineCss.ts';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const fromRepo = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

const require = createRequire(import.meta.url);
/** Mantine's ES index (its package exports hide package.json; the CommonJS index sits beside the esm/ folder). */
const mantineIndex = (pkg: string): string => path.join(path.dirname(path.dirname(require.resolve(pkg))), 'esm', 'index.mjs');

/**
 * React Router's package exports name only its development build, which runs its warnings (about route matches,
 * on every render) in production too; the build takes the production build shipped beside it.
 */
const reactRouterProduction = (): Plugin => {
  const production = path.join(path.dirname(path.dirname(path.dirname(require.resolve('react-router')))), 'dist', 'production', 'index.mjs');
  return { name: 'waiji:react-router-production', apply: 'build', enforce: 'pre', resolveId: (source) => (source === 'react-router' ? production : null) };
};

/**
 * The helpers' everyday first screen: the cases list under the signed-in header. What these pages import and share
 * with other lazy pages goes into one chunk of its own, so the list arrives in three files holding what it uses,
 * instead of a chunk of everything any two pages share (the accordion, tooltip and combobox of other pages).
 */
const firstScreen = ['src/modules/cases/components/CaseListPage.tsx', 'src/modules/shell/components/SignedInHeader.tsx'].map((file) => path.join(webRoot, file));

type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };
let firstScreenModules: Set<string> | undefined;
/** Every module the first screen's pages import, directly or through others (dynamic imports excluded). */
const reachedByFirstScreen = (graph: ModuleGraph): Set<string> => {
  if (!firstScreenModules) {
    const reached = new Set<string>();
    const queue = [...firstScreen];
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      if (reached.has(id)) continue;
      reached.add(id);
      queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
    }
    firstScreenModules = reached;
  }
  return firstScreenModules;
};

const apiTarget = `http://localhost:${process.env['API_PORT'] ?? '3000'}`;
const apiProxy = { '/api': { target: apiTarget, changeOrigin: false } };

export default defineConfig({
  root: webRoot,
  plugins: [
    react(),
    directImports({
      '@mantine/core': mantineIndex('@mantine/core'),
      '@mantine/hooks': mantineIndex('@mantine/hooks'),
      '@waiji/domain': fromRepo('libs/domain/src/index.ts'),
    }),
    reactRouterProduction(),
    mantineUseId(),
    pruneMantineCss(),
    precompress(),
  ],
  resolve: {
    alias: {
      '@waiji/domain': fromRepo('libs/domain/src/index.ts'),
      '@waiji/contract': fromRepo('libs/contract/src/index.ts'),
    },
  },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  build: {
    outDir: fromRepo('apps/web/dist'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Lazy pages keep their names; chunks shared between them and the shell would otherwise be named
        // after whichever module the bundler picked (e.g. "useTranslation"), which misleads anyone reading dist.
        chunkFileNames: (chunk) =>
          chunk.isDynamicEntry ? 'assets/[name]-[hash].js' : chunk.name === 'ui' || chunk.name === 'first-screen' ? `assets/${chunk.name}-[hash].js` : 'assets/shared-[hash].js',
        codeSplitting: {
          groups: [
            { name: 'initial', tags: ['$initial'], priority: 3 },
            {
              name: (id, graph) => (reachedByFirstScreen(graph).has(id) ? 'first-screen' : null),
              debugName: 'first-screen',
              minShareCount: 2,
              priority: 2,
            },
            { name: 'ui', test: /[\\/]node_modules[\\/]/, minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
});
