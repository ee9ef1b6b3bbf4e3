import type { i18n as I18n } from 'i18next';
import { useTranslation, type UseTranslationResponse } from 'react-i18next';
import { accountEn } from './features-account.en';
import { accountZh } from './features-account.zh';
import { addAuthCatalog, accountNamespace } from './useAuthTranslation';

export { accountNamespace } from './useAuthTranslation';

const extended = new WeakSet<I18n>();

/** Adds the whole `account` namespace: the sign-in strings plus settings, portal and notifications. */
export const addAccountCatalog = (instance: I18n): void => {
  addAuthCatalog(instance);
  if (extended.has(instance)) return;
  instance.addResourceBundle('en', accountNamespace, accountEn, true, false);
  instance.addResourceBundle('zh', accountNamespace, accountZh, true, false);
  extended.add(instance);
};

/**
 * `t` over the account namespace for settings, the portal and the notifications drawer. Shell strings (roles,
 * organization kinds) come from a plain `useTranslation()`.
 */
export const useAccountTranslation = (): UseTranslationResponse<typeof accountNamespace, undefined> => {
  const { i18n } = useTranslation();
  addAccountCatalog(i18n);
  return useTranslation(accountNamespace);
};
