// Wall-clock arithmetic in an IANA time zone (quiet hours, the 08:00 digest), with Intl only.

export type LocalDateTime = { year: number; month: number; day: number; hour: number; minute: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let cached = formatters.get(timeZone);
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, cached);
  }
  return cached;
}

/** The wall clock in `timeZone` at `instant` (seconds dropped). */
export function localDateTime(instant: Date, timeZone: string): LocalDateTime {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, Number(p.value)]),
  );
  return {
    year: parts['year'] ?? 0,
    month: parts['month'] ?? 0,
    day: parts['day'] ?? 0,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
  };
}

function asUtc(local: LocalDateTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
}

/** The instant the wall clock in `timeZone` shows `local`; in a DST gap, the moment clocks resume. */
export function instantAt(local: LocalDateTime, timeZone: string): Date {
  const target = asUtc(local);
  const offsetAt = (at: number) => asUtc(localDateTime(new Date(at), timeZone)) - Math.floor(at / 60_000) * 60_000;
  const first = target - offsetAt(target);
  const second = target - offsetAt(first);
  if (asUtc(localDateTime(new Date(second), timeZone)) === target) return new Date(second);
  return new Date(Math.max(first, second));
}

/** YYYY-MM-DD in `timeZone`. */
export function localDateString(instant: Date, timeZone: string): string {
  const { year, month, day } = localDateTime(instant, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Local midnight starting the calendar day of `instant`, and the next one. */
export function localDayBounds(instant: Date, timeZone: string): { start: Date; end: Date } {
  const { year, month, day } = localDateTime(instant, timeZone);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return {
    start: instantAt({ year, month, day, hour: 0, minute: 0 }, timeZone),
    end: instantAt(
      { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0, minute: 0 },
      timeZone,
    ),
  };
}

/** "2026-03-10 08:00" in `timeZone`. */
export function formatLocal(instant: Date, timeZone: string): string {
  const { year, month, day, hour, minute } = localDateTime(instant, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)} ${two(hour)}:${two(minute)}`;
}

export function minutesToClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function clockToMinutes(clock: string): number {
  const [hours = '0', minutes = '0'] = clock.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/**
 * If `now` falls inside the quiet hours [start, end) (minutes after local midnight; the window may span
 * midnight), the instant they end; otherwise null.
 */
export function quietHoursEnd(now: Date, timeZone: string, start: number | null, end: number | null): Date | null {
  if (start === null || end === null || start === end) return null;
  const local = localDateTime(now, timeZone);
  const minute = local.hour * 60 + local.minute;
  const inside = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!inside) return null;
  // Overnight window, evening part: the end is tomorrow.
  const dayOffset = start > end && minute >= start ? 1 : 0;
  const day = new Date(Date.UTC(local.year, local.month - 1, local.day + dayOffset));
  return instantAt(
    {
      year: day.getUTCFullYear(),
      month: day.getUTCMonth() + 1,
      day: day.getUTCDate(),
      hour: Math.floor(end / 60),
      minute: end % 60,
    },
    timeZone,
  );
}
