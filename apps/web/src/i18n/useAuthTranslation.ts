import { defineCatalogue } from './catalogue';
import { authEn } from './features-auth.en';
import { authZh } from './features-auth.zh';

/**
 * The account screens (sign-in flows, settings, portal, notifications drawer) keep their strings in their own
 * i18next namespace: loaded only with those pages, and typed separately, so the default namespace's key union
 * stays small enough for TypeScript (one combined union of every catalogue hits TS2589).
 */
export const accountNamespace = 'account';

/**
 * The sign-in flows' part of the `account` namespace: only their strings are downloaded with the sign-in page.
 * Their keys (auth.*, accountCommon.*) are typed with the whole namespace.
 */
const auth = defineCatalogue({ namespace: accountNamespace, en: authEn, zh: authZh });

export const addAuthCatalog = auth.add;
export const useAuthTranslation = auth.useTranslation;
