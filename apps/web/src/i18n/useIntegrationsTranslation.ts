import { defineCatalogue } from './catalogue';
import { integrationsEn } from './features-integrations.en';
import { integrationsZh } from './features-integrations.zh';

/** API tokens and webhooks (Settings → API tokens, Settings → Webhooks). */
const integrations = defineCatalogue({ namespace: 'integrations', en: integrationsEn, zh: integrationsZh });

export const addIntegrationsCatalog = integrations.add;
export const useIntegrationsTranslation = integrations.useTranslation;
