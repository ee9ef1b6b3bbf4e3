import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  type CreatedWebhookEndpoint,
  type CreateWebhookEndpointRequest,
  createWebhookEndpointRequest,
  type UpdateWebhookEndpointRequest,
  type WebhookDelivery,
  type WebhookDeliveryList,
  type WebhookDeliveryListQuery,
  type WebhookEndpoint,
  type WebhookEndpointList,
} from '@waiji/contract';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { PassportCipher } from '../clients/passport-cipher';
import { ApiError } from '../common/api-error';
import { CONFIG, type Config } from '../config/config';
import { afterTime, decodeTimeCursor, timePage } from '../database/keyset';
import { TenantDatabase, type Tx } from '../database/tenant-database';
import type { WebhookDelivery as DeliveryRow, WebhookEndpoint as EndpointRow } from '../generated/prisma/client';
import { newWebhookSecret } from './webhook-sender';
import { checkEndpointUrl } from './webhook-url';

/** The event type of a test delivery: sent to one endpoint on request, whatever it subscribes to. */
export const WEBHOOK_TEST_EVENT = 'webhook.test';

/** An organization has at most this many endpoints. */
const MAX_ENDPOINTS = 20;

function toEndpoint(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events as WebhookEndpoint['events'],
    enabled: row.enabled,
    disabledReason: row.enabled ? null : row.disabledReason === 'FAILING' ? 'FAILING' : 'MANUAL',
    disabledAt: row.enabled ? null : (row.disabledAt?.toISOString() ?? null),
    consecutiveFailures: row.consecutiveFailures,
    createdAt: row.createdAt.toISOString(),
  };
}

type DeliveryWithLog = DeliveryRow & {
  attemptsLog: { at: Date; statusCode: number | null; error: string | null; durationMs: number }[];
};

function toDelivery(row: DeliveryWithLog): WebhookDelivery {
  return {
    id: row.id,
    endpointId: row.endpointId,
    eventId: row.eventId,
    eventType: row.eventType as WebhookDelivery['eventType'],
    status: row.status as WebhookDelivery['status'],
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt.toISOString(),
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    lastDurationMs: row.lastDurationMs,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    log: row.attemptsLog.map((attempt) => ({
      at: attempt.at.toISOString(),
      statusCode: attempt.statusCode,
      error: attempt.error,
      durationMs: attempt.durationMs,
    })),
  };
}

const LOG = { attemptsLog: { orderBy: [{ at: 'desc' as const }], take: 10 } };

