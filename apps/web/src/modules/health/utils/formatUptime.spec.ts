import { createI18n } from '../../../i18n/i18n';
import { formatUptime } from './formatUptime';

describe('formatUptime', () => {
  const en = createI18n('en').t;
  const zh = createI18n('zh').t;

  it.each([
    { seconds: 0, english: '0 s', chinese: '0 秒' },
    { seconds: 59.9, english: '59 s', chinese: '59 秒' },
    { seconds: 60, english: '1 min', chinese: '1 分钟' },
    { seconds: 3_599, english: '59 min', chinese: '59 分钟' },
    { seconds: 3_600, english: '1 h 0 min', chinese: '1 小时 0 分钟' },
    { seconds: 86_399, english: '23 h 59 min', chinese: '23 小时 59 分钟' },
    { seconds: 90_061, english: '1 d 1 h', chinese: '1 天 1 小时' },
    { seconds: -5, english: '0 s', chinese: '0 秒' },
  ])('$seconds s → "$english" / "$chinese"', ({ seconds, english, chinese }) => {
    expect(formatUptime(en, seconds)).toBe(english);
    expect(formatUptime(zh, seconds)).toBe(chinese);
  });
});
