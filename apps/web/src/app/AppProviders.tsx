import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { LanguageDirection } from '../i18n/LanguageDirection';
import { SessionBridge } from '../modules/session/components/SessionBridge';
import { cssVariablesResolver, theme } from '../ui/theme';

type AppProvidersProps = { i18n: I18n; queryClient: QueryClient; children: ReactNode };

/** Everything a screen needs around it; tests use the same providers with their own instances. */
export const AppProviders = ({ i18n, queryClient, children }: AppProvidersProps) => (
  <I18nextProvider i18n={i18n}>
    <QueryClientProvider client={queryClient}>
      <SessionBridge />
      {/* The theme's CSS variables and Mantine's global classes come from ui/mantine-theme.css, generated from the
          theme at build time (a test keeps it in step), not from <style> tags Mantine would build on every load. */}
      <LanguageDirection>
        <MantineProvider
          theme={theme}
          cssVariablesResolver={cssVariablesResolver}
          defaultColorScheme="light"
          withCssVariables={false}
          withGlobalClasses={false}
        >
          {children}
        </MantineProvider>
      </LanguageDirection>
    </QueryClientProvider>
  </I18nextProvider>
);
