// Types only: a runtime import of @waiji/contract would pull every zod schema into the entry chunk.
import type { ErrorCode } from '@waiji/contract';
import { ApiError, isRecord } from './ApiError';

/** Anything with a `parse` (a zod schema, or a hand-written guard); lets callers validate without this module importing zod. */
export type ResponseParser<T> = { parse: (value: unknown) => T };

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

export type ApiRequestOptions<T> = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON; FormData and Blob are sent as they are. */
  body?: unknown;
  /** Appended to the path; undefined/null/'' values are left out, arrays repeat the key. */
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Validates the answer; without it the JSON is returned as `T` unchecked. */
  parse?: ResponseParser<T>;
  /**
   * A 401 normally means the session ended: the session is cleared and guards send the user to sign-in.
   * Sign-in forms and the session probe itself turn that off because 401 is their ordinary answer.
   */
  signOutOn401?: boolean;
};

type ClientState = {
  csrfToken: string | undefined;
  onUnauthenticated: (() => void) | undefined;
};

const state: ClientState = { csrfToken: undefined, onUnauthenticated: undefined };

/** The session hook keeps this in step with GET /api/auth/me (and the sign-in/sign-up answers). */
export const setCsrfToken = (token: string | undefined): void => {
  state.csrfToken = token;
};

export const getCsrfToken = (): string | undefined => state.csrfToken;

/** Registered once by the session layer; called when any request answers 401. Returns the unregister function. */
export const setUnauthenticatedHandler = (handler: (() => void) | undefined): (() => void) => {
  state.onUnauthenticated = handler;
  return () => {
    if (state.onUnauthenticated === handler) state.onUnauthenticated = undefined;
  };
};

export const apiBase = '/api';

export const buildApiUrl = (path: string, query?: Record<string, QueryValue>): string => {
  const base =
    path.startsWith('/api/') || path === '/api' ? path : `${apiBase}${path.startsWith('/') ? '' : '/'}${path}`;
  if (!query) return base;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      for (const item of value) params.append(key, String(item));
    } else {
      params.append(key, String(value));
    }
  }
  const text = params.toString();
  return text === '' ? base : `${base}${base.includes('?') ? '&' : '?'}${text}`;
};

const parseRetryAfter = (header: string | null, now = Date.now()): Date | undefined => {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return new Date(now + seconds * 1000);
  const date = new Date(header);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

const fallbackCode = (status: number): ErrorCode => {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'THROTTLED';
  if (status === 503) return 'SERVICE_UNAVAILABLE';
  if (status >= 500) return 'INTERNAL';
  return 'BAD_REQUEST';
};

/** Turns a non-2xx answer into an ApiError, reading the API's error body when there is one. */
export const errorFromResponse = async (response: Response): Promise<ApiError> => {
  const retryAfterHeader = parseRetryAfter(response.headers?.get?.('retry-after') ?? null);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = isRecord(body) && isRecord(body['error']) ? body['error'] : undefined;
  const rawCode = error && typeof error['code'] === 'string' ? error['code'] : undefined;
  // The API's codes are a closed union (contract errors.ts); trust the body's code, fall back by status.
  const code: ErrorCode =
    rawCode !== undefined && /^[A-Z_]+$/.test(rawCode) ? (rawCode as ErrorCode) : fallbackCode(response.status);
  const message =
    error && typeof error['message'] === 'string' && error['message'] !== ''
      ? error['message']
      : `HTTP ${response.status}`;
  const details = error ? error['details'] : undefined;
  const detailsRetry =
    isRecord(details) && typeof details['retryAfter'] === 'string'
      ? new Date(details['retryAfter'])
      : isRecord(details) && typeof details['retryAfterSeconds'] === 'number'
        ? new Date(Date.now() + details['retryAfterSeconds'] * 1000)
        : undefined;
  const retryAfter =
    retryAfterHeader ?? (detailsRetry && !Number.isNaN(detailsRetry.getTime()) ? detailsRetry : undefined);
  return new ApiError({
    status: response.status,
    code,
    message,
    ...(details !== undefined ? { details } : {}),
    ...(retryAfter ? { retryAfter } : {}),
  });
};

const isBodyAsIs = (body: unknown): body is BodyInit =>
  (typeof FormData !== 'undefined' && body instanceof FormData) ||
  (typeof Blob !== 'undefined' && body instanceof Blob) ||
  (typeof URLSearchParams !== 'undefined' && body instanceof URLSearchParams);

/**
 * The one way the web app talks to the API: same-origin cookies, JSON both ways, `x-csrf-token` on every
 * state-changing request, errors as ApiError, and a 401 ends the session in the UI.
 */
export const apiRequest = async <T>(path: string, options: ApiRequestOptions<T> = {}): Promise<T> => {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  let body: BodyInit | undefined;
  if (options.body !== undefined) {
    if (isBodyAsIs(options.body)) {
      body = options.body;
    } else {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
  }
  if (method !== 'GET' && state.csrfToken !== undefined) headers['x-csrf-token'] = state.csrfToken;

  let response: Response;
  try {
    response = await fetch(buildApiUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'NETWORK', message: 'The server could not be reached', cause });
  }

  if (!response.ok) {
    const error = await errorFromResponse(response);
    if (response.status === 401 && options.signOutOn401 !== false) state.onUnauthenticated?.();
    throw error;
  }

  if (response.status === 204 || response.status === 205) return undefined as T;
  let json: unknown;
  try {
    const text = typeof response.text === 'function' ? await response.text() : JSON.stringify(await response.json());
    json = text === '' ? undefined : JSON.parse(text);
  } catch (cause) {
    throw new ApiError({
      status: response.status,
      code: 'BAD_RESPONSE',
      message: 'The server answered with something that is not JSON',
      cause,
    });
  }
  if (!options.parse) return json as T;
  try {
    return options.parse.parse(json);
  } catch (cause) {
    throw new ApiError({
      status: response.status,
      code: 'BAD_RESPONSE',
      message: 'The server answered in an unexpected shape',
      cause,
    });
  }
};

type Without<T> = Omit<ApiRequestOptions<T>, 'method' | 'body'>;

/** Shorthands; `body` is the JSON payload. */
export const api = {
  get: <T>(path: string, options?: Without<T>) => apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Without<T>) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options?: Without<T>) =>
    apiRequest<T>(path, { ...options, method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown, options?: Without<T>) =>
    apiRequest<T>(path, { ...options, method: 'PATCH', body }),
  delete: <T = void>(path: string, options?: Without<T>) => apiRequest<T>(path, { ...options, method: 'DELETE' }),
};
