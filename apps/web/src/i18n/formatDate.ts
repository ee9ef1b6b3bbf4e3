import { dateTimeFormat } from './intlCache';

/** Alipay writes its dates in Beijing time; a retry date is a Beijing calendar day wherever the reader is. */
export const BEIJING_TIME_ZONE = 'Asia/Shanghai';

/** A calendar day, e.g. "Sunday, October 18, 2015" / "2015年10月18日星期日". */
export const formatDay = (date: Date, locale: string, timeZone?: string): string =>
  dateTimeFormat(locale, { dateStyle: 'full', ...(timeZone ? { timeZone } : {}) }).format(date);

/** A moment, e.g. "Oct 20, 2015, 9:30 AM", in the reader's own time zone unless one is given. */
export const formatMoment = (date: Date, locale: string, timeZone?: string): string =>
  dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(date);

/** `<input type="datetime-local">` value for `date` in the browser's zone, e.g. "2015-10-13T09:30". */
export const toDateTimeLocalValue = (date: Date): string => {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

/** Reads an `<input type="datetime-local">` value as the browser's local time; null when empty or invalid. */
export const fromDateTimeLocalValue = (value: string): Date | null => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** Reads an `<input type="date">` value as midnight UTC, the form `checkApplication` expects for calendar dates. */
export const fromDateValue = (value: string): Date | null => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** Reads an `<input type="date">` value as the start of that day in Beijing (UTC+8 all year, no DST since 1991). */
export const fromBeijingDateValue = (value: string): Date | null => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00+08:00`);
  return Number.isNaN(date.getTime()) ? null : date;
};
