import { screen, waitFor, within } from '@testing-library/react';
import type { ApiToken, WebhookDelivery, WebhookEndpoint } from '@waiji/contract';
import { meBody, stubApi, testIds } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const token = (overrides: Partial<ApiToken> = {}): ApiToken => ({
  id: '00000000-0000-4000-8000-0000000000b1',
  name: 'CRM sync',
  kind: 'PERSONAL',
  prefix: 'wj_AbCdEfGh',
  scopes: ['cases:read'],
  userId: testIds.user,
  userName: 'Hana Helper',
  expiresAt: '2027-03-02T10:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
  createdAt: '2026-12-02T10:00:00.000Z',
  ...overrides,
});

const endpoint: WebhookEndpoint = {
  id: '00000000-0000-4000-8000-0000000000c1',
  url: 'https://crm.example.com/hooks',
  description: 'CRM',
  events: ['case.created'],
  enabled: false,
  disabledReason: 'FAILING',
  disabledAt: '2026-12-02T10:00:00.000Z',
  consecutiveFailures: 100,
  createdAt: '2026-12-01T10:00:00.000Z',
};

const delivery: WebhookDelivery = {
  id: '00000000-0000-4000-8000-0000000000d1',
  endpointId: endpoint.id,
  eventId: '00000000-0000-4000-8000-0000000000e1',
  eventType: 'case.created',
  status: 'FAILED',
  attempts: 12,
  nextAttemptAt: '2026-12-02T10:00:00.000Z',
  lastStatusCode: 503,
  lastError: 'HTTP 503',
  lastDurationMs: 42,
  deliveredAt: null,
  createdAt: '2026-12-02T09:00:00.000Z',
  log: [{ at: '2026-12-02T10:00:00.000Z', statusCode: 503, error: 'HTTP 503', durationMs: 42 }],
};

const base = {
  'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
};

describe('settings: API tokens', () => {
  it('makes a token with the chosen scopes and shows it once, then lists it', async () => {
    let tokens: ApiToken[] = [];
    const stub = stubApi({
      ...base,
      'GET /api/auth/me': { status: 200, body: meBody() },
      'GET /api/integrations/tokens': () => ({ status: 200, body: { items: tokens } }),
      'POST /api/integrations/tokens': () => {
        tokens = [token({ scopes: ['cases:read', 'cases:write'] })];
        return { status: 201, body: { token: `wj_${'x'.repeat(43)}`, item: tokens[0] } };
      },
    });
    const app = renderAppAt('/settings/api-tokens');
    await screen.findByText('No tokens yet.');
    await app.user.click(screen.getByRole('button', { name: 'Create token' }));
    expect(await screen.findByText('Give the token a name.')).toBeInTheDocument();
    await app.user.type(screen.getByRole('textbox', { name: 'Name' }), 'CRM sync');
    await app.user.click(screen.getByRole('checkbox', { name: /Change cases/ }));
    await app.user.click(screen.getByRole('button', { name: 'Create token' }));
    expect(await screen.findByRole('textbox', { name: 'Token' })).toHaveValue(`wj_${'x'.repeat(43)}`);
    expect(stub.calls('POST /api/integrations/tokens')[0]?.body).toEqual({
      name: 'CRM sync',
      kind: 'PERSONAL',
      scopes: ['cases:read', 'cases:write'],
      expiresInDays: 90,
    });
    const list = await screen.findByRole('list', { name: 'API tokens' });
    expect(within(list).getByRole('listitem')).toHaveTextContent('Never used');
    // Shown once: Done takes the secret away.
    await app.user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('textbox', { name: 'Token' })).not.toBeInTheDocument();
  });

  it('offers a viewer read-only tokens only, and revokes after a confirmation', async () => {
    const stub = stubApi({
      ...base,
      'GET /api/auth/me': { status: 200, body: meBody({ role: 'VIEWER' }) },
      'GET /api/integrations/tokens': { status: 200, body: { items: [token()] } },
      [`POST /api/integrations/tokens/${token().id}/revoke`]: {
        status: 200,
        body: token({ revokedAt: '2026-12-02T11:00:00.000Z' }),
      },
    });
    const app = renderAppAt('/settings/api-tokens');
    await screen.findByRole('list', { name: 'API tokens' });
    expect(screen.getByRole('checkbox', { name: /Read cases/ })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /Change cases/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /Administer/ })).not.toBeInTheDocument();
    await app.user.click(screen.getByRole('button', { name: 'Revoke the token CRM sync' }));
    expect(screen.getByText(/Anything using it stops working at once/)).toBeInTheDocument();
    await app.user.click(screen.getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(stub.calls(`POST /api/integrations/tokens/${token().id}/revoke`)).toHaveLength(1));
  });
});

