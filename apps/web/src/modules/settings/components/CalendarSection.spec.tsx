import type { CalendarStatusResponse } from '@waiji/contract';
import { screen, waitFor, within } from '@testing-library/react';
import { meBody, type StubReply, stubApi, testIds } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';
import type { Language } from '../../../i18n/languages';

const feedUrl = 'https://waiji.example/api/calendar/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG.ics';

const setup = ({
  me = meBody(),
  status = { status: 200, body: { active: false, assignedCases: 0 } satisfies CalendarStatusResponse },
  language = 'en',
}: { me?: ReturnType<typeof meBody>; status?: StubReply; language?: Language } = {}) => {
  const stub = stubApi({
    'GET /api/auth/me': { status: 200, body: me },
    'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
    'GET /api/calendar/token': status,
    'POST /api/calendar/token': (request) => ({
      status: 201,
      body: { url: `${feedUrl}?${new URLSearchParams(request.body as Record<string, string>)}` },
    }),
  });
  const app = renderAppAt('/settings/calendar', language);
  return { stub, app };
};

const helperMe = () =>
  meBody({
    role: 'HELPER',
    memberships: [{ organizationId: testIds.org, organizationName: 'Bridge Agency', kind: 'AGENCY', role: 'HELPER' }],
  });

const radios = (group: string) =>
  within(screen.getByRole('radiogroup', { name: group }))
    .getAllByRole('radio')
    .map((radio) => radio.getAttribute('value'));

describe('settings: calendar feed', () => {
  it('offers an owner their cases, their team’s or the whole organisation, and hints when none are assigned', async () => {
    const { stub, app } = setup();
    await screen.findByRole('radiogroup', { name: 'Cases in the feed' });
    expect(radios('Cases in the feed')).toEqual(['MINE', 'TEAM', 'ORGANIZATION']);
    expect(screen.getByRole('radio', { name: 'Cases assigned to me' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your feed shows cases assigned to you — none are. Choose “Whole organisation” or assign cases.',
    );
    expect(radios('Alarm')).toEqual(['NONE', 'AT_TIME', 'HOUR_BEFORE', 'DAY_BEFORE_9']);
    expect(screen.getByRole('radio', { name: '9:00 the day before' })).toBeChecked();
    expect(screen.getByText(/Events are written in English/)).toBeInTheDocument();

    await app.user.click(screen.getByRole('radio', { name: 'Whole organisation' }));
    expect(screen.queryByText(/none are/)).not.toBeInTheDocument();
    await app.user.click(screen.getByRole('radio', { name: /^1 hour before/ }));
    await app.user.click(screen.getByRole('button', { name: 'Create feed address' }));

    const address = await screen.findByRole('textbox', { name: 'Feed address (keep it secret)' });
    expect(address).toHaveValue(`${feedUrl}?alarm=HOUR_BEFORE&scope=ORGANIZATION`);
    expect(stub.calls('POST /api/calendar/token').map((call) => call.body)).toEqual([
      { alarm: 'HOUR_BEFORE', scope: 'ORGANIZATION' },
    ]);
    expect(screen.getByText('Active')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Make a new address' })).toBeInTheDocument();
  });

  it('offers a helper their cases or their team’s, and points them to their team when none are assigned', async () => {
    const { stub, app } = setup({ me: helperMe() });
    await screen.findByRole('radiogroup', { name: 'Cases in the feed' });
    expect(radios('Cases in the feed')).toEqual(['MINE', 'TEAM']);
    expect(screen.queryByRole('radio', { name: 'Whole organisation' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Choose “My team” to add the unassigned ones');

    await app.user.click(screen.getByRole('radio', { name: /^My team/ }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    await app.user.click(screen.getByRole('radio', { name: 'No alarm' }));
    await app.user.click(screen.getByRole('button', { name: 'Create feed address' }));
    await screen.findByRole('textbox', { name: 'Feed address (keep it secret)' });
    expect(stub.calls('POST /api/calendar/token')[0]?.body).toEqual({ alarm: 'NONE', scope: 'TEAM' });
  });

  it('shows no hint when cases are assigned to them, and says an address exists', async () => {
    setup({ status: { status: 200, body: { active: true, assignedCases: 3 } } });
    await screen.findByRole('radiogroup', { name: 'Cases in the feed' });
    expect(screen.queryByText(/none are/)).not.toBeInTheDocument();
    expect(screen.getByText(/A feed address exists but is not shown again/)).toBeInTheDocument();
  });

  it('lets an individual choose only the alarm: their feed is their own cases', async () => {
    const { stub, app } = setup({
      me: meBody({
        organization: { id: testIds.org, name: 'Hana', kind: 'PERSONAL', timezone: 'Asia/Shanghai' },
        memberships: [{ organizationId: testIds.org, organizationName: 'Hana', kind: 'PERSONAL', role: 'OWNER' }],
      }),
    });
    await screen.findByRole('radiogroup', { name: 'Alarm' });
    expect(screen.queryByRole('radiogroup', { name: 'Cases in the feed' })).not.toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    await app.user.click(screen.getByRole('button', { name: 'Create feed address' }));
    await screen.findByRole('textbox', { name: 'Feed address (keep it secret)' });
    expect(stub.calls('POST /api/calendar/token')[0]?.body).toEqual({ alarm: 'DAY_BEFORE_9' });
  });

  it('speaks Chinese: options, hint and the events’ language', async () => {
    setup({ language: 'zh', me: meBody({ user: { ...meBody().user, locale: 'zh' } }) });
    await screen.findByRole('radiogroup', { name: '订阅中的案件' });
    expect(screen.getByRole('radio', { name: '整个组织' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '前一天 9:00' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(
      '您的订阅显示分配给您的案件——目前没有。请选择“整个组织”，或分配案件。',
    );
    expect(screen.getByText(/事件使用中文/)).toBeInTheDocument();
  });

  it('shows a load failure with a retry, and a refused address with the server’s reason', async () => {
    const { stub, app } = setup({
      status: { status: 500, body: { error: { code: 'INTERNAL', message: 'Database down', details: {} } } },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Database down');
    stub.on('GET /api/calendar/token', { status: 200, body: { active: false, assignedCases: 1 } });
    await app.user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('radiogroup', { name: 'Cases in the feed' });

    stub.on('POST /api/calendar/token', {
      status: 403,
      body: { error: { code: 'FORBIDDEN', message: 'Only owners and admins can follow the whole organization' } },
    });
    await app.user.click(screen.getByRole('button', { name: 'Create feed address' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Only owners and admins'));
  });
});
