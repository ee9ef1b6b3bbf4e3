import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { featuresEn } from './features.en';
import { featuresZh } from './features.zh';

const extended = new WeakSet<I18n>();

/** Adds the feature screens' strings to an i18next instance, once. */
export const addFeatureCatalog = (instance: I18n): void => {
  if (extended.has(instance)) return;
  instance.addResourceBundle('en', 'translation', featuresEn, true, false);
  instance.addResourceBundle('zh', 'translation', featuresZh, true, false);
  extended.add(instance);
};

/**
 * `useTranslation` for feature components: their strings are not in the entry chunk, so the first
 * component that needs them adds them (synchronously, before its first `t`). Shell components use
 * `useTranslation` directly.
 */
export const useFeatureTranslation = (): ReturnType<typeof useTranslation> => {
  const translation = useTranslation();
  addFeatureCatalog(translation.i18n);
  return translation;
};
