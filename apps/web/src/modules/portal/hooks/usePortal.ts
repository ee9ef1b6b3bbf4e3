import { useQuery } from '@tanstack/react-query';
import { useSession } from '../../session/hooks/useSession';
import { portalApi, portalKeys, type PortalSource } from '../api/portalApi';

export const usePortalSource = (): PortalSource => (useSession().role === 'CLIENT' ? 'client' : 'personal');

export const usePortalCases = () => {
  const source = usePortalSource();
  return useQuery({ queryKey: portalKeys.list(source), queryFn: ({ signal }) => portalApi.list(source, signal) });
};

export const usePortalCase = (caseId: string) => {
  const source = usePortalSource();
  return useQuery({
    queryKey: portalKeys.detail(source, caseId),
    queryFn: ({ signal }) => portalApi.detail(source, caseId, signal),
  });
};
