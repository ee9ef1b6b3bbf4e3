import type { useAuthTranslation } from '../../../i18n/useAuthTranslation';
import { ApiError } from '../../api/ApiError';

type TFunction = ReturnType<typeof useAuthTranslation>['t'];
import { formatMoment } from '../../../i18n/formatDate';
import type { FieldProblem } from './validation';

/** A form's failure in the reader's language where the code says enough, else the server's own explanation. */
export const describeAuthError = (t: TFunction, error: unknown, locale: string): string => {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (error.code === 'NETWORK') return t('auth.errors.network');
  if (error.code === 'THROTTLED') {
    return error.retryAfter
      ? t('auth.errors.throttledUntil', { time: formatMoment(error.retryAfter, locale) })
      : t('auth.errors.throttled');
  }
  if (error.code === 'INTERNAL' || error.code === 'SERVICE_UNAVAILABLE' || error.code === 'BAD_RESPONSE')
    return t('auth.errors.server');
  return error.message;
};

export const problemText = (t: TFunction, problem: FieldProblem | undefined): string | undefined => {
  if (!problem) return undefined;
  switch (problem) {
    case 'required':
      return t('auth.problems.required');
    case 'email':
      return t('auth.problems.email');
    case 'passwordShort':
      return t('auth.problems.passwordShort', { count: 10 });
    case 'passwordLong':
      return t('auth.problems.passwordLong');
    case 'tooLong':
      return t('auth.problems.tooLong');
    case 'mismatch':
      return t('auth.problems.mismatch');
  }
};

/**
 * The server's word on one field of a VALIDATION_FAILED answer ("is one of the most common passwords"). Other
 * refusals that name a field are shown once, in the form's alert.
 */
export const serverFieldError = (error: unknown, field: string): string | undefined =>
  error instanceof ApiError && error.code === 'VALIDATION_FAILED' ? error.fieldErrors[field] : undefined;

/** The emailed link itself was refused (invalid, expired or used), whatever the code. */
export const isDeadLink = (error: unknown): boolean =>
  error instanceof ApiError && error.fieldErrors['token'] !== undefined;
