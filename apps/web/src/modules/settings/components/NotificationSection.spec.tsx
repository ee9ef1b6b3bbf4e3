import { screen, waitFor, within } from '@testing-library/react';
import type { NotificationPreferences } from '@waiji/contract';
import { meBody, stubApi, testIds } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

// Settings → Notifications: per channel, which cases reach the person (issue 16).

const setup = (
  me = meBody(),
  language: 'en' | 'zh' = 'en',
  start: NotificationPreferences = { inApp: 'MINE_AND_UNASSIGNED', email: 'MINE_AND_UNASSIGNED', digest: 'OFF' },
) => {
  let saved = start;
  const stub = stubApi({
    'GET /api/auth/me': { status: 200, body: me },
    'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
    'GET /api/notifications/preferences': () => ({ status: 200, body: saved }),
    'PUT /api/notifications/preferences': (request) => {
      saved = { ...saved, ...(request.body as Partial<NotificationPreferences>) };
      return { status: 200, body: saved };
    },
  });
  return { stub, app: renderAppAt('/settings/notifications', language) };
};

describe('notification preferences', () => {
  it('offers each channel its scopes and saves a change at once', async () => {
    const { stub, app } = setup();
    const inApp = await screen.findByRole('combobox', { name: /In the app/ });
    expect(inApp).toHaveValue('MINE_AND_UNASSIGNED');
    // The bell cannot be switched off.
    expect([...(inApp as HTMLSelectElement).options].map((option) => option.textContent)).toEqual([
      'All cases',
      'My cases and unassigned ones',
      'Only my cases',
    ]);
    const email = screen.getByRole('combobox', { name: /Email at once/ });
    expect([...(email as HTMLSelectElement).options].map((option) => option.value)).toEqual([
      'ALL',
      'MINE_AND_UNASSIGNED',
      'MINE',
      'OFF',
    ]);
    expect(screen.getByRole('combobox', { name: /Daily digest/ })).toHaveValue('OFF');

    await app.user.selectOptions(email, 'OFF');
    await waitFor(() => expect(stub.calls('PUT /api/notifications/preferences')).toHaveLength(1));
    expect(stub.calls('PUT /api/notifications/preferences')[0]?.body).toEqual({
      inApp: 'MINE_AND_UNASSIGNED',
      email: 'OFF',
      digest: 'OFF',
    });
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    await app.user.selectOptions(screen.getByRole('combobox', { name: /In the app/ }), 'MINE');
    await waitFor(() => expect(stub.calls('PUT /api/notifications/preferences')).toHaveLength(2));
    expect(stub.calls('PUT /api/notifications/preferences')[1]?.body).toMatchObject({ inApp: 'MINE', email: 'OFF' });
  });

  it('gives someone working alone two switches: email at once and the digest', async () => {
    const individual = meBody({
      organization: { id: testIds.org, name: 'Ana Lima', kind: 'PERSONAL', timezone: 'Asia/Shanghai' },
      memberships: [{ organizationId: testIds.org, organizationName: 'Ana Lima', kind: 'PERSONAL', role: 'OWNER' }],
    });
    const { stub, app } = setup(individual);
    const email = await screen.findByRole('switch', { name: /Email at once/ });
    expect(email).toBeChecked();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    await app.user.click(screen.getByRole('switch', { name: /Daily digest/ }));
    await waitFor(() => expect(stub.calls('PUT /api/notifications/preferences')).toHaveLength(1));
    expect(stub.calls('PUT /api/notifications/preferences')[0]?.body).toMatchObject({ digest: 'ALL' });
  });

  it('speaks Chinese', async () => {
    setup(meBody(), 'zh');
    const inApp = await screen.findByRole('combobox', { name: /应用内/ });
    expect(within(inApp).getByRole('option', { name: '我的案件和未分配的案件', selected: true })).toBeInTheDocument();
    expect(
      within(screen.getByRole('combobox', { name: /即时邮件/ })).getByRole('option', { name: '关闭' }),
    ).toBeInTheDocument();
  });
});
