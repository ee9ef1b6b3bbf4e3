// Types only: the start page is a first screen, and a runtime import of @waiji/contract brings every zod schema.
import type { HealthResponse } from '@waiji/contract';
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

  if (!isHealthResponse(body)) {
    throw new HealthCheckError(response.ok ? 'invalid-response' : 'unreachable', { cause: body });
  }
  return body;
};

/** The contract's `healthResponse`, checked by hand. */
export const isHealthResponse = (value: unknown): value is HealthResponse => {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Record<string, unknown>;
  return (
    (body['status'] === 'ok' || body['status'] === 'degraded') &&
    (body['db'] === 'up' || body['db'] === 'down') &&
    typeof body['version'] === 'string' &&
    typeof body['uptimeSeconds'] === 'number' &&
    Number.isFinite(body['uptimeSeconds'])
  );
};
