import { regionalDateOrder } from './dateOrder';

describe('regionalDateOrder: how this computer’s spreadsheet writes 3/1/2026', () => {
  it.each([
    ['en-US', 'MDY'],
    ['en-GB', 'DMY'],
    ['de-DE', 'DMY'],
    ['fr-FR', 'DMY'],
    ['zh-CN', undefined],
    ['ja-JP', undefined],
  ])('%s → %s', (locale, order) => expect(regionalDateOrder(locale)).toBe(order));

  it('an unreadable locale is no order rather than an error', () => {
    expect(regionalDateOrder('not a locale!')).toBeUndefined();
  });
});
