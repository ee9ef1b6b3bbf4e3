import type { CaseResponse, ReminderItem } from '@waiji/contract';
import { screen, waitFor, within } from '@testing-library/react';
import { meBody, signedOut, type StubHandler, stubApi, testIds } from '../../../test/apiStub';
import { renderApp } from '../../../test/render';
import { aCase, retryReminder } from '../../cases/test/fixtures';

// M1 as ALIPAY.md quotes it (S2): another card now, or the same card after 5 days (2015-10-18).
const cardCheckFailed =
  '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(2015年10月18日)使用原银行卡重新认证, 撤销本次认证。';

const personalMe = meBody({
  user: { id: testIds.user, email: 'ana@example.com', displayName: 'Ana Lima', locale: 'en', emailVerified: true },
  organization: { id: testIds.org, name: 'Ana Lima', kind: 'PERSONAL', timezone: 'Asia/Shanghai' },
  memberships: [{ organizationId: testIds.org, organizationName: 'Ana Lima', kind: 'PERSONAL', role: 'OWNER' }],
});

/** The individual's API: one case (or none), its reminders, and what apply-message answers. */
const individualApi = (cases: CaseResponse[], applyReply: StubHandler) => {
  const state = { reminders: [] as ReminderItem[] };
  const stub = stubApi({
    'GET /api/auth/me': { status: 200, body: personalMe },
    'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
    'GET /api/cases': { status: 200, body: { items: cases, nextCursor: null } },
    'GET /api/cases/*': () => ({ status: 200, body: { items: state.reminders, nextDueAt: null } }),
  });
  const [first] = cases;
  if (first) {
    stub.on(`POST /api/cases/${first.id}/apply-message`, (request) => {
      const reply = typeof applyReply === 'function' ? applyReply(request) : applyReply;
      if (typeof reply === 'object' && 'status' in reply && reply.status === 200)
        state.reminders = [retryReminder(first.id)];
      return reply;
    });
  }
  return stub;
};

const paste = async (user: ReturnType<typeof renderApp>['user'], text: string) => {
  const box = await screen.findByTestId('tools-apply');
  await user.click(within(box).getByRole('textbox', { name: 'Alipay message' }));
  await user.paste(text);
  return box;
};

