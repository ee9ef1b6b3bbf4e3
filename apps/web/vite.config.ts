import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { directImports } from './build/directImports.ts';
import { checkLandingChunks, type Landing, landingChunks } from './build/landingChunks.ts';
import { mantineUseId } from './build/mantineUseId.ts';
import { precompress } from './build/precompress.ts';
import { pruneMantineCss } from './build/pruneMantineCss.ts';
import { reactRouterProduction } from './build/reactRouterProduction.ts';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const fromRepo = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

const require = createRequire(import.meta.url);
/** Mantine's ES index (its package exports hide package.json; the CommonJS index sits beside the esm/ folder). */
const mantineIndex = (pkg: string): string =>
  path.join(path.dirname(path.dirname(require.resolve(pkg))), 'esm', 'index.mjs');

/**
 * The pages people land on, first come first served: what the helpers' cases list (under the signed-in header, the
 * first screen Lighthouse measures) and the clients' portal (on a phone) both use, what the public pages and the
 * portal both use (the account strings), then the cases list, the public pages (start, sign in, sign up), the
 * portal, the helpers' Today and a case. What each shares with other pages goes
 * into its own chunk (see build/landingChunks.ts), so a page arrives in a few files of what it uses instead of up
 * to 18 small ones, or one holding everything any two pages share; the common `signed-in` chunk keeps the cases list
 * out of the portal's downloads and the portal out of the cases list's.
 */
const page = (file: string): string => path.join(webRoot, 'src/modules', file);
const landings: Landing[] = [
  { name: 'signed-in', sharedBy: ['first-screen', 'portal'] },
  { name: 'accounts', sharedBy: ['public', 'portal'] },
  // What the rest of a portal case shares with the cases list (the case cache's keys, the settings API) and with the
  // public pages (a few Mantine components): small chunks of their own, or the rest would load and run those pages'
  // chunks whole (~30 KB compressed, ~40 ms on a phone's CPU) for them.
  { name: 'rest-shared', sharedBy: ['first-screen', 'portal-rest'] },
  { name: 'rest-public', sharedBy: ['public', 'portal-rest'] },
  {
    name: 'first-screen',
    entries: [page('cases/components/CaseListPage.tsx'), page('shell/components/SignedInHeader.tsx')],
  },
  {
    name: 'public',
    entries: [
      page('start/components/StartPage.tsx'),
      page('auth/components/SignInPage.tsx'),
      page('auth/components/SignUpPage.tsx'),
    ],
  },
  {
    name: 'portal',
    entries: [
      page('portal/components/PortalHomePage.tsx'),
      page('portal/components/PortalCasePage.tsx'),
      page('shell/components/SignedInHeader.tsx'),
    ],
  },
  // The rest of a case in the portal, below its first screen (loaded when the browser is idle after it).
  { name: 'portal-rest', entries: [page('portal/components/PortalCaseMore.tsx')] },
  { name: 'today', entries: [page('today/components/TodayPage.tsx')] },
  { name: 'case', entries: [page('cases/components/CasePage.tsx')] },
];
const namedChunks = new Set([...landings.map((landing) => landing.name), 'ui']);

const apiTarget = `http://localhost:${process.env['API_PORT'] ?? '3000'}`;
const apiProxy = { '/api': { target: apiTarget, changeOrigin: false } };

/** The plugins both builds need: where modules resolve, and what replaces Mantine's useId (the same ids on both). */
const sharedPlugins = () => [
  react(),
  directImports(
    {
      '@mantine/core': mantineIndex('@mantine/core'),
      '@mantine/hooks': mantineIndex('@mantine/hooks'),
      '@waiji/domain': fromRepo('libs/domain/src/index.ts'),
    },
    // The public indexes of the app's own modules, which other modules import by relative paths.
    [page('cases/index.ts')],
  ),
  reactRouterProduction(),
  mantineUseId(),
];

const resolve = {
  alias: {
    '@waiji/domain': fromRepo('libs/domain/src/index.ts'),
    '@waiji/contract': fromRepo('libs/contract/src/index.ts'),
  },
};

/**
 * The portal's first screen rendered on the server (src/ssr/renderPortal.tsx, loaded by the API: see
 * apps/api/src/common/portal-page.ts): Node modules in dist-ssr/. Mantine is bundled, so its useId is the build's stand-in as
 * in the browser (the same ids, or hydration would fail); React and the other libraries are Node's own.
 */
const ssrBuild = defineConfig({
  root: webRoot,
  plugins: sharedPlugins(),
  resolve,
  ssr: { noExternal: [/^@mantine\//] },
  build: {
    ssr: path.join(webRoot, 'src/ssr/renderPortal.tsx'),
    outDir: fromRepo('apps/web/dist-ssr'),
    emptyOutDir: true,
    copyPublicDir: false,
    sourcemap: true,
    rolldownOptions: { output: { entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' } },
  },
});

const browserBuild = defineConfig({
  root: webRoot,
  plugins: [...sharedPlugins(), pruneMantineCss(), checkLandingChunks(landings), precompress()],
  resolve,
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  build: {
    outDir: fromRepo('apps/web/dist'),
    emptyOutDir: true,
    sourcemap: true,
    // One stylesheet for the whole app (~4 KB more, compressed, than the entry's own): a page's stylesheet arriving
    // with its code made the browser restyle the whole page (~30 ms here, a long task on a phone) each time, three
    // times on the portal; and a server-rendered page is styled by the stylesheet index.html links already.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        // Lazy pages keep their names; chunks shared between them and the shell would otherwise be named
        // after whichever module the bundler picked (e.g. "useTranslation"), which misleads anyone reading dist.
        chunkFileNames: (chunk) =>
          chunk.isDynamicEntry || namedChunks.has(chunk.name) ? 'assets/[name]-[hash].js' : 'assets/shared-[hash].js',
        codeSplitting: {
          groups: [
            { name: 'initial', tags: ['$initial'], priority: 100 },
            ...landingChunks(landings, 1),
            { name: 'ui', test: /[\\/]node_modules[\\/]/, minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
});

export default defineConfig((env) => (env.isSsrBuild ? ssrBuild : browserBuild));
