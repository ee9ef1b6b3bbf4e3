import { type ComponentProps, type ComponentType, lazy } from 'react';

export type PreloadableComponent<P extends object> = ComponentType<P> & { preload: () => Promise<unknown> };

/** Whether a component (an element's `type`) was made by `lazyPage`, so its code can be asked for ahead. */
export const isPreloadable = (type: unknown): type is { preload: () => Promise<unknown> } =>
  (typeof type === 'object' || typeof type === 'function') &&
  type !== null &&
  typeof (type as { preload?: unknown }).preload === 'function';

/**
 * React.lazy for a named export, plus `preload()`. When the code has arrived before React first asks for the
 * component (it was preloaded), React gets it synchronously (a thenable that resolves on the spot, which
 * React.lazy takes without suspending) instead of a promise: otherwise React.lazy suspends once even for code
 * already there, and React 19 then holds the reveal back for up to 300 ms (its Suspense throttle), which on the
 * first screen cost more than downloading the page. A failed load reaches the nearest error boundary, as with
 * React.lazy.
 */
export const lazyPage = <
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component; its own props are kept in P
  M extends Record<K, ComponentType<any>>,
  K extends keyof M & string,
  P extends object = ComponentProps<M[K]>,
>(
  load: () => Promise<M>,
  name: K,
): PreloadableComponent<P> => {
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  let loaded: { default: ComponentType<P> } | undefined;
  const preload = () => {
    pending ??= load().then((module) => {
      loaded = { default: module[name] as ComponentType<P> };
      return loaded;
    });
    return pending;
  };
  const Lazy = lazy(() => {
    if (!loaded) return preload();
    const ready = loaded;
    const settled: PromiseLike<{ default: ComponentType<P> }> = { then: (resolve) => resolve?.(ready) as never };
    return settled as Promise<{ default: ComponentType<P> }>;
  });
  return Object.assign(Lazy as unknown as ComponentType<P>, { preload });
};
