import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { mantineUseId } from './build/mantineUseId.ts';
import { precompress } from './build/precompress.ts';
import { pruneMantineCss } from './build/pruneMantineCss.ts';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const fromRepo = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

const apiTarget = `http://localhost:${process.env['API_PORT'] ?? '3000'}`;
const apiProxy = { '/api': { target: apiTarget, changeOrigin: false } };

export default defineConfig({
  root: webRoot,
  plugins: [react(), mantineUseId(), pruneMantineCss(), precompress()],
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
          chunk.isDynamicEntry ? 'assets/[name]-[hash].js' : chunk.name === 'ui' ? 'assets/ui-[hash].js' : 'assets/shared-[hash].js',
        codeSplitting: {
          groups: [
            { name: 'initial', tags: ['$initial'], priority: 2 },
            { name: 'ui', test: /[\\/]node_modules[\\/]/, minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
});
