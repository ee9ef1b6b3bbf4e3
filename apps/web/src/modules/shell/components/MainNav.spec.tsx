import { screen, within } from '@testing-library/react';
import { meBody, signedOut, stubApi, testIds } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const base = {
  'GET /api/notifications/unread-count': { status: 200, body: { count: 3, latestAt: '2026-01-05T08:00:00.000Z' } },
  'GET /api/portal/cases': { status: 200, body: { items: [] } },
  'GET /api/cases': { status: 200, body: { items: [], nextCursor: null } },
  'GET /api/health': { status: 200, body: { status: 'ok', db: 'up', version: '0.1.0', uptimeSeconds: 5 } },
};

const navLinks = async () => {
  const nav = await screen.findByRole('navigation', { name: 'Main' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent);
};

describe('main navigation by role', () => {
  it('gives staff their workspace, the bell and the account menu', async () => {
    stubApi({ ...base, 'GET /api/auth/me': { status: 200, body: meBody({ role: 'HELPER' }) } });
    renderAppAt('/today');
    await screen.findByRole('button', { name: /^Hana Helper\b.*\baccount menu$/ });
    expect(await navLinks()).toEqual(['Today', 'Cases', 'Clients', 'Board', 'Reports', 'Settings', 'Alipay helper']);
    expect(await screen.findByRole('button', { name: 'Notifications, 3 unread' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Hana Helper\b.*\baccount menu$/ })).toBeInTheDocument();
  });

  it('gives a client their case and their account settings', async () => {
    stubApi({
      ...base,
      'GET /api/auth/me': {
        status: 200,
        body: meBody({
          role: 'CLIENT',
          clientId: testIds.client,
          memberships: [
            { organizationId: testIds.org, organizationName: 'Bridge Agency', kind: 'AGENCY', role: 'CLIENT' },
          ],
        }),
      },
    });
    renderAppAt('/portal');
    await screen.findByRole('heading', { level: 1, name: 'Your Alipay case' });
    expect(await navLinks()).toEqual(['My case', 'Settings', 'Alipay helper']);
  });

  it('gives an individual their case and settings', async () => {
    stubApi({
      ...base,
      'GET /api/auth/me': {
        status: 200,
        body: meBody({
          organization: { id: testIds.org, name: 'Ana', kind: 'PERSONAL', timezone: 'Asia/Shanghai' },
          memberships: [{ organizationId: testIds.org, organizationName: 'Ana', kind: 'PERSONAL', role: 'OWNER' }],
        }),
      },
    });
    renderAppAt('/portal');
    await screen.findByRole('heading', { level: 1, name: 'Your Alipay case' });
    expect(await navLinks()).toEqual(['My case', 'Settings', 'Alipay helper']);
  });

  it('keeps "My case" marked for an individual on their case page, which they reach from it', async () => {
    stubApi({
      ...base,
      'GET /api/auth/me': {
        status: 200,
        body: meBody({
          organization: { id: testIds.org, name: 'Ana', kind: 'PERSONAL', timezone: 'Asia/Shanghai' },
          memberships: [{ organizationId: testIds.org, organizationName: 'Ana', kind: 'PERSONAL', role: 'OWNER' }],
        }),
      },
    });
    renderAppAt(`/cases/${testIds.client}`);
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const myCase = await within(nav).findByRole('link', { name: 'My case' });
    expect(myCase).toHaveAttribute('aria-current', 'page');
    expect(myCase).toHaveAttribute('href', '/portal');
    expect(within(nav).getByRole('link', { name: 'Settings' })).not.toHaveAttribute('aria-current');
  });

  it('shows visitors the public pages and a sign-in button, no bell', async () => {
    stubApi({ ...base, 'GET /api/auth/me': signedOut });
    renderAppAt('/');
    await screen.findByRole('heading', { level: 1, name: 'Alipay verification, tracked as cases' });
    expect(await navLinks()).toEqual(['Start', 'Alipay helper']);
    expect(screen.queryByRole('button', { name: /Notifications/ })).not.toBeInTheDocument();
  });

  it('switches organization from the account menu and lands in the new one', async () => {
    const two = meBody({
      memberships: [
        { organizationId: testIds.org, organizationName: 'Bridge Agency', kind: 'AGENCY', role: 'OWNER' },
        { organizationId: testIds.otherOrg, organizationName: 'Campus Office', kind: 'UNIVERSITY', role: 'CLIENT' },
      ],
    });
    const switched = meBody({
      organization: { id: testIds.otherOrg, name: 'Campus Office', kind: 'UNIVERSITY', timezone: 'Asia/Shanghai' },
      role: 'CLIENT',
      clientId: testIds.client,
      memberships: two.memberships,
      csrfToken: 'second-token',
    });
    const stub = stubApi({
      ...base,
      'GET /api/auth/me': { status: 200, body: two },
      'POST /api/auth/switch-organization': { status: 200, body: switched },
    });
    const app = renderAppAt('/today');
    // Whatever /today shows, the header is there once the session is known.
    await screen.findByRole('button', { name: /^Hana Helper\b.*\baccount menu$/ });

    await app.user.click(screen.getByRole('button', { name: /^Hana Helper\b.*\baccount menu$/ }));
    await app.user.click(await screen.findByRole('menuitem', { name: /Campus Office/ }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Your Alipay case' })).toBeInTheDocument();
    expect(app.location()).toBe('/portal');
    const [call] = stub.calls('POST /api/auth/switch-organization');
    expect(call?.body).toEqual({ organizationId: testIds.otherOrg });
    expect(call?.headers['x-csrf-token']).toBe('csrf-test-token');
  });

  it('signs out and goes to sign-in', async () => {
    const stub = stubApi({
      ...base,
      'GET /api/auth/me': { status: 200, body: meBody() },
      'POST /api/auth/logout-everywhere': { status: 200, body: { ended: 2 } },
    });
    const app = renderAppAt('/today');
    // Whatever /today shows, the header is there once the session is known.
    await screen.findByRole('button', { name: /^Hana Helper\b.*\baccount menu$/ });
    await app.user.click(screen.getByRole('button', { name: /^Hana Helper\b.*\baccount menu$/ }));
    await app.user.click(await screen.findByRole('menuitem', { name: 'Sign out on all devices' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(stub.calls('POST /api/auth/logout-everywhere')).toHaveLength(1);
  });
});
