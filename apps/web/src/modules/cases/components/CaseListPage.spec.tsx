import { screen, waitFor, within } from '@testing-library/react';
import type { CaseResponse } from '@waiji/contract';
import { formatMoment } from '../../../i18n/formatDate';
import { stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { aCase, session } from '../test/fixtures';
import { CaseListPage } from './CaseListPage';

const members = {
  members: [
    {
      userId: '00000000-0000-4000-8000-0000000000bb',
      email: 'b@example.com',
      displayName: 'Bo Helper',
      role: 'HELPER',
      clientId: null,
      emailVerified: true,
      joinedAt: '2026-01-01T00:00:00.000Z',
    },
  ],
};

const listApi = (items: CaseResponse[] = [aCase()]) =>
  stubApi([
    { path: '/api/auth/me', reply: { body: session('HELPER') } },
    { path: '/api/organization/members', reply: { body: members } },
    { path: '/api/saved-views', reply: { body: { items: [] } } },
    { path: '/api/cases', reply: { body: { items, nextCursor: null } } },
    {
      method: 'POST',
      path: '/api/saved-views',
      reply: (request) => ({
        status: 201,
        body: {
          id: '00000000-0000-4000-c000-000000000001',
          createdAt: '2026-01-01T00:00:00.000Z',
          ...(request.body as object),
        },
      }),
    },
    { method: 'POST', path: '/api/cases/bulk/assign', reply: { body: { updated: 1 } } },
    { method: 'POST', path: '/api/cases/bulk/tags', reply: { body: { updated: 1 } } },
  ]);

const lastListQuery = (api: ReturnType<typeof stubApi>): URLSearchParams => {
  const requests = api.requests('/api/cases', 'GET');
  return requests[requests.length - 1]?.url.searchParams ?? new URLSearchParams();
};

describe('case list', () => {
  it('shows each case with its state chip and deadline', async () => {
    listApi([aCase({ state: 'AWAITING_DEPOSIT', nextDueAt: '2000-01-01T00:00:00.000Z', tags: ['vip'] })]);
    const { user } = renderRoute(<CaseListPage />, { path: '/cases' });

    const table = await screen.findByRole('table', { name: 'Cases' });
    const row = within(table).getByRole('row', { name: /Anna Müller/ });
    expect(within(row).getByText('Awaiting deposit')).toBeInTheDocument();
    const due = within(row).getByText(/^Overdue: was due/);
    expect(due).toHaveAttribute('datetime', '2000-01-01T00:00:00.000Z');
    await user.hover(due);
    expect(due).toHaveAttribute('title', formatMoment(new Date('2000-01-01T00:00:00.000Z'), 'en'));
    expect(within(row).getByText('vip')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/api\/cases\/export\.csv\?sort=updatedAt&order=desc&lang=en$/),
    );
  });

  it('puts every filter into the page URL and the API query', async () => {
    const api = listApi();
    const { user, location } = renderRoute(<CaseListPage />, { path: '/cases' });
    await screen.findByRole('table', { name: 'Cases' });

    await user.click(screen.getByRole('checkbox', { name: 'Rejected' }));
    await user.click(screen.getByRole('checkbox', { name: 'Awaiting deposit' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'BANK_CARD_VERIFICATION');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Assignee' }), 'Bo Helper');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bank' }), 'CMB');
    await user.type(screen.getByRole('combobox', { name: 'Tag' }), 'vip{Enter}');
    await user.click(screen.getByRole('checkbox', { name: 'Overdue only' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'nextDueAt');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'asc');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'anna');

    await waitFor(() => expect(lastListQuery(api).get('q')).toBe('anna'));
    const query = lastListQuery(api);
    expect(query.get('state')).toBe('AWAITING_DEPOSIT,REJECTED');
    expect(query.get('type')).toBe('BANK_CARD_VERIFICATION');
    expect(query.get('assignee')).toBe('00000000-0000-4000-8000-0000000000bb');
    expect(query.get('bank')).toBe('CMB');
    expect(query.get('tag')).toBe('vip');
    expect(query.get('overdue')).toBe('true');
    expect(query.get('sort')).toBe('nextDueAt');
    expect(query.get('order')).toBe('asc');
    expect(new URL(location(), 'http://waiji.test').search).toBe(
      '?state=AWAITING_DEPOSIT%2CREJECTED&type=BANK_CARD_VERIFICATION&assignee=00000000-0000-4000-8000-0000000000bb&bank=CMB&tag=vip&overdue=true&q=anna&sort=nextDueAt&order=asc',
    );
    expect(screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toContain(
      'state=AWAITING_DEPOSIT%2CREJECTED',
    );
  });

  it('starts from the filters in the URL (a shared link, a saved view)', async () => {
    const api = listApi();
    renderRoute(<CaseListPage />, { path: '/cases', at: '/cases?state=REJECTED&dueBy=2026-03-05' });
    await screen.findByRole('table', { name: 'Cases' });

    expect(screen.getByRole('checkbox', { name: 'Rejected' })).toBeChecked();
    expect(lastListQuery(api).get('state')).toBe('REJECTED');
    expect(lastListQuery(api).get('dueBefore')).toBe(new Date(2026, 2, 6).toISOString());
  });

  it('saves the current filters as a view', async () => {
    const api = listApi();
    const { user } = renderRoute(<CaseListPage />, { path: '/cases', at: '/cases?state=REJECTED' });
    await screen.findByRole('table', { name: 'Cases' });

    await user.click(screen.getByRole('button', { name: 'Saved views' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Save this view…' }));
    await user.type(await screen.findByRole('textbox', { name: 'Name of the view' }), 'Rejected ones');
    await user.click(screen.getByRole('button', { name: 'Save view' }));

    expect(await screen.findByText('View “Rejected ones” saved.')).toBeInTheDocument();
    expect(api.requests('/api/saved-views', 'POST')[0]?.body).toEqual({
      name: 'Rejected ones',
      filters: { state: ['REJECTED'], sort: 'updatedAt', order: 'desc' },
    });
  });

  it('assigns and tags the selected cases in bulk', async () => {
    const first = aCase();
    const second = aCase({
      client: {
        id: '00000000-0000-4000-9000-000000000002',
        passportName: 'Omar Haddad',
        bankName: null,
        passportLast4: null,
      },
    });
    const api = listApi([first, second]);
    const { user } = renderRoute(<CaseListPage />, { path: '/cases' });
    await screen.findByRole('table', { name: 'Cases' });

    await user.click(screen.getByRole('checkbox', { name: 'Select Omar Haddad' }));
    const bulk = within(screen.getByRole('region', { name: 'Change selected cases' }));
    expect(bulk.getByText('1 case selected')).toBeInTheDocument();
    await user.selectOptions(bulk.getByRole('combobox', { name: 'Assign to' }), 'Bo Helper');
    await user.click(bulk.getByRole('button', { name: 'Assign' }));
    await user.type(bulk.getByRole('textbox', { name: 'Tag' }), 'vip');
    await user.click(bulk.getByRole('button', { name: 'Add tag' }));

    await waitFor(() => expect(api.requests('/api/cases/bulk/tags', 'POST')).toHaveLength(1));
    expect(api.requests('/api/cases/bulk/assign', 'POST')[0]?.body).toEqual({
      caseIds: [second.id],
      assigneeId: '00000000-0000-4000-8000-0000000000bb',
    });
    expect(api.requests('/api/cases/bulk/tags', 'POST')[0]?.body).toEqual({
      caseIds: [second.id],
      add: ['vip'],
      remove: [],
    });

    await user.click(screen.getByRole('checkbox', { name: 'Select all shown cases' }));
    expect(
      within(screen.getByRole('region', { name: 'Change selected cases' })).getByText('2 cases selected'),
    ).toBeInTheDocument();
  });

  it('says so when nothing matches, and when there are no cases at all', async () => {
    listApi([]);
    renderRoute(<CaseListPage />, { path: '/cases', at: '/cases?state=APPROVED' });
    expect(await screen.findByText('No cases match these filters.')).toBeInTheDocument();
  });
});
