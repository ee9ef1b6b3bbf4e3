import { type DehydratedState, hydrate, type QueryClient } from '@tanstack/react-query';
import { type ClientLanguage, isClientLanguage } from '@waiji/domain';
import { setCsrfToken } from '../modules/api';
import { parseSession, sessionQueryKey } from '../modules/session';

/** What a server-rendered page carries for the app (ssr/renderPortal.tsx writes it, main.tsx reads it). */
export type ServerRenderedState = { language: ClientLanguage; queries: DehydratedState };

/** The id of the JSON the server puts after #root in a server-rendered page. */
export const serverRenderedStateId = 'server-rendered-state';

/**
 * The state a server-rendered page was drawn from, put into `queryClient` (the session and the first screen's
 * answers, so nothing is asked for again and the first render draws what the server drew) and the session's CSRF
 * token into the API client; null for a page the server did not render (the app's shell alone) or whose state
 * cannot be read (no session in it among them).
 */
export const takeServerRenderedState = (
  container: HTMLElement,
  queryClient: QueryClient,
): { language: ClientLanguage } | null => {
  if (!container.hasAttribute('data-server-rendered')) return null;
  try {
    const state = JSON.parse(document.getElementById(serverRenderedStateId)?.textContent ?? '') as ServerRenderedState;
    if (!isClientLanguage(state.language)) return null;
    hydrate(queryClient, state.queries);
    // The session the page was drawn for, as GET /api/auth/me would have given it — with its CSRF token, which every
    // change the client makes must carry (fetchSession keeps it in step otherwise).
    setCsrfToken(parseSession(queryClient.getQueryData(sessionQueryKey)).csrfToken);
    return { language: state.language };
  } catch {
    return null;
  }
};
