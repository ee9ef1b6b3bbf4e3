import { clientLanguageInfo, clientLanguageOf, type ClientLanguage } from '@waiji/domain';
import { dehydrate } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { appElement } from '../app/appElement';
import { loadRoute } from '../app/routes';
import { preloadSignedInHeader } from '../modules/shell/components/AppLayout';
import { createQueryClient } from '../app/queryClient';
import { switchLanguage } from '../i18n/clientPacks';
import { createI18n } from '../i18n/i18n';
import { portalKeys, type PortalCase, type PortalCaseDetail } from '../modules/portal/api/portalApi';
import { accountLanguageOf, type Session, sessionQueryKey } from '../modules/session';
import type { ServerRenderedState } from './serverRendered';

/** What the server knows when a client opens the portal: who they are and the answer the first screen reads. */
export type PortalPageInput = {
  /** The path asked for: /portal or /portal/cases/:caseId. */
  path: string;
  /** GET /api/auth/me's answer for the request's session (a CLIENT's). */
  session: Session;
  /** GET /api/portal/cases at /portal, GET /api/portal/cases/:caseId at a case's page. */
  data: { list: PortalCase[] } | { detail: PortalCaseDetail };
  /** The request's Accept-Language: the language when the account has none of its own (as the browser would). */
  acceptLanguage: string | undefined;
};

export type PortalPage = {
  html: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  language: ClientLanguage;
  /** What the page was drawn from (the session and the first screen's answers; React Query's dehydrate), for
   * main.tsx to start from instead of asking again: JSON, to be embedded in the page. */
  state: string;
};

/** The page's language: the account's, else the browser's first. main.tsx keeps it for a page drawn here (the state
 * carries it); a header language saved only in the browser, which the server cannot see, does not count here. */
const languageFor = (session: Session, acceptLanguage: string | undefined): ClientLanguage =>
  accountLanguageOf(session) ?? clientLanguageOf(acceptLanguage?.split(',')[0]?.split(';')[0]?.trim());

/**
 * The portal's first screen as HTML, for the server to send inside index.html: what main.tsx's first render draws for
 * this client, from the same components, data and language, so the browser shows the case as soon as the HTML and
 * the stylesheet are in (before the app's code has loaded) and main.tsx takes it over (hydrateRoot) instead of
 * drawing it again. Waits for the page's lazy code (prerender), not for anything the page asks for after drawing.
 */
export const renderPortal = async ({ path, session, data, acceptLanguage }: PortalPageInput): Promise<PortalPage> => {
  const language = languageFor(session, acceptLanguage);
  const i18n = createI18n(language);
  // The page's code first, so nothing suspends: a boundary the server finished late would need an inline script to
  // reveal it, which the Content-Security-Policy (script-src 'self') refuses.
  await Promise.all([switchLanguage(i18n, language), loadRoute(path), preloadSignedInHeader()]);
  const queryClient = createQueryClient();
  queryClient.setQueryData(sessionQueryKey, session);
  if ('list' in data) queryClient.setQueryData(portalKeys.list('client'), data.list);
  else queryClient.setQueryData(portalKeys.detail('client', data.detail.id), data.detail);
  let failed: unknown;
  const { prelude } = await prerender(
    appElement(i18n, queryClient, (routes) => <StaticRouter location={path}>{routes}</StaticRouter>),
    {
      // Every part inline, however large: React sends a large finished part after the rest, revealed by an inline
      // script, which the Content-Security-Policy (script-src 'self') refuses.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      // A component that fails on the server leaves its part to the browser (a boundary React would reveal with an
      // inline script, which the Content-Security-Policy refuses): the server answers with the app's shell instead.
      onError: (error) => {
        failed ??= error;
      },
    },
  );
  if (failed !== undefined) throw failed instanceof Error ? failed : new Error(String(failed));
  const html = await new Response(prelude).text();
  const state = JSON.stringify({ language, queries: dehydrate(queryClient) } satisfies ServerRenderedState);
  queryClient.clear();
  return {
    html,
    state,
    lang: clientLanguageInfo[language].tag,
    dir: clientLanguageInfo[language].dir,
    language,
  };
};
