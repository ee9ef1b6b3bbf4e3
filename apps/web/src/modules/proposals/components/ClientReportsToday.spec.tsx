import { screen, waitFor, within } from '@testing-library/react';
import type { ProposalResponse } from '@waiji/contract';
import { stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { aCase, session } from '../../cases/test/fixtures';
import { CaseReportsPanel } from './CaseReportsPanel';
import { ClientReportsToday } from './ClientReportsToday';

const caseId = '00000000-0000-4000-8000-00000000ca5e';
const M6 = '支付宝客服将在2天内为你审核。审核完成后，请返回支付宝查看实名认证进度。';

const aProposal = (overrides: Partial<ProposalResponse>): ProposalResponse => ({
  id: '00000000-0000-4000-8000-0000000000d1',
  caseId,
  kind: 'DEPOSIT_ARRIVED',
  status: 'PENDING',
  payload: { amount: '0.0974', arrivedOn: '2026-01-05' },
  createdAt: '2026-01-05T08:00:00.000Z',
  decidedAt: null,
  rejectionReason: null,
  interpretations: [],
  proposedBy: { id: '00000000-0000-4000-8000-0000000000c1', displayName: 'Anna Schmidt' },
  decidedBy: null,
  appliedVersion: null,
  case: {
    id: caseId,
    clientName: 'Anna Schmidt',
    type: 'BANK_CARD_VERIFICATION',
    state: 'AWAITING_DEPOSIT',
    version: 2,
  },
  steps: ['confirm_deposit'],
  ...overrides,
});

const deposit = aProposal({});
const message = aProposal({
  id: '00000000-0000-4000-8000-0000000000d2',
  kind: 'MESSAGE',
  payload: { text: M6 },
  interpretations: [
    {
      code: 'UNDER_REVIEW',
      kind: 'status',
      meaning: { en: 'Alipay is reviewing the application by hand.', zh: '支付宝正在人工审核。' },
      causes: [],
      nextSteps: [],
      matchedText: M6,
      language: 'zh',
      source: ['S3'],
    },
  ],
  steps: [],
});

describe('client reports for helpers', () => {
  it('lists the reports to confirm on Today; one click confirms, a reason goes with a rejection', async () => {
    let pending = [deposit, message];
    const api = stubApi([
      { path: '/api/auth/me', reply: { body: session('HELPER') } },
      { path: '/api/proposals', reply: () => ({ body: { items: pending } }) },
      {
        method: 'POST',
        path: `/api/proposals/${deposit.id}/confirm`,
        reply: () => {
          pending = pending.filter((item) => item.id !== deposit.id);
          return {
            body: {
              proposal: { ...deposit, status: 'APPLIED', steps: [] },
              case: aCase({ id: caseId, state: 'MANUAL_REVIEW', version: 3 }),
              events: [],
            },
          };
        },
      },
      {
        method: 'POST',
        path: `/api/proposals/${message.id}/reject`,
        reply: () => {
          pending = pending.filter((item) => item.id !== message.id);
          return {
            body: {
              proposal: { ...message, status: 'REJECTED', steps: [] },
              case: aCase({ id: caseId, state: 'MANUAL_REVIEW', version: 3 }),
              events: [],
            },
          };
        },
      },
    ]);
    const { user } = renderRoute(<ClientReportsToday />, { path: '/today' });

    const section = within(await screen.findByTestId('today-reports'));
    const first = within(await section.findByRole('listitem', { name: 'Anna Schmidt says: The deposit arrived' }));
    expect(first.getByTestId('proposal-deposit')).toHaveTextContent('0.0974 CNY on Monday, January 5, 2026');
    expect(first.getByTestId('proposal-outcome')).toHaveTextContent('Confirming records: Deposit amount entered');
    expect(first.getByRole('link', { name: 'Open case of Anna Schmidt' })).toHaveAttribute('href', `/cases/${caseId}`);
    const second = within(section.getByRole('listitem', { name: 'Anna Schmidt says: Alipay said this' }));
    expect(second.getByText(M6)).toBeInTheDocument();
    expect(second.getByText('Alipay is reviewing the application by hand.')).toBeInTheDocument();
    expect(second.getByTestId('proposal-outcome')).toHaveTextContent(/adds the message to the timeline/);

    await user.click(first.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(api.requests(`/api/proposals/${deposit.id}/confirm`, 'POST')).toHaveLength(1));
    await waitFor(() =>
      expect(section.queryByRole('listitem', { name: /The deposit arrived/ })).not.toBeInTheDocument(),
    );

    await user.click(second.getByRole('button', { name: 'Reject' }));
    await user.type(second.getByRole('textbox', { name: 'Reason for the client (optional)' }), 'Already noted');
    await user.click(second.getByRole('button', { name: 'Reject report' }));
    await waitFor(() => expect(api.requests(`/api/proposals/${message.id}/reject`, 'POST')).toHaveLength(1));
    expect(api.requests(`/api/proposals/${message.id}/reject`, 'POST')[0]?.body).toEqual({ reason: 'Already noted' });
    expect(await section.findByText('No client reports are waiting.')).toBeInTheDocument();
  });

  it('shows the API’s refusal and keeps the report when the case moved on', async () => {
    stubApi([
      { path: '/api/auth/me', reply: { body: session('HELPER') } },
      { path: '/api/proposals', reply: { body: { items: [deposit] } } },
      {
        method: 'POST',
        path: `/api/proposals/${deposit.id}/confirm`,
        reply: {
          status: 409,
          body: {
            error: {
              code: 'ILLEGAL_TRANSITION',
              message: 'The client reported “The deposit arrived”, but the case is now “Rejected”',
              details: { state: 'REJECTED', version: 3, allowedActions: ['resubmit'] },
            },
          },
        },
      },
    ]);
    const { user } = renderRoute(<ClientReportsToday />, { path: '/today' });
    const item = within(await screen.findByRole('listitem', { name: /The deposit arrived/ }));
    await user.click(item.getByRole('button', { name: 'Confirm' }));
    expect(await item.findByRole('alert')).toHaveTextContent('Not done: The client reported “The deposit arrived”');
    expect(item.getByRole('button', { name: 'Reject' })).toBeInTheDocument();
  });

  it('shows a viewer the reports without buttons, and an empty Today in Chinese', async () => {
    stubApi([
      { path: '/api/auth/me', reply: { body: session('VIEWER') } },
      { path: '/api/proposals', reply: { body: { items: [deposit] } } },
    ]);
    const viewer = renderRoute(<ClientReportsToday />, { path: '/today' });
    expect(await screen.findByText('Helpers confirm or reject these reports.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Confirm' })).not.toBeInTheDocument();
    viewer.unmount();

    stubApi([
      { path: '/api/auth/me', reply: { body: session('HELPER') } },
      { path: '/api/proposals', reply: { body: { items: [] } } },
    ]);
    renderRoute(<ClientReportsToday />, { path: '/today', language: 'zh' });
    expect(await screen.findByText('没有等待确认的客户报告。')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '待确认的客户报告' })).toBeInTheDocument();
  });

  it('on the case page lists the pending reports first, then who decided the others', async () => {
    const applied = aProposal({
      id: '00000000-0000-4000-8000-0000000000d3',
      kind: 'SUBMITTED',
      payload: {},
      status: 'APPLIED',
      decidedBy: { id: '00000000-0000-4000-8000-0000000000aa', displayName: 'Hana Helper' },
      steps: [],
    });
    const rejected = aProposal({
      id: '00000000-0000-4000-8000-0000000000d4',
      kind: 'APPROVED',
      payload: {},
      status: 'REJECTED',
      rejectionReason: 'Still under review',
      decidedBy: { id: '00000000-0000-4000-8000-0000000000aa', displayName: 'Hana Helper' },
      steps: [],
    });
    stubApi([
      { path: '/api/auth/me', reply: { body: session('HELPER') } },
      { path: `/api/cases/${caseId}/proposals`, reply: { body: { items: [applied, deposit, rejected] } } },
    ]);
    renderRoute(<CaseReportsPanel caseId={caseId} canEdit />);
    const panel = within(await screen.findByTestId('case-reports'));
    const items = await panel.findAllByTestId('proposal');
    expect(items.map((item) => item.getAttribute('data-status'))).toEqual(['PENDING', 'APPLIED', 'REJECTED']);
    expect(within(items[1] as HTMLElement).getByText('Confirmed by Hana Helper')).toBeInTheDocument();
    expect(
      within(items[2] as HTMLElement).getByText(/Rejected by Hana Helper · Reason: Still under review/),
    ).toBeInTheDocument();
    expect(panel.getAllByRole('button', { name: 'Confirm' })).toHaveLength(1);
  });

  it('on the case page shows no panel when the client never reported anything', async () => {
    stubApi([
      { path: '/api/auth/me', reply: { body: session('HELPER') } },
      { path: `/api/cases/${caseId}/proposals`, reply: { body: { items: [] } } },
    ]);
    renderRoute(
      <>
        <p>case page</p>
        <CaseReportsPanel caseId={caseId} canEdit />
      </>,
    );
    await screen.findByText('case page');
    await waitFor(() => expect(screen.queryByText('Loading client reports…')).not.toBeInTheDocument());
    expect(screen.queryByTestId('case-reports')).not.toBeInTheDocument();
  });
});
