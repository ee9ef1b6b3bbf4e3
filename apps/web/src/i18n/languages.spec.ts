import { detectLanguage, languageStorageKey } from './languages';

const storageWith = (value: string | null): Storage => {
  const storage = window.localStorage;
  storage.clear();
  if (value !== null) storage.setItem(languageStorageKey, value);
  return storage;
};

describe('detectLanguage', () => {
  it.each([
    { stored: null, browser: ['zh-CN'], expected: 'zh' },
    { stored: null, browser: ['zh-TW', 'en'], expected: 'zh' },
    { stored: null, browser: ['ZH'], expected: 'zh' },
    { stored: null, browser: ['en-GB', 'zh-CN'], expected: 'en' },
    { stored: null, browser: ['ru-RU'], expected: 'ru' },
    { stored: null, browser: ['ar-EG', 'en'], expected: 'ar' },
    { stored: null, browser: ['pt-BR', 'ru'], expected: 'en' },
    { stored: 'ko', browser: ['en-US'], expected: 'ko' },
    { stored: null, browser: [], expected: 'en' },
    { stored: 'en', browser: ['zh-CN'], expected: 'en' },
    { stored: 'zh', browser: ['en-US'], expected: 'zh' },
    { stored: 'pt', browser: ['zh-CN'], expected: 'zh' },
  ])('stored $stored, browser $browser → $expected', ({ stored, browser, expected }) => {
    expect(detectLanguage(storageWith(stored), browser)).toBe(expected);
  });

  it('falls back to the browser language when storage throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    expect(detectLanguage(throwing, ['zh-Hans-CN'])).toBe('zh');
  });
});
