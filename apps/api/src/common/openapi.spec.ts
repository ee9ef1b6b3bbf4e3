import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import type {
  CaseResponse,
  ClientResponse,
  ImportJobResponse,
  NotificationPreferences,
  OrganizationPolicyResponse,
  SavedViewResponse,
} from '@waiji/contract';
import { sha256 } from '../auth/tokens';
import { CONFIG, type Config } from '../config/config';
import { SoftwareAuthenticator, totpCode } from '../testing/authenticator';
import { TestBrowser } from '../testing/browser';
import { startOidcProvider, throughProvider, visitCallback } from '../testing/oidc-provider';
import {
  createCase,
  createClient,
  inviteMember,
  move,
  signUp,
  sql,
  TEST_PASSWORD,
  TestUser,
  tokenFromMail,
  uniqueEmail,
  useTestApp,
} from '../testing/kit';
import {
  fetchDocument,
  type OpenApiDocument,
  operationsOf,
  type Recorded,
  recordAnswers,
  ResponseChecker,
} from '../testing/openapi-check';
import { MrzQueue } from '../documents/mrz-queue';
import { renderDataPage } from '../documents/inspection/synthetic-page';
import { routeTable } from '../testing/routes';
import { createTenantObjects } from '../testing/tenant-objects';
import { buildOpenApiDocument, UNDOCUMENTED_ROUTES } from './openapi';
import { refusedToTokens } from '../auth/api-tokens';
import { InboundIngestService } from '../inbound-mail/inbound-ingest.service';

/**
 * The OpenAPI document is complete (every route, errors, auth schemes) and true: every answer the app gives along the
 * main journeys — whoever sends the request, the kits' helpers included — is checked against the operation's
 * documented responses (status, content type, body schema), and every operation must have answered its documented
 * success at least once (second factors with the software authenticator and otplib codes of testing/authenticator.ts,
 * single sign-on through a real OpenID provider started by testing/oidc-provider.ts).
 */
jest.setTimeout(180_000);

const ERROR_BODY = '#/components/schemas/ErrorBody';

