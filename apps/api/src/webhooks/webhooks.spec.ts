import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { CreatedWebhookEndpoint, WebhookDeliveryList, WebhookEndpoint } from '@waiji/contract';
import { Webhook } from 'standardwebhooks';
import { addMember, createClientAndCase, inviteMember, signUp, sql, type TestUser, useTestApp } from '../testing/kit';
import { ReminderDispatcher } from '../reminders/reminder-dispatcher.service';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { checkEndpointUrl, isInternalAddress, resolveSafely } from './webhook-url';

jest.setTimeout(120_000);

type Received = { id: string; type: string; data: Record<string, unknown>; verified: boolean; answered: number };

/**
 * A real receiver: verifies every request with the standardwebhooks package against the endpoint's secret, and
 * answers `answer` (a status code), or with 'hang' never answers. `received` keeps every request it read.
 */
class Receiver {
  secret = '';
  answer: number | 'hang' = 204;
  readonly received: Received[] = [];
  private server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let verified = false;
      try {
        new Webhook(this.secret).verify(body, request.headers as Record<string, string>);
        verified = true;
      } catch {
        verified = false;
      }
      const parsed = JSON.parse(body) as { type: string; data: Record<string, unknown> };
      const answer = this.answer;
      this.received.push({
        id: String(request.headers['webhook-id']),
        type: parsed.type,
        data: parsed.data,
        verified,
        answered: answer === 'hang' ? 0 : answer,
      });
      if (answer === 'hang') return;
      response.writeHead(answer).end();
    });
  });
  port = 0;

  async start(port = 0): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server = http.createServer(this.server.listeners('request')[0] as http.RequestListener);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  succeeded(): Received[] {
    return this.received.filter((entry) => entry.answered >= 200 && entry.answered < 300);
  }
}

async function addEndpoint(admin: TestUser, receiver: Receiver, events: string[]): Promise<CreatedWebhookEndpoint> {
  const response = await admin.post('/api/integrations/webhooks', { url: receiver.url, events });
  if (response.status !== 201) throw new Error(`endpoint: ${response.status} ${response.text}`);
  const created = response.json<CreatedWebhookEndpoint>();
  receiver.secret = created.secret;
  return created;
}

/** Runs the delivery tick until `done` says so (or fails after a while), as the scheduler would. */
async function deliverUntil(app: NestFastifyApplication, done: () => boolean | Promise<boolean>): Promise<void> {
  const deliveries = app.get(WebhookDeliveryService);
  for (let round = 0; round < 100; round += 1) {
    await deliveries.deliverDue();
    if (await done()) return;
    await sleep(50);
  }
  throw new Error('deliveries did not finish');
}

describe('webhook URLs: https, and no internal addresses in production', () => {
  it('classifies internal addresses', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:10.0.0.1',
    ])
      expect([address, isInternalAddress(address)]).toEqual([address, true]);
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700::1111'])
      expect([address, isInternalAddress(address)]).toEqual([address, false]);
  });

  it('refuses http, private literals, localhost and credentials when private addresses are not allowed', () => {
    const reason = (url: string, allowPrivate = false) => {
      try {
        checkEndpointUrl(url, allowPrivate);
        return 'OK';
      } catch (error) {
        return (error as { details: { reason: string } }).details.reason;
      }
    };
    expect(reason('https://hooks.example.com/x')).toBe('OK');
    expect(reason('http://hooks.example.com/x')).toBe('URL_NOT_HTTPS');
    expect(reason('http://127.0.0.1:9000/x')).toBe('URL_NOT_HTTPS');
    expect(reason('https://10.0.0.5/x')).toBe('URL_PRIVATE');
    expect(reason('https://169.254.169.254/latest')).toBe('URL_PRIVATE');
    expect(reason('https://[::1]/x')).toBe('URL_PRIVATE');
    expect(reason('https://localhost/x')).toBe('URL_PRIVATE');
    expect(reason('https://user:pw@hooks.example.com/x')).toBe('URL_CREDENTIALS');
    // Development and tests: http to loopback only.
    expect(reason('http://127.0.0.1:9000/x', true)).toBe('OK');
    expect(reason('http://hooks.example.com/x', true)).toBe('URL_NOT_HTTPS');
  });

  it('refuses a name that resolves to an internal address at connection time', async () => {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
      resolveSafely('localhost', {}, (failure) => resolve(failure)),
    );
    expect(error?.code).toBe('EWEBHOOKPRIVATE');
  });
});

