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
  /** A new client looks like an existing one (details: `duplicateClientDetails`); resend with allowDuplicate: 409. */
  'DUPLICATE_CLIENT',
  'ILLEGAL_TRANSITION',
  'COOLDOWN_ACTIVE',
  /** Undo (409): the case's last change is not a transition that can be undone (none yet, or already an undo). */
  'NOTHING_TO_UNDO',
  /** Undo (409): the 10 minutes after the transition have passed. */
  'UNDO_WINDOW_PASSED',
  /** Undo (409): someone else made the transition, and the caller is not an admin or the owner. */
  'NOT_YOUR_TRANSITION',
  /**
   * A pasted message whose dates lie far in the past (details: `staleMessageDateDetails`): resend with
   * confirmStaleDate: true if they are right (409).
   */
  'STALE_MESSAGE_DATE',
  'DOMAIN_RULE',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  /** Documents: the file's content is not a JPEG, PNG, HEIC/HEIF or PDF, whatever its name says (415). */
  'UNSUPPORTED_FILE_TYPE',
  /** Documents: the file is over the upload size limit (413). */
  'FILE_TOO_LARGE',
  /** Documents: the image is smaller than the minimum resolution for a readable document photo (422). */
  'IMAGE_TOO_SMALL',
  /** Documents: the file ends early or is damaged and cannot be read (422). */
  'FILE_TRUNCATED',
  /** Documents: the image declares more pixels than it may have (a decompression bomb) (422). */
  'IMAGE_BOMB',
  'THROTTLED',
  /** Screenshots: too many images are being read right now; try again in a moment (503). */
  'OCR_BUSY',
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
