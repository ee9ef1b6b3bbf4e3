import type { Plugin } from 'vite';
import { mantineUseId } from './mantineUseId.ts';

const resolve = (plugin: Plugin, source: string, importer?: string): unknown =>
  (plugin.resolveId as (source: string, importer?: string) => unknown)(source, importer);

describe('mantineUseId', () => {
  it("resolves only @mantine/hooks' own use-id module to the stand-in", () => {
    const plugin = mantineUseId();
    expect(resolve(plugin, './use-id/use-id.mjs', '/repo/node_modules/@mantine/hooks/esm/index.mjs')).toMatch(
      /src[\\/]ui[\\/]mantineUseId\.ts$/,
    );
    expect(resolve(plugin, './use-id/use-id.mjs', '/repo/node_modules/other/esm/index.mjs')).toBeNull();
    expect(
      resolve(plugin, '@mantine/hooks', '/repo/node_modules/@mantine/core/esm/components/Input/Input.mjs'),
    ).toBeNull();
    // directImports rewrites `import { useId } from '@mantine/hooks'` to the defining file's path.
    expect(
      resolve(
        plugin,
        '/repo/node_modules/@mantine/hooks/esm/use-id/use-id.mjs',
        '/repo/node_modules/@mantine/core/esm/components/Input/Input.mjs',
      ),
    ).toMatch(/src[\\/]ui[\\/]mantineUseId\.ts$/);
    expect(resolve(plugin, '/repo/node_modules/@mantine/hooks/esm/use-id/use-id.mjs.map')).toBeNull();
    expect(plugin.apply).toBe('build');
  });

  it("stops the build if Mantine's own use-id module is loaded after all", () => {
    const plugin = mantineUseId();
    const error = jest.fn((message: string) => {
      throw new Error(message);
    });
    const load = plugin.load as unknown as (this: { error: typeof error }, id: string) => unknown;
    expect(() => load.call({ error }, '/repo/node_modules/@mantine/hooks/esm/use-id/use-id.mjs')).toThrow(
      /bypassed the stand-in/,
    );
    expect(
      load.call({ error }, '/repo/node_modules/@mantine/hooks/esm/use-media-query/use-media-query.mjs'),
    ).toBeNull();
  });
});

describe('mantineUseId: checks that it did its job', () => {
  type Hook = (this: { error: (message: string) => never }, ...args: unknown[]) => unknown;
  const context = {
    error: (message: string): never => {
      throw new Error(message);
    },
  };
  const call = (plugin: Plugin, name: 'buildStart' | 'buildEnd', ...args: unknown[]) =>
    (plugin[name] as unknown as Hook).call(context, ...args);

  it('stops the build when no import of the use-id module was replaced, and not when one was', () => {
    const idle = mantineUseId();
    call(idle, 'buildStart');
    resolve(idle, './use-media-query/use-media-query.mjs', '/repo/node_modules/@mantine/hooks/esm/index.mjs');
    expect(() => call(idle, 'buildEnd')).toThrow(/no import of @mantine\/hooks' use-id module/);
    expect(() => call(idle, 'buildEnd', new Error('an earlier failure'))).not.toThrow();

    const working = mantineUseId();
    call(working, 'buildStart');
    resolve(working, './use-id/use-id.mjs', '/repo/node_modules/@mantine/hooks/esm/index.mjs');
    expect(() => call(working, 'buildEnd')).not.toThrow();
  });
});
