import { useMemo } from 'react';
import { matchRoutes, useLocation, useRoutes } from 'react-router';
import { RouteErrorBoundary } from '../modules/shell/components/RouteErrorBoundary';
import { RouteWidthContext, routeWidthOf } from '../modules/shell/utils/routeWidth';
import { routes } from './routes';

/**
 * The app's routes at the router's current location; main.tsx renders it inside a BrowserRouter, tests inside a
 * MemoryRouter. Declarative routing (useRoutes) rather than a data router (createBrowserRouter): the app uses no
 * loaders or actions, and the data router's code would add ~16 KB gzipped to the first screen. The two things the
 * data router did for us are done here: the width the matched routes ask for, and an error boundary that shows
 * RouteErrorPage when a route cannot render (what `errorElement` on the layout route did).
 */
export const AppRoutes = () => {
  const location = useLocation();
  const element = useRoutes(routes, location);
  const width = useMemo(() => routeWidthOf(matchRoutes(routes, location)), [location]);

  return (
    <RouteWidthContext value={width}>
      <RouteErrorBoundary resetKey={location.key}>{element}</RouteErrorBoundary>
    </RouteWidthContext>
  );
};
