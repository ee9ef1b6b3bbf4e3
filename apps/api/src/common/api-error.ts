import type { ErrorCode } from '@waiji/contract';

/** Thrown by services for anything the caller should see; the filter maps `code` to an HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function statusFor(code: ErrorCode): number {
  switch (code) {
    case 'BAD_REQUEST':
    case 'VALIDATION_FAILED':
    case 'INVALID_CURSOR':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
    case 'DUPLICATE_CLIENT':
    case 'ILLEGAL_TRANSITION':
    case 'COOLDOWN_ACTIVE':
    case 'NOTHING_TO_UNDO':
    case 'UNDO_WINDOW_PASSED':
    case 'NOT_YOUR_TRANSITION':
    case 'STALE_MESSAGE_DATE':
      return 409;
    case 'PAYLOAD_TOO_LARGE':
    case 'FILE_TOO_LARGE':
      return 413;
    case 'UNSUPPORTED_MEDIA_TYPE':
    case 'UNSUPPORTED_FILE_TYPE':
      return 415;
    case 'DOMAIN_RULE':
    case 'IMAGE_TOO_SMALL':
    case 'FILE_TRUNCATED':
    case 'IMAGE_BOMB':
      return 422;
    case 'THROTTLED':
      return 429;
    case 'SERVICE_UNAVAILABLE':
    case 'OCR_BUSY':
      return 503;
    case 'INTERNAL':
      return 500;
    default:
      return assertUnreachable(code);
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled value: ${String(value)}`);
}
