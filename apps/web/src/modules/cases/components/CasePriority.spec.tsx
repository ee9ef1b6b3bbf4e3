import { screen, waitFor, within } from '@testing-library/react';
import type { CaseResponse, UpdateCaseRequest } from '@waiji/contract';
import { stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { aCase, aClient, session } from '../test/fixtures';
import { CaseListPage } from './CaseListPage';
import { CasePage } from './CasePage';

const bo = {
  userId: '00000000-0000-4000-8000-0000000000bb',
  email: 'b@example.com',
  displayName: 'Bo Helper',
  role: 'HELPER',
  clientId: null,
  emailVerified: true,
  joinedAt: '2026-01-01T00:00:00.000Z',
};
const vic = { ...bo, userId: '00000000-0000-4000-8000-0000000000cc', displayName: 'Vic Viewer', role: 'VIEWER' };
const members = { members: [bo, vic] };

const lastQuery = (api: ReturnType<typeof stubApi>, path: string): URLSearchParams => {
  const requests = api.requests(path, 'GET');
  return requests[requests.length - 1]?.url.searchParams ?? new URLSearchParams();
};

describe('priority and assignee', () => {
  it('shows the priority before the name in the list (none for normal), filters and sorts by it', async () => {
    const urgent = aCase({
      priority: 'URGENT',
      client: { id: aClient().id, passportName: 'Ula Urgent', bankName: null, passportLast4: null },
    });
    const normal = aCase({ priority: 'NORMAL' });
    const api = stubApi([
      { path: '/api/auth/me', reply: { body: session('HELPER') } },
      { path: '/api/organization/members', reply: { body: members } },
      { path: '/api/saved-views', reply: { body: { items: [] } } },
      { path: '/api/cases', reply: { body: { items: [urgent, normal], nextCursor: null } } },
    ]);
    const { user, location } = renderRoute(<CaseListPage />, { path: '/cases' });
    const table = await screen.findByRole('table', { name: 'Cases' });
    expect(within(within(table).getByRole('row', { name: /Ula Urgent/ })).getByText('Urgent')).toBeInTheDocument();
    expect(within(within(table).getByRole('row', { name: /Anna Müller/ })).queryByText('Normal')).toBeNull();

    const filters = within(screen.getByRole('group', { name: 'Priority' }));
    await user.click(filters.getByRole('checkbox', { name: 'High' }));
    await user.click(filters.getByRole('checkbox', { name: 'Urgent' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'priority');

    await waitFor(() => expect(lastQuery(api, '/api/cases').get('sort')).toBe('priority'));
    expect(lastQuery(api, '/api/cases').get('priority')).toBe('URGENT,HIGH');
    expect(lastQuery(api, '/api/cases').get('order')).toBe('desc');
    expect(new URL(location(), 'http://waiji.test').search).toBe('?priority=URGENT%2CHIGH&sort=priority');
  });

  it('changes the priority and the assignee on the case page, one PATCH each, offering people who work cases', async () => {
    const state = { current: aCase({ state: 'SUBMITTED', priority: 'NORMAL' }) };
    const api = stubApi([
      { path: '/api/auth/me', reply: { body: session('HELPER') } },
      { path: '/api/organization/members', reply: { body: members } },
      { path: `/api/cases/${state.current.id}`, reply: () => ({ body: state.current }) },
      {
        method: 'PATCH',
        path: `/api/cases/${state.current.id}`,
        reply: (request) => {
          const change = request.body as UpdateCaseRequest;
          const next: CaseResponse = { ...state.current };
          if (change.priority) next.priority = change.priority;
          if (change.assigneeId !== undefined) {
            next.assigneeId = change.assigneeId ?? null;
            next.assigneeName = change.assigneeId === bo.userId ? bo.displayName : null;
          }
          state.current = next;
          return { body: next };
        },
      },
      { path: `/api/clients/${state.current.clientId}`, reply: { body: aClient() } },
      { path: `/api/cases/${state.current.id}/events`, reply: { body: { items: [] } } },
      { path: `/api/cases/${state.current.id}/reminders`, reply: { body: { items: [], nextDueAt: null } } },
      { path: `/api/cases/${state.current.id}/checklist`, reply: { body: { items: [] } } },
      { method: 'POST', path: '/api/checks', reply: { body: { findings: [] } } },
    ]);
    const { user } = renderRoute(<CasePage />, { path: '/cases/:caseId', at: `/cases/${state.current.id}` });

    const priority = await screen.findByRole('combobox', { name: 'Priority' });
    expect(priority).toHaveValue('NORMAL');
    await user.selectOptions(priority, 'URGENT');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Priority' })).toHaveValue('URGENT'));

    const assignee = screen.getByRole('combobox', { name: 'Assignee' });
    // people who work cases, not viewers
    await waitFor(() => expect(within(assignee).getByRole('option', { name: 'Bo Helper' })).toBeInTheDocument());
    expect(within(assignee).queryByRole('option', { name: 'Vic Viewer' })).toBeNull();
    await user.selectOptions(assignee, 'Bo Helper');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Assignee' })).toHaveValue(bo.userId));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Assignee' }), 'Unassigned');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Assignee' })).toHaveValue(''));

    expect(api.requests(`/api/cases/${state.current.id}`, 'PATCH').map((request) => request.body)).toEqual([
      { priority: 'URGENT' },
      { assigneeId: bo.userId },
      { assigneeId: null },
    ]);
  });

  it('says so when a change is refused, and keeps showing what is saved', async () => {
    const current = aCase({ priority: 'LOW' });
    stubApi([
      { path: '/api/auth/me', reply: { body: session('HELPER') } },
      { path: '/api/organization/members', reply: { body: members } },
      { path: `/api/cases/${current.id}`, reply: { body: current } },
      {
        method: 'PATCH',
        path: `/api/cases/${current.id}`,
        reply: { status: 422, body: { error: { code: 'DOMAIN_RULE', message: 'Not allowed today.' } } },
      },
      { path: `/api/clients/${current.clientId}`, reply: { body: aClient() } },
      { path: `/api/cases/${current.id}/events`, reply: { body: { items: [] } } },
      { path: `/api/cases/${current.id}/reminders`, reply: { body: { items: [], nextDueAt: null } } },
      { path: `/api/cases/${current.id}/checklist`, reply: { body: { items: [] } } },
      { method: 'POST', path: '/api/checks', reply: { body: { findings: [] } } },
    ]);
    const { user } = renderRoute(<CasePage />, { path: '/cases/:caseId', at: `/cases/${current.id}` });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Priority' }), 'HIGH');
    expect(await screen.findByText('Not saved: Not allowed today.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Priority' })).toHaveValue('LOW');
  });

  it('shows a viewer the assignee and the priority as text', async () => {
    const current = aCase({ priority: 'HIGH', assigneeId: bo.userId, assigneeName: 'Bo Helper' });
    stubApi([
      { path: '/api/auth/me', reply: { body: session('VIEWER') } },
      { path: `/api/cases/${current.id}`, reply: { body: current } },
      { path: `/api/clients/${current.clientId}`, reply: { body: aClient() } },
      { path: `/api/cases/${current.id}/events`, reply: { body: { items: [] } } },
      { path: `/api/cases/${current.id}/reminders`, reply: { body: { items: [], nextDueAt: null } } },
      { path: `/api/cases/${current.id}/checklist`, reply: { body: { items: [] } } },
      { method: 'POST', path: '/api/checks', reply: { body: { findings: [] } } },
    ]);
    renderRoute(<CasePage />, { path: '/cases/:caseId', at: `/cases/${current.id}` });
    expect(await screen.findByText('Assignee: Bo Helper')).toBeInTheDocument();
    expect(screen.getByText('High')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Priority' })).toBeNull();
  });
});
