import { screen, waitFor, within } from '@testing-library/react';
import type { CaseResponse, ProposalResponse } from '@waiji/contract';
import { type Route, stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { ClientReportsToday } from '../../proposals/components/ClientReportsToday';
import { aCase, aClient, session } from '../test/fixtures';
import { CasePage } from './CasePage';

// Issue 16 on the case page: following a case, snoozing its chases, and the question a message dated far in the past
// asks before it is applied (the paste panel, and a client's reported message on Today).

const M1_2015 =
  '你的银行卡信息认证失败,请更换银行卡重新认证或撤销认证5天后(2015年10月18日)使用原银行卡重新认证, 撤销本次认证。';
const me = session('HELPER');
const colleague = { id: '00000000-0000-4000-8000-0000000000b0', displayName: 'Bo Wang' };
const staleAnswer = {
  status: 409,
  body: {
    error: {
      code: 'STALE_MESSAGE_DATE',
      message: 'This message is from 2015, more than 30 days ago — is that right?',
      details: {
        receivedAt: '2026-12-02T02:00:00.000Z',
        staleAfterDays: 30,
        dates: [{ field: 'retryAfter', date: '2015-10-17T16:00:00.000Z' }],
      },
    },
  },
};

const casePageApi = (kase: CaseResponse, role: 'HELPER' | 'VIEWER', extra: Route[] = []) =>
  stubApi([
    ...extra,
    { path: '/api/auth/me', reply: { body: session(role) } },
    { path: `/api/cases/${kase.id}`, reply: { body: kase } },
    { path: `/api/clients/${kase.clientId}`, reply: { body: aClient() } },
    { path: `/api/cases/${kase.id}/events`, reply: { body: { items: [] } } },
    { path: `/api/cases/${kase.id}/reminders`, reply: { body: { items: [], nextDueAt: null } } },
    { path: `/api/cases/${kase.id}/checklist`, reply: { body: { items: [] } } },
    { method: 'POST', path: '/api/checks', reply: { body: { findings: [] } } },
  ]);

describe('case page: follow, snooze, and a message dated far in the past', () => {
  it('follows and unfollows; shows who else follows', async () => {
    const kase = aCase({ state: 'SUBMITTED' });
    let watching = false;
    const answer = () => ({
      body: { watching, watchers: [colleague, ...(watching ? [{ id: me.user.id, displayName: 'Me' }] : [])] },
    });
    const api = casePageApi(kase, 'HELPER', [
      { path: `/api/cases/${kase.id}/watchers`, reply: answer },
      {
        method: 'PUT',
        path: `/api/cases/${kase.id}/watchers/me`,
        reply: () => {
          watching = true;
          return answer();
        },
      },
      {
        method: 'DELETE',
        path: `/api/cases/${kase.id}/watchers/me`,
        reply: () => {
          watching = false;
          return answer();
        },
      },
      { path: `/api/cases/${kase.id}/snooze`, reply: { body: { snoozedUntil: null, nextDueAt: null } } },
    ]);
    const { user } = renderRoute(<CasePage />, { path: '/cases/:caseId', at: `/cases/${kase.id}` });

    const followUp = within(await screen.findByTestId('case-follow-up'));
    expect(await followUp.findByText('Followed by Bo Wang')).toBeInTheDocument();
    const follow = await followUp.findByRole('button', { name: /Follow/ });
    expect(follow).toHaveAttribute('aria-pressed', 'false');
    await user.click(follow);
    expect(await followUp.findByRole('button', { name: /Following/ })).toHaveAttribute('aria-pressed', 'true');
    expect(api.requests(`/api/cases/${kase.id}/watchers/me`, 'PUT')).toHaveLength(1);
    // Me is not listed among the others.
    expect(followUp.getByText('Followed by Bo Wang')).toBeInTheDocument();
    await user.click(followUp.getByRole('button', { name: /Following/ }));
    await waitFor(() => expect(api.requests(`/api/cases/${kase.id}/watchers/me`, 'DELETE')).toHaveLength(1));
    expect(await followUp.findByRole('button', { name: /Follow$/ })).toHaveAttribute('aria-pressed', 'false');
  });

  it('snoozes the chases until a day at 09:00 and wakes the case', async () => {
    const kase = aCase({ state: 'AWAITING_DEPOSIT' });
    let snoozedUntil: string | null = null;
    const api = casePageApi(kase, 'HELPER', [
      { path: `/api/cases/${kase.id}/watchers`, reply: { body: { watching: false, watchers: [] } } },
      { path: `/api/cases/${kase.id}/snooze`, reply: () => ({ body: { snoozedUntil, nextDueAt: snoozedUntil } }) },
      {
        method: 'PUT',
        path: `/api/cases/${kase.id}/snooze`,
        reply: (request) => {
          snoozedUntil = (request.body as { until: string }).until;
          return { body: { snoozedUntil, nextDueAt: snoozedUntil } };
        },
      },
      {
        method: 'DELETE',
        path: `/api/cases/${kase.id}/snooze`,
        reply: () => {
          snoozedUntil = null;
          return { body: { snoozedUntil: null, nextDueAt: null } };
        },
      },
    ]);
    const { user } = renderRoute(<CasePage />, { path: '/cases/:caseId', at: `/cases/${kase.id}` });

    const followUp = within(await screen.findByTestId('case-follow-up'));
    await user.click(await followUp.findByRole('button', { name: 'Snooze chases' }));
    expect(
      followUp.getByText(
        'Deposit and review reminders and stuck-case notices wait until then; other deadlines still come.',
      ),
    ).toBeInTheDocument();
    const day = followUp.getByLabelText('Snooze until');
    await user.clear(day);
    await user.type(day, '2099-03-04');
    await user.click(followUp.getByRole('button', { name: 'Snooze' }));
    await waitFor(() => expect(api.requests(`/api/cases/${kase.id}/snooze`, 'PUT')).toHaveLength(1));
    expect(api.requests(`/api/cases/${kase.id}/snooze`, 'PUT')[0]?.body).toEqual({
      until: new Date('2099-03-04T09:00:00').toISOString(),
    });
    expect(await followUp.findByTestId('snoozed-until')).toHaveTextContent(/Chases snoozed until .*2099/);
    await user.click(followUp.getByRole('button', { name: 'Wake now' }));
    await waitFor(() => expect(api.requests(`/api/cases/${kase.id}/snooze`, 'DELETE')).toHaveLength(1));
    expect(await followUp.findByRole('button', { name: 'Snooze chases' })).toBeInTheDocument();
  });

  it('a viewer may follow but not snooze', async () => {
    const kase = aCase({ state: 'AWAITING_DEPOSIT' });
    casePageApi(kase, 'VIEWER', [
      { path: `/api/cases/${kase.id}/watchers`, reply: { body: { watching: false, watchers: [] } } },
      { path: `/api/cases/${kase.id}/snooze`, reply: { body: { snoozedUntil: null, nextDueAt: null } } },
    ]);
    renderRoute(<CasePage />, { path: '/cases/:caseId', at: `/cases/${kase.id}` });
    const followUp = within(await screen.findByTestId('case-follow-up'));
    expect(await followUp.findByRole('button', { name: /Follow/ })).toBeEnabled();
    expect(followUp.queryByRole('button', { name: 'Snooze chases' })).not.toBeInTheDocument();
  });

  it('asks about a message from 2015 and applies it only when told so', async () => {
    const kase = aCase({ state: 'SUBMITTED', version: 2 });
    let asked = 0;
    const api = casePageApi(kase, 'HELPER', [
      { path: `/api/cases/${kase.id}/watchers`, reply: { body: { watching: false, watchers: [] } } },
      { path: `/api/cases/${kase.id}/snooze`, reply: { body: { snoozedUntil: null, nextDueAt: null } } },
      {
        method: 'POST',
        path: `/api/cases/${kase.id}/apply-message`,
        reply: (request) => {
          if ((request.body as { confirmStaleDate?: boolean }).confirmStaleDate !== true) {
            asked += 1;
            return staleAnswer;
          }
          const rejected = { ...kase, state: 'REJECTED' as const, version: 3, retryAfter: '2015-10-17T16:00:00.000Z' };
          return {
            body: {
              action: 'reject',
              interpretations: [],
              case: rejected,
              event: {
                id: '00000000-0000-4000-a000-000000000009',
                action: 'reject',
                fromState: 'SUBMITTED',
                toState: 'REJECTED',
                actor: null,
                at: '2026-12-02T02:00:00.000Z',
                versionAfter: 3,
                reasonCode: 'CARD_CHECK_FAILED',
                originalMessage: M1_2015,
                interpretations: [],
                data: {},
              },
            },
          };
        },
      },
    ]);
    const { user } = renderRoute(<CasePage />, { path: '/cases/:caseId', at: `/cases/${kase.id}` });

    const panel = within(await screen.findByTestId('apply-message'));
    const paste = async () => {
      await user.click(panel.getByRole('textbox', { name: 'Alipay message' }));
      await user.paste(M1_2015);
      await user.click(await panel.findByRole('button', { name: 'Apply to case' }));
    };
    await paste();
    const question = within(await panel.findByTestId('stale-date'));
    expect(question.getByText('This message is from 2015 — is that right?')).toBeInTheDocument();
    expect(question.getByText(/Same card allowed again from .*2015.* \(Beijing time\)/)).toBeInTheDocument();
    // No: nothing more is sent.
    await user.click(question.getByRole('button', { name: 'No, cancel' }));
    expect(panel.queryByTestId('stale-date')).not.toBeInTheDocument();
    expect(asked).toBe(1);

    await user.click(await panel.findByRole('button', { name: 'Apply to case' }));
    await user.click(within(await panel.findByTestId('stale-date')).getByRole('button', { name: 'Yes, apply it' }));
    expect(await panel.findByTestId('apply-result')).toBeInTheDocument();
    const sent = api.requests(`/api/cases/${kase.id}/apply-message`, 'POST').map((r) => r.body);
    expect(sent).toHaveLength(3);
    expect(sent[2]).toMatchObject({ text: M1_2015, version: 2, confirmStaleDate: true });
    expect(sent[0]).not.toHaveProperty('confirmStaleDate');
  });

  it('asks in Chinese too', async () => {
    const kase = aCase({ state: 'SUBMITTED', version: 2 });
    casePageApi(kase, 'HELPER', [
      { path: `/api/cases/${kase.id}/watchers`, reply: { body: { watching: false, watchers: [] } } },
      { path: `/api/cases/${kase.id}/snooze`, reply: { body: { snoozedUntil: null, nextDueAt: null } } },
      { method: 'POST', path: `/api/cases/${kase.id}/apply-message`, reply: staleAnswer },
    ]);
    const { user } = renderRoute(<CasePage />, { path: '/cases/:caseId', at: `/cases/${kase.id}`, language: 'zh' });
    const panel = within(await screen.findByTestId('apply-message'));
    await user.click(panel.getAllByRole('textbox')[0] as HTMLElement);
    await user.paste(M1_2015);
    await user.click(await panel.findByRole('button', { name: '应用到案件' }));
    const question = within(await panel.findByTestId('stale-date'));
    expect(question.getByText('这条消息来自 2015 年——对吗？')).toBeInTheDocument();
    expect(question.getByRole('button', { name: '是的，应用' })).toBeInTheDocument();
  });

  it('a client’s reported message from 2015: Today asks the confirming helper, then confirms with confirmStaleDate', async () => {
    const caseId = '00000000-0000-4000-8000-00000000ca5e';
    const report: ProposalResponse = {
      id: '00000000-0000-4000-8000-0000000000d3',
      caseId,
      kind: 'MESSAGE',
      status: 'PENDING',
      payload: { text: M1_2015 },
      createdAt: '2026-12-02T01:00:00.000Z',
      decidedAt: null,
      rejectionReason: null,
      interpretations: [],
      proposedBy: { id: '00000000-0000-4000-8000-0000000000c1', displayName: 'Anna Schmidt' },
      decidedBy: null,
      appliedVersion: null,
      case: { id: caseId, clientName: 'Anna Schmidt', type: 'BANK_CARD_VERIFICATION', state: 'SUBMITTED', version: 1 },
      steps: ['reject'],
    };
    const api = stubApi([
      { path: '/api/auth/me', reply: { body: session('HELPER') } },
      { path: '/api/proposals', reply: { body: { items: [report] } } },
      {
        method: 'POST',
        path: `/api/proposals/${report.id}/confirm`,
        reply: (request) =>
          request.url.searchParams.get('confirmStaleDate') === 'true'
            ? {
                body: {
                  proposal: { ...report, status: 'APPLIED', steps: [] },
                  case: aCase({ id: caseId, state: 'REJECTED', version: 2 }),
                  events: [],
                },
              }
            : staleAnswer,
      },
    ]);
    const { user } = renderRoute(<ClientReportsToday />, { path: '/today' });
    const item = within(await screen.findByRole('listitem', { name: /Anna Schmidt says/ }));
    await user.click(item.getByRole('button', { name: 'Confirm' }));
    const question = within(await item.findByTestId('stale-date'));
    expect(question.getByText('This message is from 2015 — is that right?')).toBeInTheDocument();
    await user.click(question.getByRole('button', { name: 'Yes, apply it' }));
    await waitFor(() => expect(api.requests(`/api/proposals/${report.id}/confirm`, 'POST')).toHaveLength(2));
    expect(api.requests(`/api/proposals/${report.id}/confirm`, 'POST')[1]?.url.search).toBe('?confirmStaleDate=true');
  });
});
