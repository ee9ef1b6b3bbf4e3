import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { type ReactElement, StrictMode } from 'react';
import { AppProviders } from './AppProviders';
import { AppRoutes } from './AppRoutes';

/**
 * The whole app inside the router `withRouter` puts around its routes: the browser's (main.tsx, BrowserRouter) and
 * the server's (ssr/renderPortal.tsx, StaticRouter). One tree for both, so a page the server drew is the page the
 * browser hydrates (a different tree above the routes would change React's ids and fail hydration).
 */
export const appElement = (
  i18n: I18n,
  queryClient: QueryClient,
  withRouter: (routes: ReactElement) => ReactElement,
): ReactElement => (
  <StrictMode>
    <AppProviders i18n={i18n} queryClient={queryClient}>
      {withRouter(<AppRoutes />)}
    </AppProviders>
  </StrictMode>
);
