import { screen, waitFor, within } from '@testing-library/react';
import type { PortalProposalResponse } from '@waiji/contract';
import { type FakeRequest, stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { session } from '../../cases/test/fixtures';
import { ReportWhatHappened } from './ReportWhatHappened';

const caseId = '00000000-0000-4000-8000-00000000c0de';
const path = `/api/portal/cases/${caseId}/proposals`;
const M1 = '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(2031年10月18日)使用原银行卡重新认证';

const aReport = (overrides: Partial<PortalProposalResponse>): PortalProposalResponse => ({
  id: '00000000-0000-4000-8000-0000000000a1',
  caseId,
  kind: 'DEPOSIT_ARRIVED',
  status: 'PENDING',
  payload: { amount: '0.0974', arrivedOn: '2026-01-05' },
  createdAt: '2026-01-05T08:00:00.000Z',
  decidedAt: null,
  rejectionReason: null,
  interpretations: [],
  ...overrides,
});

/** The portal's report area for a client, over a fake API that keeps the reports it was sent. */
const setUp = (
  state: 'AWAITING_DEPOSIT' | 'REJECTED' | 'PREPARING',
  { existing = [], refuse }: { existing?: PortalProposalResponse[]; refuse?: (request: FakeRequest) => boolean } = {},
) => {
  const reports = [...existing];
  const api = stubApi([
    { path: '/api/auth/me', reply: { body: session('CLIENT') } },
    { path, reply: () => ({ body: { items: reports } }) },
    {
      method: 'POST',
      path,
      reply: (request) => {
        if (refuse?.(request))
          return {
            status: 409,
            body: {
              error: {
                code: 'COOLDOWN_ACTIVE',
                message: 'The same card may be used again from 2031-10-17T16:00:00.000Z',
                details: { state, version: 3, allowedActions: ['resubmit'], retryAfter: '2031-10-17T16:00:00.000Z' },
              },
            },
          };
        const body = request.body as { kind: PortalProposalResponse['kind'] } & PortalProposalResponse['payload'];
        const { kind, ...payload } = body;
        const saved = aReport({ id: `00000000-0000-4000-8000-00000000010${reports.length}`, kind, payload });
        reports.unshift(saved);
        return { status: 201, body: saved };
      },
    },
  ]);
  const rendered = renderRoute(<ReportWhatHappened caseId={caseId} type="BANK_CARD_VERIFICATION" state={state} />);
  return { api, ...rendered };
};

describe('the portal’s “Report what happened”', () => {
  it('offers what the case allows now and sends a deposit with its amount and day, checked first', async () => {
    const { api, user } = setUp('AWAITING_DEPOSIT');
    const choices = within(await screen.findByRole('group', { name: 'What happened?' }));
    expect(choices.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'The deposit arrived',
      'Alipay said this',
    ]);

    await user.click(choices.getByRole('button', { name: 'The deposit arrived' }));
    const form = within(screen.getByRole('form', { name: 'The deposit arrived' }));
    await user.type(form.getByRole('textbox', { name: /Amount received/ }), '0.09741');
    const day = form.getByLabelText(/Day it arrived/);
    await user.clear(day);
    await user.type(day, '2026-01-05');
    await user.click(form.getByRole('button', { name: 'Send to my helper' }));
    expect(await form.findByText(/Enter the amount between 0 and 1/)).toBeInTheDocument();
    expect(api.requests(path, 'POST')).toHaveLength(0);

    const amount = form.getByRole('textbox', { name: /Amount received/ });
    await user.clear(amount);
    await user.type(amount, '0.0974');
    await user.click(form.getByRole('button', { name: 'Send to my helper' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Sent. Your helper will confirm it.');
    expect(api.requests(path, 'POST')[0]?.body).toEqual({
      kind: 'DEPOSIT_ARRIVED',
      amount: '0.0974',
      arrivedOn: '2026-01-05',
    });
    const list = within(await screen.findByRole('list', { name: 'Your reports' }));
    expect(await list.findByText('Waiting for your helper to confirm')).toBeInTheDocument();
    expect(list.getByTestId('proposal-deposit')).toHaveTextContent('0.0974 CNY on Monday, January 5, 2026');
  });

  it('shows what a pasted message means while typing, and sends it as pasted', async () => {
    const { api, user } = setUp('AWAITING_DEPOSIT');
    await user.click(await screen.findByRole('button', { name: 'Alipay said this' }));
    const form = within(screen.getByRole('form', { name: 'Alipay said this' }));
    await user.click(form.getByRole('textbox', { name: /The message from Alipay/ }));
    await user.paste(M1);
    expect(await form.findByTestId('report-preview')).toHaveTextContent(/bank-card/i);
    await user.click(form.getByRole('button', { name: 'Send to my helper' }));
    await waitFor(() => expect(api.requests(path, 'POST')).toHaveLength(1));
    expect(api.requests(path, 'POST')[0]?.body).toEqual({ kind: 'MESSAGE', text: M1 });
  });

  it('says when the same card is still cooling down, and shows a report the helper rejected with their reason', async () => {
    const rejected = aReport({
      kind: 'APPROVED',
      payload: {},
      status: 'REJECTED',
      rejectionReason: 'Alipay still shows “under review”',
    });
    const { user } = setUp('REJECTED', {
      existing: [rejected],
      refuse: (request) => !('cardLast4' in (request.body as object)),
    });
    const list = within(await screen.findByRole('list', { name: 'Your reports' }));
    expect(list.getByText('Not taken over')).toBeInTheDocument();
    expect(list.getByText('Your helper: Alipay still shows “under review”')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'I submitted' }));
    const form = within(screen.getByRole('form', { name: 'I submitted' }));
    await user.click(form.getByRole('button', { name: 'Send to my helper' }));
    expect(await form.findByRole('alert')).toHaveTextContent(
      'The same card can be used again from Saturday, October 18, 2031 (Beijing time).',
    );
    await user.type(form.getByRole('textbox', { name: /Last 4 digits/ }), '5678');
    await user.click(form.getByRole('button', { name: 'Send to my helper' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Sent.');
  });

  it('speaks Chinese to a Chinese reader', async () => {
    stubApi([
      { path: '/api/auth/me', reply: { body: session('CLIENT') } },
      { path, reply: { body: { items: [] } } },
    ]);
    renderRoute(<ReportWhatHappened caseId={caseId} type="BANK_CARD_VERIFICATION" state="PREPARING" />, {
      language: 'zh',
    });
    expect(await screen.findByRole('heading', { name: '报告进展' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: '发生了什么？' }))
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['我已提交认证', '支付宝显示了这条消息']);
  });

  it('is not shown to staff or to an individual, who record steps on the case page', async () => {
    const api = stubApi([{ path: '/api/auth/me', reply: { body: session('OWNER') } }]);
    renderRoute(<ReportWhatHappened caseId={caseId} type="BANK_CARD_VERIFICATION" state="PREPARING" />);
    await waitFor(() => expect(api.requests('/api/auth/me')).toHaveLength(1));
    expect(screen.queryByRole('heading', { name: 'Report what happened' })).not.toBeInTheDocument();
    expect(api.requests(path)).toHaveLength(0);
  });
});
