import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/AppProviders';
import { routes } from '../app/routes';
import { createI18n } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { setCsrfToken } from '../modules/api/client';

export type AppAt = RenderResult & {
  user: UserEvent;
  router: ReturnType<typeof createMemoryRouter>;
  queryClient: QueryClient;
  /** The current address, path plus query. */
  location: () => string;
};

/** The whole app (guards, shell, lazy pages) at `path`, with its router and query client exposed for assertions. */
export const renderAppAt = (path: string, language: Language = 'en'): AppAt => {
  setCsrfToken(undefined);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <AppProviders i18n={createI18n(language)} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  const location = () => `${router.state.location.pathname}${router.state.location.search}`;
  return { ...result, user: userEvent.setup(), router, queryClient, location };
};
