import { isUsableDate } from './common';

/** Alipay states its dates in Beijing time. */
export const ALIPAY_TIME_ZONE = 'Asia/Shanghai';

export const durationUnits = ['hours', 'days', 'workingDays'] as const;
export type DurationUnit = (typeof durationUnits)[number];
/** `days` are calendar days in the time zone (same wall-clock time); `workingDays` skip Saturday and Sunday. */
export type Duration = { amount: number; unit: DurationUnit };

export type LocalDate = { year: number; month: number; day: number };
type LocalDateTime = LocalDate & { hour: number; minute: number; second: number; millisecond: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat | null {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  try {
    const created = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, created);
    return created;
  } catch {
    return null;
  }
}

/** True when `timeZone` is an IANA time zone Intl knows. */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  return typeof timeZone === 'string' && timeZone.length > 0 && timeZone.length <= 100 && formatter(timeZone) !== null;
}

/**
 * Wall-clock readings already made, per zone, by the instant's milliseconds. formatToParts is the costliest step of
 * the deadline arithmetic, and planning many cases at once (an import's batch) reads the same few instants again and
 * again: the moment the cases were created, their expiry days and the instants derived from them. A reading depends
 * on nothing else, so a remembered one is exact. Bounded: a zone's map that fills up starts again.
 */
const readings = new Map<string, Map<number, Readonly<LocalDateTime>>>();
const MAX_READINGS_PER_ZONE = 4096;

function localDateTime(instant: Date, timeZone: string): LocalDateTime {
  const at = instant.getTime();
  const known = readings.get(timeZone)?.get(at);
  if (known) return { ...known };
  // Callers pass a usable date and a validated zone, so formatting cannot fail and every part is present.
  const parts = (formatter(timeZone) as Intl.DateTimeFormat).formatToParts(instant);
  const values = Object.fromEntries(parts.map((part) => [part.type, Number(part.value)])) as Record<
    'year' | 'month' | 'day' | 'hour' | 'minute' | 'second',
    number
  >;
  const reading = {
    year: values.year,
    month: values.month,
    day: values.day,
    hour: values.hour,
    minute: values.minute,
    second: values.second,
    millisecond: instant.getUTCMilliseconds(),
  };
  let zone = readings.get(timeZone);
  if (!zone) {
    zone = new Map();
    readings.set(timeZone, zone);
  }
  if (zone.size >= MAX_READINGS_PER_ZONE) zone.clear();
  zone.set(at, reading);
  return { ...reading };
}

function wallClockAsUtc(local: LocalDateTime): number {
  const date = new Date(0);
  date.setUTCFullYear(local.year, local.month - 1, local.day);
  date.setUTCHours(local.hour, local.minute, local.second, local.millisecond);
  return date.getTime();
}

/** The instant at which the wall clock in `timeZone` shows `local`; inside a DST gap, just after it. */
function instantOf(local: LocalDateTime, timeZone: string): Date {
  const asUtc = wallClockAsUtc(local);
  const wallClockAt = (at: number) => wallClockAsUtc(localDateTime(new Date(at), timeZone));
  const first = asUtc - (wallClockAt(asUtc) - asUtc);
  const second = asUtc - (wallClockAt(first) - first);
  // If `first` were right, `second` would equal it; so checking `second` is enough.
  if (wallClockAt(second) === asUtc) return new Date(second);
  // The wall-clock time does not exist (clocks jumped forward): take the moment the clocks resumed.
  return new Date(Math.max(first, second));
}

/** The calendar date of `instant` in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const { year, month, day } = localDateTime(instant, timeZone);
  return { year, month, day };
}

/** Midnight at the start of a calendar date in `timeZone`. */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  return instantOf({ ...date, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

/** The instant at which the wall clock in `timeZone` shows `hour:minute` on `date`. */
export function localTimeOn(date: LocalDate, hour: number, minute: number, timeZone: string): Date {
  return instantOf({ ...date, hour, minute, second: 0, millisecond: 0 }, timeZone);
}

/** Whole days from calendar date `a` to calendar date `b` (negative when b is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86400000);
}

function shiftDate(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function isWeekend(date: LocalDate): boolean {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** Add calendar days to a calendar date. */
export function addDaysToDate(date: LocalDate, days: number): LocalDate {
  return shiftDate(date, days);
}

/**
 * `start` plus `duration`, computed in `timeZone`. Working days are Monday–Friday (public holidays are
 * not modelled) and keep the wall-clock time: Friday 10:00 + 2 working days = Tuesday 10:00.
 * Returns null when the result would not be a usable date.
 */
export function addDuration(start: Date, duration: Duration, timeZone: string): Date | null {
  if (!isUsableDate(start) || !isValidTimeZone(timeZone)) return null;
  const { amount, unit } = duration;
  if (!Number.isFinite(amount) || Math.abs(amount) > 36500) return null;
  if (unit === 'hours') {
    const result = new Date(start.getTime() + amount * 3600000);
    return isUsableDate(result) ? result : null;
  }
  const local = localDateTime(start, timeZone);
  let date: LocalDate = local;
  if (unit === 'days') {
    date = shiftDate(local, Math.trunc(amount));
  } else {
    const step = amount < 0 ? -1 : 1;
    for (let counted = 0; counted < Math.abs(Math.trunc(amount));) {
      date = shiftDate(date, step);
      if (!isWeekend(date)) counted += 1;
    }
  }
  const result = instantOf({ ...local, ...date }, timeZone);
  return isUsableDate(result) ? result : null;
}

/** YYYY-MM-DD of `instant` in `timeZone`. */
export function formatLocalDate(instant: Date, timeZone: string): string {
  const { year, month, day } = localDateOf(instant, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A real calendar date (rejects 31 February), or null. */
export function validLocalDate(year: number, month: number, day: number): LocalDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9000) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day
    ? { year, month, day }
    : null;
}
