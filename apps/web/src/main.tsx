import '@mantine/core/styles.css';
import './ui/mantine-theme.css';
import './ui/global.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppProviders } from './app/AppProviders';
import { AppRoutes } from './app/AppRoutes';
import { createQueryClient } from './app/queryClient';
import { preloadFirstScreen, yieldToMain } from './app/startup';
import { switchLanguage } from './i18n/clientPacks';
import { createI18n, syncDocumentLanguage } from './i18n/i18n';
import { detectLanguage } from './i18n/languages';

const start = async (): Promise<void> => {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');

  // The session request first, then start-up in pieces (~10 ms each here, ~40 ms on a phone-class CPU), yielding
  // in between, so none of them joins the module evaluation (~35 ms) in one long task.
  const queryClient = createQueryClient();
  preloadFirstScreen(queryClient, window.location.pathname);
  await yieldToMain();

  const language = detectLanguage();
  const i18n = createI18n(language);
  syncDocumentLanguage(i18n);
  // A client language beyond en/zh: its pack (one small chunk) before the first render, so nothing flashes English.
  await switchLanguage(i18n, language);
  await yieldToMain();

  const root = createRoot(container);
  // A transition lets React draw the first screen in slices of a few milliseconds, yielding between them, instead
  // of one task that blocks input for the whole first render (~65 ms here, ~250 ms on a phone-class CPU).
  startTransition(() => {
    root.render(
      <StrictMode>
        <AppProviders i18n={i18n} queryClient={queryClient}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AppProviders>
      </StrictMode>,
    );
  });
};

// An async function rather than top-level await: a module that awaits at the top level makes the bundler split
// the entry into dozens of small chunks (lazy pages must not import from a module still being evaluated).
void start();