describe('the Alipay helper saves a message to the signed-in individual’s case', () => {
  it('applies the interpretation with one click and shows the new state, the retry date and the reminder', async () => {
    const record = aCase({ state: 'AWAITING_DEPOSIT', version: 2, type: 'BANK_CARD_VERIFICATION' });
    const rejected: CaseResponse = {
      ...record,
      state: 'REJECTED',
      version: 3,
      retryAfter: '2015-10-17T16:00:00.000Z',
      lastReasonCode: 'CARD_CHECK_FAILED',
      allowedActions: ['resubmit'],
    };
    const stub = individualApi([record], {
      status: 200,
      body: { action: 'reject', interpretations: [], case: rejected, event: null },
    });
    const { user } = renderApp('/tools');
    const box = await paste(user, cardCheckFailed);
    expect(
      within(box).getByText('Your case: Real-name verification with a mainland bank card — Awaiting deposit'),
    ).toBeInTheDocument();

    await user.click(await within(box).findByRole('button', { name: 'Apply to my case' }));

    const result = await within(box).findByTestId('apply-result');
    expect(result).toHaveTextContent('Applied: the case is now “Rejected”.');
    expect(within(result).getByTestId('apply-retry')).toHaveTextContent(
      'Same card allowed again from Sunday, October 18, 2015 (Beijing time).',
    );
    expect(await within(result).findByTestId('apply-reminder')).toHaveAttribute('data-kind', 'RETRY_ALLOWED');
    expect(within(result).getByRole('link', { name: 'Open the case' })).toHaveAttribute('href', `/cases/${record.id}`);
    expect(stub.calls(`POST /api/cases/${record.id}/apply-message`)[0]?.body).toMatchObject({
      text: cardCheckFailed,
      version: 2,
    });
  });

  it('says clearly when the case refuses the message and keeps what was pasted', async () => {
    const record = aCase({ state: 'AWAITING_DEPOSIT', version: 2 });
    individualApi([record], {
      status: 409,
      body: { error: { code: 'CONFLICT', message: 'The case changed since you loaded it; reload and try again' } },
    });
    const { user } = renderApp('/tools');
    const box = await paste(user, cardCheckFailed);
    await user.click(await within(box).findByRole('button', { name: 'Apply to my case' }));

    const alert = await within(box).findByRole('alert', { name: 'Not applied' });
    expect(alert).toHaveTextContent('The case changed since you loaded it');
    expect(alert).toHaveTextContent('Nothing was changed.');
    expect(within(box).getByRole('textbox', { name: 'Alipay message' })).toHaveValue(cardCheckFailed);
    expect(within(box).queryByTestId('apply-result')).not.toBeInTheDocument();
  });

  it('asks before applying a message whose dates lie far in the past, and sends it again once confirmed', async () => {
    const record = aCase({ state: 'AWAITING_DEPOSIT', version: 2 });
    const rejected: CaseResponse = { ...record, state: 'REJECTED', version: 3, retryAfter: '2015-10-17T16:00:00.000Z' };
    const stub = individualApi([record], (request) =>
      (request.body as { confirmStaleDate?: boolean }).confirmStaleDate
        ? { status: 200, body: { action: 'reject', interpretations: [], case: rejected, event: null } }
        : {
            status: 409,
            body: {
              error: {
                code: 'STALE_MESSAGE_DATE',
                message: 'This message is from 2015, more than 30 days ago — is that right?',
                details: {
                  receivedAt: '2026-01-01T00:00:00.000Z',
                  staleAfterDays: 30,
                  dates: [{ field: 'retryAfter', date: '2015-10-17T16:00:00.000Z' }],
                },
              },
            },
          },
    );
    const { user } = renderApp('/tools');
    const box = await paste(user, cardCheckFailed);
    await user.click(await within(box).findByRole('button', { name: 'Apply to my case' }));

    const question = await within(box).findByTestId('apply-stale');
    expect(question).toHaveTextContent('The message gives Sunday, October 18, 2015, more than 30 days ago.');
    expect(within(box).queryByTestId('apply-result')).not.toBeInTheDocument();
    await user.click(within(question).getByRole('button', { name: 'Yes, apply it' }));

    expect(await within(box).findByTestId('apply-result')).toHaveTextContent('Applied: the case is now “Rejected”.');
    const sent = stub.calls(`POST /api/cases/${record.id}/apply-message`).map((call) => call.body);
    expect(sent).toEqual([
      expect.not.objectContaining({ confirmStaleDate: true }),
      expect.objectContaining({ text: cardCheckFailed, version: 2, confirmStaleDate: true }),
    ]);
  });

  it('offers to create the case when there is none yet, and no apply button', async () => {
    individualApi([], { status: 500 });
    const { user } = renderApp('/tools');
    const box = await paste(user, cardCheckFailed);
    const none = within(box).getByTestId('apply-no-case');
    expect(within(none).getByRole('link', { name: 'Create my case' })).toHaveAttribute('href', '/cases/new');
    await within(box).findByRole('heading', { name: 'Bank-card check failed (M1)' });
    expect(within(box).queryByRole('button', { name: /Apply/ })).not.toBeInTheDocument();
  });

  it('shows a visitor the plain interpreter and a way to sign in', async () => {
    stubApi({ 'GET /api/auth/me': signedOut });
    const { user } = renderApp('/tools');
    const hint = await screen.findByText(/Have an account\? Sign in to save a message to your case/);
    expect(within(hint).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in?next=%2Ftools');
    await user.type(screen.getByRole('textbox', { name: 'Alipay message' }), '银行卡信息认证失败');
    await screen.findByRole('heading', { name: 'Bank-card check failed (M1)' });
    expect(screen.queryByRole('button', { name: /Apply/ })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('tools-apply')).not.toBeInTheDocument());
  });
});
