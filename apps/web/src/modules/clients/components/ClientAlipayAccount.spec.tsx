import { screen, waitFor, within } from '@testing-library/react';
import type { ClientResponse } from '@waiji/contract';
import { stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { aClient, session } from '../../cases/test/fixtures';
import { ClientPage } from './ClientPage';

// Issue 18: the client's Alipay account — tier, document, limits, earlier passports, the document-update offer.

const api = (state: { client: ClientResponse }, role: 'HELPER' | 'VIEWER' = 'HELPER') =>
  stubApi([
    { path: '/api/auth/me', reply: { body: session(role) } },
    { path: `/api/clients/${state.client.id}`, reply: () => ({ body: state.client }) },
    {
      method: 'PATCH',
      path: `/api/clients/${state.client.id}`,
      reply: (request) => {
        state.client = { ...state.client, ...(request.body as Partial<ClientResponse>) };
        return { body: state.client };
      },
    },
    { path: '/api/cases', reply: { body: { items: [], nextCursor: null } } },
  ]);

const soon = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('client page: the Alipay account (W20 W5 W6 W17)', () => {
  it('shows the tier with what it allows, the limits and 3% fee, earlier passports, and saves a tier set by hand', async () => {
    const state = {
      client: aClient({
        passportExpiry: soon(400),
        passportHistory: [{ last4: '9876', expiry: '2025-05-01', replacedAt: '2025-04-20T08:00:00.000Z' }],
      }),
    };
    const calls = api(state);
    const { user } = renderRoute(<ClientPage />, { path: '/clients/:clientId', at: `/clients/${state.client.id}` });
    const panel = await screen.findByTestId('client-alipay-account');
    expect(panel.querySelector('[data-tier]')).toHaveTextContent('Unverified');
    expect(panel).toHaveTextContent('US$2,000 a year');
    expect(panel).toHaveTextContent('US$5,000 a payment and US$50,000 a year');
    expect(panel).toHaveTextContent('above CNY 200 carry a 3% fee');
    expect(panel).toHaveTextContent('…9876, expired 2025-05-01, replaced 2025-04-20');
    expect(screen.queryByTestId('document-update-offer')).not.toBeInTheDocument();

    await user.selectOptions(await within(panel).findByLabelText(/Account tier/), 'INTERNATIONAL_CARD_BOUND');
    await user.click(within(panel).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(panel.querySelector('[data-tier]')).toHaveAttribute('data-tier', 'INTERNATIONAL_CARD_BOUND'),
    );
    expect(calls.requests(`/api/clients/${state.client.id}`, 'PATCH').at(-1)?.body).toEqual({
      accountTier: 'INTERNATIONAL_CARD_BOUND',
      documentType: 'PASSPORT',
    });
  });

  it('offers a document update when the passport expires within 60 days, linking to a new DOCUMENT_UPDATE case', async () => {
    const state = { client: aClient({ passportExpiry: soon(20) }) };
    api(state);
    renderRoute(<ClientPage />, { path: '/clients/:clientId', at: `/clients/${state.client.id}` });
    const offer = await screen.findByTestId('document-update-offer');
    expect(offer).toHaveTextContent('open a document update before Alipay shows');
    expect(within(offer).getByRole('link', { name: 'Open a document update' })).toHaveAttribute(
      'href',
      `/cases/new?clientId=${state.client.id}&type=DOCUMENT_UPDATE`,
    );
  });

  it('shows a viewer the tier and document without the form', async () => {
    const state = { client: aClient({ accountTier: 'MAINLAND_CARD_BOUND' }) };
    api(state, 'VIEWER');
    renderRoute(<ClientPage />, { path: '/clients/:clientId', at: `/clients/${state.client.id}` });
    const panel = await screen.findByTestId('client-alipay-account');
    expect(panel.querySelector('[data-tier]')).toHaveTextContent('Mainland card bound');
    expect(within(panel).queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(panel).toHaveTextContent('Verified with: Passport');
  });
});
