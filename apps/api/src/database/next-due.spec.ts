import { type DueReminder, nextDueOf } from './next-due';

// The JS half of the nextDueAt definition (the planner's); the SQL half runs in the reminder and transition specs.

const at = (hour: number) => new Date(Date.UTC(2026, 2, 10, hour));

describe('nextDueOf: the earliest PENDING reminder, snoozedUntil when snoozed', () => {
  it.each<[string, DueReminder[], Date | null]>([
    ['nothing pending', [], null],
    ['one reminder', [{ dueAt: at(9), snoozedUntil: null }], at(9)],
    [
      'the earliest of several',
      [
        { dueAt: at(9), snoozedUntil: null },
        { dueAt: at(7), snoozedUntil: null },
        { dueAt: at(8), snoozedUntil: null },
      ],
      at(7),
    ],
    [
      'a snoozed reminder counts at its snooze, not its due time',
      [
        { dueAt: at(6), snoozedUntil: at(12) },
        { dueAt: at(9), snoozedUntil: null },
      ],
      at(9),
    ],
    [
      'stored values arrive as ISO strings',
      [{ dueAt: at(9).toISOString(), snoozedUntil: at(10).toISOString() }],
      at(10),
    ],
  ])('%s', (_name, pending, expected) => {
    expect(nextDueOf(pending)).toEqual(expected);
  });
});

describe('nextDueOf: a snoozed case holds back its chases, not its other deadlines', () => {
  it.each<[string, DueReminder[], Date | null, Date | null]>([
    [
      'a chase waits for the case’s snooze',
      [{ dueAt: at(9), snoozedUntil: null, kind: 'DEPOSIT_OVERDUE' }],
      at(15),
      at(15),
    ],
    [
      'a chase due after the snooze keeps its time',
      [{ dueAt: at(16), snoozedUntil: null, kind: 'REVIEW_DUE' }],
      at(15),
      at(16),
    ],
    ['a retry date is not held back', [{ dueAt: at(9), snoozedUntil: null, kind: 'RETRY_ALLOWED' }], at(15), at(9)],
    ['a manual reminder is not held back', [{ dueAt: at(9), snoozedUntil: null, kind: 'MANUAL' }], at(15), at(9)],
    [
      'the earliest after holding back',
      [
        { dueAt: at(9), snoozedUntil: null, kind: 'CASE_STUCK' },
        { dueAt: at(12), snoozedUntil: null, kind: 'DOCUMENT_EXPIRING' },
      ],
      at(15),
      at(12),
    ],
    ['not snoozed: as before', [{ dueAt: at(9), snoozedUntil: null, kind: 'DEPOSIT_OVERDUE' }], null, at(9)],
  ])('%s', (_name, pending, caseSnoozedUntil, expected) => {
    expect(nextDueOf(pending, caseSnoozedUntil)).toEqual(expected);
  });
});
