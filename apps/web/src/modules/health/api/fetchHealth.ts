import { healthResponse, type HealthResponse } from '@waiji/contract';
import type { HealthFailureReason } from '../types/health';

export class HealthCheckError extends Error {
  constructor(
    readonly reason: HealthFailureReason,
    options?: { cause?: unknown },
  ) {
    super(`Health check failed: ${reason}`, options);
    this.name = 'HealthCheckError';
  }
}

export const healthPath = '/api/health';

/**
 * The API answers 503 with the same body when the database is down, so the body is parsed whatever the
 * status; only no answer, or an answer that is not a health body, counts as a failure.
 */
export const fetchHealth = async (signal?: AbortSignal): Promise<HealthResponse> => {
  let response: Response;
  try {
    response = await fetch(healthPath, { headers: { Accept: 'application/json' }, signal: signal ?? null });
  } catch (cause) {
    throw new HealthCheckError('unreachable', { cause });
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    // A proxy with no API behind it answers 502/504 with HTML: for the user that is "unreachable".
    throw new HealthCheckError(response.ok ? 'invalid-response' : 'unreachable', { cause });
  }

  const parsed = healthResponse.safeParse(body);
  if (!parsed.success) {
    throw new HealthCheckError(response.ok ? 'invalid-response' : 'unreachable', { cause: parsed.error });
  }
  return parsed.data;
};
