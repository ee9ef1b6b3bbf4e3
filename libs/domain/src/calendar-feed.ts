import { type Bilingual, isRecord, isUsableDate } from './common';
import { oneOf } from './one-of';
import { type ReminderKind, reminderKinds } from './reminder-kinds';
import { addDaysToDate, ALIPAY_TIME_ZONE, isValidTimeZone, type LocalDate, localDateOf, localTimeOn } from './time';

// What a calendar (ICS) feed of reminders offers: which reminders it holds (scope), when its alarm rings, and which
// deadlines are a calendar day rather than a moment (all-day events).

/** Which cases a staff member's feed holds. A CLIENT's feed is always their own case. */
export const calendarScopes = ['MINE', 'TEAM', 'ORGANIZATION'] as const;
export type CalendarScope = (typeof calendarScopes)[number];

export const calendarScopeLabels: Readonly<Record<CalendarScope, Bilingual>> = {
  MINE: { en: 'Cases assigned to me', zh: '分配给我的案件' },
  TEAM: { en: 'My team: assigned to me and unassigned', zh: '我的团队：分配给我的和未分配的案件' },
  ORGANIZATION: { en: 'Whole organisation', zh: '整个组织' },
};

/** Staff roles that may choose the whole organisation (others read it as TEAM). */
export const organizationScopeRoles = ['OWNER', 'ADMIN'] as const;

/** When an event's alarm rings. An all-day deadline has no time: its "at the time" and "1 hour before" ring at 9:00. */
export const calendarAlarms = ['NONE', 'AT_TIME', 'HOUR_BEFORE', 'DAY_BEFORE_9'] as const;
export type CalendarAlarm = (typeof calendarAlarms)[number];

export const calendarAlarmLabels: Readonly<Record<CalendarAlarm, Bilingual>> = {
  NONE: { en: 'No alarm', zh: '不提醒' },
  AT_TIME: { en: 'At the time (all-day deadlines: 9:00 that day)', zh: '到期时（全天期限：当天 9:00）' },
  HOUR_BEFORE: { en: '1 hour before (all-day deadlines: 9:00 that day)', zh: '提前 1 小时（全天期限：当天 9:00）' },
  DAY_BEFORE_9: { en: '9:00 the day before', zh: '前一天 9:00' },
};

/**
 * Deadlines that fall on a calendar day, and the time zone that day is read in. The others end a wait counted from
 * a moment (a submission plus working days keeps its wall-clock time; the 补传 link lasts 24 hours) or were set to a
 * moment by a helper (MANUAL), so they stay timed.
 * - RETRY_ALLOWED: Alipay states the date ("5天后(2031年10月18日)"), which the interpreter reads in Beijing time.
 * - DOCUMENT_EXPIRING: an expiry is a date; the warning is days before it, from midnight in the organization's zone.
 */
const dateOnlyKinds: Readonly<Partial<Record<ReminderKind, 'alipay' | 'policy'>>> = {
  RETRY_ALLOWED: 'alipay',
  DOCUMENT_EXPIRING: 'policy',
};

export type FeedReminder = { kind: string; dueAt: Date; snoozedUntil?: Date | null };

/**
 * The calendar day of a date-only reminder, or null when it is due at a moment. A snoozed reminder is due when the
 * helper chose, so it is a moment whatever its kind.
 */
export function reminderDueDay(reminder: FeedReminder, policyTimeZone: string): LocalDate | null {
  if (!isRecord(reminder) || reminder.snoozedUntil || !isUsableDate(reminder.dueAt)) return null;
  const zone = oneOf(reminderKinds, reminder.kind) ? dateOnlyKinds[reminder.kind] : undefined;
  const timeZone = zone === 'alipay' ? ALIPAY_TIME_ZONE : policyTimeZone;
  return zone && isValidTimeZone(timeZone) ? localDateOf(reminder.dueAt, timeZone) : null;
}

const minutesBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 60000);

/**
 * When the alarm rings, in minutes from the event's start (negative: before it), or null for none. An all-day
 * event starts at midnight of its day wherever the reader is; a timed one's "9:00 the day before" is read in
 * `timeZone` (the organization's).
 */
export function alarmOffsetMinutes(
  alarm: CalendarAlarm,
  event: { allDay: true } | { allDay: false; start: Date; timeZone: string },
): number | null {
  if (!oneOf(calendarAlarms, alarm) || alarm === 'NONE' || !isRecord(event)) return null;
  if (event.allDay === true) return alarm === 'DAY_BEFORE_9' ? -15 * 60 : 9 * 60;
  if (!isUsableDate(event.start) || !isValidTimeZone(event.timeZone)) return null;
  if (alarm === 'AT_TIME') return 0;
  if (alarm === 'HOUR_BEFORE') return -60;
  const dayBefore = addDaysToDate(localDateOf(event.start, event.timeZone), -1);
  return minutesBetween(event.start, localTimeOn(dayBefore, 9, 0, event.timeZone));
}
