import { screen, waitFor, within } from '@testing-library/react';
import type { ClientResponse, MeResponse } from '@waiji/contract';
import { stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { aCase, aClient, orgId, session } from '../test/fixtures';
import { ClientSummary } from './ClientSummary';

const individual = (): MeResponse => ({
  ...session('OWNER'),
  organization: { id: orgId, name: 'Anna Müller', kind: 'PERSONAL', timezone: 'Asia/Shanghai' },
  memberships: [{ organizationId: orgId, organizationName: 'Anna Müller', kind: 'PERSONAL', role: 'OWNER' }],
});

const setup = (me: MeResponse, language: 'en' | 'zh' = 'en') => {
  const state = { client: aClient() };
  const api = stubApi([
    { path: '/api/auth/me', reply: { body: me } },
    { path: `/api/clients/${state.client.id}`, reply: () => ({ body: state.client }) },
    {
      method: 'PATCH',
      path: `/api/clients/${state.client.id}`,
      reply: (request) => {
        state.client = { ...state.client, ...(request.body as Partial<ClientResponse>) };
        return { body: state.client };
      },
    },
  ]);
  const caseRecord = aCase({ clientId: state.client.id });
  const view = renderRoute(<ClientSummary caseRecord={caseRecord} canReveal />, { language });
  return { api, state, ...view };
};

describe('the case page’s client panel', () => {
  it('lets an individual change their own details (they have no clients page) and shows them at once', async () => {
    const { api, state, user } = setup(individual());
    const panel = await screen.findByTestId('client-summary');
    expect(await within(panel).findByText('MULLER ANNA')).toBeInTheDocument();
    expect(within(panel).queryByRole('link', { name: 'Open client' })).not.toBeInTheDocument();

    await user.click(await within(panel).findByRole('button', { name: 'Change my details' }));
    const dialog = await screen.findByRole('dialog', { name: 'My details' });
    const bankName = within(dialog).getByRole('textbox', { name: /Name as the bank stores it/ });
    await user.clear(bankName);
    await user.type(bankName, 'MUELLER ANNA');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await within(dialog).findByText('Saved.')).toBeInTheDocument();
    expect(api.requests(`/api/clients/${state.client.id}`, 'PATCH').map((request) => request.body)).toEqual([
      { bankName: 'MUELLER ANNA' },
    ]);
    await waitFor(() => expect(within(panel).getByText('MUELLER ANNA')).toBeInTheDocument());
  });

  it('names the button in Chinese for an individual reading Chinese', async () => {
    setup(individual(), 'zh');
    expect(await screen.findByRole('button', { name: '修改我的资料' })).toBeInTheDocument();
  });

  it('sends staff to the client page instead', async () => {
    setup(session('HELPER'));
    const panel = await screen.findByTestId('client-summary');
    expect(await within(panel).findByRole('link', { name: 'Open client' })).toHaveAttribute(
      'href',
      '/clients/00000000-0000-4000-9000-000000000001',
    );
    expect(within(panel).queryByRole('button', { name: 'Change my details' })).not.toBeInTheDocument();
  });
});
