import type { ErrorCode } from '@waiji/contract';

/** Codes the client itself produces when there is no API error body to read. */
export type ClientErrorCode = 'NETWORK' | 'BAD_RESPONSE';

/**
 * A failed API call: the HTTP status and the API's `{ error: { code, message, details } }`, or a client-side
 * code when the request never got an answer (NETWORK) or the answer was not the API's JSON (BAD_RESPONSE).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  readonly details: unknown;
  /** From Retry-After on 429/503 (or a COOLDOWN_ACTIVE body); when trying again makes sense. */
  readonly retryAfter: Date | undefined;

  constructor(init: {
    status: number;
    code: ErrorCode | ClientErrorCode;
    message: string;
    details?: unknown;
    retryAfter?: Date;
    cause?: unknown;
  }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.retryAfter = init.retryAfter;
  }

  get isConflict(): boolean {
    return this.status === 409;
  }

  get isForbidden(): boolean {
    return this.status === 403;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  get isUnauthenticated(): boolean {
    return this.status === 401;
  }

  /** The body's `details` as a record (409 bodies carry current state, version, allowed actions). */
  get detailRecord(): Record<string, unknown> {
    return isRecord(this.details) ? this.details : {};
  }

  /**
   * Field errors keyed by the field's path ("email", "items.0.name"). Reads the API's shapes: VALIDATION_FAILED
   * carries `{ issues: [{ field, message }] }`; other refusals may name one field as `{ field }` with the message.
   */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    const details = this.details;
    const issues = Array.isArray(details)
      ? details
      : isRecord(details) && Array.isArray(details['issues'])
        ? details['issues']
        : [];
    for (const issue of issues) {
      if (!isRecord(issue) || typeof issue['message'] !== 'string') continue;
      const rawPath = issue['field'] ?? issue['path'];
      const path = Array.isArray(rawPath) ? rawPath.join('.') : typeof rawPath === 'string' ? rawPath : '';
      if (path !== '' && out[path] === undefined) out[path] = issue['message'];
    }
    if (isRecord(details) && typeof details['field'] === 'string' && out[details['field']] === undefined) {
      out[details['field']] = this.message;
    }
    return out;
  }
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
