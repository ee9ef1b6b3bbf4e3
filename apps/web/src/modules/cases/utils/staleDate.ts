import { type ApiError, isApiError } from '../../api';

/**
 * A 409 STALE_MESSAGE_DATE: the pasted message's dates lie far in the past, and the API asks first. Apart from
 * StaleDateQuestion (which asks, in the cases catalogue's words), so a hook can tell the answer without them.
 */
export const isStaleDate = (error: unknown): error is ApiError =>
  isApiError(error) && error.code === 'STALE_MESSAGE_DATE';
