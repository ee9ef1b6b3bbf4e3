import type { Plugin } from 'vite';
import { mantineUseId } from './mantineUseId.ts';

const resolve = (plugin: Plugin, source: string, importer?: string): unknown =>
  (plugin.resolveId as (source: string, importer?: string) => unknown)(source, importer);

describe('mantineUseId', () => {
  it("resolves only @mantine/hooks' own use-id module to the stand-in", () => {
    const plugin = mantineUseId();
    expect(resolve(plugin, './use-id/use-id.mjs', '/repo/node_modules/@mantine/hooks/esm/index.mjs')).toMatch(/src[\\/]ui[\\/]mantineUseId\.ts$/);
    expect(resolve(plugin, './use-id/use-id.mjs', '/repo/node_modules/other/esm/index.mjs')).toBeNull();
    expect(resolve(plugin, '@mantine/hooks', '/repo/node_modules/@mantine/core/esm/components/Input/Input.mjs')).toBeNull();
    expect(plugin.apply).toBe('build');
  });
});
