import type { Bilingual } from './common';

/** The languages Waiji speaks to people in: a client's preferred language, the interface, files it writes. */
export const languages = ['en', 'zh'] as const;
export type Language = (typeof languages)[number];

export const languageLabels: Readonly<Record<Language, Bilingual>> = {
  en: { en: 'English', zh: '英文' },
  zh: { en: 'Chinese', zh: '中文' },
};
