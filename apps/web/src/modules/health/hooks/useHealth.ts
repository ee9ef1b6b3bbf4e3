import { useQuery } from '@tanstack/react-query';
import { fetchHealth } from '../api/fetchHealth';

export const healthQueryKey = ['health'] as const;

const refreshEveryMs = 30_000;

export const useHealth = () =>
  useQuery({
    queryKey: healthQueryKey,
    queryFn: ({ signal }) => fetchHealth(signal),
    refetchInterval: refreshEveryMs,
  });