/** An organization's webhook endpoints and their delivery log, for admins. Changes are audited. */
@Injectable()
export class WebhooksService {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly db: TenantDatabase,
    private readonly cipher: PassportCipher,
    private readonly audit: AuditService,
  ) {}

  list(auth: AuthContext): Promise<WebhookEndpointList> {
    return this.db.run(
      auth,
      async (tx) => {
        const rows = await tx.webhookEndpoint.findMany({
          where: { organizationId: auth.organizationId },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        });
        return { items: rows.map(toEndpoint) };
      },
      { readOnly: true },
    );
  }

  create(auth: AuthContext, body: CreateWebhookEndpointRequest): Promise<CreatedWebhookEndpoint> {
    const input = createWebhookEndpointRequest.parse(body);
    const url = checkEndpointUrl(input.url, this.config.webhooks.allowPrivate);
    const secret = newWebhookSecret();
    return this.db.run(auth, async (tx) => {
      const count = await tx.webhookEndpoint.count({ where: { organizationId: auth.organizationId } });
      if (count >= MAX_ENDPOINTS)
        throw new ApiError('DOMAIN_RULE', `An organization has at most ${MAX_ENDPOINTS} webhook endpoints`);
      const row = await tx.webhookEndpoint.create({
        data: {
          organizationId: auth.organizationId,
          url,
          description: input.description,
          events: [...input.events],
          secretEnc: this.cipher.encrypt(secret, auth.organizationId),
          createdById: auth.userId,
        },
      });
      await this.audit.recordBy(tx, auth, {
        action: 'webhook.created',
        targetType: 'webhook_endpoint',
        targetId: row.id,
        data: { url, events: row.events },
      });
      return { secret, item: toEndpoint(row) };
    });
  }

  update(auth: AuthContext, id: string, input: UpdateWebhookEndpointRequest): Promise<WebhookEndpoint> {
    const url = input.url === undefined ? undefined : checkEndpointUrl(input.url, this.config.webhooks.allowPrivate);
    return this.db.run(auth, async (tx) => {
      const found = await this.find(tx, auth, id);
      const switchingOn = input.enabled === true && !found.enabled;
      const switchingOff = input.enabled === false && found.enabled;
      const row = await tx.webhookEndpoint.update({
        where: { id },
        data: {
          ...(url !== undefined ? { url } : {}),
          ...(input.description !== undefined ? { description: input.description } : {}),
          ...(input.events !== undefined ? { events: [...input.events] } : {}),
          // Switched on again: a fresh start for the failure run.
          ...(switchingOn
            ? { enabled: true, disabledReason: null, disabledAt: null, consecutiveFailures: 0, failingSince: null }
            : {}),
          ...(switchingOff ? { enabled: false, disabledReason: 'MANUAL', disabledAt: new Date() } : {}),
          updatedAt: new Date(),
        },
      });
      const changed = Object.keys(input).filter(
        (key) => input[key as keyof UpdateWebhookEndpointRequest] !== undefined,
      );
      await this.audit.recordBy(tx, auth, {
        action: 'webhook.updated',
        targetType: 'webhook_endpoint',
        targetId: id,
        data: { fields: changed, ...(input.enabled !== undefined ? { enabled: input.enabled } : {}) },
      });
      return toEndpoint(row);
    });
  }

  remove(auth: AuthContext, id: string): Promise<void> {
    return this.db.run(auth, async (tx) => {
      const found = await this.find(tx, auth, id);
      await tx.webhookEndpoint.delete({ where: { id } });
      await this.audit.recordBy(tx, auth, {
        action: 'webhook.deleted',
        targetType: 'webhook_endpoint',
        targetId: id,
        data: { url: found.url },
      });
    });
  }

  /** A new signing secret, shown once; the old one stops working at once. */
  rotateSecret(auth: AuthContext, id: string): Promise<CreatedWebhookEndpoint> {
    const secret = newWebhookSecret();
    return this.db.run(auth, async (tx) => {
      await this.find(tx, auth, id);
      const row = await tx.webhookEndpoint.update({
        where: { id },
        data: { secretEnc: this.cipher.encrypt(secret, auth.organizationId), updatedAt: new Date() },
      });
      await this.audit.recordBy(tx, auth, {
        action: 'webhook.secret_rotated',
        targetType: 'webhook_endpoint',
        targetId: id,
      });
      return { secret, item: toEndpoint(row) };
    });
  }

  /** A webhook.test event for this endpoint alone, delivered by the next tick like any other. */
  test(auth: AuthContext, id: string): Promise<WebhookDelivery> {
    return this.db.run(auth, async (tx) => {
      const endpoint = await this.find(tx, auth, id);
      const row = await tx.webhookDelivery.create({
        data: {
          organizationId: auth.organizationId,
          endpointId: endpoint.id,
          eventId: randomUUID(),
          eventType: WEBHOOK_TEST_EVENT,
          payload: { organizationId: auth.organizationId, endpointId: endpoint.id, requestedBy: auth.userId },
        },
        include: LOG,
      });
      return toDelivery(row);
    });
  }

  deliveries(auth: AuthContext, endpointId: string, query: WebhookDeliveryListQuery): Promise<WebhookDeliveryList> {
    const after = query.cursor ? decodeTimeCursor(query.cursor) : null;
    return this.db.run(
      auth,
      async (tx) => {
        await this.find(tx, auth, endpointId);
        const rows = await tx.webhookDelivery.findMany({
          where: {
            organizationId: auth.organizationId,
            endpointId,
            ...(query.status ? { status: query.status } : {}),
            ...afterTime('createdAt', after),
          },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          take: query.limit + 1,
          include: LOG,
        });
        const { page, nextCursor } = timePage(rows, query.limit, (row) => row.createdAt);
        return { items: page.map(toDelivery), nextCursor };
      },
      { readOnly: true },
    );
  }

  /**
   * Sends a delivery again, now, with fresh attempts and the same webhook-id (receivers that saw it drop it). Not
   * while it is being sent.
   */
  replay(auth: AuthContext, deliveryId: string): Promise<WebhookDelivery> {
    return this.db.run(auth, async (tx) => {
      const found = await tx.webhookDelivery.findFirst({
        where: { id: deliveryId, organizationId: auth.organizationId },
      });
      if (!found) throw new ApiError('NOT_FOUND', 'No such delivery');
      if (found.status === 'SENDING' || found.status === 'PENDING')
        throw new ApiError('CONFLICT', `This delivery is ${found.status} already`, { status: found.status });
      const row = await tx.webhookDelivery.update({
        where: { id: deliveryId },
        data: {
          status: 'PENDING',
          attempts: 0,
          nextAttemptAt: new Date(),
          claimedBy: null,
          leaseUntil: null,
          updatedAt: new Date(),
        },
        include: LOG,
      });
      await this.audit.recordBy(tx, auth, {
        action: 'webhook.delivery_replayed',
        targetType: 'webhook_delivery',
        targetId: deliveryId,
        data: { eventId: found.eventId, eventType: found.eventType, previousStatus: found.status },
      });
      return toDelivery(row);
    });
  }

  private async find(tx: Tx, auth: AuthContext, id: string): Promise<EndpointRow> {
    const found = await tx.webhookEndpoint.findFirst({ where: { id, organizationId: auth.organizationId } });
    if (!found) throw new ApiError('NOT_FOUND', 'No such webhook endpoint');
    return found;
  }
}
