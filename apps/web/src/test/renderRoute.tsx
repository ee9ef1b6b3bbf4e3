import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/AppProviders';
import { createI18n } from '../i18n/i18n';
import type { Language } from '../i18n/languages';

/** One page at one route (e.g. `/cases/:caseId`), with the app's providers and an in-memory history. */
export const renderRoute = (
  element: ReactElement,
  { path = '/', at = path, language = 'en' }: { path?: string; at?: string; language?: Language } = {},
): RenderResult & { user: UserEvent; router: ReturnType<typeof createMemoryRouter>; queryClient: QueryClient } => {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  const router = createMemoryRouter(
    [
      { path, element },
      { path: '*', element: <p>elsewhere</p> },
    ],
    { initialEntries: [at] },
  );
  const result = render(
    <AppProviders i18n={createI18n(language)} queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, user: userEvent.setup(), router, queryClient };
};
