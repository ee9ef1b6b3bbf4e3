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

/** Board API: each column answers with the cases in its state; transitions answer with `transition`. */
const boardApi = (cases: CaseResponse[], transition?: () => Promise<FakeReply> | FakeReply) =>
  stubApi([
    { path: '/api/auth/me', reply: { body: session('HELPER') } },
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
    expect(reachableStates('BANK_CARD_VERIFICATION', 'SUBMITTED')).toEqual(['AWAITING_DEPOSIT', 'REJECTED']);
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
    expect(screen.getAllByRole('region', { name: /: \d+ cases$/ })).toHaveLength(6);
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

  it('offers the same through the keyboard: “Move to…” refuses an impossible target', async () => {
    boardApi([aCase({ state: 'PREPARING' })]);
    const { user } = renderRoute(<BoardPage />, { path: '/board' });

    await user.click(await screen.findByRole('button', { name: 'Move Anna Müller to' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Manual review' }));

    expect(await screen.findByTestId('board-refusal')).toHaveTextContent(
      'A case in “Preparing” cannot go to “Manual review”.',
    );
  });

  it('asks for the payload of an allowed drop, moves the card at once and puts it back on 409 with the server’s words', async () => {
    const submitted = aCase({ state: 'AWAITING_DEPOSIT', version: 3 });
    let answer: (reply: FakeReply) => void = () => undefined;
    const api = boardApi([submitted], () => new Promise<FakeReply>((resolve) => (answer = resolve)));
    const { user } = renderRoute(<BoardPage />, { path: '/board' });
    await within(await screen.findByRole('region', { name: 'Awaiting deposit: 1 cases' })).findByRole('link', {
      name: 'Anna Müller',
    });

    const review = column(/^Manual review:/);
    fireEvent.dragOver(review, { dataTransfer: dataTransfer(submitted.id) });
    fireEvent.drop(review, { dataTransfer: dataTransfer(submitted.id) });

    const dialog = await screen.findByRole('dialog', { name: 'Deposit amount entered' });
    await user.type(within(dialog).getByRole('textbox', { name: /Deposit amount/ }), '0.0974');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    // Optimistic: the card is in its new column before the server answers.
    expect(await within(column(/^Manual review:/)).findByRole('link', { name: 'Anna Müller' })).toBeInTheDocument();
    expect(within(column(/^Awaiting deposit:/)).queryByRole('link', { name: 'Anna Müller' })).not.toBeInTheDocument();
    expect(api.requests(/\/transitions$/, 'POST')[0]?.body).toEqual({
      action: 'confirm_deposit',
      version: 3,
      payload: { amount: '0.0974' },
    });

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
      'Move undone: The case changed meanwhile: it is now REJECTED at version 4',
    );
    expect(within(dialog).getByText('Not saved: the case has changed')).toBeInTheDocument();
    await waitFor(() =>
      expect(within(column(/^Manual review:/)).queryByRole('link', { name: 'Anna Müller' })).not.toBeInTheDocument(),
    );
  });
});
