import { type ClientLanguage, clientLanguageInfo, type Bilingual } from '@waiji/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { currentClientLanguage, currentLanguage } from './i18n';
import type { Language } from './languages';

/**
 * The active language: `language` is the helpers' one (en or zh, for `Bilingual` texts) and `locale` the BCP 47 tag
 * of the page's language, any client language (Intl dates, numbers and plurals follow the reader).
 */
export const useLanguage = (): { language: Language; locale: string } => {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return { language, locale: clientLanguageInfo[currentClientLanguage(i18n)].tag };
};

/** The client language of the page, its tag and direction (the portal and other pages a client reads). */
export const useClientLanguage = (): { language: ClientLanguage; tag: string; dir: 'ltr' | 'rtl' } => {
  const { i18n } = useTranslation();
  const language = currentClientLanguage(i18n);
  return { language, ...clientLanguageInfo[language] };
};

/** Picks the active language's half of a domain text ({ en, zh }); English for a client's other language. */
export const useBilingual = (): ((text: Bilingual) => string) => {
  const { language } = useLanguage();
  return useCallback((text: Bilingual) => text[language], [language]);
};
