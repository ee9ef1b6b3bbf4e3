import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { htmlLang, isLanguage, storeLanguage, type Language } from './languages';
import { zh } from './zh';

export const resources = { en: { translation: en }, zh: { translation: zh } } as const;

/** A fresh instance per app (and per test), initialised synchronously because the catalogues are bundled. */
export const createI18n = (language: Language): I18n => {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh'],
    initAsync: false,
    // React escapes text already.
    interpolation: { escapeValue: false },
  });
  return instance;
};

const reflectLanguage = (instance: I18n, language: string): void => {
  if (!isLanguage(language)) return;
  document.documentElement.lang = htmlLang[language];
  document.title = instance.t('app.documentTitle');
};

/** Keeps `<html lang>`, the tab title and the saved choice in step with the active language. */
export const syncDocumentLanguage = (instance: I18n): (() => void) => {
  const onChange = (language: string): void => {
    reflectLanguage(instance, language);
    if (isLanguage(language)) storeLanguage(language);
  };
  reflectLanguage(instance, instance.language);
  instance.on('languageChanged', onChange);
  return () => instance.off('languageChanged', onChange);
};

export const currentLanguage = (instance: I18n): Language =>
  isLanguage(instance.resolvedLanguage) ? instance.resolvedLanguage : 'en';
