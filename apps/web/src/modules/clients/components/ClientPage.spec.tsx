import { screen, waitFor, within } from '@testing-library/react';
import type { ClientResponse } from '@waiji/contract';
import { stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { aCase, aClient, session } from '../../cases/test/fixtures';
import { ClientPage } from './ClientPage';

const clientApi = (state: { client: ClientResponse }, role: 'HELPER' | 'VIEWER' = 'HELPER') => {
  const id = state.client.id;
  const first = aCase({ state: 'REJECTED', clientId: id });
  const second = aCase({ state: 'PREPARING', type: 'RESTRICTION_APPEAL', archivedAt: '2026-02-01T00:00:00.000Z' });
  return stubApi([
    { path: '/api/auth/me', reply: { body: session(role) } },
    { path: `/api/clients/${id}`, reply: () => ({ body: state.client }) },
    {
      method: 'PATCH',
      path: `/api/clients/${id}`,
      reply: (request) => {
        const body = request.body as Partial<ClientResponse>;
        if (body.email === 'anna@bad.domain')
          return {
            status: 400,
            body: {
              error: {
                code: 'VALIDATION_FAILED',
                message: 'Invalid input: email',
                details: { issues: [{ field: 'email', message: 'must be an email address' }] },
              },
            },
          };
        state.client = { ...state.client, ...body, updatedAt: new Date().toISOString() };
        return { body: state.client };
      },
    },
    {
      method: 'POST',
      path: `/api/clients/${id}/archive`,
      reply: () => {
        state.client = { ...state.client, archivedAt: '2026-03-01T00:00:00.000Z' };
        return { body: state.client };
      },
    },
    {
      method: 'POST',
      path: `/api/clients/${id}/restore`,
      reply: () => {
        state.client = { ...state.client, archivedAt: null };
        return { body: state.client };
      },
    },
    { path: '/api/cases', reply: { body: { items: [first, second], nextCursor: null } } },
  ]);
};

describe('client page', () => {
  it('edits the bank name in place, sending only that field, and shows the API’s refusal under its field', async () => {
    const state = { client: aClient() };
    const api = clientApi(state);
    const { user } = renderRoute(<ClientPage />, { path: '/clients/:clientId', at: `/clients/${state.client.id}` });

    const form = await screen.findByRole('form', { name: 'Details' });
    const bankName = within(form).getByRole('textbox', { name: /Name as the bank stores it/ });
    expect(bankName).toHaveValue('MULLER ANNA');
    // the session decides who may edit (the route guard waits for it in the app)
    expect(await within(form).findByRole('button', { name: 'Save changes' })).toBeDisabled();

    await user.clear(bankName);
    await user.type(bankName, 'MUELLER ANNA');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('Saved.')).toBeInTheDocument();
    expect(api.requests(`/api/clients/${state.client.id}`, 'PATCH').map((request) => request.body)).toEqual([
      { bankName: 'MUELLER ANNA' },
    ]);
    expect(bankName).toHaveValue('MUELLER ANNA');

    const email = within(form).getByRole('textbox', { name: 'Email' });
    await user.clear(email);
    await user.type(email, 'anna@bad.domain');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('must be an email address')).toBeInTheDocument();

    // an emptied optional field is sent as null; the name may not be emptied
    await user.click(within(form).getByRole('button', { name: 'Discard changes' }));
    expect(email).toHaveValue('anna@example.com');
    await user.clear(within(form).getByRole('textbox', { name: 'Phone' }));
    await user.clear(within(form).getByRole('textbox', { name: /Name as on the passport/ }));
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('Required.')).toBeInTheDocument();
    await user.type(within(form).getByRole('textbox', { name: /Name as on the passport/ }), 'Anna Maria Müller');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(api.requests(`/api/clients/${state.client.id}`, 'PATCH').at(-1)?.body).toEqual({
        passportName: 'Anna Maria Müller',
        phone: null,
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Anna Maria Müller' })).toBeInTheDocument();
  });

  it('lists every case of the client, offers a new one, and archives after confirmation, then restores', async () => {
    const state = { client: aClient() };
    const api = clientApi(state);
    const { user } = renderRoute(<ClientPage />, { path: '/clients/:clientId', at: `/clients/${state.client.id}` });

    const cases = await screen.findByTestId('client-cases');
    expect(
      await within(cases).findByRole('link', {
        name: 'Open the Real-name verification with a mainland bank card case',
      }),
    ).toBeInTheDocument();
    expect(within(cases).getAllByRole('listitem')[1]).toHaveTextContent('Archived');
    const casesQuery = api.requests('/api/cases')[0]?.url.searchParams;
    expect(casesQuery?.get('clientId')).toBe(state.client.id);
    expect(casesQuery?.get('archived')).toBe('include');
    expect(await screen.findByRole('link', { name: 'New case for this client' })).toHaveAttribute(
      'href',
      `/cases/new?clientId=${state.client.id}`,
    );

    await user.click(screen.getByRole('button', { name: 'Archive client' }));
    const dialog = await screen.findByRole('dialog', { name: 'Archive Anna Müller?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(api.requests(`/api/clients/${state.client.id}/archive`, 'POST')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Archive client' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Archive' }));
    expect(await screen.findByText(/This client is archived/)).toBeInTheDocument();
    expect(api.requests(`/api/clients/${state.client.id}/archive`, 'POST')).toHaveLength(1);
    expect(screen.queryByRole('link', { name: 'New case for this client' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Restore client' }));
    expect(await screen.findByRole('button', { name: 'Archive client' })).toBeInTheDocument();
    expect(screen.queryByText(/This client is archived/)).not.toBeInTheDocument();
  });

  it('shows a viewer the details without ways to change them', async () => {
    const state = { client: aClient() };
    const api = clientApi(state, 'VIEWER');
    renderRoute(<ClientPage />, { path: '/clients/:clientId', at: `/clients/${state.client.id}` });
    const form = await screen.findByRole('form', { name: 'Details' });
    await waitFor(() => expect(api.requests('/api/auth/me')).toHaveLength(1));
    expect(await screen.findAllByText('Opened Jan 1, 2026')).toHaveLength(2);
    expect(within(form).getByRole('textbox', { name: /Name as the bank stores it/ })).toHaveAttribute('readonly');
    expect(within(form).queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archive client' })).not.toBeInTheDocument();
  });

  it('answers an unknown client with a not-found page (zh)', async () => {
    stubApi([{ path: '/api/auth/me', reply: { body: session('HELPER') } }]);
    renderRoute(<ClientPage />, {
      path: '/clients/:clientId',
      at: '/clients/00000000-0000-4000-9000-00000000dead',
      language: 'zh',
    });
    expect(await screen.findByRole('heading', { level: 1, name: '找不到该客户' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '全部客户' })).toHaveAttribute('href', '/clients');
  });
});
