import type { QueryClient } from '@tanstack/react-query';
import { sessionQueryOptions } from '../modules/session';
import { preloadSignedInHeader } from '../modules/shell/components/AppLayout';
import { preloadRoute } from './routes';

/** Hands the main thread back to the browser (input, network callbacks, paint) before the next piece of start-up. */
export const yieldToMain = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Asks for the session (GET /api/auth/me) before the app initialises, and as soon as someone turns out to be
 * signed in, for the code of the page at `pathname` and of the signed-in header, without waiting for the render
 * that would ask for them. The page's code is not asked for earlier: on a slow connection its chunks would
 * compete with the entry's for the first paint, and a signed-out visitor is sent elsewhere anyway.
 */
export const preloadFirstScreen = (queryClient: QueryClient, pathname: string): void => {
  void queryClient
    .fetchQuery(sessionQueryOptions)
    .then((session) => {
      if (!session) return;
      preloadRoute(pathname);
      void preloadSignedInHeader().catch(() => undefined); // React.lazy asks again and shows the error
    })
    .catch(() => undefined); // the session query keeps its error; the guards show it
};
