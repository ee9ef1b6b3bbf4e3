import { screen, waitFor } from '@testing-library/react';
import { stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { aCase, aClient, session } from '../test/fixtures';
import { NewCasePage } from './NewCasePage';

describe('new client and case', () => {
  it('checks the application as it is typed, then creates the client and the case and opens it', async () => {
    const created = aCase({ state: 'PREPARING' });
    const api = stubApi([
      { path: '/api/auth/me', reply: { body: session() } },
      { method: 'POST', path: '/api/clients', reply: { status: 201, body: aClient() } },
      { method: 'POST', path: '/api/cases', reply: { status: 201, body: created } },
    ]);
    const { user, location } = renderRoute(<NewCasePage />, { path: '/cases/new' });

    await user.type(
      screen.getByRole('textbox', { name: /Name as on the passport/ }),
      'Maximilian Alexander Oberhauser',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bank of the card' }), 'BOC');
    expect(await screen.findByText(/over 20 only China Merchants Bank works/)).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Last 4 digits of the card' }), '12');
    await user.click(screen.getByRole('button', { name: 'Create case' }));
    expect(await screen.findByText('Enter exactly 4 digits.')).toBeInTheDocument();
    expect(api.requests('/api/clients', 'POST')).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: 'Last 4 digits of the card' }), '34');
    await user.type(screen.getByRole('textbox', { name: 'Tags' }), 'vip, spring');
    await user.click(screen.getByRole('button', { name: 'Create case' }));

    await waitFor(() => expect(location()).toBe(`/cases/${created.id}`));
    expect(api.requests('/api/clients', 'POST')[0]?.body).toEqual({
      passportName: 'Maximilian Alexander Oberhauser',
      preferredLanguage: 'en',
    });
    expect(api.requests('/api/cases', 'POST')[0]?.body).toEqual({
      clientId: aClient().id,
      type: 'BANK_CARD_VERIFICATION',
      priority: 'NORMAL',
      bank: 'BOC',
      cardLast4: '1234',
      tags: ['vip', 'spring'],
    });
  });
});
