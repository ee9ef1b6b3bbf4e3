import '@mantine/core/styles.css';
import './ui/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './app/AppProviders';
import { createQueryClient } from './app/queryClient';
import { routes } from './app/routes';
import { createI18n, currentLanguage, syncDocumentLanguage } from './i18n/i18n';
import { warmUpFormatters } from './i18n/intlCache';
import { detectLanguage, htmlLang } from './i18n/languages';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const i18n = createI18n(detectLanguage());
syncDocumentLanguage(i18n);
const router = createBrowserRouter(routes);

createRoot(container).render(
  <StrictMode>
    <AppProviders i18n={i18n} queryClient={createQueryClient()}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);

warmUpFormatters(htmlLang[currentLanguage(i18n)]);
