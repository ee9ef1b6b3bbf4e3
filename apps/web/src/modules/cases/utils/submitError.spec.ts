import { toActionSubmitError } from './submitError';

describe('toActionSubmitError', () => {
  it.each([
    [
      'the API body with its status',
      { status: 409, error: { code: 'CONFLICT', message: 'stale version' } },
      { status: 409, code: 'CONFLICT', message: 'stale version' },
    ],
    [
      'a cooldown with its date in details',
      {
        status: 409,
        error: { code: 'COOLDOWN_ACTIVE', message: 'wait', details: { retryAfter: '2015-10-17T16:00:00.000Z' } },
      },
      { status: 409, code: 'COOLDOWN_ACTIVE', message: 'wait', retryAfter: new Date('2015-10-17T16:00:00.000Z') },
    ],
    [
      'an unwrapped body blaming a field',
      { code: 'VALIDATION_FAILED', message: 'bad amount', details: { field: 'amount' } },
      { code: 'VALIDATION_FAILED', message: 'bad amount', field: 'amount' },
    ],
    ['a plain Error', new TypeError('Failed to fetch'), { message: 'Failed to fetch' }],
    ['a string', 'offline', { message: 'offline' }],
    ['nothing useful', undefined, { message: '' }],
  ])('reads %s', (_name, reason, expected) => {
    expect(toActionSubmitError(reason)).toEqual(expected);
  });
});
