import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../app/AppProviders';
import { AppRoutes } from '../app/AppRoutes';
import { createI18n, syncDocumentLanguage } from '../i18n/i18n';
import type { Language } from '../i18n/languages';

type Rendered = RenderResult & { i18n: I18n; user: UserEvent };

// No retries: a failed request must show its error state at once, not after a back-off.
const createTestQueryClient = (): QueryClient =>
  new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });

export const renderWithProviders = (ui: ReactElement, language: Language = 'en'): Rendered => {
  const i18n = createI18n(language);
  const result = render(
    <AppProviders i18n={i18n} queryClient={createTestQueryClient()}>
      {ui}
    </AppProviders>,
  );
  return { ...result, i18n, user: userEvent.setup() };
};

/** The whole app (shell, lazy routes) at `path`, as main.tsx wires it but with an in-memory history. */
export const renderApp = (path = '/', language: Language = 'en'): Rendered & { stopSync: () => void } => {
  const i18n = createI18n(language);
  const stopSync = syncDocumentLanguage(i18n);
  const result = render(
    <AppProviders i18n={i18n} queryClient={createTestQueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...result, i18n, user: userEvent.setup(), stopSync };
};
