import { machines } from '@waiji/domain';
import { emptyActionFormValues, isFieldShown, previewSnapshot, transitionFor, validateActionForm } from './actionForm';

const now = new Date('2015-10-14T00:00:00Z');

describe('validateActionForm', () => {
  it('refuses resubmitting with the same card before its retry date, and allows a new card (SAME_CARD_COOLDOWN, S2)', () => {
    const transition = transitionFor('BANK_CARD_VERIFICATION', 'REJECTED', 'resubmit');
    if (!transition) throw new Error('the machine has no resubmit from REJECTED');
    const snapshot = {
      ...previewSnapshot('BANK_CARD_VERIFICATION', 'REJECTED', now),
      bank: 'BOC' as const,
      cardLast4: '1234',
      lastReasonCode: 'CARD_CHECK_FAILED' as const,
      retryAfter: new Date('2015-10-17T16:00:00Z'),
    };

    const same = validateActionForm(
      transition,
      { ...emptyActionFormValues, bank: 'BOC', cardLast4: '1234' },
      snapshot,
      now,
    );
    expect(same).toEqual({ ok: false, errors: {}, problem: { kind: 'cooldown', retryAfter: snapshot.retryAfter } });

    const other = validateActionForm(
      transition,
      { ...emptyActionFormValues, bank: 'CMB', cardLast4: '9876' },
      snapshot,
      now,
    );
    expect(other).toEqual({ ok: true, payload: { bank: 'CMB', cardLast4: '9876' } });
  });

  it('reads a retry date as a day in Beijing', () => {
    const transition = transitionFor('BANK_CARD_VERIFICATION', 'MANUAL_REVIEW', 'reject');
    if (!transition) throw new Error('the machine has no reject from MANUAL_REVIEW');
    const values = { ...emptyActionFormValues, reasonCode: 'CARD_CHECK_FAILED', retryAfter: '2015-10-18' };

    const result = validateActionForm(
      transition,
      values,
      previewSnapshot('BANK_CARD_VERIFICATION', 'MANUAL_REVIEW', now),
      now,
    );

    expect(result.ok && result.payload.retryAfter?.toISOString()).toBe('2015-10-17T16:00:00.000Z');
  });

  it.each([
    ['reasonText', 'OTHER', true],
    ['reasonText', 'CARD_CHECK_FAILED', false],
    ['retryAfterDays', 'CARD_CHECK_FAILED', true],
    ['retryAfter', 'DOCUMENTS_MISSING', false],
    ['originalMessage', '', true],
  ] as const)('shows %s for reason %s: %s', (field, reasonCode, shown) => {
    expect(isFieldShown(field, { ...emptyActionFormValues, reasonCode })).toBe(shown);
  });

  it('knows every payload field type the machines use', () => {
    const types = new Set(
      Object.values(machines).flatMap((machine) =>
        machine.transitions.flatMap((t) => t.payload.map((field) => field.type)),
      ),
    );
    expect([...types].sort()).toEqual([
      'bank',
      'boolean',
      'cardLast4',
      'cardNetwork',
      'country',
      'date',
      'decimal',
      'integer',
      'reasonCode',
      'text',
    ]);
  });
});
