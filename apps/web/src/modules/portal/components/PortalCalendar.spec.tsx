import { screen, within } from '@testing-library/react';
import { clientMeBody, portalCaseBody, stubApi, testIds } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const caseId = testIds.portalCase;
const clientMe = (locale: 'en' | 'zh') => clientMeBody({ user: { ...clientMeBody().user, locale } });

const detail = portalCaseBody({ nextDueAt: '2099-01-07T02:00:00.000Z' });

const setup = (locale: 'en' | 'zh') => {
  const stub = stubApi({
    'GET /api/auth/me': { status: 200, body: clientMe(locale) },
    'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
    'GET /api/portal/cases': { status: 200, body: { items: [detail] } },
    [`GET /api/portal/cases/${caseId}`]: { status: 200, body: detail },
    'GET /api/calendar/token': { status: 200, body: { active: false, assignedCases: 0 } },
    'POST /api/calendar/token': {
      status: 201,
      body: { url: 'https://waiji.example/api/calendar/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG.ics?alarm=AT_TIME' },
    },
  });
  return { stub, app: renderAppAt('/portal', locale) };
};

describe('client portal: calendar feed', () => {
  it('offers a client their own deadlines in their calendar: an alarm, no choice of cases, asked for only when opened', async () => {
    const { stub, app } = setup('en');
    const section = await screen.findByRole('region', { name: 'Your deadlines in your calendar' });
    expect(stub.calls('GET /api/calendar/token')).toHaveLength(0);

    await app.user.click(within(section).getByRole('button', { name: 'Add to my calendar' }));
    await within(section).findByRole('radiogroup', { name: 'Alarm' });
    expect(within(section).queryByRole('radiogroup', { name: 'Cases in the feed' })).not.toBeInTheDocument();
    expect(within(section).queryByRole('status')).not.toBeInTheDocument();
    await app.user.click(within(section).getByRole('radio', { name: /^At the time/ }));
    await app.user.click(within(section).getByRole('button', { name: 'Create feed address' }));

    expect(await within(section).findByRole('textbox', { name: 'Feed address (keep it secret)' })).toHaveValue(
      'https://waiji.example/api/calendar/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG.ics?alarm=AT_TIME',
    );
    expect(stub.calls('POST /api/calendar/token').map((call) => call.body)).toEqual([{ alarm: 'AT_TIME' }]);
  });

  it('speaks Chinese to a Chinese client', async () => {
    const { app } = setup('zh');
    const section = await screen.findByRole('region', { name: '在日历中查看期限' });
    await app.user.click(within(section).getByRole('button', { name: '添加到我的日历' }));
    expect(await within(section).findByRole('radio', { name: '前一天 9:00' })).toBeChecked();
    expect(within(section).getByText(/事件使用中文/)).toBeInTheDocument();
  });
});