describe('OpenAPI document', () => {
  let recorded: Recorded[];
  const kit = useTestApp({ beforeInit: (app) => (recorded = recordAnswers(app)) });
  let document: OpenApiDocument;

  beforeAll(async () => {
    document = await fetchDocument(kit.app);
  });

  it('is served at /api/docs-json (Nest’s usual place) and, the same, at /api/docs/openapi.json', async () => {
    expect(document.openapi).toMatch(/^3\.0\./);
    expect(await fetchDocument(kit.app, '/api/docs/openapi.json')).toEqual(document);
    // Nullable fields are nullable strings, not arrays (nestjs-zod + @nestjs/swagger typed them as arrays).
    expect(document.components.schemas['UpdateClientRequest']?.['properties']).toMatchObject({
      passportNumber: { type: 'string', nullable: true },
    });
    expect(document.components.schemas['RevealPassportResponse']?.['properties']).toMatchObject({
      passportNumber: { type: 'string', nullable: true },
    });
    expect(document.components.securitySchemes).toEqual({
      session: expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'waiji_session' }),
      csrf: expect.objectContaining({ type: 'apiKey', in: 'header', name: 'x-csrf-token' }),
      bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    });
  });

  it('documents every route, each with the shared error shape, and the auth schemes on every non-public one', () => {
    expect(buildOpenApiDocument(kit.app).problems).toEqual([]);
    const routes = routeTable(kit.app).filter((route) => !UNDOCUMENTED_ROUTES[route.key]);
    const documented = new Map(operationsOf(document).map((operation) => [operation.key, operation]));
    const failures: string[] = [];
    for (const route of routes) {
      const key = `${route.method} ${route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`;
      const found = documented.get(key);
      documented.delete(key);
      if (!found) {
        failures.push(`${key} is not documented`);
        continue;
      }
      const { responses, security } = found.operation;
      // Shared error responses all carry ErrorBody (the unsubscribe pages' own 404 is an HTML page, written inline).
      const errorSchemas = Object.entries(responses)
        .filter(
          ([status, response]) => status === '400' || status === 'default' || (status.startsWith('4') && response.$ref),
        )
        .map(
          ([, response]) =>
            document.components.responses[(response.$ref ?? '').split('/').pop() ?? '']?.content?.['application/json']
              ?.schema?.$ref,
        );
      if (!responses['400'] || !responses['default'] || errorSchemas.some((ref) => ref !== ERROR_BODY))
        failures.push(`${key}: errors not documented with ErrorBody`);
      const session = route.method === 'GET' ? [{ session: [] }] : [{ session: [], csrf: [] }];
      // API tokens reach every signed-in route but the account's and the tokens' own (auth/api-tokens.ts).
      const bearer = !refusedToTokens(route.path);
      const expected = route.isPublic ? [] : bearer ? [...session, { bearer: [] }] : session;
      if (JSON.stringify(security) !== JSON.stringify(expected))
        failures.push(`${key}: security ${JSON.stringify(security)}, expected ${JSON.stringify(expected)}`);
      if (!route.isPublic && (!responses['401'] || !responses['403'])) failures.push(`${key}: no 401/403`);
    }
    failures.push(...[...documented.keys()].map((key) => `${key} is documented but is no route of the app`));
    expect(failures).toEqual([]);
  });

  it('matches every answer of the main journeys, and each operation answered its documented success', async () => {
    // ---- accounts: sign-up, verification, sign-in, sessions, password reset
    expect((await new TestUser(kit.app).get('/api/health')).status).toBe(200);
    const owner = await signUp(kit.app, { organizationName: 'Journey Agency', verified: true });
    const again = new TestUser(kit.app);
    expect((await again.post('/api/auth/login', { email: owner.me?.user.email, password: TEST_PASSWORD })).status).toBe(
      200,
    );
    expect((await again.get('/api/auth/me')).status).toBe(200);
    expect((await again.post('/api/auth/logout')).status).toBe(204);
    expect((await again.get('/api/auth/me')).status).toBe(401);

    const unverified = await signUp(kit.app, { kind: 'PERSONAL', verified: false });
    expect((await unverified.post('/api/auth/verify-email/resend')).status).toBe(202);
    const forgetful = unverified.me?.user.email ?? '';
    expect((await new TestUser(kit.app).post('/api/auth/password-reset/request', { email: forgetful })).status).toBe(
      202,
    );
    const resetToken = await tokenFromMail(kit.app, forgetful, '/reset-password');
    expect(
      (
        await new TestUser(kit.app).post('/api/auth/password-reset/confirm', {
          token: resetToken,
          password: `${TEST_PASSWORD}-new`,
        })
      ).status,
    ).toBe(204);
    const leaving = await signUp(kit.app, { kind: 'PERSONAL' });
    expect((await leaving.post('/api/auth/logout-everywhere')).status).toBe(200);
    const settling = await signUp(kit.app, { kind: 'PERSONAL' });
    expect((await settling.patch('/api/auth/profile', { displayName: 'Journey Person', locale: 'zh' })).status).toBe(
      200,
    );
    expect(
      (
        await settling.post('/api/auth/password', {
          currentPassword: TEST_PASSWORD,
          newPassword: `${TEST_PASSWORD}-changed`,
        })
      ).status,
    ).toBe(200);

    // ---- members and invitations (accepting one signs the new member in); switching organization
    const helper = await inviteMember(kit.app, owner, 'HELPER');
    expect((await helper.post('/api/auth/switch-organization', { organizationId: owner.organizationId })).status).toBe(
      200,
    );
    const viewer = await inviteMember(kit.app, owner, 'VIEWER');
    expect((await owner.get('/api/organization/members')).status).toBe(200);
    expect((await owner.patch(`/api/organization/members/${viewer.me?.user.id}`, { role: 'HELPER' })).status).toBe(200);
    expect((await owner.delete(`/api/organization/members/${viewer.me?.user.id}`)).status).toBe(204);
    const inviteeEmail = uniqueEmail('invitee');
    const invited = await owner.post('/api/organization/invitations', { email: inviteeEmail, role: 'VIEWER' });
    expect(invited.status).toBe(201);
    const inviteeToken = await tokenFromMail(kit.app, inviteeEmail, '/accept-invitation');
    expect((await new TestUser(kit.app).get(`/api/auth/invitations/preview?token=${inviteeToken}`)).status).toBe(200);
    expect((await owner.get('/api/organization/invitations')).status).toBe(200);
    expect((await owner.delete(`/api/organization/invitations/${invited.json<{ id: string }>().id}`)).status).toBe(204);
    expect((await owner.get('/api/organization')).status).toBe(200);
    expect(
      (await owner.patch('/api/organization', { name: 'Journey Agency Ltd', timezone: 'Asia/Shanghai' })).status,
    ).toBe(200);
    const policy = await owner.get('/api/organization/policy');
    const { timeZone, quietHours } = policy.json<OrganizationPolicyResponse>();
    expect((await owner.put('/api/organization/policy', { timeZone, quietHours, policy: {} })).status).toBe(200);

    // ---- clients
    const client = await createClient(owner, {
      passportNumber: 'E1234 5678',
      email: 'journey.client@example.test',
      emailConsent: true,
    });
    expect((await owner.get('/api/clients?limit=1')).status).toBe(200);
    expect((await owner.post('/api/organization/invitations/portal', { clientIds: [client.id] })).status).toBe(200);
    expect((await owner.get(`/api/clients/${client.id}`)).status).toBe(200);
    expect(
      (await owner.patch(`/api/clients/${client.id}`, { passportNumber: null, visaType: 'X1' })).json<ClientResponse>()
        .hasPassportNumber,
    ).toBe(false);
    expect((await owner.patch(`/api/clients/${client.id}`, { passportNumber: 'E12345678' })).status).toBe(200);
    expect((await owner.post(`/api/clients/${client.id}/reveal-passport`)).json()).toEqual({
      passportNumber: 'E12345678',
    });
    const spare = await createClient(owner);
    expect((await owner.post(`/api/clients/${spare.id}/archive`)).status).toBe(200);
    expect((await owner.post(`/api/clients/${spare.id}/restore`)).status).toBe(200);

    // ---- cases: list and export, transitions, undo, messages, notes, checklist, bulk edits, reminders
    const opened = await createCase(owner, client.id, { bank: 'ICBC', cardLast4: '1234' });
    const other = await createCase(owner, spare.id);
    expect((await owner.get('/api/cases?limit=1&sort=createdAt')).status).toBe(200);
    expect((await owner.get('/api/cases/export.csv')).status).toBe(200);
    expect((await owner.get('/api/cases/tags?q=jour')).status).toBe(200);
    expect((await owner.get(`/api/cases/${opened.id}`)).status).toBe(200);
    const patched = (
      await owner.patch(`/api/cases/${opened.id}`, { priority: 'HIGH', tags: ['journey'] })
    ).json<CaseResponse>();
    const submitted = await move(owner, patched, 'submit');
    expect(
      (
        await owner.post(`/api/cases/${opened.id}/apply-message`, {
          text: 'hello, any news?',
          version: submitted.version,
        })
      ).status,
    ).toBe(200);
    expect((await owner.get(`/api/cases/${opened.id}/events`)).status).toBe(200);
    expect((await owner.post(`/api/cases/${opened.id}/notes`, { body: 'Called the client' })).status).toBe(201);
    expect((await owner.get(`/api/cases/${opened.id}/checklist`)).status).toBe(200);
    expect(
      (await owner.put(`/api/cases/${other.id}/checklist/PASSPORT_BIO`, { status: 'WAIVED', note: 'Seen in person' }))
        .status,
    ).toBe(200);
    const otherSubmitted = await move(owner, other, 'submit');
    expect((await owner.post(`/api/cases/${other.id}/undo`, { version: otherSubmitted.version })).status).toBe(200);
    expect(
      (await owner.post('/api/cases/bulk/assign', { caseIds: [other.id], assigneeId: helper.me?.user.id })).status,
    ).toBe(200);
    expect((await owner.post('/api/cases/bulk/tags', { caseIds: [other.id], add: ['bulk'] })).status).toBe(200);
    expect((await owner.post(`/api/cases/${other.id}/archive`)).status).toBe(200);
    expect((await owner.post(`/api/cases/${other.id}/restore`)).status).toBe(200);
    const reminder = await owner.post(`/api/cases/${opened.id}/reminders`, {
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      note: 'Call the bank',
    });
    expect(reminder.status).toBe(201);
    const reminderId = reminder.json<{ id: string }>().id;
    expect((await owner.get(`/api/cases/${opened.id}/reminders`)).status).toBe(200);
    expect(
      (
        await owner.post(`/api/cases/${opened.id}/reminders/${reminderId}/snooze`, {
          until: new Date(Date.now() + 2 * 86_400_000).toISOString(),
        })
      ).status,
    ).toBe(200);
    expect((await owner.post(`/api/cases/${opened.id}/reminders/${reminderId}/dismiss`)).status).toBe(200);

    // ---- checks and the message interpreter
    expect((await owner.post('/api/checks', { caseId: opened.id })).status).toBe(200);
    expect((await owner.post('/api/interpret', { text: '支付宝客服将在2天内为你审核' })).status).toBe(200);
    // Screenshots (multipart): an image of M6 drawn here, read by the signed-in and the public route.
    const shot = await sharp(
      Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="390" height="90"><rect width="100%" height="100%" fill="#fff"/>' +
          '<text x="12" y="50" font-size="17" font-family="WenQuanYi Micro Hei">支付宝客服将在2天内为你审核</text></svg>',
      ),
    )
      .png()
      .toBuffer();
    const boundary = 'waijiscreenshot';
    const screenshotBody = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="m6.png"\r\n`),
      Buffer.from('Content-Type: image/png\r\n\r\n'),
      shot,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    for (const url of ['/api/interpret/screenshot', '/api/public/interpret/screenshot']) {
      const read = await kit.app.inject({
        method: 'POST',
        url,
        payload: screenshotBody,
        headers: {
          'content-type': `multipart/form-data; boundary=${boundary}`,
          cookie: `waiji_session=${owner.cookie ?? ''}`,
          'x-csrf-token': owner.csrf ?? '',
        },
      });
      expect(read.statusCode).toBe(200);
    }

    // ---- saved views
    const view = await owner.post('/api/saved-views', { name: 'Mine', filters: { assignee: 'me' } });
    expect(view.status).toBe(201);
    expect((await owner.get('/api/saved-views')).status).toBe(200);
    const viewId = view.json<SavedViewResponse>().id;
    expect((await owner.patch(`/api/saved-views/${viewId}`, { name: 'Mine (renamed)' })).status).toBe(200);
    expect((await owner.get(`/api/cases?view=${viewId}`)).status).toBe(200);
    expect((await owner.delete(`/api/saved-views/${viewId}`)).status).toBe(204);

    // ---- imports
    expect((await owner.get('/api/imports/template.csv?lang=zh')).status).toBe(200);
    const upload = await owner.request(
      'POST',
      '/api/imports?fileName=journey.csv',
      'externalRef,passportName\r\nJ-001,Journey Import\r\n',
      { 'content-type': 'text/csv' },
    );
    expect(upload.status).toBe(201);
    const jobId = upload.json<ImportJobResponse>().id;
    expect((await owner.get(`/api/imports/${jobId}`)).status).toBe(200);
    expect((await owner.post(`/api/imports/${jobId}/commit`, {})).status).toBe(200);

    // ---- calendar feed
    expect((await owner.get('/api/calendar/token')).status).toBe(200);
    const feed = await owner.post('/api/calendar/token');
    expect(feed.status).toBe(201);
    expect((await new TestUser(kit.app).get(new URL(feed.json<{ url: string }>().url).pathname)).status).toBe(200);
    expect((await owner.delete('/api/calendar/token')).status).toBe(204);

    // ---- the client portal
    const portalUser = await inviteMember(kit.app, owner, 'CLIENT', { clientId: client.id });
    expect((await portalUser.get('/api/portal/cases')).status).toBe(200);
    expect((await portalUser.get(`/api/portal/cases/${opened.id}`)).status).toBe(200);

    // ---- the case's conversation, from both sides
    expect((await portalUser.post(`/api/portal/cases/${opened.id}/messages`, { body: 'Any news?' })).status).toBe(201);
    expect((await portalUser.get(`/api/portal/cases/${opened.id}/messages`)).status).toBe(200);
    expect((await owner.get('/api/conversations/unread')).status).toBe(200);
    expect((await owner.get(`/api/cases/${opened.id}/messages`)).status).toBe(200);
    expect((await owner.post(`/api/cases/${opened.id}/messages/read`, {})).status).toBe(200);
    expect((await owner.post(`/api/cases/${opened.id}/messages`, { body: 'Tomorrow.' })).status).toBe(201);
    expect((await portalUser.get('/api/portal/messages/unread')).status).toBe(200);
    expect((await portalUser.post(`/api/portal/cases/${opened.id}/messages/read`, {})).status).toBe(200);

    // ---- client reports: the client reports from the portal, a helper confirms one and rejects the other
    const reported = async (body: Record<string, unknown>) => {
      const answer = await portalUser.post(`/api/portal/cases/${opened.id}/proposals`, body);
      expect(answer.status).toBe(201);
      return answer.json<{ id: string }>().id;
    };
    const deposit = await reported({ kind: 'DEPOSIT_ARRIVED', amount: '0.0974', arrivedOn: '2026-01-05' });
    const pasted = await reported({ kind: 'MESSAGE', text: '支付宝客服将在2天内为你审核' });
    expect((await portalUser.get(`/api/portal/cases/${opened.id}/proposals`)).status).toBe(200);
    expect((await owner.get('/api/proposals')).status).toBe(200);
    expect((await owner.get(`/api/cases/${opened.id}/proposals`)).status).toBe(200);
    expect((await owner.post(`/api/proposals/${deposit}/confirm`)).status).toBe(200);
    expect((await owner.post(`/api/proposals/${pasted}/reject`, { reason: 'Already noted' })).status).toBe(200);

    // ---- following a case and snoozing its chases
    expect((await owner.put(`/api/cases/${opened.id}/watchers/me`, {})).status).toBe(200);
    expect((await owner.get(`/api/cases/${opened.id}/watchers`)).status).toBe(200);
    expect((await owner.delete(`/api/cases/${opened.id}/watchers/me`)).status).toBe(200);
    const snoozeUntil = new Date(Date.now() + 2 * 86_400_000).toISOString();
    expect((await owner.put(`/api/cases/${opened.id}/snooze`, { until: snoozeUntil })).status).toBe(200);
    expect((await owner.get(`/api/cases/${opened.id}/snooze`)).status).toBe(200);
    expect((await owner.delete(`/api/cases/${opened.id}/snooze`)).status).toBe(200);

    // ---- notifications (one made directly: which events notify whom belongs to other tests)
    const objects = await createTenantObjects(kit.db.url, owner.organizationId, owner.me?.user.id ?? '', 'Journey');
    expect((await owner.get('/api/notifications?limit=1')).status).toBe(200);
    expect((await owner.get('/api/notifications/unread-count')).status).toBe(200);
    expect((await owner.post(`/api/notifications/${objects.notification}/read`)).status).toBe(200);
    expect((await owner.post('/api/notifications/read-all')).status).toBe(200);
    const preferences = (await owner.get('/api/notifications/preferences')).json<NotificationPreferences>();
    expect((await owner.put('/api/notifications/preferences', preferences)).status).toBe(200);

    // ---- audit, reports, the outbox
    expect((await owner.get('/api/audit?limit=2')).status).toBe(200);
    const range = `from=${new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10)}&to=${new Date().toISOString().slice(0, 10)}`;
    expect((await owner.get(`/api/reports/summary?${range}`)).status).toBe(200);
    expect((await owner.get(`/api/reports/summary.csv?${range}`)).status).toBe(200);
    expect((await owner.get('/api/admin/outbox?limit=1')).status).toBe(200);
    await sql(kit.db.url, `UPDATE "outbound_email" SET status = 'FAILED', "lastError" = 'journey' WHERE id = $1`, [
      objects.outboundEmail,
    ]);
    expect((await owner.post(`/api/admin/outbox/${objects.outboundEmail}/retry`)).status).toBe(200);

    // ---- integrations: API tokens (one used as a bearer) and a webhook endpoint with a delivery
    const apiToken = await owner.post('/api/integrations/tokens', { name: 'Journey', scopes: ['cases:read'] });
    expect(apiToken.status).toBe(201);
    const bearer = apiToken.json<{ token: string; item: { id: string } }>();
    expect((await owner.get('/api/integrations/tokens')).status).toBe(200);
    const byToken = await kit.app.inject({
      method: 'GET',
      url: '/api/cases?limit=1',
      headers: { authorization: `Bearer ${bearer.token}` },
    });
    expect(byToken.statusCode).toBe(200);
    expect((await owner.post(`/api/integrations/tokens/${bearer.item.id}/revoke`)).status).toBe(200);
    const hook = await owner.post('/api/integrations/webhooks', {
      url: 'http://127.0.0.1:9/journey',
      events: ['case.created'],
    });
    expect(hook.status).toBe(201);
    const hookId = hook.json<{ item: { id: string } }>().item.id;
    expect((await owner.get('/api/integrations/webhooks')).status).toBe(200);
    expect((await owner.patch(`/api/integrations/webhooks/${hookId}`, { description: 'Journey' })).status).toBe(200);
    expect((await owner.post(`/api/integrations/webhooks/${hookId}/rotate-secret`)).status).toBe(200);
    const test = await owner.post(`/api/integrations/webhooks/${hookId}/test`);
    expect(test.status).toBe(202);
    expect((await owner.get(`/api/integrations/webhooks/${hookId}/deliveries?limit=5`)).status).toBe(200);
    await sql(kit.db.url, `UPDATE "webhook_delivery" SET status = 'FAILED' WHERE id = $1`, [
      test.json<{ id: string }>().id,
    ]);
    expect(
      (await owner.post(`/api/integrations/webhooks/deliveries/${test.json<{ id: string }>().id}/replay`)).status,
    ).toBe(200);
    expect((await owner.delete(`/api/integrations/webhooks/${hookId}`)).status).toBe(204);

    // ---- mail in: an email (with a photo) from an unknown sender, filed on a case, applied, its photo kept as a document
    const mailCase = await move(owner, await createCase(owner, client.id), 'submit');
    const photo = (
      await sharp({ create: { width: 800, height: 600, channels: 3, background: '#d8e4f0' } })
        .jpeg()
        .toBuffer()
    )
      .toString('base64')
      .replace(/.{76}/g, '$&\r\n');
    const inbound = (id: string, body: string) =>
      Buffer.from(
        [
          'From: someone@example.org',
          'To: visa@agency.example',
          `Subject: journey ${id}`,
          `Message-ID: <${id}@example.org>`,
          'MIME-Version: 1.0',
          'Content-Type: multipart/mixed; boundary="b"',
          '',
          '--b',
          'Content-Type: text/plain; charset=utf-8',
          '',
          body,
          '--b',
          'Content-Type: image/jpeg; name="visa.jpg"',
          'Content-Disposition: attachment; filename="visa.jpg"',
          'Content-Transfer-Encoding: base64',
          '',
          photo,
          '--b--',
          '',
        ].join('\r\n'),
      );
    const ingest = kit.app.get(InboundIngestService);
    const received = await ingest.ingest(
      owner.organizationId,
      'SMTP',
      inbound('mail-1', '您申请的[支付宝个人认证认证]失败了,失败原因为:缺少其他有效证件 。'),
      null,
    );
    const aside = await ingest.ingest(owner.organizationId, 'SMTP', inbound('mail-2', 'nothing to do'), null);
    const mailId = received.status === 'UNMATCHED' ? received.messageId : '';
    expect((await owner.get('/api/inbound-mail/messages')).status).toBe(200);
    expect((await owner.post(`/api/inbound-mail/messages/${mailId}/assign`, { caseId: mailCase.id })).status).toBe(200);
    expect((await owner.get(`/api/cases/${mailCase.id}/inbound-mail`)).status).toBe(200);
    expect((await owner.get(`/api/portal/cases/${mailCase.id}/inbound-address`)).status).toBe(200);
    const mailed = (await owner.get(`/api/cases/${mailCase.id}/inbound-mail`)).json<{
      items: { id: string; attachments: { id: string }[] }[];
    }>();
    const photoId = mailed.items[0]?.attachments[0]?.id ?? '';
    expect((await owner.get(`/api/inbound-mail/messages/${mailId}/attachments/${photoId}`)).status).toBe(200);
    expect(
      (await owner.post(`/api/inbound-mail/messages/${mailId}/attachments/${photoId}/save`, { kind: 'VISA' })).status,
    ).toBe(201);
    expect((await owner.post(`/api/inbound-mail/messages/${mailId}/apply`, { version: mailCase.version })).status).toBe(
      200,
    );
    if (aside.status === 'UNMATCHED')
      expect((await owner.post(`/api/inbound-mail/messages/${aside.messageId}/dismiss`)).status).toBe(200);
    expect((await owner.get('/api/inbound-mail/settings')).status).toBe(200);
    expect((await owner.put('/api/inbound-mail/settings', { autoApplyTrusted: false })).status).toBe(200);
    expect(
      (await owner.post('/api/inbound-mail/senders', { email: 'someone@example.org', trusted: true })).status,
    ).toBe(200);
    const [parked] = await sql<{ id: string }>(
      kit.db.url,
      `INSERT INTO "inbound_raw" ("organizationId", source, raw, size, status, "lastError") VALUES ($1, 'SMTP', 'x', 1, 'PARKED', 'journey') RETURNING id`,
      [owner.organizationId],
    );
    expect((await owner.post(`/api/inbound-mail/parked/${parked?.id}/retry`)).status).toBe(200);
    await ingest.idle();

    // ---- documents: requests, an upload (multipart) read for its MRZ, metadata, content, review, the record updated
    // from the passport, deletion; a client's export and erasure
    const docCase = await createCase(owner, client.id);
    expect((await owner.get(`/api/cases/${docCase.id}/documents`)).status).toBe(200);
    expect(
      (await owner.post(`/api/cases/${docCase.id}/checklist`, { anyOf: ['RESIDENCE_PERMIT'], note: 'The permit too' }))
        .status,
    ).toBe(201);
    const passportPage = await sharp(
      await renderDataPage(
        {
          issuingState: 'GBR',
          surname: 'SMITH',
          givenNames: 'JONATHAN MICHAEL',
          documentNumber: '123456789',
          nationality: 'GBR',
          birthDate: '1990-04-12',
          sex: 'M',
          expiryDate: '2031-08-20',
          personalNumber: '12345678',
        },
        { width: 1400 },
      ),
    )
      .jpeg({ quality: 88 })
      .toBuffer();
    const uploaded = await kit.app.inject({
      method: 'POST',
      url: `/api/cases/${docCase.id}/documents`,
      payload: Buffer.concat([
        Buffer.from(
          '--journey\r\nContent-Disposition: form-data; name="kind"\r\n\r\nPASSPORT_BIO\r\n--journey\r\n' +
            'Content-Disposition: form-data; name="file"; filename="page.jpg"\r\nContent-Type: image/jpeg\r\n\r\n',
        ),
        passportPage,
        Buffer.from('\r\n--journey--\r\n'),
      ]),
      headers: {
        'content-type': 'multipart/form-data; boundary=journey',
        cookie: `waiji_session=${owner.cookie ?? ''}`,
        'x-csrf-token': owner.csrf ?? '',
      },
    });
    expect(uploaded.statusCode).toBe(201);
    const docId = uploaded.json<{ document: { id: string } }>().document.id;
    await kit.app.get(MrzQueue).idle();
    expect((await owner.get(`/api/documents/${docId}`)).status).toBe(200);
    expect((await owner.get(`/api/documents/${docId}/content`)).status).toBe(200);
    expect((await owner.post(`/api/documents/${docId}/review`, { decision: 'accept' })).status).toBe(200);
    expect((await owner.post(`/api/documents/${docId}/apply-mrz`)).status).toBe(200);
    expect((await owner.delete(`/api/documents/${docId}`)).status).toBe(204);
    const erased = await createClient(owner);
    expect((await owner.get(`/api/clients/${erased.id}/export`)).status).toBe(200);
    expect((await owner.post(`/api/clients/${erased.id}/erase`)).status).toBe(200);

    // ---- unsubscribe pages (the emailed token's hash is what the client row keeps)
    const unsubscribeToken = randomBytes(32).toString('base64url');
    await sql(kit.db.url, `UPDATE "client" SET "unsubscribeToken" = $2 WHERE id = $1`, [
      client.id,
      sha256(unsubscribeToken),
    ]);
    expect((await kit.app.inject({ method: 'GET', url: `/api/unsubscribe/${unsubscribeToken}` })).statusCode).toBe(200);
    expect(
      (
        await kit.app.inject({
          method: 'POST',
          url: `/api/unsubscribe/${unsubscribeToken}`,
          payload: 'List-Unsubscribe=One-Click',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await kit.app.inject({ method: 'GET', url: '/api/unsubscribe/not-a-real-token-at-all-xyz' })).statusCode,
    ).toBe(404);

    // ---- account security
    // An authenticator app: set up and confirmed, a pending sign-in finished with a recovery code on a device then
    // remembered (and forgotten), new recovery codes, turned off. Each code is of a later 30-s step than the one before
    // (a step's code works once) and within the ±1 step the app accepts.
    const guarded = await signUp(kit.app, { kind: 'PERSONAL' });
    const guardedEmail = guarded.me?.user.email ?? '';
    const totpSetup = await guarded.post('/api/auth/totp/setup');
    expect(totpSetup.status).toBe(200);
    const { secret } = totpSetup.json<{ secret: string }>();
    const enrolled = await guarded.post('/api/auth/totp/confirm', { code: await totpCode(secret, -30) });
    expect(enrolled.status).toBe(200);
    expect((await guarded.get('/api/auth/security')).status).toBe(200);
    const twoStep = new TestBrowser(kit.app);
    expect((await twoStep.login(guardedEmail, TEST_PASSWORD)).status).toBe(401);
    const [recoveryCode] = enrolled.json<{ recoveryCodes: string[] }>().recoveryCodes;
    expect((await twoStep.post('/api/auth/second-factor', { recoveryCode, rememberDevice: true })).status).toBe(200);
    expect((await twoStep.post('/api/auth/recovery-codes', { code: await totpCode(secret) })).status).toBe(200);
    expect((await twoStep.delete('/api/auth/remembered-devices')).status).toBe(204);
    expect((await guarded.post('/api/auth/totp/disable', { code: await totpCode(secret, 30) })).status).toBe(204);

    // Passkeys (a software authenticator): added, signing in alone and as the second step of a password, removed.
    const appUrl = new URL(kit.app.get<Config>(CONFIG).publicUrl);
    const device = new SoftwareAuthenticator(appUrl.origin, appUrl.hostname, guarded.me?.user.id ?? '');
    const creation = await guarded.post('/api/auth/passkeys/options');
    expect(creation.status).toBe(200);
    const passkey = await guarded.post('/api/auth/passkeys', {
      name: 'Journey laptop',
      response: device.register(creation.json<{ challenge: string }>().challenge),
    });
    expect(passkey.status).toBe(201);
    const passwordless = new TestBrowser(kit.app);
    const signInOptions = await passwordless.post('/api/auth/passkey/options');
    expect(signInOptions.status).toBe(200);
    const signInAssertion = device.assert(signInOptions.body['challenge'] as string);
    expect((await passwordless.post('/api/auth/passkey', { response: signInAssertion })).status).toBe(200);
    const passkeyStep = new TestBrowser(kit.app);
    expect((await passkeyStep.login(guardedEmail, TEST_PASSWORD)).status).toBe(401);
    const stepOptions = await passkeyStep.post('/api/auth/second-factor/passkey/options');
    expect(stepOptions.status).toBe(200);
    const stepAssertion = device.assert(stepOptions.body['challenge'] as string);
    expect((await passkeyStep.post('/api/auth/second-factor/passkey', { response: stepAssertion })).status).toBe(200);
    expect((await guarded.delete(`/api/auth/passkeys/${passkey.json<{ id: string }>().id}`)).status).toBe(204);

    // The organization requires two-step verification of staff (no grace): a helper must enrol at sign-in; an admin
    // resets the helper's second factor.
    const strict = await signUp(kit.app, { organizationName: 'Strict Agency' });
    const staff = await inviteMember(kit.app, strict, 'HELPER');
    expect((await strict.put('/api/organization/security', { requireStaff2fa: true, graceDays: 0 })).status).toBe(200);
    expect((await strict.get('/api/organization/security')).status).toBe(200);
    const enrolling = new TestBrowser(kit.app);
    expect((await enrolling.login(staff.me?.user.email ?? '', TEST_PASSWORD)).status).toBe(401);
    const enrolment = await enrolling.post('/api/auth/second-factor/enrol');
    expect(enrolment.status).toBe(200);
    const staffCode = await totpCode(enrolment.body['secret'] as string);
    expect((await enrolling.post('/api/auth/second-factor/enrol/confirm', { code: staffCode })).status).toBe(200);
    expect((await strict.post(`/api/organization/members/${staff.me?.user.id}/reset-second-factor`)).status).toBe(204);

    // Single sign-on with a real OpenID provider: configured, the sign-in page's lookups, a person signed in through
    // the provider (start → provider → callback), switched off.
    const ssoDomain = `journey-${randomBytes(4).toString('hex')}.test`;
    const callbackUrl = `${appUrl.origin}/api/auth/sso/callback`;
    const provider = await startOidcProvider({
      clients: [{ client_id: 'waiji-journey', client_secret: 'journey-client-secret', redirect_uris: [callbackUrl] }],
      accounts: { ada: { email: `ada@${ssoDomain}`, name: 'Ada Journey' } },
    });
    try {
      const university = await signUp(kit.app, { kind: 'UNIVERSITY' });
      const sso = {
        enabled: true,
        issuer: provider.issuer,
        clientId: 'waiji-journey',
        clientSecret: 'journey-client-secret',
        allowedDomains: [ssoDomain],
        defaultRole: 'VIEWER',
        jitMembership: true,
      };
      expect((await university.put('/api/organization/sso', sso)).status).toBe(200);
      expect((await university.get('/api/organization/sso')).status).toBe(200);
      const visitor = new TestBrowser(kit.app);
      expect((await visitor.get(`/api/auth/sso/${university.organizationId}`)).status).toBe(200);
      expect((await visitor.post('/api/auth/sso/discover', { email: `bo@${ssoDomain}` })).status).toBe(200);
      await provider.next('ada');
      const back = await throughProvider(visitor, provider, university.organizationId);
      expect(await visitCallback(visitor, back)).toBe('/');
      expect((await visitor.get('/api/auth/me')).status).toBe(200);
      expect((await university.delete('/api/organization/sso')).status).toBe(204);
    } finally {
      provider.stop();
    }

    // ---- a few refusals, so the error answers are checked too
    expect((await new TestUser(kit.app).get('/api/cases')).status).toBe(401);
    expect((await helper.delete(`/api/organization/members/${owner.me?.user.id}`)).status).toBe(403);
    expect((await owner.get(`/api/cases/${client.id}`)).status).toBe(404);
    expect((await owner.post('/api/clients', { passportName: '' })).status).toBe(400);

    const checker = new ResponseChecker(document);
    const mismatches = recorded
      .map((answer) => checker.check(answer.key, answer.status, answer.contentType, answer.text))
      .filter((failure) => failure !== undefined);
    expect([...new Set(mismatches)]).toEqual([]);

    // A documented success is a 2xx, or a 3xx for the operations that redirect the browser (single sign-on).
    const succeeded = new Set(recorded.filter((answer) => answer.status < 400).map((answer) => answer.key));
    const neverSucceeded = operationsOf(document)
      .filter((operation) => !succeeded.has(operation.key))
      .map(
        (operation) =>
          `${operation.key} never answered its documented success (${Object.keys(operation.operation.responses)
            .filter((s) => /^[23]/.test(s))
            .join(', ')})`,
      );
    expect(neverSucceeded).toEqual([]);
  });
});
