import { screen, within } from '@testing-library/react';
import { clientMeBody, portalCaseBody, stubApi, testIds } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';

const caseId = testIds.portalCase;
const clientMe = clientMeBody();

const detail = portalCaseBody({
  nextDueAt: '2099-01-07T02:00:00.000Z',
  deadlines: [{ kind: 'DEPOSIT_EXPECTED', dueAt: '2099-01-07T02:00:00.000Z' }],
  nextSteps: [
    {
      text: {
        en: 'Wait for Alipay to send an amount under RMB 1 to your card.',
        zh: '等待支付宝向银行卡打入一笔不足 1 元的金额。',
      },
      source: ['S2'],
    },
    {
      text: {
        en: 'When it arrives, log in and press 输入打款金额 (Enter the deposit amount).',
        zh: '到账后登录支付宝，点击“输入打款金额”。',
      },
      button: { zh: '输入打款金额', pinyin: "shūrù dǎkuǎn jīn'é", en: 'Enter the deposit amount' },
      source: ['S2', 'S3'],
    },
  ],
  timeline: [
    {
      id: 'e1',
      action: 'CREATED',
      fromState: null,
      toState: 'PREPARING',
      at: '2026-01-03T02:00:00.000Z',
      reasonCode: null,
      originalMessage: null,
      interpretations: [],
    },
    {
      id: 'e2',
      action: 'submit',
      fromState: 'PREPARING',
      toState: 'SUBMITTED',
      at: '2026-01-04T02:00:00.000Z',
      reasonCode: null,
      originalMessage: null,
      interpretations: [],
    },
    {
      id: 'e3',
      action: 'await_deposit',
      fromState: 'SUBMITTED',
      toState: 'AWAITING_DEPOSIT',
      at: '2026-01-05T02:00:00.000Z',
      reasonCode: null,
      originalMessage: '支付宝将向您的银行卡打款',
      interpretations: [],
    },
  ],
});

const base = {
  'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
};

describe('client portal', () => {
  it('shows a client their one case: what to do with the Alipay button names, when, where it is, the timeline and help', async () => {
    stubApi({
      ...base,
      'GET /api/auth/me': { status: 200, body: clientMe },
      'GET /api/portal/cases': { status: 200, body: { items: [detail] } },
      [`GET /api/portal/cases/${caseId}`]: { status: 200, body: detail },
    });
    renderAppAt('/portal');

    expect(await screen.findByRole('heading', { level: 1, name: 'Your Alipay case' })).toBeInTheDocument();
    expect(screen.getAllByText('Awaiting deposit')[0]).toBeInTheDocument();

    const todo = screen.getByRole('region', { name: 'What to do now' });
    expect(within(todo).getAllByRole('listitem')).toHaveLength(2);
    expect(within(todo).getByText('In Alipay, tap')).toBeInTheDocument();
    expect(within(todo).getByText("shūrù dǎkuǎn jīn'é")).toBeInTheDocument();
    // The Chinese name is a focusable glossary term.
    expect(within(todo).getAllByText('输入打款金额')[0]).toHaveAttribute('lang', 'zh-CN');

    // The rest of the case comes after the first screen (its own code and data, once the browser is idle), a section
    // at a time.
    const when = within(await screen.findByRole('region', { name: 'What happens next, and when' }));
    expect(when.getByText('Next: Deposit should have arrived')).toBeInTheDocument();
    expect(when.getByText(/^The deposit under RMB 1 should reach your card by .*2099/)).toBeInTheDocument();

    const progress = within(await screen.findByRole('region', { name: 'Where your case is' })).getByRole('list', {
      name: 'Steps of your case',
    });
    const current = within(progress)
      .getAllByRole('listitem')
      .find((item) => item.getAttribute('aria-current') === 'step');
    expect(current).toHaveTextContent('Awaiting deposit');

    const timeline = within(await screen.findByRole('region', { name: 'What happened so far' })).getByRole('list', {
      name: 'Timeline, newest first',
    });
    const entries = within(timeline).getAllByRole('listitem');
    expect(entries.map((entry) => within(entry).getAllByText(/./)[1]?.textContent)).toEqual([
      'Application accepted, awaiting deposit',
      'Submit',
      'Case opened',
    ]);
    expect(within(entries[0]!).getByText('支付宝将向您的银行卡打款')).toHaveAttribute('lang', 'zh-CN');

    const help = await screen.findByRole('region', { name: 'Where to get help' });
    expect(within(help).getByText(/Your helper at Bridge Agency/)).toBeInTheDocument();
    expect(within(help).getByRole('link', { name: '95188' })).toHaveAttribute('href', 'tel:95188');
  });

  it('says so in Chinese too', async () => {
    stubApi({
      ...base,
      'GET /api/auth/me': { status: 200, body: clientMe },
      'GET /api/portal/cases': { status: 200, body: { items: [detail] } },
      [`GET /api/portal/cases/${caseId}`]: { status: 200, body: detail },
    });
    renderAppAt('/portal', 'zh');
    expect(await screen.findByRole('heading', { level: 1, name: '您的支付宝案件' })).toBeInTheDocument();
    expect(screen.getByText('等待支付宝向银行卡打入一笔不足 1 元的金额。')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '现在要做什么' })).toBeInTheDocument();
  });

  it('tells a client without a case that their helper will open one', async () => {
    stubApi({
      ...base,
      'GET /api/auth/me': { status: 200, body: clientMe },
      'GET /api/portal/cases': { status: 200, body: { items: [] } },
    });
    renderAppAt('/portal');
    expect(await screen.findByRole('heading', { name: 'No case yet' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create my case' })).not.toBeInTheDocument();
  });

  it('lists several cases, each a link to its page', async () => {
    stubApi({
      ...base,
      'GET /api/auth/me': { status: 200, body: clientMe },
      'GET /api/portal/cases': {
        status: 200,
        body: {
          items: [
            detail,
            { ...detail, id: '77777777-7777-4777-8777-777777777777', type: 'RESTRICTION_APPEAL', state: 'PREPARING' },
          ],
        },
      },
    });
    renderAppAt('/portal');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your cases' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Account-restriction appeal/ })).toHaveAttribute(
      'href',
      '/portal/cases/77777777-7777-4777-8777-777777777777',
    );
  });

  it('shows an error with a retry when the case cannot be loaded', async () => {
    stubApi({
      ...base,
      'GET /api/auth/me': { status: 200, body: clientMe },
      'GET /api/portal/cases': {
        status: 503,
        body: { error: { code: 'SERVICE_UNAVAILABLE', message: 'Database unavailable' } },
      },
    });
    renderAppAt('/portal');
    expect(await screen.findByRole('alert')).toHaveTextContent('Database unavailable');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
