/**
 * Recognisers for the details inside a message, on normalised text (message-text.ts): numbers written in
 * digits, Chinese or English words; calendar dates; the "N days later" of a card-check failure and the
 * "within N (working) days" of a review.
 */
import { type Lang, spaced } from './message-text';
import { type Duration, type LocalDate, validLocalDate } from './time';

/** A count in digits or as an English word, as the English patterns accept it. */
export const NUMBER_WORD = String.raw`(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)`;

const CHINESE_NUMERALS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
const ENGLISH_NUMERALS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

function numberFrom(word: string): number {
  return CHINESE_NUMERALS[word] ?? ENGLISH_NUMERALS[word] ?? Number(word);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const DATE_PATTERNS: ReadonlyArray<{ pattern: RegExp; order: 'ymd' | 'mdy' | 'dmy' }> = [
  { pattern: /(\d{4})年(\d{1,2})月(\d{1,2})日?/, order: 'ymd' },
  { pattern: /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/, order: 'ymd' },
  { pattern: new RegExp(String.raw`${MONTH} ?(\d{1,2})(?:st|nd|rd|th)?,? ?(\d{4})`), order: 'mdy' },
  { pattern: new RegExp(String.raw`(\d{1,2})(?:st|nd|rd|th)? ?${MONTH},? ?(\d{4})`), order: 'dmy' },
];

/** The first real calendar date written in `text` (Chinese, ISO-like or English month names). */
function findDate(text: string): { date: LocalDate; index: number; length: number } | null {
  let best: { date: LocalDate; index: number; length: number } | null = null;
  for (const { pattern, order } of DATE_PATTERNS) {
    const match = pattern.exec(text);
    if (!match || (best && best.index <= match.index)) continue;
    // Every group of these patterns always takes part in a match.
    const [, a, b, c] = match as unknown as [string, string, string, string];
    const month = (name: string) => MONTHS.indexOf(name) + 1;
    const date =
      order === 'ymd'
        ? validLocalDate(Number(a), Number(b), Number(c))
        : order === 'mdy'
          ? validLocalDate(Number(c), month(a), Number(b))
          : validLocalDate(Number(c), month(b), Number(a));
    if (date) best = { date, index: match.index, length: match[0].length };
  }
  return best;
}

/** Where a message lies in the normalised text: [start, end). */
export type Span = { start: number; end: number };

/** What a card-check failure says about the same card: after N days, on a date; the span grows to cover them. */
export type RetryDetails = Span & { retryAfterDays?: number; retryDate?: LocalDate };

const DAYS_ZH = /(\d{1,3}|[一二两三四五六七八九十])(?:天|日)(?:后|之后|以后)/;
const DAYS_EN = spaced(
  new RegExp(String.raw`(?:for|after|in) (${NUMBER_WORD}) days?|(${NUMBER_WORD}) days? (?:later|after|afterwards)`),
);

/** CARD_CHECK_FAILED: the N of "N天后" and the date after it, searched around the match. */
export function readRetry(text: string, lang: Lang, span: Span): RetryDetails {
  const found: RetryDetails = { start: span.start, end: span.end };
  const windowStart = Math.max(0, span.start - 80);
  const window = text.slice(windowStart, Math.min(text.length, span.end + 160));
  const days = (lang === 'zh' ? DAYS_ZH : DAYS_EN).exec(window);
  let dateSearchFrom = 0;
  if (days) {
    found.retryAfterDays = numberFrom((days[1] ?? days[2]) as string);
    dateSearchFrom = days.index + days[0].length;
    found.start = Math.min(found.start, windowStart + days.index);
    found.end = Math.max(found.end, windowStart + dateSearchFrom);
  }
  const date = findDate(window.slice(dateSearchFrom, days ? dateSearchFrom + 30 : undefined));
  if (date) {
    found.retryDate = date.date;
    found.end = Math.max(found.end, windowStart + dateSearchFrom + date.index + date.length);
  }
  return found;
}

const WITHIN_DAYS_ZH = /(\d{1,2}|[一二两三四五六七])(个工作日|天|日)内/;
const WITHIN_DAYS_EN = spaced(new RegExp(String.raw`within (${NUMBER_WORD}) (working |business )?days?`));

/**
 * UNDER_REVIEW: "within N (working) days", 2 calendar days when not stated. `match` is the pattern's match: its
 * groups 1 and 2, when the pattern has them, are the count and the unit; otherwise they are searched nearby.
 */
export function readReviewTime(text: string, lang: Lang, span: Span, match: RegExpExecArray): Duration {
  let count = match[1];
  let unit = match[2];
  if (count === undefined) {
    const around = text.slice(Math.max(0, span.start - 60), span.end + 60);
    const stated = lang === 'zh' ? WITHIN_DAYS_ZH.exec(around) : WITHIN_DAYS_EN.exec(around);
    count = stated?.[1];
    unit = stated?.[2];
  }
  if (unit === '小时' || /^hours?$/.test(unit ?? ''))
    return { amount: count === undefined ? 24 : numberFrom(count), unit: 'hours' };
  return {
    amount: count === undefined ? 2 : numberFrom(count),
    unit: unit === '个工作日' || /^(?:working|business)\s$/.test(unit ?? '') ? 'workingDays' : 'days',
  };
}
