import type { CasesKey, CasesT } from '../../../i18n/useCasesTranslation';
import { numberFormat, relativeTimeFormat } from '../../../i18n/intlCache';

type Unit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

const units: [Unit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** The offsets that read as a word of their own ("tomorrow", "last week"); Chinese also names ±2 days (后天, 前天). */
const named: Record<Unit, Partial<Record<number, CasesKey>>> = {
  year: { 1: 'caseCommon.relative.year.next', [-1]: 'caseCommon.relative.year.last' },
  month: { 1: 'caseCommon.relative.month.next', [-1]: 'caseCommon.relative.month.last' },
  week: { 1: 'caseCommon.relative.week.next', [-1]: 'caseCommon.relative.week.last' },
  day: {
    2: 'caseCommon.relative.day.afterNext',
    1: 'caseCommon.relative.day.next',
    [-1]: 'caseCommon.relative.day.last',
    [-2]: 'caseCommon.relative.day.beforeLast',
  },
  hour: {},
  minute: {},
};

const inUnit = (value: number, unit: Unit, locale: string, t: CasesT): string => {
  const word = named[unit][value];
  if (word) return t(word);
  // Intl groups the digits of a large count ("in 1,234 years"), the catalogue would not. Only years get there (a
  // deadline a thousand years away is a typo), so only such a deadline pays for building Intl's formatter.
  if (Math.abs(value) >= 1000) return relativeTimeFormat(locale, { numeric: 'auto' }).format(value, unit);
  return t(value > 0 ? `caseCommon.relative.${unit}.future` : `caseCommon.relative.${unit}.past`, {
    count: Math.abs(value),
  });
};

/**
 * "in 3 days", "2 hours ago", "3天后": the largest unit that fits, rounded; under a minute reads "this minute".
 * The words are the catalogue's, as Intl.RelativeTimeFormat (numeric: 'auto') has them: the first such formatter a
 * page builds loads ICU data, ~20 ms on a desktop and ~80 ms on a phone-class CPU, and every row of the case
 * list says when its case is due. i18next chooses the plural with Intl.PluralRules, which costs next to nothing.
 */
export const formatRelative = (date: Date, now: Date, locale: string, t: CasesT): string => {
  const difference = date.getTime() - now.getTime();
  for (const [unit, size] of units) {
    if (Math.abs(difference) >= size) return inUnit(Math.round(difference / size), unit, locale, t);
  }
  return t('caseCommon.relative.now');
};

/** A span as "5 d" / "3 h" / "12 min" in the reader's language (Intl unit formatting). */
export const formatSpan = (milliseconds: number, locale: string): string => {
  const abs = Math.abs(milliseconds);
  const pick = (unit: 'day' | 'hour' | 'minute', size: number) =>
    numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 0 }).format(
      Math.floor(abs / size),
    );
  if (abs >= 86_400_000) return pick('day', 86_400_000);
  if (abs >= 3_600_000) return pick('hour', 3_600_000);
  return pick('minute', 60_000);
};
