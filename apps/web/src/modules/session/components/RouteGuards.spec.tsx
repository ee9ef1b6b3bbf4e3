import { screen, waitFor, within } from '@testing-library/react';
import { meBody, signedOut, stubApi, testIds } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const client = meBody({
  role: 'CLIENT',
  clientId: testIds.client,
  memberships: [{ organizationId: testIds.org, organizationName: 'Bridge Agency', kind: 'AGENCY', role: 'CLIENT' }],
});
const individual = meBody({
  organization: { id: testIds.org, name: 'Ana Silva', kind: 'PERSONAL', timezone: 'Asia/Shanghai' },
  memberships: [{ organizationId: testIds.org, organizationName: 'Ana Silva', kind: 'PERSONAL', role: 'OWNER' }],
});
const quiet = {
  'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
  'GET /api/portal/cases': { status: 200, body: { items: [] } },
  'GET /api/cases': { status: 200, body: { items: [], nextCursor: null } },
  'GET /api/organization/members': { status: 200, body: { members: [] } },
  'GET /api/health': { status: 200, body: { status: 'ok', db: 'up', version: '0.1.0', uptimeSeconds: 5 } },
};

describe('route guards', () => {
  it('sends a signed-out visitor to sign-in, keeping the page they asked for, and back after signing in', async () => {
    const stub = stubApi({
      ...quiet,
      'GET /api/auth/me': signedOut,
      'POST /api/auth/login': { status: 200, body: meBody() },
    });
    const app = renderAppAt('/settings/members?x=1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(app.location()).toBe(`/sign-in?next=${encodeURIComponent('/settings/members?x=1')}`);
    expect(screen.getByText('Sign in to continue to the page you opened.')).toBeInTheDocument();

    await app.user.type(screen.getByLabelText(/Email/), 'helper@example.com');
    await app.user.type(screen.getByLabelText(/^Password/), 'correct horse battery');
    stub.on('GET /api/auth/me', { status: 200, body: meBody() });
    await app.user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Members and roles' })).toBeInTheDocument();
    expect(app.location()).toBe('/settings/members?x=1');
    expect(stub.calls('POST /api/auth/login')[0]?.body).toEqual({
      email: 'helper@example.com',
      password: 'correct horse battery',
    });
  });

  it('never follows a ?next= to another site', async () => {
    stubApi({ ...quiet, 'GET /api/auth/me': { status: 200, body: meBody() } });
    const app = renderAppAt('/sign-in?next=//evil.example/x');
    await waitFor(() => expect(app.location()).toBe('/today'));
  });

  it.each([
    ['staff at /', meBody(), '/', '/today'],
    ['a client at /', client, '/', '/portal'],
    ['an individual at /', individual, '/', '/portal'],
    ['a client at a staff page', client, '/cases', '/portal'],
    ['a client at a team settings section (to their own account)', client, '/settings/members', '/settings/profile'],
    ['staff at the portal', meBody({ role: 'HELPER' }), '/portal', '/today'],
    ['a signed-in user at sign-in', meBody(), '/sign-in', '/today'],
    [
      'a member of no organization',
      meBody({ organization: null, role: null, memberships: [] }),
      '/today',
      '/no-organization',
    ],
  ])('sends %s to their landing page', async (_who, me, from, to) => {
    stubApi({ ...quiet, 'GET /api/auth/me': { status: 200, body: me } });
    const app = renderAppAt(from);
    await waitFor(() => expect(app.location()).toBe(to));
  });

  it('lets an individual use staff pages too (their own settings)', async () => {
    stubApi({ ...quiet, 'GET /api/auth/me': { status: 200, body: individual } });
    const app = renderAppAt('/settings/notifications');
    expect(await screen.findByRole('heading', { level: 2, name: 'Notifications' })).toBeInTheDocument();
    expect(app.location()).toBe('/settings/notifications');
  });

  it('shows the public start page to visitors at /', async () => {
    stubApi({ ...quiet, 'GET /api/auth/me': signedOut });
    renderAppAt('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Alipay verification, tracked as cases' }),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('signs the UI out when any request answers 401', async () => {
    const stub = stubApi({ ...quiet, 'GET /api/auth/me': { status: 200, body: meBody() } });
    const app = renderAppAt('/settings/members');
    expect(await screen.findByRole('heading', { level: 2, name: 'Members and roles' })).toBeInTheDocument();

    stub.on('GET /api/organization/members', signedOut);
    stub.on('GET /api/auth/me', signedOut);
    await app.user.click(screen.getByRole('link', { name: 'Organization' }));
    stub.on('GET /api/organization', signedOut);
    await app.queryClient.invalidateQueries({ queryKey: ['organization'] });

    await waitFor(() => expect(app.location()).toMatch(/^\/sign-in\?next=/));
  });

  it('offers a retry when the session cannot be checked', async () => {
    const stub = stubApi({
      ...quiet,
      'GET /api/auth/me': { status: 400, body: { error: { code: 'BAD_REQUEST', message: 'Broken' } } },
    });
    const app = renderAppAt('/today');
    expect(await screen.findByRole('heading', { level: 1, name: 'Could not reach Waiji' })).toBeInTheDocument();
    stub.on('GET /api/auth/me', { status: 200, body: meBody() });
    await app.user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: /^Hana Helper\b.*\baccount menu$/ })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Could not reach Waiji' })).not.toBeInTheDocument();
  });
});
