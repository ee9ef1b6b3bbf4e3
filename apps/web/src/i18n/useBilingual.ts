import type { Bilingual } from '@waiji/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from './i18n';
import { htmlLang, type Language } from './languages';

/** The active language and its BCP 47 tag, for Intl formatters and `lang` attributes. */
export const useLanguage = (): { language: Language; locale: string } => {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return { language, locale: htmlLang[language] };
};

/** Picks the active language's half of a domain text ({ en, zh }). */
export const useBilingual = (): ((text: Bilingual) => string) => {
  const { language } = useLanguage();
  return useCallback((text: Bilingual) => text[language], [language]);
};
