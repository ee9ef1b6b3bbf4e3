import { screen, within } from '@testing-library/react';
import { meBody, stubApi, testIds } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const individual = meBody({
  user: { ...meBody().user, displayName: 'Tom Becker' },
  organization: { id: testIds.org, name: 'Tom Becker', kind: 'PERSONAL', timezone: 'Asia/Shanghai' },
  memberships: [{ organizationId: testIds.org, organizationName: 'Tom Becker', kind: 'PERSONAL', role: 'OWNER' }],
});

const client = meBody({
  user: { ...meBody().user, displayName: 'Li Wei' },
  role: 'CLIENT',
  clientId: testIds.client,
  memberships: [{ organizationId: testIds.org, organizationName: 'Bridge Agency', kind: 'AGENCY', role: 'CLIENT' }],
});

const setup = (me: ReturnType<typeof meBody>, at: string, routes: Parameters<typeof stubApi>[0] = {}) => {
  const stub = stubApi({
    'GET /api/auth/me': { status: 200, body: me },
    'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
    ...routes,
  });
  return { stub, app: renderAppAt(at) };
};

const sectionLinks = async () => {
  const nav = await screen.findByRole('navigation', { name: 'Settings sections' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
};

describe('settings sections by organization kind', () => {
  it('shows an individual only the sections about themselves', async () => {
    setup(individual, '/settings/notifications');
    expect(await sectionLinks()).toEqual([
      'Profile',
      'Notifications',
      'Language',
      'Calendar feed',
      'Security',
      'Email delivery',
      'Incoming email',
      'API tokens',
      'Webhooks',
    ]);
  });

  it.each([
    '/settings',
    '/settings/members',
    '/settings/invitations',
    '/settings/organization',
    '/settings/deadlines',
    '/settings/audit',
  ])('sends an individual who opens %s to their first section, asking nothing about a team', async (at) => {
    const { stub, app } = setup(individual, at);
    await sectionLinks();
    expect(app.location()).toBe('/settings/profile');
    expect(
      stub.requests.filter((request) =>
        /^\/api\/(organization|organization\/members|organization\/invitations|organization\/policy|audit)$/.test(
          request.path,
        ),
      ),
    ).toEqual([]);
  });

  it('keeps every section for an agency owner', async () => {
    const { app } = setup(meBody(), '/settings');
    expect(await sectionLinks()).toEqual([
      'Members',
      'Invitations',
      'Organization',
      'Deadlines',
      'Profile',
      'Notifications',
      'Language',
      'Calendar feed',
      'Security',
      'Email delivery',
      'Incoming email',
      'API tokens',
      'Webhooks',
      'Audit log',
    ]);
    expect(app.location()).toBe('/settings/members');
  });

  it('gives a portal client their own account: profile, language and security, reached from the account menu', async () => {
    const { app } = setup(client, '/portal', { 'GET /api/portal/cases': { status: 200, body: { items: [] } } });
    await app.user.click(await screen.findByRole('button', { name: /^Li Wei\b.*\baccount menu$/ }));
    await app.user.click(await screen.findByRole('menuitem', { name: 'Settings' }));
    expect(await sectionLinks()).toEqual(['Profile', 'Language', 'Security']);
    expect(app.location()).toBe('/settings/profile');
  });

  it.each([
    '/settings/members',
    '/settings/organization',
    '/settings/notifications',
    '/settings/calendar',
    '/settings/audit',
    '/settings/email',
  ])('sends a portal client who opens %s to their profile, asking nothing of the staff API', async (at) => {
    const { stub, app } = setup(client, at);
    await sectionLinks();
    expect(app.location()).toBe('/settings/profile');
    expect(
      stub.requests.filter((request) =>
        /^\/api\/(organization|audit|admin|notifications\/preferences|calendar)/.test(request.path),
      ),
    ).toEqual([]);
  });

  it('lets a portal client change their password (Settings → Security)', async () => {
    const { stub, app } = setup(client, '/settings/security', {
      'POST /api/auth/password': { status: 200, body: { sessionsEnded: 0 } },
    });
    await app.user.type(await screen.findByLabelText(/Current password/), 'old-password-123');
    await app.user.type(screen.getByLabelText(/^New password/), 'a fresh long passphrase');
    await app.user.type(screen.getByLabelText(/Repeat the new password/), 'a fresh long passphrase');
    await app.user.click(screen.getByRole('button', { name: 'Change password' }));
    await screen.findByText(/^Password changed\./);
    expect(stub.calls('POST /api/auth/password')[0]?.body).toEqual({
      currentPassword: 'old-password-123',
      newPassword: 'a fresh long passphrase',
    });
  });
});
