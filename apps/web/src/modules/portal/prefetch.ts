import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import { portalCasePattern } from '../../app/paths';
import { portalSourceOf } from './api/portalApi';
import { portalCaseQuery, portalCasesQuery } from './hooks/usePortal';

/**
 * What the portal's first screen shows, asked for as soon as start-up knows who is signed in (app/startup.ts),
 * while the page's code downloads, instead of after it has loaded and rendered: the case at /portal/cases/:id, the
 * list at /portal (one case is drawn from it). Errors stay in the queries, where the page shows them.
 */
export const prefetchPortal = async (queryClient: QueryClient, role: string | null, pathname: string) => {
  const source = portalSourceOf(role);
  const caseId = matchPath(portalCasePattern, pathname)?.params['caseId'];
  if (caseId) return queryClient.prefetchQuery(portalCaseQuery(source, caseId));
  return queryClient.prefetchQuery(portalCasesQuery(source));
};
