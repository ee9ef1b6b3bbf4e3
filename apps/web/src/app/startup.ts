import type { QueryClient } from '@tanstack/react-query';
import { type Session, sessionQueryOptions } from '../modules/session';
import { audienceOf, landingPathFor } from '../modules/session/utils/landing';
import { prefetchPortal } from '../modules/portal/prefetch';
import { preloadSignedInHeader } from '../modules/shell/components/AppLayout';
import { paths } from './paths';
import { preloadRoute } from './routes';

/** `promise`'s answer, or `fallback` when it takes longer than `ms` or fails. */
export const within = <T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });

const isPortalPath = (pathname: string): boolean =>
  pathname === paths.portal || pathname.startsWith(`${paths.portal}/`);

/** What start-up has asked for: the session, and the data of the first screen (settled when it is in or failed). */
export type FirstScreen = { session: Promise<Session | null>; data: Promise<unknown> };

/**
 * Asks for the session (GET /api/auth/me) before the app initialises, and as soon as someone turns out to be
 * signed in, for the code of the page at `pathname` and of the signed-in header, without waiting for the render
 * that would ask for them; for a client or an individual on the portal also for the portal's data, so that the
 * first render can draw the case (an answer arriving after it would redraw the page synchronously, in one long
 * task). The page's code is not asked for earlier: on a slow connection its chunks would compete with the entry's
 * for the first paint, and a signed-out visitor is sent elsewhere anyway.
 */
export const preloadFirstScreen = (queryClient: QueryClient, pathname: string): FirstScreen => {
  // A failure answers null here; the session query keeps its error, which the guards show.
  const session = queryClient.fetchQuery(sessionQueryOptions).catch(() => null);
  const data = session.then((signedIn) => {
    if (!signedIn) return undefined;
    // At `/` the page is where the home route sends this user.
    const landing = pathname === paths.home ? landingPathFor(signedIn) : pathname;
    preloadRoute(landing);
    void preloadSignedInHeader().catch(() => undefined); // React.lazy asks again and shows the error
    if (audienceOf(signedIn) !== 'portal' || !isPortalPath(landing)) return undefined;
    // In the entry (a few hundred bytes), so the request leaves with the session's answer, not after a chunk.
    return prefetchPortal(queryClient, signedIn.role, landing);
  });
  return { session, data };
};
