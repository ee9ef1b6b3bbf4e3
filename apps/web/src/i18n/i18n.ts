import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { type ClientLanguage, clientLanguageInfo, clientLanguages, isClientLanguage } from '@waiji/domain';
import { isLanguage, storeLanguage, type Language } from './languages';
import { zh } from './zh';

export const resources = { en: { translation: en }, zh: { translation: zh } } as const;

/**
 * A fresh instance per app (and per test), initialised synchronously because the en/zh catalogues are bundled. Any
 * client language may be active: its pack comes in lazily (clientPacks.ts), and whatever it lacks is English.
 */
export const createI18n = (language: ClientLanguage): I18n => {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    // A copy per instance: a language pack added to one instance (addResourceBundle) must not reach the others.
    resources: JSON.parse(JSON.stringify(resources)) as typeof resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...clientLanguages],
    initAsync: false,
    // React escapes text already.
    interpolation: { escapeValue: false },
  });
  return instance;
};

const reflectLanguage = (instance: I18n, language: string): void => {
  if (!isClientLanguage(language)) return;
  document.documentElement.lang = clientLanguageInfo[language].tag;
  document.documentElement.dir = clientLanguageInfo[language].dir;
  document.title = instance.t('app.documentTitle');
};

/** Keeps `<html lang>`, the tab title and the saved choice in step with the active language. */
export const syncDocumentLanguage = (instance: I18n): (() => void) => {
  const onChange = (language: string): void => {
    reflectLanguage(instance, language);
    if (isClientLanguage(language)) storeLanguage(language);
  };
  reflectLanguage(instance, instance.language);
  instance.on('languageChanged', onChange);
  return () => instance.off('languageChanged', onChange);
};

/** The helpers' language in use: en or zh (a client's other language reads the helpers' texts in English). */
export const currentLanguage = (instance: I18n): Language =>
  isLanguage(instance.resolvedLanguage) ? instance.resolvedLanguage : 'en';

/** The client language in use (what a client's pages speak, with English where a text has no translation). */
export const currentClientLanguage = (instance: I18n): ClientLanguage =>
  isClientLanguage(instance.language) ? instance.language : 'en';
