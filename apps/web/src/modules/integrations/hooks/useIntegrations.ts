import type {
  CreateApiTokenRequest,
  CreateWebhookEndpointRequest,
  UpdateWebhookEndpointRequest,
} from '@waiji/contract';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { integrationsApi, integrationsKeys } from '../api/integrationsApi';

export const useApiTokens = () =>
  useQuery({ queryKey: integrationsKeys.tokens, queryFn: ({ signal }) => integrationsApi.tokens(signal) });

export const useTokenActions = () => {
  const queryClient = useQueryClient();
  const settled = () => queryClient.invalidateQueries({ queryKey: integrationsKeys.tokens });
  return {
    create: useMutation({
      mutationFn: (body: CreateApiTokenRequest) => integrationsApi.createToken(body),
      onSettled: settled,
    }),
    revoke: useMutation({ mutationFn: (id: string) => integrationsApi.revokeToken(id), onSettled: settled }),
  };
};

export const useWebhookEndpoints = (enabled = true) =>
  useQuery({
    queryKey: integrationsKeys.endpoints,
    queryFn: ({ signal }) => integrationsApi.endpoints(signal),
    enabled,
  });

export const useEndpointActions = () => {
  const queryClient = useQueryClient();
  const settled = () => queryClient.invalidateQueries({ queryKey: integrationsKeys.endpoints });
  return {
    create: useMutation({
      mutationFn: (body: CreateWebhookEndpointRequest) => integrationsApi.createEndpoint(body),
      onSettled: settled,
    }),
    update: useMutation({
      mutationFn: ({ id, body }: { id: string; body: UpdateWebhookEndpointRequest }) =>
        integrationsApi.updateEndpoint(id, body),
      onSettled: settled,
    }),
    remove: useMutation({ mutationFn: (id: string) => integrationsApi.deleteEndpoint(id), onSettled: settled }),
    rotate: useMutation({ mutationFn: (id: string) => integrationsApi.rotateSecret(id), onSettled: settled }),
    test: useMutation({
      mutationFn: (id: string) => integrationsApi.testEndpoint(id),
      onSettled: (_data, _error, id) => queryClient.invalidateQueries({ queryKey: integrationsKeys.deliveries(id) }),
    }),
  };
};

export const useDeliveries = (endpointId: string, cursor: string | undefined) =>
  useQuery({
    queryKey: [...integrationsKeys.deliveries(endpointId), cursor ?? 'first'],
    queryFn: ({ signal }) => integrationsApi.deliveries(endpointId, cursor, signal),
    placeholderData: keepPreviousData,
    // A delivery waiting to go out changes soon: look again while one is pending.
    refetchInterval: (query) =>
      query.state.data?.items.some((item) => item.status === 'PENDING' || item.status === 'SENDING') ? 5_000 : false,
  });

export const useReplay = (endpointId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) => integrationsApi.replay(deliveryId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: integrationsKeys.deliveries(endpointId) }),
  });
};
