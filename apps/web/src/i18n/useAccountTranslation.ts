import type { i18n as I18n } from 'i18next';
import { useTranslation, type UseTranslationResponse } from 'react-i18next';
import { accountEn } from './features-account.en';
import { accountZh } from './features-account.zh';

/**
 * The account screens (sign-in flows, settings, portal, notifications drawer) keep their strings in their own
 * i18next namespace: loaded only with those pages, and typed separately, so the default namespace's key union
 * stays small enough for TypeScript (one combined union of every catalogue hits TS2589).
 */
export const accountNamespace = 'account';

const extended = new WeakSet<I18n>();

export const addAccountCatalog = (instance: I18n): void => {
  if (extended.has(instance)) return;
  instance.addResourceBundle('en', accountNamespace, accountEn, true, false);
  instance.addResourceBundle('zh', accountNamespace, accountZh, true, false);
  extended.add(instance);
};

/**
 * `t` over the account namespace. Shell strings (roles, organization kinds) come from a plain `useTranslation()`.
 * It does not bring the other feature catalogues, so the sign-in page stays light.
 */
export const useAccountTranslation = (): UseTranslationResponse<typeof accountNamespace, undefined> => {
  const { i18n } = useTranslation();
  addAccountCatalog(i18n);
  return useTranslation(accountNamespace);
};
