import { z } from 'zod';

/** Every error code the API can answer with; clients switch on these, so they are stable. */
export const errorCodes = [
  'BAD_REQUEST',
  'VALIDATION_FAILED',
  /** A pagination cursor this list did not hand out (altered, forged or from another sort order): 400. */
  'INVALID_CURSOR',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'ILLEGAL_TRANSITION',
  'COOLDOWN_ACTIVE',
  'DOMAIN_RULE',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'THROTTLED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const errorBody = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;
