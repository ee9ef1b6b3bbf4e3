import { numberFormat, relativeTimeFormat } from '../../../i18n/intlCache';

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 3 days", "2 hours ago", "3天后": the largest unit that fits, rounded; under a minute reads "now". */
export const formatRelative = (date: Date, now: Date, locale: string): string => {
  const difference = date.getTime() - now.getTime();
  const format = relativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of units) {
    if (Math.abs(difference) >= size) return format.format(Math.round(difference / size), unit);
  }
  return format.format(0, 'minute');
};

/** A span as "5 d" / "3 h" / "12 min" in the reader's language (Intl unit formatting). */
export const formatSpan = (milliseconds: number, locale: string): string => {
  const abs = Math.abs(milliseconds);
  const pick = (unit: 'day' | 'hour' | 'minute', size: number) =>
    numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 0 }).format(Math.floor(abs / size));
  if (abs >= 86_400_000) return pick('day', 86_400_000);
  if (abs >= 3_600_000) return pick('hour', 3_600_000);
  return pick('minute', 60_000);
};
