/**
 * Intl formatters, made once per locale and options. Constructing one costs far more than formatting with it
 * (a list of 20 rows with due dates spent more time in constructors than in rendering).
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>();

const cached = <F extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>(kind: string, locale: string, options: object, make: () => F): F => {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as F | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
};

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached('dt', locale, options, () => new Intl.DateTimeFormat(locale, options));

export const relativeTimeFormat = (locale: string, options: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat =>
  cached('rt', locale, options, () => new Intl.RelativeTimeFormat(locale, options));

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached('nf', locale, options, () => new Intl.NumberFormat(locale, options));

/**
 * Builds the formatters every list row uses (a deadline relative and as a moment) while the browser is idle,
 * one per idle callback: the first relative-time formatter costs ~16 ms (~60 ms on a phone-class CPU), which
 * would otherwise land in the task that draws the first rows. The cases list calls it once it is on screen,
 * while its data is on the way (earlier, it would only delay the first screen).
 */
export const warmUpFormatters = (locale: string): void => {
  const idle = (work: () => void): void => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 3000 });
    else setTimeout(work, 100);
  };
  idle(() => relativeTimeFormat(locale, { numeric: 'auto' }).format(1, 'day'));
  idle(() => dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(0));
};
