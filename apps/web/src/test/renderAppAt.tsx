import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../app/AppProviders';
import { AppRoutes } from '../app/AppRoutes';
import { createI18n } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { setCsrfToken } from '../modules/api/client';
import { LocationTracker, trackedLocation } from './LocationTracker';

export type AppAt = RenderResult & {
  user: UserEvent;
  queryClient: QueryClient;
  /** The current address, path plus query. */
  location: () => string;
};

/** The whole app (guards, shell, lazy pages) at `path`, with its query client and address exposed for assertions. */
export const renderAppAt = (path: string, language: Language = 'en'): AppAt => {
  setCsrfToken(undefined);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
  const tracked = trackedLocation();
  const result = render(
    <AppProviders i18n={createI18n(language)} queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <LocationTracker onChange={tracked.record} />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...result, user: userEvent.setup(), queryClient, location: tracked.address };
};
