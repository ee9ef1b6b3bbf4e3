import { caseStates, machines } from '@waiji/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CaseResponse } from '@waiji/contract';
import type { CaseState } from '@waiji/domain';
import { type FakeReply, stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { aCase, session } from '../../cases/test/fixtures';
import { planMove, reachableStates } from '../utils/planMove';
import { BoardPage } from './BoardPage';

const dataTransfer = (caseId: string) => ({
  types: ['application/x-waiji-case', 'text/plain'],
  getData: (type: string) => (type === 'application/x-waiji-case' ? caseId : ''),
  setData: () => undefined,
  dropEffect: 'move',
  effectAllowed: 'move',
});

/** The first machine's states, which the reports summary always lists, then every other state a case is in. */
const statesInUse = (cases: CaseResponse[]): CaseState[] =>
  caseStates.filter(
    (state) => machines.BANK_CARD_VERIFICATION.states.includes(state) || cases.some((item) => item.state === state),
  );

/** The reports summary as the board reads it: live cases per state (the rest of the summary is not read). */
const summaryRoute = (cases: CaseResponse[]) => ({
  path: '/api/reports/summary',
  reply: {
    body: {
      casesByState: {
        asOf: '2026-12-02T10:00:00.000Z',
        total: cases.length,
        counts: statesInUse(cases).map((state) => ({
          state,
          count: cases.filter((item) => item.state === state).length,
        })),
      },
    },
  },
});

/** Board API: each column answers with the cases in its state; transitions answer with `transition`. */
const boardApi = (cases: CaseResponse[], transition?: () => Promise<FakeReply> | FakeReply) =>
  stubApi([
    { path: '/api/auth/me', reply: { body: session('HELPER') } },
    summaryRoute(cases),
    {
      path: '/api/cases',
      reply: (request) => {
        const state = request.url.searchParams.get('state') as CaseState | null;
        return { body: { items: cases.filter((item) => item.state === state), nextCursor: null } };
      },
    },
    ...(transition ? [{ method: 'POST', path: /\/transitions$/, reply: transition }] : []),
  ]);

const column = (name: RegExp) => screen.getByRole('region', { name });

describe('planMove', () => {
  it.each([
    ['BANK_CARD_VERIFICATION', 'PREPARING', 'SUBMITTED', { kind: 'action', action: 'submit' }],
    ['BANK_CARD_VERIFICATION', 'AWAITING_DEPOSIT', 'REJECTED', { kind: 'action', action: 'reject' }],
    ['BANK_CARD_VERIFICATION', 'REJECTED', 'SUBMITTED', { kind: 'action', action: 'resubmit' }],
    ['BANK_CARD_VERIFICATION', 'PREPARING', 'APPROVED', { kind: 'refused', allowed: ['submit'] }],
    ['RESTRICTION_APPEAL', 'SUBMITTED', 'AWAITING_DEPOSIT', { kind: 'refused', allowed: ['start_review', 'reject'] }],
    ['BANK_CARD_VERIFICATION', 'APPROVED', 'REJECTED', { kind: 'refused', allowed: [] }],
    ['BANK_CARD_VERIFICATION', 'SUBMITTED', 'SUBMITTED', { kind: 'same' }],
  ] as const)('%s from %s to %s', (type, from, to, plan) => {
    expect(planMove(type, from, to)).toEqual(plan);
  });

  it('lists the states the machine can reach from here', () => {
    // Revoke (issue 18) takes a submitted application back to preparing.
    expect(reachableStates('BANK_CARD_VERIFICATION', 'SUBMITTED')).toEqual([
      'AWAITING_DEPOSIT',
      'REJECTED',
      'PREPARING',
    ]);
  });
});

describe('board', () => {
  it('draws a column per state with its cards', async () => {
    boardApi([
      aCase({ state: 'PREPARING' }),
      aCase({
        state: 'MANUAL_REVIEW',
        client: {
          id: '00000000-0000-4000-9000-000000000002',
          passportName: 'Omar Haddad',
          bankName: null,
          passportLast4: null,
        },
      }),
    ]);
    renderRoute(<BoardPage />, { path: '/board' });

    expect(
      await within(await screen.findByRole('region', { name: 'Preparing: 1 cases' })).findByRole('link', {
        name: 'Anna Müller',
      }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Manual review: 1 cases' })).getByRole('link', { name: 'Omar Haddad' }),
    ).toBeInTheDocument();
    // The states in use are columns; every other state of every machine (the 2026 ones included, issue 18) is a
    // narrow strip.
    const open = statesInUse([aCase({ state: 'PREPARING' }), aCase({ state: 'MANUAL_REVIEW' })]);
    expect(screen.getAllByRole('region', { name: /: \d+ cases$/ })).toHaveLength(open.length);
    expect(screen.getAllByRole('region', { name: /: no cases \(drop/ })).toHaveLength(caseStates.length - open.length);
  });

  it('reads which states are in use with one request, and asks for the cards of those columns only', async () => {
    const api = boardApi([
      aCase({ state: 'PREPARING' }),
      aCase({ state: 'SCAN_LOCKED', type: 'PASSPORT_SCAN_VERIFICATION' }),
    ]);
    renderRoute(<BoardPage />, { path: '/board' });
    await screen.findByRole('region', { name: 'Preparing: 1 cases' });
    expect(await screen.findByRole('region', { name: /^Scan locked.*: 1 cases$/ })).toBeInTheDocument();

    // Before (issue 18): 17 list requests, one per state of every machine. Now: 1 summary + one per state in use.
    expect(api.requests('/api/reports/summary')).toHaveLength(1);
    const lists = api.requests('/api/cases');
    expect(lists).toHaveLength(machines.BANK_CARD_VERIFICATION.states.length + 1);
    expect(lists.length + 1).toBeLessThan(caseStates.length);
    expect(new Set(lists.map((request) => request.url.searchParams.get('state')))).not.toContain('THREE_DS_PENDING');
    expect(screen.getByRole('region', { name: /^Face check.*: no cases/ })).toBeInTheDocument();
  });

  it('takes a drop on a collapsed state and plans the move with the machine', async () => {
    const scan = aCase({ state: 'PREPARING', type: 'PASSPORT_SCAN_VERIFICATION' });
    const api = boardApi([scan]);
    renderRoute(<BoardPage />, { path: '/board' });
    await within(await screen.findByRole('region', { name: 'Preparing: 1 cases' })).findByRole('link', {
      name: 'Anna Müller',
    });

    const strip = document.querySelector<HTMLElement>('[data-collapsed="true"][data-state="FACE_CHECK"]');
    if (!strip) throw new Error('no collapsed FACE_CHECK strip');
    fireEvent.dragOver(strip, { dataTransfer: dataTransfer(scan.id) });
    expect(strip).toHaveAttribute('data-over', 'true');
    fireEvent.drop(strip, { dataTransfer: dataTransfer(scan.id) });

    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    expect(screen.queryByTestId('board-refusal')).not.toBeInTheDocument();
    expect(api.requests(/\/transitions$/, 'POST')).toHaveLength(0);
  });

  it('refuses a drop the machine does not allow, with the reason, and sends nothing', async () => {
    const preparing = aCase({ state: 'PREPARING' });
    const api = boardApi([preparing]);
    renderRoute(<BoardPage />, { path: '/board' });
    await within(await screen.findByRole('region', { name: 'Preparing: 1 cases' })).findByRole('link', {
      name: 'Anna Müller',
    });

    const approved = column(/^Approved:/);
    fireEvent.dragOver(approved, { dataTransfer: dataTransfer(preparing.id) });
    fireEvent.drop(approved, { dataTransfer: dataTransfer(preparing.id) });

    const refusal = await screen.findByTestId('board-refusal');
    expect(refusal).toHaveTextContent('This move is not possible');
    expect(refusal).toHaveTextContent(
      'A case in “Preparing” cannot go to “Approved”. From “Preparing” it can: Submit.',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.requests(/\/transitions$/, 'POST')).toHaveLength(0);
  });

  it('offers the same through the keyboard: “Move to…” lists the columns and refuses an impossible one', async () => {
    boardApi([aCase({ state: 'PREPARING' })]);
    const { user } = renderRoute(<BoardPage />, { path: '/board' });

    await user.click(await screen.findByRole('button', { name: 'Move to… (Anna Müller)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move Anna Müller' });
    expect(within(dialog).getByText('Now in “Preparing”. Choose its new column:')).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Preparing' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Manual review' }));

    expect(await screen.findByTestId('board-refusal')).toHaveTextContent(
      'A case in “Preparing” cannot go to “Manual review”.',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('moves the card as soon as the form is saved, before the server answers, and keeps it there on success', async () => {
    const waiting = aCase({ state: 'AWAITING_DEPOSIT', version: 3 });
    let answer: (reply: FakeReply) => void = () => undefined;
    const api = boardApi([waiting], () => new Promise<FakeReply>((resolve) => (answer = resolve)));
    const { user } = renderRoute(<BoardPage />, { path: '/board' });
    await within(await screen.findByRole('region', { name: 'Awaiting deposit: 1 cases' })).findByRole('link', {
      name: 'Anna Müller',
    });

    const review = column(/^Manual review:/);
    fireEvent.dragOver(review, { dataTransfer: dataTransfer(waiting.id) });
    expect(review).toHaveAttribute('data-over', 'true');
    fireEvent.drop(review, { dataTransfer: dataTransfer(waiting.id) });
    expect(review).not.toHaveAttribute('data-over');

    const dialog = await screen.findByRole('dialog', { name: 'Deposit amount entered' });
    await user.type(within(dialog).getByRole('textbox', { name: /Deposit amount/ }), '0.0974');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    // Optimistic: the dialog is gone and the card in its new column (busy) while the request is on its way.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const moved = within(column(/^Manual review:/))
      .getByRole('link', { name: 'Anna Müller' })
      .closest('li');
    expect(moved).toHaveAttribute('aria-busy', 'true');
    expect(moved).not.toHaveAttribute('draggable', 'true');
    expect(within(column(/^Awaiting deposit:/)).queryByRole('link', { name: 'Anna Müller' })).not.toBeInTheDocument();
    expect(api.requests(/\/transitions$/, 'POST')[0]?.body).toEqual({
      action: 'confirm_deposit',
      version: 3,
      payload: { amount: '0.0974' },
    });

    answer({
      body: {
        case: { ...waiting, state: 'MANUAL_REVIEW', version: 4, allowedActions: ['approve', 'reject'] },
        event: {},
      },
    });
    await waitFor(() =>
      expect(
        within(column(/^Manual review:/))
          .getByRole('link', { name: 'Anna Müller' })
          .closest('li'),
      ).not.toHaveAttribute('aria-busy'),
    );
    expect(screen.getByText('Anna Müller moved to “Manual review”.')).toBeInTheDocument();
    expect(screen.queryByTestId('board-rollback')).not.toBeInTheDocument();
  });

  it('puts the card back where it was on 409 and says why', async () => {
    const first = aCase({ state: 'AWAITING_DEPOSIT', version: 3 });
    const second = aCase({
      state: 'AWAITING_DEPOSIT',
      client: {
        id: '00000000-0000-4000-9000-000000000005',
        passportName: 'Lena Novak',
        bankName: null,
        passportLast4: null,
      },
    });
    let answer: (reply: FakeReply) => void = () => undefined;
    boardApi([second, first], () => new Promise<FakeReply>((resolve) => (answer = resolve)));
    const { user } = renderRoute(<BoardPage />, { path: '/board' });
    const waitingColumn = await screen.findByRole('region', { name: 'Awaiting deposit: 2 cases' });
    await within(waitingColumn).findByRole('link', { name: 'Anna Müller' });

    fireEvent.drop(column(/^Manual review:/), { dataTransfer: dataTransfer(first.id) });
    const dialog = await screen.findByRole('dialog', { name: 'Deposit amount entered' });
    await user.type(within(dialog).getByRole('textbox', { name: /Deposit amount/ }), '0.0974');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(column(/^Manual review:/)).findByRole('link', { name: 'Anna Müller' })).toBeInTheDocument();

    answer({
      status: 409,
      body: {
        error: {
          code: 'CONFLICT',
          message: 'The case changed meanwhile: it is now REJECTED at version 4; reload and try again',
          details: { state: 'REJECTED', version: 4, allowedActions: ['resubmit'] },
        },
      },
    });

    expect(await screen.findByTestId('board-rollback')).toHaveTextContent(
      'Anna Müller is back in “Awaiting deposit”: the case changed meanwhile. The case changed meanwhile: it is now REJECTED at version 4',
    );
    // Back in its place (second, under Lena Novak), and out of the column it was dropped on.
    await waitFor(() =>
      expect(
        within(column(/^Awaiting deposit:/))
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual(['Lena Novak', 'Anna Müller']),
    );
    expect(within(column(/^Manual review:/)).queryByRole('link', { name: 'Anna Müller' })).not.toBeInTheDocument();
  });

  it('loads more cards per column with the list’s cursor', async () => {
    const cases = Array.from({ length: 3 }, (_, index) =>
      aCase({
        state: 'SUBMITTED',
        client: {
          id: `00000000-0000-4000-9000-00000000010${index}`,
          passportName: `Client ${index + 1}`,
          bankName: null,
          passportLast4: null,
        },
      }),
    );
    const api = stubApi([
      { path: '/api/auth/me', reply: { body: session('HELPER') } },
      summaryRoute(cases),
      {
        path: '/api/cases',
        reply: (request) => {
          const params = request.url.searchParams;
          if (params.get('state') !== 'SUBMITTED') return { body: { items: [], nextCursor: null } };
          return params.get('cursor') === 'page-2'
            ? { body: { items: cases.slice(2), nextCursor: null } }
            : { body: { items: cases.slice(0, 2), nextCursor: 'page-2' } };
        },
      },
    ]);
    const { user } = renderRoute(<BoardPage />, { path: '/board' });
    const submitted = await screen.findByRole('region', { name: 'Submitted: 2 cases' });
    expect(api.requests('/api/cases').every((request) => request.url.searchParams.get('limit') === '25')).toBe(true);

    await user.click(within(submitted).getByRole('button', { name: 'Load more: Submitted' }));

    expect(await within(submitted).findByRole('link', { name: 'Client 3' })).toBeInTheDocument();
    expect(submitted).toHaveAccessibleName('Submitted: 3 cases');
    expect(within(submitted).queryByRole('button', { name: /Load more/ })).not.toBeInTheDocument();
    const more = api.requests('/api/cases').filter((request) => request.url.searchParams.get('cursor'));
    expect(more).toHaveLength(1);
    expect(more[0]?.url.searchParams.get('state')).toBe('SUBMITTED');
  });

  it('filters with the list’s filters (mine, unassigned, type, tag…) kept in the address', async () => {
    const api = boardApi([aCase({ state: 'PREPARING' })]);
    const { user, location } = renderRoute(<BoardPage />, { path: '/board' });
    await screen.findByRole('region', { name: 'Preparing: 1 cases' });

    await user.click(screen.getByRole('radio', { name: 'Mine' }));
    await waitFor(() => expect(location()).toBe('/board?assignee=me'));
    await waitFor(() =>
      expect(
        api.requests('/api/cases').filter((request) => request.url.searchParams.get('assignee') === 'me'),
      ).toHaveLength(statesInUse([aCase({ state: 'PREPARING' })]).length),
    );
    await user.click(screen.getByRole('radio', { name: 'Unassigned' }));
    await waitFor(() => expect(location()).toBe('/board?assignee=none'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'RESTRICTION_APPEAL');
    await waitFor(() => expect(location()).toBe('/board?type=RESTRICTION_APPEAL&assignee=none'));
    // One case type: its machine's columns only (an appeal never awaits a deposit).
    expect(screen.queryByRole('region', { name: /^Awaiting deposit:/ })).not.toBeInTheDocument();
    const last = api.requests('/api/cases').at(-1)?.url.searchParams;
    expect(last?.get('type')).toBe('RESTRICTION_APPEAL');
    expect(last?.get('assignee')).toBe('none');
    await user.click(screen.getByRole('radio', { name: 'Everyone' }));
    await waitFor(() => expect(location()).toBe('/board?type=RESTRICTION_APPEAL'));
  });

  it('starts from the filters in the address: chosen states are the columns', async () => {
    const api = boardApi([aCase({ state: 'REJECTED' })]);
    renderRoute(<BoardPage />, { path: '/board', at: '/board?state=REJECTED,SUBMITTED&tag=vip' });

    expect(await screen.findByRole('region', { name: 'Submitted: 0 cases' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Rejected: 1 cases' })).toBeInTheDocument();
    expect(screen.getAllByRole('region', { name: /: \d+ cases$/ })).toHaveLength(2);
    expect(api.requests('/api/cases').every((request) => request.url.searchParams.get('tag') === 'vip')).toBe(true);
  });
});
