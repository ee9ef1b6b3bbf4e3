// A fake API at the fetch boundary, routed by method and path, for pages that make several requests.

export type FakeRequest = { method: string; url: URL; body: unknown; headers: Record<string, string> };
export type FakeReply = { status?: number; body?: unknown; headers?: Record<string, string> };
type Handler = (request: FakeRequest) => FakeReply | Promise<FakeReply>;
export type Route = { method?: string; path: string | RegExp; reply: Handler | FakeReply };

const toResponse = (reply: FakeReply): Response => {
  const status = reply.status ?? 200;
  const text = reply.body === undefined ? '' : JSON.stringify(reply.body);
  const headers = new Map(Object.entries(reply.headers ?? {}).map(([key, value]) => [key.toLowerCase(), value]));
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: { get: (name: string) => headers.get(name.toLowerCase()) ?? null },
    text: () => Promise.resolve(text),
    json: () => Promise.resolve(reply.body),
  } as unknown as Response;
};

const readBody = (body: BodyInit | null | undefined): unknown => {
  if (typeof body !== 'string') return body ?? undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
};

export type ApiStub = jest.Mock<Promise<Response>, Parameters<typeof fetch>> & {
  /** Requests made so far, optionally only those to `path` (and `method`). */
  requests: (path?: string | RegExp, method?: string) => FakeRequest[];
};

/** Replaces global fetch: the first route matching method and path answers; anything else is a 404. */
export const stubApi = (routes: Route[]): ApiStub => {
  const seen: FakeRequest[] = [];
  const matches = (route: Route, request: FakeRequest) =>
    (route.method ?? 'GET') === request.method &&
    (typeof route.path === 'string'
      ? request.url.pathname === route.path
      : route.path.test(`${request.url.pathname}${request.url.search}`));
  const mock = jest.fn<Promise<Response>, Parameters<typeof fetch>>(async (input, init) => {
    const url = new URL(String(input), 'http://localhost');
    const request: FakeRequest = {
      method: init?.method ?? 'GET',
      url,
      body: readBody(init?.body),
      headers: (init?.headers ?? {}) as Record<string, string>,
    };
    seen.push(request);
    const route = routes.find((candidate) => matches(candidate, request));
    if (!route)
      return toResponse({
        status: 404,
        body: { error: { code: 'NOT_FOUND', message: `No fake for ${request.method} ${url.pathname}` } },
      });
    const reply = typeof route.reply === 'function' ? await route.reply(request) : route.reply;
    return toResponse(reply);
  }) as ApiStub;
  mock.requests = (path, method) =>
    seen.filter(
      (request) =>
        (method === undefined || request.method === method) &&
        (path === undefined ||
          (typeof path === 'string'
            ? request.url.pathname === path
            : path.test(`${request.url.pathname}${request.url.search}`))),
    );
  globalThis.fetch = mock;
  return mock;
};
