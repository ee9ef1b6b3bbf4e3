import { screen, within } from '@testing-library/react';
import { meBody, stubApi, testIds } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const base = {
  'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
  'GET /api/portal/cases': { status: 200, body: { items: [] } },
  'GET /api/cases': { status: 200, body: { items: [], nextCursor: null } },
};

describe('account menu in the header', () => {
  it('names an individual once, not again as their personal organization', async () => {
    stubApi({
      ...base,
      'GET /api/auth/me': {
        status: 200,
        body: meBody({
          user: { ...meBody().user, displayName: 'Tom Becker' },
          organization: { id: testIds.org, name: 'Tom Becker', kind: 'PERSONAL', timezone: 'Asia/Shanghai' },
          memberships: [
            { organizationId: testIds.org, organizationName: 'Tom Becker', kind: 'PERSONAL', role: 'OWNER' },
          ],
        }),
      },
    });
    renderAppAt('/portal');
    const trigger = await screen.findByRole('button', { name: /account menu$/ });
    expect(within(trigger).getAllByText('Tom Becker')).toHaveLength(1);
    expect(trigger).toHaveAccessibleName(/^Tom Becker\s*account menu$/);
  });

  it('still shows the organization under the name for a team', async () => {
    stubApi({ ...base, 'GET /api/auth/me': { status: 200, body: meBody() } });
    renderAppAt('/today');
    const trigger = await screen.findByRole('button', { name: /account menu$/ });
    expect(within(trigger).getByText('Hana Helper')).toBeInTheDocument();
    expect(within(trigger).getByText('Bridge Agency')).toBeInTheDocument();
  });
});
