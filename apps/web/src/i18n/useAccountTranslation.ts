import { defineCatalogue } from './catalogue';
import { accountEn } from './features-account.en';
import { accountZh } from './features-account.zh';
import { accountNamespace, addAuthCatalog } from './useAuthTranslation';

export { accountNamespace } from './useAuthTranslation';

/**
 * The whole `account` namespace: the sign-in strings plus settings, portal and notifications. Shell strings (roles,
 * organization kinds) come from a plain `useTranslation()`.
 */
const account = defineCatalogue({
  namespace: accountNamespace,
  en: accountEn,
  zh: accountZh,
  builtOn: [addAuthCatalog],
});

export const addAccountCatalog = account.add;
export const useAccountTranslation = account.useTranslation;
