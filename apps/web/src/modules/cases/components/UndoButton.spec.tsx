import { screen, waitFor, within } from '@testing-library/react';
import type { CaseResponse, CaseUndo, ReminderItem, TimelineEntry } from '@waiji/contract';
import { type Route, stubApi } from '../../../test/apiRoutes';
import { renderRoute } from '../../../test/renderRoute';
import { aCase, aClient, session } from '../test/fixtures';
import { CasePage } from './CasePage';
import { UndoButton } from './UndoButton';

const hana = { id: '00000000-0000-4000-8000-0000000000aa', displayName: 'Hana Helper' };
const bo = { id: '00000000-0000-4000-8000-0000000000bb', displayName: 'Bo Helper' };
const madeAt = new Date('2026-03-01T08:00:00.000Z');
const MINUTE = 60_000;

const offer = (overrides: Partial<CaseUndo> = {}): CaseUndo => ({
  action: 'approve',
  version: 5,
  actor: hana,
  at: madeAt.toISOString(),
  until: new Date(madeAt.getTime() + 10 * MINUTE).toISOString(),
  available: true,
  ...overrides,
});

const entry = (overrides: Partial<TimelineEntry>): TimelineEntry => ({
  id: '00000000-0000-4000-a000-000000000001',
  action: 'CREATED',
  fromState: null,
  toState: 'PREPARING',
  actor: hana,
  at: '2026-03-01T07:00:00.000Z',
  versionAfter: 0,
  reasonCode: null,
  originalMessage: null,
  interpretations: [],
  data: {},
  ...overrides,
});

const reviewReminder = (caseId: string): ReminderItem => ({
  id: '00000000-0000-4000-b000-000000000001',
  caseId,
  kind: 'REVIEW_DUE',
  audience: 'helper',
  dueAt: '2026-03-03T08:00:00.000Z',
  snoozedUntil: null,
  effectiveDueAt: '2026-03-03T08:00:00.000Z',
  status: 'pending',
  manual: false,
  reason: 'Alipay’s review should be finished by 2026-03-03.',
  reasonZh: '支付宝审核应在 2026-03-03 前完成。',
  createdById: null,
  sentAt: null,
  createdAt: '2026-03-01T07:00:00.000Z',
});

/** The API for a standalone UndoButton: the session, and POST /undo answering `reply`. */
const undoApi = (caseRecord: CaseResponse, reply: Route['reply']) =>
  stubApi([
    { path: '/api/auth/me', reply: { body: session('HELPER') } },
    { method: 'POST', path: `/api/cases/${caseRecord.id}/undo`, reply },
  ]);

