import { meBody, stubApi } from '../../test/apiStub';
import { ApiError } from './ApiError';
import { api, buildApiUrl, setCsrfToken, setUnauthenticatedHandler } from './client';

describe('api client', () => {
  afterEach(() => {
    setCsrfToken(undefined);
    setUnauthenticatedHandler(undefined);
  });

  it('sends JSON with the CSRF token on state-changing requests only', async () => {
    const stub = stubApi({
      'GET /api/auth/me': { status: 200, body: meBody() },
      'POST /api/things': { status: 201, body: { id: 't1' } },
    });
    setCsrfToken('tok');

    await api.get('/auth/me');
    const created = await api.post<{ id: string }>('/things', { name: 'x' });

    expect(created).toEqual({ id: 't1' });
    const [get, post] = stub.requests;
    expect(get?.headers['x-csrf-token']).toBeUndefined();
    expect(post?.headers['x-csrf-token']).toBe('tok');
    expect(post?.headers['content-type']).toBe('application/json');
    expect(post?.body).toEqual({ name: 'x' });
  });

  it('turns the error body into an ApiError with code, message, details and Retry-After', async () => {
    stubApi({
      'PATCH /api/things/1': {
        status: 409,
        body: { error: { code: 'CONFLICT', message: 'Changed by someone else', details: { version: 3 } } },
      },
      'POST /api/auth/login': {
        status: 429,
        body: { error: { code: 'THROTTLED', message: 'Too many attempts' } },
        headers: { 'retry-after': '60' },
      },
    });

    const conflict = await api.patch('/things/1', {}).catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(ApiError);
    expect(conflict).toMatchObject({
      status: 409,
      code: 'CONFLICT',
      message: 'Changed by someone else',
      details: { version: 3 },
    });
    expect((conflict as ApiError).isConflict).toBe(true);

    const throttled = (await api.post('/auth/login', {}).catch((error: unknown) => error)) as ApiError;
    expect(throttled.code).toBe('THROTTLED');
    expect(throttled.retryAfter?.getTime()).toBeGreaterThan(Date.now() + 50_000);
  });

  it('reports a 401 to the session layer unless the caller expects it', async () => {
    stubApi({
      'GET /api/cases': { status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'Sign in first' } } },
    });
    const onUnauthenticated = jest.fn();
    setUnauthenticatedHandler(onUnauthenticated);

    await expect(api.get('/cases')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    await expect(api.get('/cases', { signOutOn401: false })).rejects.toMatchObject({ status: 401 });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('names network failures and non-JSON answers', async () => {
    const stub = stubApi({ 'GET /api/x': new TypeError('Failed to fetch') });
    await expect(api.get('/x')).rejects.toMatchObject({ code: 'NETWORK', status: 0 });
    stub.mock.mockResolvedValueOnce(new Response('<html>', { status: 502 }));
    await expect(api.get('/x')).rejects.toMatchObject({ code: 'INTERNAL', status: 502 });
  });

  it('builds query strings, skipping empty values and repeating arrays', () => {
    expect(buildApiUrl('/cases', { q: 'li', state: ['A', 'B'], page: 2, empty: '', none: undefined })).toBe(
      '/api/cases?q=li&state=A&state=B&page=2',
    );
    expect(buildApiUrl('/api/health')).toBe('/api/health');
  });
});
