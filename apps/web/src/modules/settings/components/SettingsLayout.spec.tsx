import { screen, within } from '@testing-library/react';
import { meBody, stubApi, testIds } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const individual = meBody({
  user: { ...meBody().user, displayName: 'Tom Becker' },
  organization: { id: testIds.org, name: 'Tom Becker', kind: 'PERSONAL', timezone: 'Asia/Shanghai' },
  memberships: [{ organizationId: testIds.org, organizationName: 'Tom Becker', kind: 'PERSONAL', role: 'OWNER' }],
});

const setup = (me: ReturnType<typeof meBody>, at: string) => {
  const stub = stubApi({
    'GET /api/auth/me': { status: 200, body: me },
    'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
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
    expect(await sectionLinks()).toEqual(['Profile', 'Notifications', 'Language', 'Calendar feed', 'Security']);
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
      'Audit log',
    ]);
    expect(app.location()).toBe('/settings/members');
  });
});
