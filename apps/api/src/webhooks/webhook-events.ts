import { randomUUID } from 'node:crypto';
import { type WebhookEventType, webhookEventTypes } from '@waiji/contract';
import type { SqlRunner } from '../database/sql-runner';
import { Prisma } from '../generated/prisma/client';

// Recording a webhook event: one delivery row per enabled endpoint of the organization that subscribes to the
// event's type, in the caller's transaction, so an event exists exactly when what it reports committed.
// An organization without endpoints pays one index probe of "webhook_endpoint" and nothing more: the INSERT …
// SELECT inserts no row. Payloads are small — ids, codes and states, never passport data or message text.

export type { WebhookEventType };

/** A payload's values: ids, codes, states, numbers, times as ISO strings. */
export type WebhookPayload = Record<string, string | number | boolean | null>;

function checkedType(type: WebhookEventType): string {
  if (!(webhookEventTypes as readonly string[]).includes(type)) throw new Error(`Unknown webhook event ${type}`);
  return type;
}

/**
 * The INSERT for a source of events as SQL text, to put into a statement of one's own as a CTE or on its own.
 * `source` is a SELECT (or a CTE's name) with the columns "organizationId" (uuid), "eventId" (uuid) and
 * payload (jsonb); each of its rows becomes one delivery per subscribed, enabled endpoint.
 */
export function insertWebhookDeliveriesText(type: WebhookEventType, source: string): string {
  const literal = `'${checkedType(type)}'`;
  return `INSERT INTO "webhook_delivery" ("organizationId", "endpointId", "eventId", "eventType", payload)
    SELECT s."organizationId", e.id, s."eventId", ${literal}, s.payload
      FROM (${source}) s
      JOIN "webhook_endpoint" e ON e."organizationId" = s."organizationId" AND e.enabled AND ${literal} = ANY(e.events)
    ON CONFLICT ("endpointId", "eventId") DO NOTHING`;
}

/** The same as a Prisma.Sql, for statements built with Prisma's tagged templates (`source` may carry values). */
export function insertWebhookDeliveriesSql(type: WebhookEventType, source: Prisma.Sql): Prisma.Sql {
  const literal = Prisma.raw(`'${checkedType(type)}'`);
  return Prisma.sql`INSERT INTO "webhook_delivery" ("organizationId", "endpointId", "eventId", "eventType", payload)
    SELECT s."organizationId", e.id, s."eventId", ${literal}, s.payload
      FROM (${source}) s
      JOIN "webhook_endpoint" e ON e."organizationId" = s."organizationId" AND e.enabled AND ${literal} = ANY(e.events)
    ON CONFLICT ("endpointId", "eventId") DO NOTHING`;
}

/** One event as a source for insertWebhookDeliveriesSql (e.g. a CTE of a larger statement). */
export function oneEventSource(organizationId: string, eventId: string, payload: WebhookPayload): Prisma.Sql {
  return Prisma.sql`SELECT ${organizationId}::uuid AS "organizationId", ${eventId}::uuid AS "eventId", ${JSON.stringify(payload)}::jsonb AS payload`;
}

/**
 * Records one event inside the caller's transaction (a tenant transaction's `tx.sql` or `tx`, or a system one).
 * Returns the event id (the webhook-id receivers see). One statement; nothing is written when no endpoint of
 * the organization subscribes.
 *
 *   await recordWebhookEvent(tx.sql, auth.organizationId, 'document.uploaded', { caseId, documentId, kind });
 */
export async function recordWebhookEvent(
  tx: SqlRunner,
  organizationId: string,
  type: WebhookEventType,
  payload: WebhookPayload,
  eventId: string = randomUUID(),
): Promise<string> {
  await tx.$queryRaw`${insertWebhookDeliveriesSql(type, oneEventSource(organizationId, eventId, payload))} RETURNING 1`;
  return eventId;
}

/** Many events of one type (an import's new cases) in one statement. */
export async function recordWebhookEvents(
  tx: SqlRunner,
  organizationId: string,
  type: WebhookEventType,
  payloads: WebhookPayload[],
): Promise<void> {
  if (payloads.length === 0) return;
  const events = payloads.map((payload) => ({ eventId: randomUUID(), payload }));
  await tx.$queryRaw`${insertWebhookDeliveriesSql(
    type,
    Prisma.sql`SELECT ${organizationId}::uuid AS "organizationId", x."eventId", x.payload
                 FROM jsonb_to_recordset(${JSON.stringify(events)}::jsonb) AS x("eventId" uuid, payload jsonb)`,
  )} RETURNING 1`;
}

// The payloads of the events this module's owner wires (docs/integrations.md lists them all).

/** case.state_changed: a transition (performTransition) or an undo. */
export function stateChangedPayload(
  kase: { id: string; clientId: string; type: string },
  change: { action: string; fromState: string | null; toState: string | null; reasonCode?: string | null },
  version: number,
  extra: WebhookPayload = {},
): WebhookPayload {
  return {
    caseId: kase.id,
    clientId: kase.clientId,
    caseType: kase.type,
    action: change.action,
    fromState: change.fromState,
    toState: change.toState,
    reasonCode: change.reasonCode ?? null,
    version,
    ...extra,
  };
}

/** case.created. */
export function caseCreatedPayload(kase: { id: string; clientId: string; type: string }): WebhookPayload {
  return { caseId: kase.id, clientId: kase.clientId, caseType: kase.type, state: 'PREPARING' };
}
