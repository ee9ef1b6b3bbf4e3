import { dateTimeFormat, numberFormat, relativeTimeFormat } from './intlCache';

describe('intlCache', () => {
  it('hands out one formatter per locale and options, and a different one when either differs', () => {
    const medium = dateTimeFormat('en', { dateStyle: 'medium' });
    expect(dateTimeFormat('en', { dateStyle: 'medium' })).toBe(medium);
    expect(dateTimeFormat('zh-CN', { dateStyle: 'medium' })).not.toBe(medium);
    expect(dateTimeFormat('en', { dateStyle: 'full' })).not.toBe(medium);
    expect(
      dateTimeFormat('en', { dateStyle: 'medium', timeZone: 'Asia/Shanghai' }).format(new Date('2015-10-17T16:30:00Z')),
    ).toBe('Oct 18, 2015');
  });

  it('keeps the kinds apart', () => {
    expect(relativeTimeFormat('en', { numeric: 'auto' }).format(1, 'day')).toBe('tomorrow');
    expect(numberFormat('en', { style: 'percent' }).format(0.25)).toBe('25%');
  });

  it('throws for an impossible locale as Intl does, and caches nothing for it', () => {
    expect(() => dateTimeFormat('not a locale!', {})).toThrow(RangeError);
    expect(() => dateTimeFormat('not a locale!', {})).toThrow(RangeError);
  });
});
