import type { MeResponse } from '@waiji/contract';
import { screen, waitFor, within } from '@testing-library/react';
import { stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { aCase, aClient, orgId, session } from '../test/fixtures';
import { CaseTypeChooser } from './CaseTypeChooser';
import { NewCasePage } from './NewCasePage';

const personal = (): MeResponse => {
  const base = session('OWNER');
  return {
    ...base,
    user: { ...base.user, email: 'ana@example.com', displayName: 'Ana Lima' },
    organization: { id: orgId, name: 'Ana Lima', kind: 'PERSONAL', timezone: 'Asia/Shanghai' },
    memberships: [{ organizationId: orgId, organizationName: 'Ana Lima', kind: 'PERSONAL', role: 'OWNER' }],
  };
};

const answer = async (user: ReturnType<typeof renderRoute>['user'], question: RegExp, option: string) =>
  user.click(within(screen.getByRole('radiogroup', { name: question })).getByRole('radio', { name: option }));

describe('case-type chooser', () => {
  it('asks plain questions, explains the recommendation and hands over the chosen type', async () => {
    const chosen = jest.fn();
    const { user } = renderRoute(<CaseTypeChooser onChoose={chosen} />);
    expect(screen.getByText('Answer the questions above to see which case fits you.')).toBeInTheDocument();

    await answer(user, /restricted/, 'No');
    await answer(user, /mainland China bank card/, 'No');
    expect(screen.queryByTestId('case-type-recommendation')).not.toBeInTheDocument();
    await answer(user, /visiting or living/, 'Living in China');

    const card = await screen.findByTestId('case-type-recommendation');
    expect(card).toHaveAttribute('data-type', 'PASSPORT_SCAN_VERIFICATION');
    expect(within(card).getByRole('heading', { name: 'In-app passport scan verification (2026)' }));
    expect(within(card).getByText(/Identity Verification → Passport/)).toBeInTheDocument();
    expect(within(card).getByText(/lock you out for about 3 hours/)).toBeInTheDocument();
    // Living in China without a mainland card: quick binding a mainland card is offered for later.
    await user.click(within(card).getByRole('button', { name: /Use “Mainland card quick binding/ }));
    expect(chosen).toHaveBeenLastCalledWith('MAINLAND_CARD_QUICK_BINDING');

    // A mainland card changes the answer at once.
    await answer(user, /mainland China bank card/, 'Yes');
    await waitFor(() =>
      expect(screen.getByTestId('case-type-recommendation')).toHaveAttribute(
        'data-type',
        'MAINLAND_CARD_QUICK_BINDING',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Continue with this case' }));
    expect(chosen).toHaveBeenLastCalledWith('MAINLAND_CARD_QUICK_BINDING');
  });

  it('sends a restricted account to the appeal without asking more', async () => {
    const chosen = jest.fn();
    const { user } = renderRoute(<CaseTypeChooser onChoose={chosen} />);
    await answer(user, /restricted/, 'Yes');
    expect(screen.queryByRole('radiogroup', { name: /mainland China bank card/ })).not.toBeInTheDocument();
    const card = screen.getByTestId('case-type-recommendation');
    expect(card).toHaveAttribute('data-type', 'RESTRICTION_APPEAL_AGENT');
    expect(within(card).getByText(/ask the chat for a human agent/)).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Continue with this case' }));
    expect(chosen).toHaveBeenCalledWith('RESTRICTION_APPEAL_AGENT');
  });

  it('speaks Chinese', async () => {
    const { user } = renderRoute(<CaseTypeChooser onChoose={jest.fn()} />, { language: 'zh' });
    await user.click(
      within(screen.getByRole('radiogroup', { name: '你的支付宝账户被限制了吗？' })).getByRole('radio', { name: '是' }),
    );
    expect(
      within(screen.getByTestId('case-type-recommendation')).getByRole('heading', { name: '账户限制申诉（人工客服）' }),
    );
  });
});

describe('an individual creates their case', () => {
  it('chooses with the questions, fills in a form about themselves (no client, no assignee) and opens the case', async () => {
    const created = aCase({ state: 'PREPARING' });
    const api = stubApi([
      { path: '/api/auth/me', reply: { body: personal() } },
      { path: '/api/cases', reply: { body: { items: [], nextCursor: null } } },
      { method: 'POST', path: '/api/clients', reply: { status: 201, body: aClient({ passportName: 'Ana Lima' }) } },
      { method: 'POST', path: '/api/cases', reply: { status: 201, body: created } },
    ]);
    const { user, location } = renderRoute(<NewCasePage />, { path: '/cases/new' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Create my case' })).toBeInTheDocument();
    await answer(user, /restricted/, 'No');
    await answer(user, /mainland China bank card/, 'Yes');
    await answer(user, /visiting or living/, 'Living in China');
    await user.click(screen.getByRole('button', { name: 'Continue with this case' }));

    expect(screen.getByTestId('chosen-type')).toHaveAttribute('data-type', 'MAINLAND_CARD_QUICK_BINDING');
    const name = await screen.findByRole('textbox', { name: /Your name as on your passport/ });
    expect(name).toHaveValue('Ana Lima');
    expect(screen.queryByText(/client/i)).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /Assignee/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Tags' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Your name as your bank stores it' }), 'LIMA ANA');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bank of your card' }), 'BOC');
    await user.type(screen.getByRole('textbox', { name: /Last 4 digits of your card/ }), '12');
    await user.click(screen.getByRole('button', { name: 'Create my case' }));
    expect(await screen.findByText('Enter exactly 4 digits.')).toBeInTheDocument();
    expect(api.requests('/api/clients', 'POST')).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: /Last 4 digits of your card/ }), '34');
    await user.click(screen.getByRole('button', { name: 'Create my case' }));
    await waitFor(() => expect(location()).toBe(`/cases/${created.id}`));
    expect(api.requests('/api/clients', 'POST')[0]?.body).toEqual({
      passportName: 'Ana Lima',
      bankName: 'LIMA ANA',
      preferredLanguage: 'en',
    });
    expect(api.requests('/api/cases', 'POST')[0]?.body).toEqual({
      clientId: aClient().id,
      type: 'MAINLAND_CARD_QUICK_BINDING',
      priority: 'NORMAL',
      bank: 'BOC',
      cardLast4: '1234',
    });
  });

  it('uses the person of an earlier case for a second one instead of recording them twice', async () => {
    const earlier = aCase({ type: 'RESTRICTION_APPEAL', state: 'APPROVED' });
    const created = aCase({ type: 'APP_PASSPORT_VERIFICATION', state: 'PREPARING' });
    const api = stubApi([
      { path: '/api/auth/me', reply: { body: personal() } },
      { path: '/api/cases', reply: { body: { items: [earlier], nextCursor: null } } },
      { method: 'POST', path: '/api/cases', reply: { status: 201, body: created } },
    ]);
    const { user, location } = renderRoute(<NewCasePage />, { path: '/cases/new' });
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Or choose the type yourself' }),
      'APP_PASSPORT_VERIFICATION',
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText(/Your details from your earlier case are used/)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Bank of your card' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create my case' }));
    await waitFor(() => expect(location()).toBe(`/cases/${created.id}`));
    expect(api.requests('/api/clients', 'POST')).toHaveLength(0);
    expect(api.requests('/api/cases', 'POST')[0]?.body).toEqual({
      clientId: earlier.clientId,
      type: 'APP_PASSPORT_VERIFICATION',
      priority: 'NORMAL',
    });
  });

  it('shows why the case was not saved and keeps what was typed', async () => {
    stubApi([
      { path: '/api/auth/me', reply: { body: personal() } },
      { path: '/api/cases', reply: { body: { items: [], nextCursor: null } } },
      {
        method: 'POST',
        path: '/api/clients',
        reply: { status: 503, body: { error: { code: 'UNAVAILABLE', message: 'The service is busy' } } },
      },
    ]);
    const { user } = renderRoute(<NewCasePage />, { path: '/cases/new' });
    await screen.findByRole('heading', { level: 1, name: 'Create my case' });
    await answer(user, /restricted/, 'Yes');
    await user.click(await screen.findByRole('button', { name: 'Continue with this case' }));
    await user.click(await screen.findByRole('button', { name: 'Create my case' }));
    expect(await screen.findByRole('alert', { name: 'Not saved' })).toHaveTextContent('The service is busy');
    expect(screen.getByRole('textbox', { name: /Your name as on your passport/ })).toHaveValue('Ana Lima');
  });

  it('keeps the agency form for helpers', async () => {
    stubApi([{ path: '/api/auth/me', reply: { body: session() } }]);
    renderRoute(<NewCasePage />, { path: '/cases/new' });
    expect(await screen.findByRole('heading', { level: 1, name: 'New client and case' })).toBeInTheDocument();
  });
});