describe('undo button', () => {
  it('offers to undo the caller’s transition with the time left, counting down, until the window passes', async () => {
    const caseRecord = aCase({ state: 'APPROVED', version: 5, undo: offer() });
    undoApi(caseRecord, { status: 500 });
    let clock = new Date(madeAt.getTime() + 30_000);
    renderRoute(<UndoButton caseRecord={caseRecord} now={() => clock} />);

    expect(await screen.findByText('You moved this case: “Approved”.')).toBeInTheDocument();
    const notice = within(screen.getByRole('group', { name: 'Undo the last step' }));
    expect(notice.getByRole('button', { name: 'Undo “Approved”' })).toBeInTheDocument();
    expect(notice.getByText('9:30 left')).toBeInTheDocument();

    clock = new Date(madeAt.getTime() + 9 * MINUTE + 58_000);
    expect(await notice.findByText('0:02 left', undefined, { timeout: 3000 })).toBeInTheDocument();
    clock = new Date(madeAt.getTime() + 10 * MINUTE + 1000);
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Undo the last step' })).toBeNull(), {
      timeout: 3000,
    });
  });

  it('shows nothing when the caller may not undo (someone else’s step) or there is nothing to undo', async () => {
    undoApi(aCase(), { status: 500 });
    const others = renderRoute(
      <UndoButton caseRecord={aCase({ undo: offer({ actor: bo, available: false }) })} now={() => madeAt} />,
    );
    // the same page with an offer the caller may take does show it (so the assertions below can fail)
    const mine = renderRoute(<UndoButton caseRecord={aCase({ undo: offer() })} now={() => madeAt} />);
    expect(await screen.findAllByRole('button', { name: 'Undo “Approved”' })).toHaveLength(1);
    mine.unmount();
    expect(screen.queryByRole('button', { name: /Undo/ })).toBeNull();
    others.unmount();
    renderRoute(<UndoButton caseRecord={aCase({ undo: null })} now={() => madeAt} />);
    expect(screen.queryByRole('button', { name: /Undo/ })).toBeNull();
  });

  it('names who made the step when an admin may undo someone else’s', async () => {
    const caseRecord = aCase({ undo: offer({ actor: bo, action: 'reject' }) });
    undoApi(caseRecord, { status: 500 });
    renderRoute(<UndoButton caseRecord={caseRecord} now={() => madeAt} />);
    expect(await screen.findByText('Bo Helper moved this case: “Rejected”.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo “Rejected”' })).toBeInTheDocument();
  });

  it.each([
    ['UNDO_WINDOW_PASSED', 'Too late to undo: a step can be undone for 10 minutes after it was made.'],
    ['NOT_YOUR_TRANSITION', 'Only Hana Helper, who made this step, or an admin can undo it.'],
    ['CONFLICT', 'The case changed meanwhile and has been reloaded: The server’s words.'],
  ])('words a %s refusal', async (code, words) => {
    const caseRecord = aCase({ state: 'APPROVED', version: 5, undo: offer() });
    const api = undoApi(caseRecord, { status: 409, body: { error: { code, message: 'The server’s words.' } } });
    const { user } = renderRoute(<UndoButton caseRecord={caseRecord} now={() => madeAt} />);
    await user.click(await screen.findByRole('button', { name: 'Undo “Approved”' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(words);
    expect(api.requests(`/api/cases/${caseRecord.id}/undo`, 'POST')[0]?.body).toEqual({ version: 5 });
  });

  it('on the case page: approve by mistake, undo, and the review is back with its reminder and the timeline says so', async () => {
    const review = aCase({ state: 'MANUAL_REVIEW', version: 4, allowedActions: ['approve', 'reject'] });
    const approved: CaseResponse = {
      ...review,
      state: 'APPROVED',
      version: 5,
      allowedActions: [],
      undo: offer({ at: new Date().toISOString(), until: new Date(Date.now() + 10 * MINUTE).toISOString() }),
    };
    const restored: CaseResponse = { ...review, version: 6, undo: null };
    const approval = entry({
      id: '00000000-0000-4000-a000-000000000005',
      action: 'approve',
      fromState: 'MANUAL_REVIEW',
      toState: 'APPROVED',
      versionAfter: 5,
    });
    const undoEntry = entry({
      id: '00000000-0000-4000-a000-000000000006',
      action: 'UNDO',
      fromState: 'APPROVED',
      toState: 'MANUAL_REVIEW',
      versionAfter: 6,
      at: new Date(Date.now() + 1000).toISOString(),
      data: { undoneVersion: 5, undoneAction: 'approve' },
    });
    const state = { current: review, events: [entry({})], reminders: [reviewReminder(review.id)] };
    const api = stubApi([
      { path: '/api/auth/me', reply: { body: session('HELPER') } },
      { path: '/api/organization/members', reply: { body: { members: [] } } },
      { path: `/api/cases/${review.id}`, reply: () => ({ body: state.current }) },
      { path: `/api/clients/${review.clientId}`, reply: { body: aClient() } },
      { path: `/api/cases/${review.id}/events`, reply: () => ({ body: { items: state.events } }) },
      {
        path: `/api/cases/${review.id}/reminders`,
        reply: () => ({ body: { items: state.reminders, nextDueAt: null } }),
      },
      { path: `/api/cases/${review.id}/checklist`, reply: { body: { items: [] } } },
      { method: 'POST', path: '/api/checks', reply: { body: { findings: [] } } },
      {
        method: 'POST',
        path: `/api/cases/${review.id}/transitions`,
        reply: () => {
          state.current = approved;
          state.events = [...state.events, approval];
          state.reminders = [];
          return { body: { case: approved, event: approval } };
        },
      },
      {
        method: 'POST',
        path: `/api/cases/${review.id}/undo`,
        reply: () => {
          state.current = restored;
          state.events = [...state.events, undoEntry];
          state.reminders = [reviewReminder(review.id)];
          return { body: { case: restored, event: undoEntry } };
        },
      },
    ]);
    const { user } = renderRoute(<CasePage />, { path: '/cases/:caseId', at: `/cases/${review.id}` });

    await user.click(await screen.findByRole('button', { name: 'Approved' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Save' }));
    const undo = await screen.findByRole('button', { name: 'Undo “Approved”' });
    expect(screen.getByTestId('undo-left')).toHaveTextContent(/^(10:00|9:\d\d) left$/);

    await user.click(undo);
    expect(await screen.findByTestId('undo-result')).toHaveTextContent(
      'Undone: the case is back to “Manual review”, with its reminders.',
    );
    expect(api.requests(`/api/cases/${review.id}/undo`, 'POST')[0]?.body).toEqual({ version: 5 });
    expect(screen.queryByRole('button', { name: 'Undo “Approved”' })).toBeNull();
    expect(await screen.findByRole('button', { name: 'Approved' })).toBeInTheDocument();
    expect(await screen.findByText('Hana Helper undid “Approved”')).toBeInTheDocument();
    expect(await within(screen.getByTestId('reminders')).findByText(/review should be finished/)).toBeInTheDocument();
  });
});
