import { createContext } from 'react';

export type RouteWidth = 'narrow' | 'wide';

/** A route may ask for more room with `handle: { width: 'wide' }` (tables, boards); the deepest match wins. */
export type RouteHandle = { width?: RouteWidth };

const isRouteHandle = (value: unknown): value is RouteHandle =>
  typeof value === 'object' && value !== null && 'width' in value;

/** The width the matched routes ask for (the deepest one that asks wins), narrow when none does. */
export const routeWidthOf = (matches: readonly { route: { handle?: unknown } }[] | null): RouteWidth => {
  for (let index = (matches?.length ?? 0) - 1; index >= 0; index -= 1) {
    const handle = matches?.[index]?.route.handle;
    if (isRouteHandle(handle) && handle.width) return handle.width;
  }
  return 'narrow';
};

/**
 * The width of the current route, provided by the component that matches the routes (app/AppRoutes) and read by
 * the layout. A context rather than the layout matching the routes itself: the routes import the layout, so the
 * layout importing the routes would be an import cycle.
 */
export const RouteWidthContext = createContext<RouteWidth>('narrow');
