import { z } from 'zod';

// Integrations (issue 20): API tokens and outbound webhooks.

/** What a token may do: read cases (VIEWER), write cases (HELPER), administer the organization (ADMIN). */
export const apiTokenScopes = ['cases:read', 'cases:write', 'admin'] as const;
export type ApiTokenScope = (typeof apiTokenScopes)[number];

/** PERSONAL acts as its user (role capped by its scopes); ORGANIZATION acts with its scopes' role. */
export const apiTokenKinds = ['PERSONAL', 'ORGANIZATION'] as const;
export type ApiTokenKind = (typeof apiTokenKinds)[number];

/** Every token starts with this, so secret scanners and people recognise it. */
export const API_TOKEN_PREFIX = 'wj_';

export const createApiTokenRequest = z.strictObject({
  name: z.string().trim().min(1).max(80),
  kind: z.enum(apiTokenKinds).default('PERSONAL'),
  scopes: z
    .array(z.enum(apiTokenScopes))
    .min(1)
    .max(apiTokenScopes.length)
    .refine((scopes) => new Set(scopes).size === scopes.length, { message: 'Each scope once' }),
  /** Days until it expires (1–366), or null for a token that does not expire. */
  expiresInDays: z.number().int().min(1).max(366).nullable().default(90),
});
export type CreateApiTokenRequest = z.input<typeof createApiTokenRequest>;

export const apiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(apiTokenKinds),
  /** The first characters of the token (wj_ and 8 more), to recognise it. */
  prefix: z.string(),
  scopes: z.array(z.enum(apiTokenScopes)),
  userId: z.uuid(),
  userName: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ApiToken = z.infer<typeof apiToken>;

/** The new token, with its secret: shown this once, never again. */
export const createdApiToken = z.object({ token: z.string(), item: apiToken });
export type CreatedApiToken = z.infer<typeof createdApiToken>;

export const apiTokenList = z.object({ items: z.array(apiToken) });
export type ApiTokenList = z.infer<typeof apiTokenList>;

/** The events an endpoint can subscribe to; payloads carry ids and states only (docs/integrations.md). */
export const webhookEventTypes = [
  'case.created',
  'case.state_changed',
  'document.uploaded',
  'document.reviewed',
  'message.received',
  'reminder.fired',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/** What a delivery can carry: the events, and webhook.test (the settings' "send a test"). */
export const webhookDeliveryEventTypes = [...webhookEventTypes, 'webhook.test'] as const;

export const webhookDeliveryStatuses = ['PENDING', 'SENDING', 'SUCCEEDED', 'FAILED'] as const;
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];

const endpointUrl = z.url().max(2000);
const eventList = z
  .array(z.enum(webhookEventTypes))
  .min(1)
  .max(webhookEventTypes.length)
  .refine((events) => new Set(events).size === events.length, { message: 'Each event once' });

export const createWebhookEndpointRequest = z.strictObject({
  url: endpointUrl,
  description: z.string().trim().max(200).default(''),
  events: eventList,
});
export type CreateWebhookEndpointRequest = z.input<typeof createWebhookEndpointRequest>;

export const updateWebhookEndpointRequest = z.strictObject({
  url: endpointUrl.optional(),
  description: z.string().trim().max(200).optional(),
  events: eventList.optional(),
  enabled: z.boolean().optional(),
});
export type UpdateWebhookEndpointRequest = z.infer<typeof updateWebhookEndpointRequest>;

export const webhookEndpoint = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string(),
  events: z.array(z.enum(webhookEventTypes)),
  enabled: z.boolean(),
  /** MANUAL (an admin switched it off) or FAILING (switched off after persistent failure). */
  disabledReason: z.enum(['MANUAL', 'FAILING']).nullable(),
  disabledAt: z.string().nullable(),
  consecutiveFailures: z.number().int(),
  createdAt: z.string(),
});
export type WebhookEndpoint = z.infer<typeof webhookEndpoint>;

/** The new endpoint, with its signing secret (whsec_…): shown this once, never again. */
export const createdWebhookEndpoint = z.object({ secret: z.string(), item: webhookEndpoint });
export type CreatedWebhookEndpoint = z.infer<typeof createdWebhookEndpoint>;

export const webhookEndpointList = z.object({ items: z.array(webhookEndpoint) });
export type WebhookEndpointList = z.infer<typeof webhookEndpointList>;

export const webhookDeliveryListQuery = z.strictObject({
  status: z.enum(webhookDeliveryStatuses).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type WebhookDeliveryListQuery = z.infer<typeof webhookDeliveryListQuery>;

export const webhookAttempt = z.object({
  at: z.string(),
  statusCode: z.number().int().nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int(),
});
export type WebhookAttempt = z.infer<typeof webhookAttempt>;

export const webhookDelivery = z.object({
  id: z.uuid(),
  endpointId: z.uuid(),
  eventId: z.uuid(),
  eventType: z.enum(webhookDeliveryEventTypes),
  status: z.enum(webhookDeliveryStatuses),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  lastDurationMs: z.number().int().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
  /** The latest tries, newest first (up to 10). */
  log: z.array(webhookAttempt),
});
export type WebhookDelivery = z.infer<typeof webhookDelivery>;

export const webhookDeliveryList = z.object({ items: z.array(webhookDelivery), nextCursor: z.string().nullable() });
export type WebhookDeliveryList = z.infer<typeof webhookDeliveryList>;
