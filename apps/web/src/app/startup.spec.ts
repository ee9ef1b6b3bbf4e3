import { clientMeBody, meBody, portalCaseBody, stubApi, testIds } from '../test/apiStub';
import { createQueryClient } from './queryClient';
import { preloadFirstScreen, within } from './startup';

const caseId = testIds.portalCase;
const detail = portalCaseBody();
const { deadlines: _deadlines, timeline: _timeline, ...portalCase } = detail;

describe('within', () => {
  it('answers with the promise when it settles in time, else with the fallback', async () => {
    await expect(within(Promise.resolve('in'), 1000, 'late')).resolves.toBe('in');
    await expect(within(Promise.reject(new Error('failed')), 1000, 'fallback')).resolves.toBe('fallback');
    await expect(within(new Promise(() => undefined), 10, 'late')).resolves.toBe('late');
  });
});

describe('preloadFirstScreen', () => {
  it("asks for a client's portal cases before the first render (one case is drawn from the list)", async () => {
    const api = stubApi({
      'GET /api/auth/me': { status: 200, body: clientMeBody() },
      'GET /api/portal/cases': { status: 200, body: { items: [portalCase] } },
      [`GET /api/portal/cases/${caseId}`]: { status: 200, body: detail },
    });
    const queryClient = createQueryClient();
    const { session, data } = preloadFirstScreen(queryClient, '/');
    expect((await session)?.role).toBe('CLIENT');
    await data;
    expect(queryClient.getQueryData(['cases', 'portal', 'client', 'list'])).toEqual([portalCase]);
    expect(api.requests.map((request) => request.path)).toEqual(['/api/auth/me', '/api/portal/cases']);
  });

  it("asks for the case itself at a case's address", async () => {
    const api = stubApi({
      'GET /api/auth/me': { status: 200, body: clientMeBody() },
      [`GET /api/portal/cases/${caseId}`]: { status: 200, body: detail },
    });
    const queryClient = createQueryClient();
    await preloadFirstScreen(queryClient, `/portal/cases/${caseId}`).data;
    expect(queryClient.getQueryData(['cases', 'portal', 'client', 'detail', caseId])).toEqual(detail);
    expect(api.requests.map((request) => request.path)).toEqual(['/api/auth/me', `/api/portal/cases/${caseId}`]);
  });

  it('asks for nothing more for a helper, and answers null when nobody is signed in', async () => {
    const helper = stubApi({ 'GET /api/auth/me': { status: 200, body: meBody() } });
    const first = preloadFirstScreen(createQueryClient(), '/portal');
    expect((await first.session)?.role).toBe('OWNER');
    await first.data;
    expect(helper.requests.map((request) => request.path)).toEqual(['/api/auth/me']);

    stubApi({ 'GET /api/auth/me': { status: 401, body: { code: 'UNAUTHENTICATED', message: 'Sign in' } } });
    const second = preloadFirstScreen(createQueryClient(), '/portal');
    await expect(second.session).resolves.toBeNull();
  });
});
