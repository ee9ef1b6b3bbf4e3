import type { HealthResponse } from '@waiji/contract';

type FakeResponse = { status: number; body: unknown } | { status: number; notJson: true };

const toResponse = (fake: FakeResponse): Response => {
  const json =
    'notJson' in fake ? () => Promise.reject(new SyntaxError('Unexpected token <')) : () => Promise.resolve(fake.body);
  // Only the members fetchHealth reads; jsdom has no Response class.
  return { ok: fake.status >= 200 && fake.status < 300, status: fake.status, json } as unknown as Response;
};

export const healthBody = (overrides: Partial<HealthResponse> = {}): HealthResponse => ({
  status: 'ok',
  db: 'up',
  version: '0.1.0',
  uptimeSeconds: 3_725,
  ...overrides,
});

export type FetchMock = jest.Mock<Promise<Response>, Parameters<typeof fetch>>;

/** Replaces global fetch; each call takes the next scripted outcome, the last one repeats. */
export const stubFetch = (...outcomes: (FakeResponse | Error | 'pending')[]): FetchMock => {
  let call = 0;
  const mock: FetchMock = jest.fn<Promise<Response>, Parameters<typeof fetch>>(() => {
    const outcome = outcomes[Math.min(call, outcomes.length - 1)] ?? 'pending';
    call += 1;
    if (outcome === 'pending') return new Promise<Response>(() => undefined);
    if (outcome instanceof Error) return Promise.reject(outcome);
    return Promise.resolve(toResponse(outcome));
  });
  globalThis.fetch = mock;
  return mock;
};
