import { screen, waitFor, within } from '@testing-library/react';
import { stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { aCase, session } from '../../cases/test/fixtures';
import { TodayPage } from './TodayPage';

describe('today', () => {
  it('shows the four lists, each row one click from its case or its next action', async () => {
    const overdue = aCase({ state: 'AWAITING_DEPOSIT', nextDueAt: '2000-01-01T00:00:00.000Z' });
    const waiting = aCase({
      state: 'SUBMITTED',
      version: 7,
      client: {
        id: '00000000-0000-4000-9000-000000000002',
        passportName: 'Omar Haddad',
        bankName: null,
        passportLast4: null,
      },
    });
    const rejected = aCase({
      state: 'REJECTED',
      lastReasonCode: 'CARD_CHECK_FAILED',
      client: {
        id: '00000000-0000-4000-9000-000000000003',
        passportName: 'Yuki Tanaka',
        bankName: null,
        passportLast4: null,
      },
    });
    const api = stubApi([
      { path: '/api/auth/me', reply: { body: session() } },
      {
        path: '/api/cases',
        reply: (request) => {
          const params = request.url.searchParams;
          if (params.get('overdue') === 'true') return { body: { items: [overdue], nextCursor: null } };
          if (params.get('state') === 'REJECTED') return { body: { items: [rejected], nextCursor: null } };
          if (params.get('state')?.includes('SUBMITTED')) return { body: { items: [waiting], nextCursor: null } };
          return { body: { items: [], nextCursor: null } };
        },
      },
      {
        method: 'POST',
        path: `/api/cases/${waiting.id}/transitions`,
        reply: { body: { case: { ...waiting, state: 'AWAITING_DEPOSIT', version: 8 }, event: {} } },
      },
    ]);
    const { user } = renderRoute(<TodayPage />, { path: '/today' });

    const overdueList = within(await screen.findByTestId('today-overdue'));
    expect(await overdueList.findByRole('link', { name: 'Open case of Anna Müller' })).toHaveAttribute(
      'href',
      `/cases/${overdue.id}`,
    );
    expect(overdueList.getByText(/^Overdue: was due/)).toBeInTheDocument();
    expect(within(screen.getByTestId('today-dueToday')).getByText('Nothing else is due today.')).toBeInTheDocument();
    expect(
      await within(screen.getByTestId('today-rejected')).findByText('Reason: Bank-card check failed (M1)'),
    ).toBeInTheDocument();
    expect(within(screen.getByTestId('today-rejected')).getByRole('button', { name: 'Resubmit' })).toBeInTheDocument();

    const waitingList = within(screen.getByTestId('today-waiting'));
    await user.click(await waitingList.findByRole('button', { name: 'Application accepted, awaiting deposit' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(api.requests(`/api/cases/${waiting.id}/transitions`, 'POST')).toHaveLength(1));
    expect(api.requests(`/api/cases/${waiting.id}/transitions`, 'POST')[0]?.body).toEqual({
      action: 'await_deposit',
      version: 7,
      payload: {},
    });
    const dueToday = api.requests('/api/cases').find((request) => request.url.searchParams.has('dueBefore'));
    expect(dueToday?.url.searchParams.get('sort')).toBe('nextDueAt');
  });

  it('shows mine, unassigned or everyone’s cases in every list, kept in the address and in “See all”', async () => {
    const mine = aCase({
      state: 'AWAITING_DEPOSIT',
      nextDueAt: '2000-01-01T00:00:00.000Z',
      assigneeName: 'Hana Helper',
    });
    const nobodys = aCase({
      state: 'AWAITING_DEPOSIT',
      nextDueAt: '2000-01-01T00:00:00.000Z',
      client: {
        id: '00000000-0000-4000-9000-000000000009',
        passportName: 'Ivan Petrov',
        bankName: null,
        passportLast4: null,
      },
    });
    const api = stubApi([
      { path: '/api/auth/me', reply: { body: session() } },
      {
        path: '/api/cases',
        reply: (request) => {
          const params = request.url.searchParams;
          if (params.get('overdue') !== 'true') return { body: { items: [], nextCursor: null } };
          const assignee = params.get('assignee');
          const items = assignee === 'me' ? [mine] : assignee === 'none' ? [nobodys] : [mine, nobodys];
          return { body: { items, nextCursor: null } };
        },
      },
    ]);
    const { user, location } = renderRoute(<TodayPage />, { path: '/today' });
    const overdue = within(await screen.findByTestId('today-overdue'));
    expect(await overdue.findByRole('link', { name: 'Open case of Ivan Petrov' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Everyone' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Mine' }));
    await waitFor(() =>
      expect(overdue.queryByRole('link', { name: 'Open case of Ivan Petrov' })).not.toBeInTheDocument(),
    );
    expect(overdue.getByRole('link', { name: 'Open case of Anna Müller' })).toBeInTheDocument();
    expect(location()).toBe('/today?assignee=me');
    // Every section (and the documents' "Ready to submit") asks for the same scope, and "See all" opens the list with it.
    const sections = ['overdue', 'dueToday', 'waiting', 'rejected', 'ready'];
    await waitFor(() =>
      expect(
        api.requests('/api/cases').filter((request) => request.url.searchParams.get('assignee') === 'me'),
      ).toHaveLength(sections.length),
    );
    expect(overdue.getByRole('link', { name: 'See all in the case list' })).toHaveAttribute(
      'href',
      '/cases?assignee=me&overdue=true&sort=nextDueAt&order=asc',
    );

    await user.click(screen.getByRole('radio', { name: 'Unassigned' }));
    expect(await overdue.findByRole('link', { name: 'Open case of Ivan Petrov' })).toBeInTheDocument();
    expect(overdue.queryByRole('link', { name: 'Open case of Anna Müller' })).not.toBeInTheDocument();
    expect(location()).toBe('/today?assignee=none');

    await user.click(screen.getByRole('radio', { name: 'Everyone' }));
    await waitFor(() => expect(location()).toBe('/today'));
    expect(await overdue.findByRole('link', { name: 'Open case of Anna Müller' })).toBeInTheDocument();
  });

  it('reads the scope from the address, in Chinese too', async () => {
    stubApi([
      { path: '/api/auth/me', reply: { body: session() } },
      { path: '/api/cases', reply: { body: { items: [], nextCursor: null } } },
    ]);
    renderRoute(<TodayPage />, { path: '/today', at: '/today?assignee=none', language: 'zh' });
    expect(await screen.findByRole('radio', { name: '未分配' })).toBeChecked();
    expect(screen.getByRole('group', { name: '谁的案件' })).toBeInTheDocument();
  });
});
