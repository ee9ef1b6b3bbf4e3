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
