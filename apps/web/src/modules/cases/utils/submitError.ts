/**
 * Why an action was not saved, as the caller's `onSubmit` reports it by rejecting: the HTTP status and
 * the API's error body ({ error: { code, message, details } }), or a plain Error.
 */
export type ActionSubmitError = {
  status?: number;
  code?: string;
  message: string;
  /** The payload field the server blamed, when it says. */
  field?: string;
  /** COOLDOWN_ACTIVE: when the same card may be used again. */
  retryAfter?: Date;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const stringIn = (record: Record<string, unknown>, key: string): string | undefined => {
  const value = record[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

const dateIn = (record: Record<string, unknown>, key: string): Date | undefined => {
  const value = record[key];
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
};

/** Reads whatever `onSubmit` rejected with; never throws, and always has a message to show. */
export const toActionSubmitError = (reason: unknown): ActionSubmitError => {
  if (!isRecord(reason) && !(reason instanceof Error)) {
    return { message: typeof reason === 'string' && reason !== '' ? reason : '' };
  }
  const outer = reason as Record<string, unknown>;
  // The API's body may be passed as is ({ error: {...} }) or already unwrapped.
  const body = isRecord(outer['error']) ? outer['error'] : outer;
  const details = isRecord(body['details']) ? body['details'] : {};
  const status = typeof outer['status'] === 'number' ? outer['status'] : undefined;
  const code = stringIn(body, 'code');
  const field = stringIn(body, 'field') ?? stringIn(details, 'field');
  const retryAfter = dateIn(body, 'retryAfter') ?? dateIn(details, 'retryAfter');
  return {
    message: stringIn(body, 'message') ?? (reason instanceof Error ? reason.message : ''),
    ...(status !== undefined ? { status } : {}),
    ...(code !== undefined ? { code } : {}),
    ...(field !== undefined ? { field } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
  };
};
