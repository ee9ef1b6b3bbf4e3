import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';
import { reactRouterProduction, reactRouterProductionFile } from './reactRouterProduction.ts';

type Hook = (this: { error: (message: string) => never }, ...args: unknown[]) => unknown;
const context = {
  error: (message: string): never => {
    throw new Error(message);
  },
};
const call = (plugin: Plugin, name: 'buildStart' | 'resolveId' | 'buildEnd', ...args: unknown[]) =>
  (plugin[name] as unknown as Hook).call(context, ...args);

describe('reactRouterProduction', () => {
  it('resolves react-router (only) to the production build the installed package ships', () => {
    expect(existsSync(reactRouterProductionFile())).toBe(true);
    const plugin = reactRouterProduction();
    expect(() => call(plugin, 'buildStart')).not.toThrow();
    expect(call(plugin, 'resolveId', 'react-router/dom')).toBeNull();
    expect(call(plugin, 'resolveId', 'react-router')).toBe(reactRouterProductionFile());
    expect(() => call(plugin, 'buildEnd')).not.toThrow();
  });

  it('stops the build when no import of react-router was redirected', () => {
    const plugin = reactRouterProduction();
    call(plugin, 'buildStart');
    expect(() => call(plugin, 'buildEnd')).toThrow(/no import of 'react-router' was seen/);
  });
});
