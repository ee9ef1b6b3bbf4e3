import type { DateOrder } from '@waiji/domain';

/**
 * Which comes first in a date like 3/1/2026 as this computer's regional format writes it — what a spreadsheet saves
 * into a CSV. undefined when the year comes first (2026/1/3: nothing to guess) or the format cannot be read. Called
 * on upload only: the first Intl date formatter of a page loads locale data.
 */
export const regionalDateOrder = (locale?: string): DateOrder | undefined => {
  try {
    const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(new Date(2026, 0, 31))
      .map((part) => part.type)
      .filter((type) => type === 'day' || type === 'month' || type === 'year');
    if (parts[0] === 'day') return 'DMY';
    if (parts[0] === 'month') return 'MDY';
    return undefined;
  } catch {
    return undefined;
  }
};
