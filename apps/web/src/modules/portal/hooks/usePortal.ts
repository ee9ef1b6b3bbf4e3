import { queryOptions, useQuery } from '@tanstack/react-query';
import { useSession } from '../../session/hooks/useSession';
import { portalApi, portalKeys, type PortalSource, portalSourceOf } from '../api/portalApi';

export const usePortalSource = (): PortalSource => portalSourceOf(useSession().role);

/** The portal's queries, for its hooks and for the start-up prefetch (prefetch.ts). */
export const portalCasesQuery = (source: PortalSource) =>
  queryOptions({ queryKey: portalKeys.list(source), queryFn: ({ signal }) => portalApi.list(source, signal) });

export const portalCaseQuery = (source: PortalSource, caseId: string) =>
  queryOptions({
    queryKey: portalKeys.detail(source, caseId),
    queryFn: ({ signal }) => portalApi.detail(source, caseId, signal),
  });

export const usePortalCases = () => useQuery(portalCasesQuery(usePortalSource()));

export const usePortalCase = (caseId: string) => useQuery(portalCaseQuery(usePortalSource(), caseId));