describe('webhooks: signed deliveries through the outbox machinery, retries, replay, auto-disable', () => {
  const kit = useTestApp({
    env: {
      WEBHOOK_BACKOFF_BASE_MS: '100',
      WEBHOOK_BACKOFF_MAX_MS: '200',
      WEBHOOK_DISABLE_AFTER_FAILURES: '4',
      WEBHOOK_TIMEOUT_MS: '500',
    },
  });
  let owner: TestUser;
  const receiver = new Receiver();

  beforeAll(async () => {
    owner = await signUp(kit.app);
    await receiver.start();
  });
  afterAll(async () => {
    await receiver.stop();
  });
  beforeEach(() => {
    receiver.answer = 204;
    receiver.received.length = 0;
  });
  afterEach(async () => {
    // Each test starts without endpoints, whatever the last one left behind.
    await sql(kit.db.url, `DELETE FROM "webhook_endpoint"`);
  });

  const deliveriesOf = async (endpointId: string) =>
    (await owner.get(`/api/integrations/webhooks/${endpointId}/deliveries`)).json<WebhookDeliveryList>().items;

  it('an organization without endpoints writes nothing for its events', async () => {
    const quiet = await signUp(kit.app);
    const { caseId } = await createClientAndCase(quiet);
    const rows = await sql(kit.db.url, `SELECT 1 FROM "webhook_delivery" WHERE "organizationId" = $1`, [
      quiet.organizationId,
    ]);
    expect(caseId).toBeDefined();
    expect(rows).toHaveLength(0);
  });

  it('delivers case.created and case.state_changed signed per Standard Webhooks, only what is subscribed', async () => {
    const created = await addEndpoint(owner, receiver, ['case.created', 'case.state_changed']);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const stored = await sql<{ secretEnc: string }>(
      kit.db.url,
      `SELECT "secretEnc" FROM "webhook_endpoint" WHERE id = $1`,
      [created.item.id],
    );
    expect(stored[0]?.secretEnc).not.toContain(created.secret.slice(6, 20));
    const { caseId, clientId } = await createClientAndCase(owner);
    await deliverUntil(kit.app, () => receiver.received.length >= 2);
    expect(receiver.received.map((entry) => [entry.type, entry.verified])).toEqual([
      ['case.created', true],
      ['case.state_changed', true],
    ]);
    const [createdEvent, changed] = receiver.received;
    expect(createdEvent?.data).toEqual({ caseId, clientId, caseType: 'BANK_CARD_VERIFICATION', state: 'PREPARING' });
    expect(changed?.data).toMatchObject({ caseId, clientId, action: 'submit', fromState: 'PREPARING', version: 1 });
    expect(JSON.stringify(changed?.data)).not.toMatch(/SMITH|passport/i);
    // The state change's webhook-id is its timeline entry's id: the receiver's idempotency key.
    const entry = await sql<{ id: string }>(
      kit.db.url,
      `SELECT id FROM "case_event" WHERE "caseId" = $1 AND "versionAfter" = 1`,
      [caseId],
    );
    expect(changed?.id).toBe(entry[0]?.id);
    const log = await deliveriesOf(created.item.id);
    expect(log.every((delivery) => delivery.status === 'SUCCEEDED' && delivery.lastStatusCode === 204)).toBe(true);
    expect(log[0]?.log[0]).toMatchObject({ statusCode: 204, error: null });
    // A signature made with another secret does not verify.
    receiver.secret = 'whsec_' + Buffer.alloc(32, 1).toString('base64');
    await kit.app.get(WebhookDeliveryService).deliverDue();
    await owner.post(`/api/integrations/webhooks/${created.item.id}/test`);
    await deliverUntil(kit.app, () => receiver.received.length >= 3);
    expect(receiver.received[2]).toMatchObject({ type: 'webhook.test', verified: false });
    await owner.delete(`/api/integrations/webhooks/${created.item.id}`);
  });

  it('a receiver down for a while gets each event once it is up: retries with backoff, one success per event', async () => {
    const created = await addEndpoint(owner, receiver, ['case.created']);
    receiver.answer = 503;
    const { caseId } = await createClientAndCase(owner, { submit: false });
    const deliveries = kit.app.get(WebhookDeliveryService);
    await deliveries.deliverDue();
    expect(receiver.received).toHaveLength(1);
    // Within the backoff the delivery is not tried again.
    await deliveries.deliverDue();
    expect(receiver.received).toHaveLength(1);
    await deliverUntil(kit.app, () => receiver.received.length >= 3);
    receiver.answer = 200;
    await deliverUntil(kit.app, () => receiver.succeeded().length >= 1);
    await sleep(400);
    await deliveries.deliverDue();
    expect(receiver.received.map((entry) => entry.answered)).toEqual([503, 503, 503, 200]);
    expect(new Set(receiver.received.map((entry) => entry.id)).size).toBe(1);
    expect(receiver.succeeded()).toHaveLength(1);
    expect(receiver.received.every((entry) => entry.verified && entry.data['caseId'] === caseId)).toBe(true);
    const [delivery] = await deliveriesOf(created.item.id);
    expect(delivery).toMatchObject({ status: 'SUCCEEDED', attempts: 4, lastStatusCode: 200 });
    expect(delivery?.log.map((attempt) => attempt.statusCode)).toEqual([200, 503, 503, 503]);
    const endpoint = (await owner.get('/api/integrations/webhooks')).json<{ items: WebhookEndpoint[] }>().items;
    expect(endpoint.find((item) => item.id === created.item.id)?.consecutiveFailures).toBe(0);

    // Replay: the same webhook-id again, fresh attempts, audited.
    const replayed = await owner.post(`/api/integrations/webhooks/deliveries/${delivery?.id ?? ''}/replay`);
    expect(replayed.status).toBe(200);
    expect(replayed.json<{ status: string; attempts: number }>()).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect((await owner.post(`/api/integrations/webhooks/deliveries/${delivery?.id ?? ''}/replay`)).status).toBe(409);
    await deliverUntil(kit.app, () => receiver.succeeded().length >= 2);
    expect(receiver.succeeded().map((entry) => entry.id)).toEqual([delivery?.eventId, delivery?.eventId]);
    const audit = await sql(
      kit.db.url,
      `SELECT 1 FROM "audit_log" WHERE action = 'webhook.delivery_replayed' AND "targetId" = $1`,
      [delivery?.id],
    );
    expect(audit).toHaveLength(1);
    await owner.delete(`/api/integrations/webhooks/${created.item.id}`);
  });

  it('a request that times out is a failure to retry', async () => {
    const created = await addEndpoint(owner, receiver, ['case.created']);
    receiver.answer = 'hang';
    await createClientAndCase(owner, { submit: false });
    await kit.app.get(WebhookDeliveryService).deliverDue();
    const [delivery] = await deliveriesOf(created.item.id);
    expect(delivery?.status).toBe('PENDING');
    expect(delivery?.lastError).toMatch(/timed out/);
    expect(delivery?.lastDurationMs).toBeGreaterThanOrEqual(450);
    await owner.delete(`/api/integrations/webhooks/${created.item.id}`);
  });

  it('switches an endpoint off after persistent failure, tells the admins, and delivers the backlog when switched on', async () => {
    const admin = await addMember(kit, owner, 'ADMIN');
    const created = await addEndpoint(owner, receiver, ['case.created']);
    receiver.answer = 500;
    await createClientAndCase(owner, { submit: false });
    await createClientAndCase(owner, { submit: false });
    await deliverUntil(kit.app, async () => {
      const list = (await owner.get('/api/integrations/webhooks')).json<{ items: WebhookEndpoint[] }>().items;
      return list.find((item) => item.id === created.item.id)?.enabled === false;
    });
    const tries = receiver.received.length;
    expect(tries).toBe(4);
    const list = (await owner.get('/api/integrations/webhooks')).json<{ items: WebhookEndpoint[] }>().items;
    expect(list.find((item) => item.id === created.item.id)).toMatchObject({
      enabled: false,
      disabledReason: 'FAILING',
    });
    // Both admins hear of it, in the app and by email.
    const notices = await sql<{ userId: string }>(
      kit.db.url,
      `SELECT "userId" FROM "notification" WHERE "organizationId" = $1 AND kind = 'WEBHOOK_DISABLED'`,
      [owner.organizationId],
    );
    expect(notices.map((row) => row.userId).sort()).toEqual([owner.me?.user.id, admin.me?.user.id].sort());
    const mails = await sql(kit.db.url, `SELECT 1 FROM "outbound_email" WHERE "idempotencyKey" LIKE $1`, [
      `webhook-disabled.${created.item.id}.%`,
    ]);
    expect(mails).toHaveLength(2);
    // Switched off: nothing is tried, and events meanwhile are not recorded for it.
    await createClientAndCase(owner, { submit: false });
    await sleep(300);
    await kit.app.get(WebhookDeliveryService).deliverDue();
    expect(receiver.received).toHaveLength(tries);
    const recorded = await sql(kit.db.url, `SELECT 1 FROM "webhook_delivery" WHERE "endpointId" = $1`, [
      created.item.id,
    ]);
    expect(recorded).toHaveLength(2);
    // Fixed and switched on: the two events it had not delivered go out.
    receiver.answer = 200;
    const on = await owner.patch(`/api/integrations/webhooks/${created.item.id}`, { enabled: true });
    expect(on.json<WebhookEndpoint>()).toMatchObject({ enabled: true, disabledReason: null, consecutiveFailures: 0 });
    await deliverUntil(kit.app, () => receiver.succeeded().length >= 2);
    expect(new Set(receiver.succeeded().map((entry) => entry.id)).size).toBe(2);
    await owner.delete(`/api/integrations/webhooks/${created.item.id}`);
  });

  it('delivers reminder.fired when the scheduler fires a reminder, in the fire statement', async () => {
    await addEndpoint(owner, receiver, ['reminder.fired']);
    const { caseId } = await createClientAndCase(owner);
    const [reminder] = await sql<{ id: string; kind: string }>(
      kit.db.url,
      `UPDATE "reminder" SET "dueAt" = now() - interval '1 minute'
        WHERE id = (SELECT id FROM "reminder" WHERE "caseId" = $1 AND status = 'PENDING' ORDER BY "dueAt" LIMIT 1)
        RETURNING id, kind`,
      [caseId],
    );
    expect(reminder).toBeDefined();
    await kit.app.get(ReminderDispatcher).dispatchDue();
    await deliverUntil(kit.app, () => receiver.received.length >= 1);
    expect(receiver.received[0]).toMatchObject({
      type: 'reminder.fired',
      verified: true,
      data: { reminderId: reminder?.id, caseId, kind: reminder?.kind },
    });
  });

  it("delivers message.received for a client's message from the portal, not for the helper's answer", async () => {
    await addEndpoint(owner, receiver, ['message.received']);
    const { caseId, clientId } = await createClientAndCase(owner);
    const portal = await inviteMember(kit.app, owner, 'CLIENT', { clientId });
    expect((await portal.post(`/api/portal/cases/${caseId}/messages`, { body: 'Any news?' })).status).toBe(201);
    expect((await owner.post(`/api/cases/${caseId}/messages`, { body: 'Tomorrow.' })).status).toBe(201);
    await deliverUntil(kit.app, () => receiver.received.length >= 1);
    await sleep(200);
    await kit.app.get(WebhookDeliveryService).deliverDue();
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]).toMatchObject({ type: 'message.received', data: { caseId, source: 'PORTAL' } });
    expect(JSON.stringify(receiver.received[0]?.data)).not.toContain('Any news');
  });

  it('keeps finished deliveries in the log for 30 days', async () => {
    const created = await addEndpoint(owner, receiver, ['case.created']);
    await createClientAndCase(owner, { submit: false });
    await createClientAndCase(owner, { submit: false });
    await deliverUntil(kit.app, () => receiver.succeeded().length >= 2);
    const [old] = await deliveriesOf(created.item.id);
    await sql(kit.db.url, `UPDATE "webhook_delivery" SET "updatedAt" = now() - interval '31 days' WHERE id = $1`, [
      old?.id,
    ]);
    expect(await kit.app.get(WebhookDeliveryService).purgeLog()).toBe(1);
    expect((await deliveriesOf(created.item.id)).map((delivery) => delivery.id)).not.toContain(old?.id);
    expect(await deliveriesOf(created.item.id)).toHaveLength(1);
  });

  it("is for admins only, and answers 404 for another organization's endpoint", async () => {
    const helper = await addMember(kit, owner, 'HELPER');
    expect((await helper.get('/api/integrations/webhooks')).status).toBe(403);
    const created = await addEndpoint(owner, receiver, ['reminder.fired']);
    const stranger = await signUp(kit.app);
    expect((await stranger.get(`/api/integrations/webhooks/${created.item.id}/deliveries`)).status).toBe(404);
    expect((await stranger.patch(`/api/integrations/webhooks/${created.item.id}`, { enabled: false })).status).toBe(
      404,
    );
    const bad = await owner.post('/api/integrations/webhooks', { url: receiver.url, events: ['case.nope'] });
    expect(bad.status).toBe(400);
    await owner.delete(`/api/integrations/webhooks/${created.item.id}`);
  });
});