describe('settings: webhooks', () => {
  it('shows an endpoint switched off after failing, its delivery log with the HTTP code, and sends one again', async () => {
    const stub = stubApi({
      ...base,
      'GET /api/auth/me': { status: 200, body: meBody() },
      'GET /api/integrations/webhooks': { status: 200, body: { items: [endpoint] } },
      [`GET /api/integrations/webhooks/${endpoint.id}/deliveries`]: {
        status: 200,
        body: { items: [delivery], nextCursor: null },
      },
      [`POST /api/integrations/webhooks/deliveries/${delivery.id}/replay`]: {
        status: 200,
        body: { ...delivery, status: 'PENDING', attempts: 0 },
      },
    });
    const app = renderAppAt('/settings/webhooks');
    const card = within(await screen.findByRole('list', { name: 'Webhook endpoints' })).getByRole('listitem');
    expect(card).toHaveTextContent('https://crm.example.com/hooks');
    expect(card).toHaveTextContent(/Switched off after failing since/);
    expect(card).toHaveTextContent('100 failures in a row');
    expect(within(card).getByRole('button', { name: 'Send a test' })).toBeDisabled();
    await app.user.click(within(card).getByRole('button', { name: 'Show the delivery log' }));
    const log = await screen.findByRole('list', { name: 'Deliveries to https://crm.example.com/hooks' });
    expect(log).toHaveTextContent('Failed');
    expect(log).toHaveTextContent('HTTP 503');
    expect(log).toHaveTextContent('42 ms');
    await app.user.click(within(log).getByRole('button', { name: 'Send again: Case created' }));
    await waitFor(() =>
      expect(stub.calls(`POST /api/integrations/webhooks/deliveries/${delivery.id}/replay`)).toHaveLength(1),
    );
  });

  it("changes an endpoint's events in place", async () => {
    const stub = stubApi({
      ...base,
      'GET /api/auth/me': { status: 200, body: meBody() },
      'GET /api/integrations/webhooks': { status: 200, body: { items: [endpoint] } },
      [`PATCH /api/integrations/webhooks/${endpoint.id}`]: (request) => ({
        status: 200,
        body: { ...endpoint, ...(request.body as object) },
      }),
    });
    const app = renderAppAt('/settings/webhooks');
    const card = within(await screen.findByRole('list', { name: 'Webhook endpoints' })).getByRole('listitem');
    await app.user.click(within(card).getByRole('button', { name: 'Change events' }));
    await app.user.click(within(card).getByRole('checkbox', { name: 'Reminder fired' }));
    await app.user.click(within(card).getByRole('button', { name: 'Save events' }));
    await waitFor(() => expect(stub.calls(`PATCH /api/integrations/webhooks/${endpoint.id}`)).toHaveLength(1));
    expect(stub.calls(`PATCH /api/integrations/webhooks/${endpoint.id}`)[0]?.body).toEqual({
      events: ['case.created', 'reminder.fired'],
    });
  });

  it('tells a helper that only owners and admins manage webhooks', async () => {
    stubApi({ ...base, 'GET /api/auth/me': { status: 200, body: meBody({ role: 'HELPER' }) } });
    renderAppAt('/settings/webhooks');
    // A helper has no Webhooks section: the layout sends them to their first section.
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Webhooks' })).not.toBeInTheDocument());
  });
});
