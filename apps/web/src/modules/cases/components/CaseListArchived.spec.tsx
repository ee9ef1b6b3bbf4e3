import { screen, waitFor, within } from '@testing-library/react';
import { stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { aCase, session } from '../test/fixtures';
import { CaseListPage } from './CaseListPage';

describe('case list: archived cases', () => {
  it('hides archived cases unless asked, shows them with a mark when asked, and keeps the choice in the URL', async () => {
    const active = aCase();
    const archived = aCase({
      client: {
        id: '00000000-0000-4000-9000-000000000002',
        passportName: 'Bo Chen',
        bankName: null,
        passportLast4: null,
      },
      archivedAt: '2026-02-01T00:00:00.000Z',
    });
    const api = stubApi([
      { path: '/api/auth/me', reply: { body: session('HELPER') } },
      { path: '/api/organization/members', reply: { body: { members: [] } } },
      { path: '/api/saved-views', reply: { body: { items: [] } } },
      {
        path: '/api/cases',
        reply: (request) => ({
          body: {
            items: request.url.searchParams.get('archived') === 'only' ? [archived] : [active],
            nextCursor: null,
          },
        }),
      },
    ]);
    const { user, location } = renderRoute(<CaseListPage />, { path: '/cases' });

    const table = await screen.findByRole('table', { name: 'Cases' });
    expect(within(table).getByRole('row', { name: /Anna Müller/ })).not.toHaveTextContent('archived');
    expect(api.requests('/api/cases', 'GET')[0]?.url.searchParams.has('archived')).toBe(false);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Archived cases' }), 'only');
    const row = await screen.findByRole('row', { name: /Bo Chen/ });
    expect(row).toHaveTextContent('archived');
    await waitFor(() => expect(location()).toBe('/cases?archived=only'));
    expect(api.requests('/api/cases', 'GET').at(-1)?.url.searchParams.get('archived')).toBe('only');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Archived cases' }), 'exclude');
    await waitFor(() => expect(location()).toBe('/cases'));
  });
});
