import type { MeResponse } from '@waiji/contract';
import { ApiError, isRecord } from '../../api/ApiError';
import { apiRequest, setCsrfToken } from '../../api/client';

export type Session = MeResponse;

/**
 * A light check of GET /api/auth/me, kept out of zod so the entry chunk does not carry the contract's schemas:
 * only the members the shell relies on are checked.
 */
export const parseSession = (value: unknown): Session => {
  if (
    !isRecord(value) ||
    typeof value['csrfToken'] !== 'string' ||
    !isRecord(value['user']) ||
    !Array.isArray(value['memberships'])
  ) {
    throw new TypeError('not a session');
  }
  const user = value['user'];
  if (typeof user['id'] !== 'string' || typeof user['email'] !== 'string') throw new TypeError('not a session user');
  return value as Session;
};

export const sessionPath = '/api/auth/me';

/** The signed-in user, or null when there is no session (401). Keeps the CSRF token in step. */
export const fetchSession = async (signal?: AbortSignal): Promise<Session | null> => {
  try {
    const session = await apiRequest(sessionPath, {
      parse: { parse: parseSession },
      signOutOn401: false,
      ...(signal ? { signal } : {}),
    });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(undefined);
      return null;
    }
    throw error;
  }
};
