import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { AppProviders } from '../app/AppProviders';
import { createI18n } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { LocationTracker, trackedLocation } from './LocationTracker';

export type RouteAt = RenderResult & {
  user: UserEvent;
  queryClient: QueryClient;
  /** The current address, path plus query. */
  location: () => string;
};

/** One page at one route (e.g. `/cases/:caseId`), with the app's providers and an in-memory history. */
export const renderRoute = (
  element: ReactElement,
  { path = '/', at = path, language = 'en' }: { path?: string; at?: string; language?: Language } = {},
): RouteAt => {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  const tracked = trackedLocation();
  const result = render(
    <AppProviders i18n={createI18n(language)} queryClient={queryClient}>
      <MemoryRouter initialEntries={[at]}>
        <Routes>
          <Route path={path} element={element} />
          <Route path="*" element={<p>elsewhere</p>} />
        </Routes>
        <LocationTracker onChange={tracked.record} />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...result, user: userEvent.setup(), queryClient, location: tracked.address };
};
