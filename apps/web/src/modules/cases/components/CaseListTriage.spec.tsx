import { screen, waitFor, within } from '@testing-library/react';
import type { MeResponse, SavedViewResponse } from '@waiji/contract';
import { stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { aCase, session } from '../test/fixtures';
import { CaseListPage } from './CaseListPage';

const tagCounts = [
  { tag: 'vip', count: 12 },
  { tag: 'former-vip', count: 3 },
];

const view = (overrides: Partial<SavedViewResponse>): SavedViewResponse => ({
  id: '00000000-0000-4000-c000-000000000001',
  name: 'View',
  filters: {},
  shared: false,
  mine: true,
  editable: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

const teamQueue = view({
  id: '00000000-0000-4000-c000-000000000002',
  name: 'Team queue',
  filters: { assignee: 'none', state: ['REJECTED'] },
  shared: true,
  mine: false,
  editable: false,
});
const myQueue = view({ name: 'My queue', filters: { assignee: 'me' } });

const listApi = (role: MeResponse['role'] = 'HELPER', views: SavedViewResponse[] = []) =>
  stubApi([
    { path: '/api/auth/me', reply: { body: session(role) } },
    { path: '/api/organization/members', reply: { body: { members: [] } } },
    { path: '/api/saved-views', reply: { body: { items: views } } },
    {
      path: '/api/cases/tags',
      reply: (request) => {
        const q = (request.url.searchParams.get('q') ?? '').toLowerCase();
        return { body: { items: tagCounts.filter((item) => item.tag.includes(q)) } };
      },
    },
    { path: '/api/cases', reply: { body: { items: [aCase()], nextCursor: null } } },
    {
      method: 'POST',
      path: '/api/saved-views',
      reply: (request) => ({ status: 201, body: view(request.body as Partial<SavedViewResponse>) }),
    },
    { method: 'PATCH', path: /^\/api\/saved-views\//, reply: (request) => ({ body: view(request.body as object) }) },
  ]);

const lastListQuery = (api: ReturnType<typeof stubApi>): URLSearchParams =>
  api.requests('/api/cases', 'GET').at(-1)?.url.searchParams ?? new URLSearchParams();

describe('case list: mine, tag suggestions, shared views', () => {
  it('shows mine, unassigned or everyone’s cases in one tap', async () => {
    const api = listApi();
    const { user, location } = renderRoute(<CaseListPage />, { path: '/cases' });
    await screen.findByRole('table', { name: 'Cases' });
    const scope = screen.getByRole('group', { name: 'Whose cases' });
    expect(within(scope).getByRole('radio', { name: 'Everyone' })).toBeChecked();

    await user.click(within(scope).getByRole('radio', { name: 'Mine' }));
    await waitFor(() => expect(lastListQuery(api).get('assignee')).toBe('me'));
    expect(location()).toBe('/cases?assignee=me');
    // The assignee select says the same.
    expect(screen.getByRole('combobox', { name: 'Assignee' })).toHaveValue('me');

    await user.click(within(scope).getByRole('radio', { name: 'Unassigned' }));
    await waitFor(() => expect(lastListQuery(api).get('assignee')).toBe('none'));
    await user.click(within(scope).getByRole('radio', { name: 'Everyone' }));
    await waitFor(() => expect(lastListQuery(api).has('assignee')).toBe(false));
    expect(location()).toBe('/cases');
  });

  it('suggests tags containing what is typed, with counts, and filters by the one chosen, exactly', async () => {
    const api = listApi();
    const { user, location } = renderRoute(<CaseListPage />, { path: '/cases' });
    await screen.findByRole('table', { name: 'Cases' });

    const input = screen.getByRole('combobox', { name: 'Tag' });
    await user.type(input, 'vi');
    const list = await screen.findByRole('listbox', { name: 'Tags' });
    await waitFor(() => expect(api.requests('/api/cases/tags').at(-1)?.url.searchParams.get('q')).toBe('vi'));
    expect(
      within(list)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['vip12 cases', 'former-vip3 cases']);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    // Typing alone filters nothing yet.
    expect(lastListQuery(api).has('tag')).toBe(false);

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', within(list).getAllByRole('option')[1]?.id);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(lastListQuery(api).get('tag')).toBe('former-vip'));
    expect(location()).toBe('/cases?tag=former-vip');
    expect(input).toHaveValue('former-vip');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();

    // A click chooses too; an unknown text says so.
    await user.clear(input);
    await user.type(input, 'vip');
    await user.click(await screen.findByRole('option', { name: 'vip 12 cases' }));
    await waitFor(() => expect(lastListQuery(api).get('tag')).toBe('vip'));
    await user.clear(input);
    await user.type(input, 'zzz');
    expect(await screen.findByText('No tag contains “zzz”')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByText('No tag contains “zzz”')).not.toBeInTheDocument();
  });

  it('lists shared views apart from one’s own; a helper saves only private ones and changes only their own', async () => {
    const api = listApi('HELPER', [teamQueue, myQueue]);
    const { user, location } = renderRoute(<CaseListPage />, { path: '/cases' });
    await screen.findByRole('table', { name: 'Cases' });

    await user.click(screen.getByRole('button', { name: 'Saved views' }));
    const apply = await screen.findByRole('menuitem', { name: 'Show “Team queue”' });
    // (jsdom leaves Mantine's opened dropdown display: none after its transition, hence `hidden`.)
    expect(screen.getAllByRole('menuitem', { hidden: true }).map((item) => item.textContent)).toEqual([
      'Team queue',
      'My queue',
      'Save this view…',
      'Manage views…',
    ]);
    expect(screen.getByText('Shared with everyone')).toBeInTheDocument();
    expect(screen.getByText('Your views')).toBeInTheDocument();
    await user.click(apply);
    await waitFor(() => expect(location()).toBe('/cases?state=REJECTED&assignee=none'));

    await user.click(screen.getByRole('button', { name: 'Saved views' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Save this view…', hidden: true }));
    const dialog = await screen.findByRole('dialog', { name: 'Save the current filters' });
    expect(within(dialog).queryByRole('checkbox', { name: /Share with everyone/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByRole('button', { name: 'Saved views' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Manage views…', hidden: true }));
    const manager = await screen.findByRole('dialog', { name: 'Saved views' });
    expect(
      within(manager)
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('aria-label')),
    ).toEqual(['My queue']);
    expect(within(manager).queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();
    await user.click(within(manager).getByRole('button', { name: 'Use current filters' }));
    await waitFor(() => expect(api.requests(/^\/api\/saved-views\//, 'PATCH')).toHaveLength(1));
    expect(api.requests(/^\/api\/saved-views\//, 'PATCH')[0]?.body).toEqual({
      filters: { state: ['REJECTED'], assignee: 'none', sort: 'updatedAt', order: 'desc' },
    });
    expect(await screen.findByText('View “My queue” updated.')).toBeInTheDocument();
  });

  it('lets an admin share a view when saving it, and share or stop sharing one later', async () => {
    const api = listApi('ADMIN', [{ ...teamQueue, editable: true }, myQueue]);
    const { user } = renderRoute(<CaseListPage />, { path: '/cases', at: '/cases?assignee=me' });
    await screen.findByRole('table', { name: 'Cases' });

    await user.click(screen.getByRole('button', { name: 'Saved views' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Save this view…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save the current filters' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name of the view' }), 'Everyone’s own');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Share with everyone in the organization' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save view' }));
    await waitFor(() => expect(api.requests('/api/saved-views', 'POST')).toHaveLength(1));
    expect(api.requests('/api/saved-views', 'POST')[0]?.body).toEqual({
      name: 'Everyone’s own',
      filters: { assignee: 'me', sort: 'updatedAt', order: 'desc' },
      shared: true,
    });

    await user.click(screen.getByRole('button', { name: 'Saved views' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Manage views…', hidden: true }));
    const manager = await screen.findByRole('dialog', { name: 'Saved views' });
    const team = within(within(manager).getByRole('listitem', { name: 'Team queue' }));
    expect(team.getByText('Shared')).toBeInTheDocument();
    await user.click(team.getByRole('button', { name: 'Stop sharing' }));
    await user.click(
      within(within(manager).getByRole('listitem', { name: 'My queue' })).getByRole('button', { name: 'Share' }),
    );
    await waitFor(() => expect(api.requests(/^\/api\/saved-views\//, 'PATCH')).toHaveLength(2));
    expect(api.requests(/^\/api\/saved-views\//, 'PATCH').map((request) => request.body)).toEqual([
      { shared: false },
      { shared: true },
    ]);
  });
});
