import { createI18n } from '../../../i18n/i18n';
import * as intlCache from '../../../i18n/intlCache';
import { htmlLang, type Language } from '../../../i18n/languages';
import { addCasesCatalog, type CasesT, casesNamespace } from '../../../i18n/useCasesTranslation';
import { formatRelative } from './relativeTime';

// Counted, so a test can tell whether formatRelative asked for an Intl formatter at all.
jest.mock('../../../i18n/intlCache', () => {
  const actual = jest.requireActual<typeof import('../../../i18n/intlCache')>('../../../i18n/intlCache');
  return {
    ...actual,
    relativeTimeFormat: jest.fn(actual.relativeTimeFormat),
    dateTimeFormat: jest.fn(actual.dateTimeFormat),
  };
});

/** The workspace's `t` in `language`, as useCasesTranslation builds it. */
const translator = (language: Language): CasesT => {
  const i18n = createI18n(language);
  addCasesCatalog(i18n);
  const translate = i18n.t as unknown as (key: string, options: Record<string, unknown>) => string;
  return (key, options) => translate(key, { ...options, ns: casesNamespace, lng: language });
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', YEAR],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

/** The reference: Intl.RelativeTimeFormat (numeric: 'auto') with formatRelative's units and rounding. */
const viaIntl = (difference: number, locale: string): string => {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of units) {
    if (Math.abs(difference) >= size) return format.format(Math.round(difference / size), unit);
  }
  return format.format(0, 'minute');
};

// Every count each unit can round to (a unit is used up to the next one's size), each on the dot, just below
// rounding up and at it, then the edges of "now"; all of them ahead and behind.
const countsPerUnit: Record<string, number> = { year: 3, month: 13, week: 5, day: 7, hour: 24, minute: 60 };
const boundaries = units.flatMap(([unit, size]) =>
  Array.from({ length: countsPerUnit[unit] ?? 0 }, (_, index) => (index + 1) * size).flatMap((at) => [
    at - 1,
    at,
    at + size / 2 - 1,
    at + size / 2,
  ]),
);
const differences = [0, 1, 30_000, MINUTE - 1, ...boundaries].flatMap((difference) =>
  difference === 0 ? [0] : [difference, -difference],
);
// A sweep every 97 minutes over two years either way, so no stretch between the boundaries is left out.
const sweep = Array.from(
  { length: Math.floor((2 * 2 * YEAR) / (97 * MINUTE)) },
  (_, index) => -2 * YEAR + index * 97 * MINUTE,
);

const now = new Date('2026-03-10T08:00:00Z');
const languages: Language[] = ['en', 'zh'];

describe('formatRelative', () => {
  it.each(languages)(
    'words every difference as Intl.RelativeTimeFormat does (%s), without building an Intl formatter',
    (language) => {
      const t = translator(language);
      const locale = htmlLang[language];
      const expected = [...differences, ...sweep].map((difference) => viaIntl(difference, locale));
      const relative = jest.spyOn(Intl, 'RelativeTimeFormat');
      const moment = jest.spyOn(Intl, 'DateTimeFormat');
      jest.mocked(intlCache.relativeTimeFormat).mockClear();
      jest.mocked(intlCache.dateTimeFormat).mockClear();
      try {
        const actual = [...differences, ...sweep].map((difference) =>
          formatRelative(new Date(now.getTime() + difference), now, locale, t),
        );
        expect(actual).toEqual(expected);
        expect(relative).not.toHaveBeenCalled();
        expect(moment).not.toHaveBeenCalled();
        expect(intlCache.relativeTimeFormat).not.toHaveBeenCalled();
        expect(intlCache.dateTimeFormat).not.toHaveBeenCalled();
      } finally {
        relative.mockRestore();
        moment.mockRestore();
      }
    },
  );

  it.each([
    {
      language: 'en' as const,
      words: [
        'in 3 days',
        '2 hours ago',
        'in 1 hour',
        '1 minute ago',
        'tomorrow',
        'yesterday',
        'in 2 days',
        'next week',
        'last month',
        'next year',
        'this minute',
      ],
    },
    {
      language: 'zh' as const,
      words: ['3天后', '2小时前', '1小时后', '1分钟前', '明天', '昨天', '后天', '下周', '上个月', '明年', '此刻'],
    },
  ])('reads as people write it ($language)', ({ language, words }) => {
    const t = translator(language);
    const at = (difference: number) => formatRelative(new Date(now.getTime() + difference), now, htmlLang[language], t);
    expect([
      at(3 * DAY),
      at(-2 * HOUR),
      at(HOUR),
      at(-MINUTE),
      at(DAY),
      at(-DAY),
      at(2 * DAY),
      at(7 * DAY),
      at(-30 * DAY),
      at(YEAR),
      at(20_000),
    ]).toEqual(words);
  });

  it.each(languages)('leaves a count of a thousand or more to Intl, which groups its digits (%s)', (language) => {
    const t = translator(language);
    const locale = htmlLang[language];
    for (const difference of [999 * YEAR, 1000 * YEAR, -1234 * YEAR]) {
      expect(formatRelative(new Date(now.getTime() + difference), now, locale, t)).toBe(viaIntl(difference, locale));
    }
    expect(formatRelative(new Date(now.getTime() + 1234 * YEAR), now, locale, t)).toBe(
      language === 'en' ? 'in 1,234 years' : '1,234年后',
    );
  });
});
