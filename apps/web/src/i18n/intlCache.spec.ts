import { formatMoment } from './formatDate';
import { dateTimeFormat, numberFormat, relativeTimeFormat, warmUpFormatters } from './intlCache';
import { formatRelative } from '../modules/cases/utils/relativeTime';

describe('intlCache', () => {
  it('hands out one formatter per locale and options, and a different one when either differs', () => {
    const medium = dateTimeFormat('en', { dateStyle: 'medium' });
    expect(dateTimeFormat('en', { dateStyle: 'medium' })).toBe(medium);
    expect(dateTimeFormat('zh-CN', { dateStyle: 'medium' })).not.toBe(medium);
    expect(dateTimeFormat('en', { dateStyle: 'full' })).not.toBe(medium);
    expect(dateTimeFormat('en', { dateStyle: 'medium', timeZone: 'Asia/Shanghai' }).format(new Date('2015-10-17T16:30:00Z'))).toBe('Oct 18, 2015');
  });

  it('keeps the kinds apart', () => {
    expect(relativeTimeFormat('en', { numeric: 'auto' }).format(1, 'day')).toBe('tomorrow');
    expect(numberFormat('en', { style: 'percent' }).format(0.25)).toBe('25%');
  });

  it('throws for an impossible locale as Intl does, and caches nothing for it', () => {
    expect(() => dateTimeFormat('not a locale!', {})).toThrow(RangeError);
    expect(() => dateTimeFormat('not a locale!', {})).toThrow(RangeError);
  });

  it('builds the formatters of a list row in idle callbacks, one each, so drawing the rows builds none', () => {
    const idle: IdleRequestCallback[] = [];
    const original = globalThis.requestIdleCallback;
    globalThis.requestIdleCallback = (callback) => idle.push(callback);
    const { RelativeTimeFormat, DateTimeFormat } = Intl;
    // Counted constructors (a spy alone would call the originals without `new`).
    const relative = jest.spyOn(Intl, 'RelativeTimeFormat').mockImplementation((...args) => new RelativeTimeFormat(...args));
    const moment = jest.spyOn(Intl, 'DateTimeFormat').mockImplementation((...args) => new DateTimeFormat(...args));
    try {
      warmUpFormatters('de');
      expect(idle).toHaveLength(2);
      expect(relative).not.toHaveBeenCalled();
      for (const callback of idle) callback({ didTimeout: false, timeRemaining: () => 50 });
      expect(relative).toHaveBeenCalledTimes(1);
      expect(moment).toHaveBeenCalledTimes(1);

      const now = new Date('2026-11-21T10:00:00Z');
      expect(formatRelative(new Date('2026-11-22T10:00:00Z'), now, 'de')).toBe('morgen');
      expect(formatMoment(now, 'de', 'UTC')).toBe('21.11.2026, 10:00');
      expect(formatMoment(now, 'de')).toMatch(/^21\.11\.2026/);
      expect(relative).toHaveBeenCalledTimes(1);
      expect(moment).toHaveBeenCalledTimes(2); // the explicit time zone is another formatter; the default one was ready
    } finally {
      relative.mockRestore();
      moment.mockRestore();
      globalThis.requestIdleCallback = original;
    }
  });
});
