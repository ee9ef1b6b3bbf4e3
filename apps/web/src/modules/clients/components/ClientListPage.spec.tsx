import { screen, waitFor, within } from '@testing-library/react';
import type { ClientListItem } from '@waiji/contract';
import { stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { aClient, session } from '../../cases/test/fixtures';
import { ClientListPage } from './ClientListPage';

const item = (overrides: Partial<ClientListItem> = {}): ClientListItem => ({
  ...aClient(),
  caseCount: 2,
  openCases: 1,
  ...overrides,
});

const anna = item();
const bo = item({
  id: '00000000-0000-4000-9000-000000000002',
  passportName: 'Bo Chen',
  passportLast4: null,
  email: 'bo@example.com',
  bankName: null,
  caseCount: 1,
  openCases: 0,
  archivedAt: '2026-02-01T00:00:00.000Z',
});

describe('clients list', () => {
  it('lists clients with their case counts, searches by what is typed and filters archived ones', async () => {
    const api = stubApi([
      { path: '/api/auth/me', reply: { body: session('HELPER') } },
      {
        path: '/api/clients',
        reply: (request) => {
          const archived = request.url.searchParams.get('archived');
          const q = request.url.searchParams.get('q');
          if (archived === 'only') return { body: { items: [bo], nextCursor: null } };
          if (q === 'nobody') return { body: { items: [], nextCursor: null } };
          return { body: { items: [anna], nextCursor: null } };
        },
      },
    ]);
    const { user, location } = renderRoute(<ClientListPage />, { path: '/clients' });

    const list = await screen.findByRole('list', { name: 'Clients' });
    const row = within(list).getByRole('listitem');
    expect(within(row).getByRole('link', { name: 'Anna Müller' })).toHaveAttribute('href', `/clients/${anna.id}`);
    expect(row).toHaveTextContent('Passport ····2345 · anna@example.com · MULLER ANNA');
    expect(row).toHaveTextContent('2 cases · 1 open');
    expect(screen.getByRole('link', { name: 'New client and case' })).toHaveAttribute('href', '/cases/new');

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'nobody');
    expect(await screen.findByText('No client matches this search.')).toBeInTheDocument();
    expect(location()).toBe('/clients?q=nobody');
    expect(api.requests('/api/clients').at(-1)?.url.searchParams.get('q')).toBe('nobody');

    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'only');
    const archived = await screen.findByRole('link', { name: 'Bo Chen' });
    const archivedRow = archived.closest('li') as HTMLElement;
    expect(archivedRow).toHaveTextContent('Archived');
    expect(archivedRow).toHaveTextContent('1 case');
    expect(archivedRow).not.toHaveTextContent('open');
    await waitFor(() => expect(location()).toBe('/clients?archived=only'));
  });

  it('says when there are no clients yet, and offers to try again after an error', async () => {
    let fail = true;
    stubApi([
      { path: '/api/auth/me', reply: { body: session('VIEWER') } },
      {
        path: '/api/clients',
        reply: () =>
          fail
            ? { status: 500, body: { error: { code: 'INTERNAL', message: 'Internal error' } } }
            : { body: { items: [], nextCursor: null } },
      },
    ]);
    const { user } = renderRoute(<ClientListPage />, { path: '/clients', language: 'zh' });
    expect(await screen.findByText('无法加载：Internal error')).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('还没有客户。新建第一个客户及其案件。')).toBeInTheDocument();
    // a viewer creates nothing
    expect(screen.queryByRole('link', { name: '新建客户和案件' })).not.toBeInTheDocument();
  });
});
