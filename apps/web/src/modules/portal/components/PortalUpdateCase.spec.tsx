import type { CaseResponse, PortalCaseDetailResponse, TimelineEntry } from '@waiji/contract';
import { screen, waitFor, within } from '@testing-library/react';
import { clientMeBody, meBody, stubApi, testIds } from '../../../test/apiStub';
import { renderAppAt } from '../../../test/renderAppAt';
import { aCase, aClient } from '../../cases/test/fixtures';

const personalMe = meBody({
  user: { id: testIds.user, email: 'ana@example.com', displayName: 'Ana Lima', locale: 'en', emailVerified: true },
  organization: { id: testIds.org, name: 'Ana Lima', kind: 'PERSONAL', timezone: 'Asia/Shanghai' },
  memberships: [{ organizationId: testIds.org, organizationName: 'Ana Lima', kind: 'PERSONAL', role: 'OWNER' }],
});

const clientMe = clientMeBody({ user: meBody().user });

const created: TimelineEntry = {
  id: '00000000-0000-4000-a000-000000000001',
  action: 'CREATED',
  fromState: null,
  toState: 'PREPARING',
  actor: { id: testIds.user, displayName: 'Ana Lima' },
  at: '2026-01-01T00:00:00.000Z',
  versionAfter: 0,
  reasonCode: null,
  originalMessage: null,
  interpretations: [],
  data: {},
};

const portalDetail = (record: CaseResponse): PortalCaseDetailResponse => ({
  id: record.id,
  type: record.type,
  state: record.state,
  attempt: record.attempt,
  stateEnteredAt: record.stateEnteredAt,
  retryAfter: null,
  nextDueAt: null,
  updatedAt: '2026-01-02T00:00:00.000Z',
  nextSteps: [],
  timeline: [],
  deadlines: [],
});

/** Every reading of one case (portal, case list, case page), kept in step by `state.current`. */
const caseRoutes = (state: { current: CaseResponse }) => ({
  'GET /api/notifications/unread-count': { status: 200, body: { count: 0, latestAt: null } },
  // Clients read the portal API; an individual owns their organization and reads the staff one.
  'GET /api/cases': () => ({ status: 200, body: { items: [state.current], nextCursor: null } }),
  'GET /api/portal/cases': () => ({ status: 200, body: { items: [portalDetail(state.current)] } }),
  [`GET /api/portal/cases/${state.current.id}`]: () => ({ status: 200, body: portalDetail(state.current) }),
  [`GET /api/cases/${state.current.id}`]: () => ({ status: 200, body: state.current }),
  [`GET /api/clients/${state.current.clientId}`]: { status: 200, body: aClient({ passportName: 'Ana Lima' }) },
  [`GET /api/cases/${state.current.id}/events`]: { status: 200, body: { items: [created] } },
  [`GET /api/cases/${state.current.id}/reminders`]: { status: 200, body: { items: [], nextDueAt: null } },
  [`GET /api/cases/${state.current.id}/checklist`]: { status: 200, body: { items: [] } },
  'POST /api/checks': { status: 200, body: { findings: [] } },
});

describe('an individual updates their own case', () => {
  it('goes from "My case" to the case page, records a step with the same actions as helpers, and comes back', async () => {
    const state = { current: aCase({ state: 'SUBMITTED', version: 4 }) };
    const caseId = state.current.id;
    const stub = stubApi({
      ...caseRoutes(state),
      'GET /api/auth/me': { status: 200, body: personalMe },
      [`POST /api/cases/${caseId}/transitions`]: () => {
        state.current = {
          ...state.current,
          state: 'AWAITING_DEPOSIT',
          version: 5,
          allowedActions: ['confirm_deposit', 'reject'],
        };
        return { status: 200, body: { case: state.current, event: { ...created, action: 'await_deposit' } } };
      },
    });
    const app = renderAppAt('/portal');
    // As in the app (app/queryClient.ts): answers stay fresh for a while, so only invalidation refreshes "My case".
    app.queryClient.setDefaultOptions({ queries: { retry: false, gcTime: Infinity, staleTime: 10_000 } });

    const update = await screen.findByRole('region', { name: 'Record what happened' });
    await app.user.click(within(update).getByRole('link', { name: 'Update my case' }));
    // The case page's code loads on demand, so the address changes once it has arrived.
    await waitFor(() => expect(app.location()).toBe(`/cases/${caseId}`));

    const actions = within(await screen.findByRole('group', { name: 'Actions' }));
    await app.user.click(actions.getByRole('button', { name: 'Application accepted, awaiting deposit' }));
    await app.user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(stub.calls(`POST /api/cases/${caseId}/transitions`)[0]?.body).toEqual({
      action: 'await_deposit',
      version: 4,
      payload: {},
    });
    // Next comes the deposit amount, and the pasted-message panel is there for Alipay's reply.
    expect(await screen.findByRole('button', { name: 'Deposit amount entered' })).toBeInTheDocument();
    expect(screen.getByTestId('apply-message')).toBeInTheDocument();

    await app.user.click(screen.getByRole('link', { name: '← My case' }));
    await waitFor(() => expect(app.location()).toBe('/portal'));
    const progress = within(await screen.findByRole('region', { name: 'Where your case is' }));
    await waitFor(() =>
      expect(
        progress.getAllByRole('listitem').find((item) => item.getAttribute('aria-current') === 'step'),
      ).toHaveTextContent('Awaiting deposit'),
    );
  });

  it('is not offered to an agency’s client, whose helper records the steps', async () => {
    const state = { current: aCase({ state: 'SUBMITTED' }) };
    stubApi({ ...caseRoutes(state), 'GET /api/auth/me': { status: 200, body: clientMe } });
    renderAppAt('/portal');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your Alipay case' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Update my case' })).not.toBeInTheDocument();
  });
});
