import type { MeResponse, PortalCaseDetailResponse } from '@waiji/contract';

export type StubReply = { status: number; body?: unknown; headers?: Record<string, string> } | 'pending' | Error;

/** A route's answer: fixed, or computed from the request (its JSON body already parsed). */
export type StubHandler = StubReply | ((request: StubRequest) => StubReply);

export type StubRequest = { method: string; url: URL; path: string; headers: Record<string, string>; body: unknown };

export type ApiStub = {
  mock: jest.Mock<Promise<Response>, Parameters<typeof fetch>>;
  /** Every request made so far, in order. */
  requests: StubRequest[];
  /** Adds or replaces a route, e.g. on('PATCH /api/organization/members/u1', { status: 409, body: … }). */
  on: (route: string, handler: StubHandler) => void;
  /** The requests to one route (method and path, no query). */
  calls: (route: string) => StubRequest[];
};

const toResponse = (reply: { status: number; body?: unknown; headers?: Record<string, string> }): Response => {
  const text = reply.body === undefined ? '' : JSON.stringify(reply.body);
  return new Response(reply.status === 204 ? null : text, {
    status: reply.status,
    headers: { 'content-type': 'application/json', ...reply.headers },
  });
};

const headersOf = (init: RequestInit | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, key) => {
    out[key] = value;
  });
  return out;
};

/**
 * Replaces global fetch with a router keyed by "METHOD /path" (query ignored; `*` at the end matches a prefix).
 * Unmatched requests answer 404 with the API's error shape, so a forgotten route shows up as a NOT_FOUND.
 */
export const stubApi = (routes: Record<string, StubHandler> = {}): ApiStub => {
  const table = new Map<string, StubHandler>(Object.entries(routes));
  const requests: StubRequest[] = [];
  const find = (method: string, path: string): StubHandler | undefined => {
    const exact = table.get(`${method} ${path}`);
    if (exact !== undefined) return exact;
    for (const [route, handler] of table) {
      const [routeMethod, routePath] = route.split(' ');
      if (routeMethod === method && routePath?.endsWith('*') && path.startsWith(routePath.slice(0, -1))) return handler;
    }
    return undefined;
  };
  const mock = jest.fn<Promise<Response>, Parameters<typeof fetch>>((input, init) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      'http://localhost',
    );
    const method = (init?.method ?? 'GET').toUpperCase();
    let body: unknown = init?.body;
    if (typeof body === 'string') {
      try {
        body = JSON.parse(body);
      } catch {
        // not JSON; keep the text
      }
    }
    const request: StubRequest = { method, url, path: url.pathname, headers: headersOf(init), body };
    requests.push(request);
    const handler = find(method, url.pathname);
    const reply = typeof handler === 'function' ? handler(request) : handler;
    if (reply === undefined) {
      return Promise.resolve(
        toResponse({
          status: 404,
          body: { error: { code: 'NOT_FOUND', message: `No stub for ${method} ${url.pathname}` } },
        }),
      );
    }
    if (reply === 'pending') return new Promise<Response>(() => undefined);
    if (reply instanceof Error) return Promise.reject(reply);
    return Promise.resolve(toResponse(reply));
  });
  globalThis.fetch = mock;
  return {
    mock,
    requests,
    on: (route, handler) => {
      table.set(route, handler);
    },
    calls: (route) => requests.filter((request) => `${request.method} ${request.path}` === route),
  };
};

export const signedOut = {
  status: 401,
  body: { error: { code: 'UNAUTHENTICATED', message: 'Sign in first' } },
} as const;

export const testIds = {
  user: '11111111-1111-4111-8111-111111111111',
  org: '22222222-2222-4222-8222-222222222222',
  otherOrg: '33333333-3333-4333-8333-333333333333',
  client: '44444444-4444-4444-8444-444444444444',
  portalCase: '66666666-6666-4666-8666-666666666666',
} as const;

/** A GET /api/auth/me answer; an agency OWNER unless overridden. */
export const meBody = (overrides: Partial<MeResponse> = {}): MeResponse => ({
  user: {
    id: testIds.user,
    email: 'helper@example.com',
    displayName: 'Hana Helper',
    locale: 'en',
    emailVerified: true,
  },
  organization: { id: testIds.org, name: 'Bridge Agency', kind: 'AGENCY', timezone: 'Asia/Shanghai' },
  role: 'OWNER',
  clientId: null,
  memberships: [{ organizationId: testIds.org, organizationName: 'Bridge Agency', kind: 'AGENCY', role: 'OWNER' }],
  csrfToken: 'csrf-test-token',
  ...overrides,
});

/** A GET /api/auth/me answer for a portal client: Li Wei, a CLIENT of Bridge Agency. */
export const clientMeBody = (overrides: Partial<MeResponse> = {}): MeResponse =>
  meBody({
    user: { id: testIds.user, email: 'li@example.com', displayName: 'Li Wei', locale: 'en', emailVerified: true },
    role: 'CLIENT',
    clientId: testIds.client,
    memberships: [{ organizationId: testIds.org, organizationName: 'Bridge Agency', kind: 'AGENCY', role: 'CLIENT' }],
    ...overrides,
  });

/** A GET /api/portal/cases/:id answer (also a list item): a bank-card case awaiting its deposit, nothing more. */
export const portalCaseBody = (overrides: Partial<PortalCaseDetailResponse> = {}): PortalCaseDetailResponse => ({
  id: testIds.portalCase,
  type: 'BANK_CARD_VERIFICATION',
  state: 'AWAITING_DEPOSIT',
  attempt: 1,
  stateEnteredAt: '2026-01-05T02:00:00.000Z',
  retryAfter: null,
  nextDueAt: null,
  updatedAt: '2026-01-05T02:00:00.000Z',
  nextSteps: [],
  timeline: [],
  deadlines: [],
  ...overrides,
});
