import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { CaseResponse, ReminderItem, TimelineEntry } from '@waiji/contract';
import { type Route, stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { aCase, aClient, retryReminder, session } from '../test/fixtures';
import { CasePage } from './CasePage';

const cardCheckFailed =
  '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(2015年10月18日)使用原银行卡重新认证, 撤销本次认证。';

const created: TimelineEntry = {
  id: '00000000-0000-4000-a000-000000000001',
  action: 'CREATED',
  fromState: null,
  toState: 'PREPARING',
  actor: { id: '00000000-0000-4000-8000-0000000000aa', displayName: 'Hana Helper' },
  at: '2026-01-01T00:00:00.000Z',
  versionAfter: 0,
  reasonCode: null,
  originalMessage: null,
  interpretations: [],
  data: {},
};

/** The case page's API: `current` is what GET /api/cases/:id answers now (tests change it). */
const caseApi = (state: { current: CaseResponse; reminders: ReminderItem[] }, extra: Route[] = []) =>
  stubApi([
    ...extra,
    { path: '/api/auth/me', reply: { body: session('HELPER') } },
    { path: `/api/cases/${state.current.id}`, reply: () => ({ body: state.current }) },
    { path: `/api/clients/${state.current.clientId}`, reply: { body: aClient() } },
    { path: `/api/cases/${state.current.id}/events`, reply: { body: { items: [created] } } },
    {
      path: `/api/cases/${state.current.id}/reminders`,
      reply: () => ({ body: { items: state.reminders, nextDueAt: null } }),
    },
    { path: `/api/cases/${state.current.id}/checklist`, reply: { body: { items: [] } } },
    { method: 'POST', path: '/api/checks', reply: { body: { findings: [] } } },
  ]);

/** The apply-message route: Alipay's card-check rejection (M1) moves the case to REJECTED with its retry reminder. */
const rejectOnApply = (
  state: { current: CaseResponse; reminders: ReminderItem[] },
  onApply = () => undefined as void,
): Route => ({
  method: 'POST',
  path: `/api/cases/${state.current.id}/apply-message`,
  reply: () => {
    state.current = {
      ...state.current,
      state: 'REJECTED',
      version: 3,
      retryAfter: '2015-10-17T16:00:00.000Z',
      lastReasonCode: 'CARD_CHECK_FAILED',
      allowedActions: ['resubmit'],
    };
    state.reminders = [retryReminder(state.current.id)];
    onApply();
    return {
      body: { action: 'reject', interpretations: [], case: state.current, event: { ...created, action: 'reject' } },
    };
  },
});

/** Pastes `message` into the case page's message panel and applies it; returns the panel. */
const pasteAndApply = async (user: UserEvent, message: string) => {
  const panel = within(await screen.findByTestId('apply-message'));
  await user.click(panel.getByRole('textbox', { name: 'Alipay message' }));
  await user.paste(message);
  await user.click(await panel.findByRole('button', { name: 'Apply to case' }));
  return panel;
};

describe('case page', () => {
  it('shows the client with the passport masked, the state lit in the diagram and the allowed actions', async () => {
    const state = { current: aCase({ state: 'SUBMITTED' }), reminders: [] };
    caseApi(state);
    renderRoute(<CasePage />, { path: '/cases/:caseId', at: `/cases/${state.current.id}` });

    expect(await screen.findByRole('heading', { level: 1, name: 'Anna Müller' })).toBeInTheDocument();
    expect(await screen.findByTestId('passport-number')).toHaveTextContent('···· 2345');
    expect(screen.getByRole('img', { name: /Current state: Submitted\./ })).toBeInTheDocument();
    const actions = within(screen.getByRole('group', { name: 'Actions' }));
    expect(actions.getByRole('button', { name: 'Application accepted, awaiting deposit' })).toBeInTheDocument();
    expect(actions.getByRole('button', { name: 'Rejected' })).toBeInTheDocument();
  });

  it('sends the action with the version it saw, and moves on with the answer', async () => {
    const state = { current: aCase({ state: 'SUBMITTED', version: 4 }), reminders: [] };
    const moved = {
      ...state.current,
      state: 'AWAITING_DEPOSIT' as const,
      version: 5,
      allowedActions: ['confirm_deposit' as const, 'reject' as const],
    };
    const api = caseApi(state, [
      {
        method: 'POST',
        path: `/api/cases/${state.current.id}/transitions`,
        reply: () => {
          state.current = moved;
          return { body: { case: moved, event: { ...created, action: 'await_deposit' } } };
        },
      },
    ]);
    const { user } = renderRoute(<CasePage />, { path: '/cases/:caseId', at: `/cases/${state.current.id}` });

    await user.click(await screen.findByRole('button', { name: 'Application accepted, awaiting deposit' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.requests(`/api/cases/${moved.id}/transitions`, 'POST')[0]?.body).toEqual({
      action: 'await_deposit',
      version: 4,
      payload: {},
    });
    expect(api.requests(`/api/cases/${moved.id}/transitions`, 'POST')[0]?.headers['x-csrf-token']).toBe('csrf-token');
    expect(await screen.findByRole('button', { name: 'Deposit amount entered' })).toBeInTheDocument();
  });

  it('on 409 keeps the form open with the server’s explanation, says so on the page and reloads the case', async () => {
    const state = { current: aCase({ state: 'SUBMITTED', version: 1 }), reminders: [] };
    const message = 'The case changed meanwhile: it is now AWAITING_DEPOSIT at version 2; reload and try again';
    const api = caseApi(state, [
      {
        method: 'POST',
        path: `/api/cases/${state.current.id}/transitions`,
        reply: () => {
          // Someone else moved it meanwhile.
          state.current = {
            ...state.current,
            state: 'AWAITING_DEPOSIT',
            version: 2,
            allowedActions: ['confirm_deposit', 'reject'],
          };
          return {
            status: 409,
            body: {
              error: {
                code: 'CONFLICT',
                message,
                details: { state: 'AWAITING_DEPOSIT', version: 2, allowedActions: ['confirm_deposit', 'reject'] },
              },
            },
          };
        },
      },
    ]);
    const { user } = renderRoute(<CasePage />, { path: '/cases/:caseId', at: `/cases/${state.current.id}` });

    await user.click(await screen.findByRole('button', { name: 'Application accepted, awaiting deposit' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText('Not saved: the case has changed')).toBeInTheDocument();
    expect(within(dialog).getByText(message)).toBeInTheDocument();
    expect(screen.getByTestId('conflict')).toHaveTextContent(message);
    // The page shows where the case stands now: the stale action is gone, the current ones are offered.
    await waitFor(() => expect(api.requests(`/api/cases/${state.current.id}`, 'GET').length).toBeGreaterThanOrEqual(2));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('button', { name: 'Deposit amount entered' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Application accepted, awaiting deposit' })).not.toBeInTheDocument();
  });

  it('reveals the passport number only on request, through the audited endpoint', async () => {
    const state = { current: aCase(), reminders: [] };
    const api = caseApi(state, [
      { method: 'POST', path: /\/reveal-passport$/, reply: { body: { passportNumber: 'C01X2345' } } },
    ]);
    const { user } = renderRoute(<CasePage />, { path: '/cases/:caseId', at: `/cases/${state.current.id}` });

    await user.click(await screen.findByRole('button', { name: 'Reveal' }));

    expect(await screen.findByTestId('passport-number')).toHaveTextContent('C01X2345');
    expect(api.requests(/reveal-passport$/, 'POST')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Hide' }));
    expect(screen.getByTestId('passport-number')).toHaveTextContent('···· 2345');
  });

  it('applies a pasted Alipay message and shows the new state, the retry date and the reminder', async () => {
    const state = { current: aCase({ state: 'AWAITING_DEPOSIT', version: 2 }), reminders: [] as ReminderItem[] };
    const api = caseApi(state, [rejectOnApply(state)]);
    const { user } = renderRoute(<CasePage />, { path: '/cases/:caseId', at: `/cases/${state.current.id}` });

    const panel = await pasteAndApply(user, cardCheckFailed);

    expect(await panel.findByText('Applied: the case is now “Rejected”.')).toBeInTheDocument();
    expect(panel.getByTestId('apply-retry')).toHaveTextContent(
      'Same card allowed again from Sunday, October 18, 2015 (Beijing time).',
    );
    expect(await panel.findByTestId('apply-reminder')).toHaveTextContent(
      'From 2015-10-18 the same bank card may be used again.',
    );
    expect(api.requests(/apply-message$/, 'POST')[0]?.body).toMatchObject({ text: cardCheckFailed, version: 2 });
  });

  it('names the reminder that waits after the apply, not one of the state before (read before the reminders are)', async () => {
    const depositChase: ReminderItem = {
      ...retryReminder('x'),
      id: '00000000-0000-4000-b000-000000000002',
      kind: 'DEPOSIT_EXPECTED',
      reason: 'The micro-deposit should have arrived by now.',
      reasonZh: '小额打款应已到账。',
      dueAt: '2015-10-01T00:00:00.000Z',
      effectiveDueAt: '2015-10-01T00:00:00.000Z',
    };
    const state = {
      current: aCase({ state: 'AWAITING_DEPOSIT', version: 2 }),
      reminders: [] as ReminderItem[],
    };
    state.reminders = [{ ...depositChase, caseId: state.current.id }];
    // After the apply, the reminders are read again only when the test says so: until then the cache holds the chase.
    let applied = false;
    let release: () => void = () => undefined;
    const reread = new Promise<void>((resolve) => (release = resolve));
    caseApi(state, [
      {
        path: `/api/cases/${state.current.id}/reminders`,
        reply: async () => {
          if (applied) await reread;
          return { body: { items: state.reminders, nextDueAt: null } };
        },
      },
      rejectOnApply(state, () => {
        applied = true;
      }),
    ]);
    const { user } = renderRoute(<CasePage />, { path: '/cases/:caseId', at: `/cases/${state.current.id}` });

    const panel = await pasteAndApply(user, cardCheckFailed);

    expect(await panel.findByText('Applied: the case is now “Rejected”.')).toBeInTheDocument();
    expect(panel.queryByTestId('apply-reminder')).not.toBeInTheDocument();
    release();
    const line = await panel.findByTestId('apply-reminder');
    expect(line).toHaveAttribute('data-kind', 'RETRY_ALLOWED');
    expect(line).not.toHaveTextContent('micro-deposit');
  });

  it('says “not found” for a case the API does not show (another organization’s)', async () => {
    stubApi([{ path: '/api/auth/me', reply: { body: session() } }]);
    renderRoute(<CasePage />, { path: '/cases/:caseId', at: '/cases/00000000-0000-4000-8000-00000000ffff' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Case not found' })).toBeInTheDocument();
  });

  it('offers no actions to a viewer', async () => {
    const state = { current: aCase(), reminders: [] };
    stubApi([
      { path: '/api/auth/me', reply: { body: session('VIEWER') } },
      { path: `/api/cases/${state.current.id}`, reply: { body: state.current } },
      { path: `/api/clients/${state.current.clientId}`, reply: { body: aClient() } },
      { path: /\/api\/cases\/.+\/(events|reminders|checklist)$/, reply: { body: { items: [] } } },
      { method: 'POST', path: '/api/checks', reply: { body: { findings: [] } } },
    ]);
    renderRoute(<CasePage />, { path: '/cases/:caseId', at: `/cases/${state.current.id}` });

    expect(await screen.findByText('You can look at cases but not change them (viewer role).')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Actions' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reveal' })).not.toBeInTheDocument();
  });
});
