import { defineCatalogue } from './catalogue';
import { securityEn } from './features-security.en';
import { securityZh } from './features-security.zh';

/** Two-step verification, passkeys and single sign-on (sign-in page, Settings → Security, Organization). */
const security = defineCatalogue({ namespace: 'security', en: securityEn, zh: securityZh });

export const addSecurityCatalog = security.add;
export const useSecurityTranslation = security.useTranslation;
