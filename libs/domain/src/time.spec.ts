import {
  addDaysToDate,
  addDuration,
  daysBetween,
  type Duration,
  formatLocalDate,
  isValidTimeZone,
  localDateOf,
  startOfLocalDay,
  validLocalDate,
} from './time';

describe('addDuration in the organization’s time zone (W: organizations choose their zone)', () => {
  it.each<[string, string, string, Duration, string, string]>([
    [
      'W',
      'hours are absolute',
      '2025-03-29T11:00:00Z',
      { amount: 24, unit: 'hours' },
      'Europe/Berlin',
      '2025-03-30T11:00:00.000Z',
    ],
    [
      'W',
      'a calendar day keeps the wall clock across the spring DST change (23 h)',
      '2025-03-29T11:00:00Z',
      { amount: 1, unit: 'days' },
      'Europe/Berlin',
      '2025-03-30T10:00:00.000Z',
    ],
    [
      'W',
      'a calendar day keeps the wall clock across the autumn DST change (25 h)',
      '2025-10-25T10:00:00Z',
      { amount: 1, unit: 'days' },
      'Europe/Berlin',
      '2025-10-26T11:00:00.000Z',
    ],
    [
      'S2',
      'Friday + 2 working days = Tuesday',
      '2015-10-09T02:00:00Z',
      { amount: 2, unit: 'workingDays' },
      'Asia/Shanghai',
      '2015-10-13T02:00:00.000Z',
    ],
    [
      'S2',
      'Sunday + 1 working day = Monday',
      '2015-10-11T02:00:00Z',
      { amount: 1, unit: 'workingDays' },
      'Asia/Shanghai',
      '2015-10-12T02:00:00.000Z',
    ],
    [
      'S2',
      'Monday − 1 working day = Friday',
      '2015-10-12T02:00:00Z',
      { amount: -1, unit: 'workingDays' },
      'Asia/Shanghai',
      '2015-10-09T02:00:00.000Z',
    ],
    [
      'S2',
      '0 working days from Saturday stays Saturday',
      '2015-10-10T02:00:00Z',
      { amount: 0, unit: 'workingDays' },
      'Asia/Shanghai',
      '2015-10-10T02:00:00.000Z',
    ],
    [
      'S2',
      'the weekday is the one in the zone, not in UTC',
      '2015-10-09T20:00:00Z',
      { amount: 1, unit: 'workingDays' },
      'Asia/Shanghai',
      '2015-10-11T20:00:00.000Z',
    ],
    [
      'W',
      'negative calendar days across a month end',
      '2015-03-01T04:00:00Z',
      { amount: -30, unit: 'days' },
      'Asia/Shanghai',
      '2015-01-30T04:00:00.000Z',
    ],
    [
      'W',
      'a wall-clock time skipped by DST moves forward',
      '2025-03-29T01:30:00Z',
      { amount: 1, unit: 'days' },
      'Europe/Berlin',
      '2025-03-30T01:30:00.000Z',
    ],
  ])('%s %s', (_source, _label, start, duration, zone, expected) => {
    expect(addDuration(new Date(start), duration, zone)?.toISOString()).toBe(expected);
  });

  it.each<[string, string, unknown, Duration, string]>([
    ['W', 'invalid start', new Date(Number.NaN), { amount: 1, unit: 'days' }, 'Asia/Shanghai'],
    ['W', 'start not a date', '2015-10-09', { amount: 1, unit: 'days' }, 'Asia/Shanghai'],
    ['W', 'unknown zone', new Date('2015-10-09T02:00:00Z'), { amount: 1, unit: 'days' }, 'Moon/Base'],
    ['W', 'amount not finite', new Date('2015-10-09T02:00:00Z'), { amount: Number.NaN, unit: 'days' }, 'Asia/Shanghai'],
    ['W', 'amount too large', new Date('2015-10-09T02:00:00Z'), { amount: 1e6, unit: 'workingDays' }, 'Asia/Shanghai'],
    [
      'W',
      'hours beyond the supported range',
      new Date('8999-12-31T00:00:00Z'),
      { amount: 48, unit: 'hours' },
      'Asia/Shanghai',
    ],
    [
      'W',
      'days beyond the supported range',
      new Date('8999-12-31T00:00:00Z'),
      { amount: 2, unit: 'days' },
      'Asia/Shanghai',
    ],
  ])('%s %s → null', (_source, _label, start, duration, zone) => {
    expect(addDuration(start as Date, duration, zone)).toBeNull();
  });
});

describe('calendar helpers', () => {
  it.each([
    ['W', 'Beijing midnight', { year: 2015, month: 10, day: 18 }, 'Asia/Shanghai', '2015-10-17T16:00:00.000Z'],
    [
      'W',
      'New York midnight in summer',
      { year: 2015, month: 7, day: 4 },
      'America/New_York',
      '2015-07-04T04:00:00.000Z',
    ],
    // Brazil started DST at midnight in 2018: 00:00 did not exist that day, the day began at 01:00.
    [
      'W',
      'a day whose midnight was skipped',
      { year: 2018, month: 11, day: 4 },
      'America/Sao_Paulo',
      '2018-11-04T03:00:00.000Z',
    ],
  ])('%s startOfLocalDay: %s', (_source, _label, date, zone, expected) => {
    const start = startOfLocalDay(date, zone);
    expect(start.toISOString()).toBe(expected);
    expect(localDateOf(start, zone)).toEqual(date);
  });

  it.each([
    ['W', '2015-02-28', 2015, 2, 28, { year: 2015, month: 2, day: 28 }],
    ['W', '2015-02-29 does not exist', 2015, 2, 29, null],
    ['W', '2016-02-29 leap day', 2016, 2, 29, { year: 2016, month: 2, day: 29 }],
    ['W', 'month 13', 2015, 13, 1, null],
    ['W', 'year 999 out of range', 999, 1, 1, null],
    ['W', 'year 9001 out of range', 9001, 1, 1, null],
    ['W', 'not whole numbers', 2015.5, 1, 1, null],
  ])('%s validLocalDate %s', (_source, _label, year, month, day, expected) => {
    expect(validLocalDate(year, month, day)).toEqual(expected);
  });

  it('W daysBetween, addDaysToDate and formatLocalDate', () => {
    expect(daysBetween({ year: 2025, month: 6, day: 1 }, { year: 2025, month: 7, day: 1 })).toBe(30);
    expect(daysBetween({ year: 2025, month: 7, day: 1 }, { year: 2025, month: 6, day: 1 })).toBe(-30);
    expect(addDaysToDate({ year: 2024, month: 12, day: 31 }, 1)).toEqual({ year: 2025, month: 1, day: 1 });
    expect(formatLocalDate(new Date('2015-10-17T16:00:00Z'), 'Asia/Shanghai')).toBe('2015-10-18');
    expect(formatLocalDate(new Date('1000-01-02T00:00:00Z'), 'UTC')).toBe('1000-01-02');
  });

  it.each([
    ['W', 'Asia/Shanghai', true],
    ['W', 'Europe/Berlin', true],
    ['W', 'UTC', true],
    ['W', 'Mars/Olympus', false],
    ['W', '', false],
    ['W', 'x'.repeat(101), false],
    ['W', 42, false],
  ])('%s isValidTimeZone(%p) = %p', (_source, zone, expected) => {
    expect(isValidTimeZone(zone)).toBe(expected);
  });
});
