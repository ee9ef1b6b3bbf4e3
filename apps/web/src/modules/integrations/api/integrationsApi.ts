// Types only from the contract; the forms check their few rules by hand.
import type {
  ApiToken,
  ApiTokenList,
  CreateApiTokenRequest,
  CreatedApiToken,
  CreatedWebhookEndpoint,
  CreateWebhookEndpointRequest,
  UpdateWebhookEndpointRequest,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookEndpoint,
  WebhookEndpointList,
} from '@waiji/contract';
import { api } from '../../api/client';

export const integrationsKeys = {
  tokens: ['integrations', 'tokens'] as const,
  endpoints: ['integrations', 'webhooks'] as const,
  /** Every page of one endpoint's delivery log. */
  deliveries: (endpointId: string) => ['integrations', 'webhooks', endpointId, 'deliveries'] as const,
};

const endpoint = (id: string) => `/integrations/webhooks/${encodeURIComponent(id)}`;

export const integrationsApi = {
  tokens: (signal?: AbortSignal) => api.get<ApiTokenList>('/integrations/tokens', signal ? { signal } : {}),
  createToken: (body: CreateApiTokenRequest) => api.post<CreatedApiToken>('/integrations/tokens', body),
  revokeToken: (id: string) => api.post<ApiToken>(`/integrations/tokens/${encodeURIComponent(id)}/revoke`),
  endpoints: (signal?: AbortSignal) => api.get<WebhookEndpointList>('/integrations/webhooks', signal ? { signal } : {}),
  createEndpoint: (body: CreateWebhookEndpointRequest) =>
    api.post<CreatedWebhookEndpoint>('/integrations/webhooks', body),
  updateEndpoint: (id: string, body: UpdateWebhookEndpointRequest) => api.patch<WebhookEndpoint>(endpoint(id), body),
  deleteEndpoint: (id: string) => api.delete(endpoint(id)),
  rotateSecret: (id: string) => api.post<CreatedWebhookEndpoint>(`${endpoint(id)}/rotate-secret`),
  testEndpoint: (id: string) => api.post<WebhookDelivery>(`${endpoint(id)}/test`),
  deliveries: (id: string, cursor: string | undefined, signal?: AbortSignal) =>
    api.get<WebhookDeliveryList>(`${endpoint(id)}/deliveries`, {
      query: { cursor, limit: 10 },
      ...(signal ? { signal } : {}),
    }),
  replay: (deliveryId: string) =>
    api.post<WebhookDelivery>(`/integrations/webhooks/deliveries/${encodeURIComponent(deliveryId)}/replay`),
};
