import type { i18n as I18n } from 'i18next';
import { useTranslation, type UseTranslationResponse } from 'react-i18next';
import { authEn } from './features-auth.en';
import { authZh } from './features-auth.zh';

/**
 * The account screens (sign-in flows, settings, portal, notifications drawer) keep their strings in their own
 * i18next namespace: loaded only with those pages, and typed separately, so the default namespace's key union
 * stays small enough for TypeScript (one combined union of every catalogue hits TS2589).
 */
export const accountNamespace = 'account';

const extended = new WeakSet<I18n>();

/** Adds the sign-in flows' part of the `account` namespace, once (bundles merge deeply). */
export const addAuthCatalog = (instance: I18n): void => {
  if (extended.has(instance)) return;
  instance.addResourceBundle('en', accountNamespace, authEn, true, false);
  instance.addResourceBundle('zh', accountNamespace, authZh, true, false);
  extended.add(instance);
};

/**
 * `t` over the account namespace for the sign-in flows: only their strings are downloaded with the sign-in page.
 * Their keys (auth.*, accountCommon.*) are typed with the whole namespace.
 */
export const useAuthTranslation = (): UseTranslationResponse<typeof accountNamespace, undefined> => {
  const { i18n } = useTranslation();
  addAuthCatalog(i18n);
  return useTranslation(accountNamespace);
};
