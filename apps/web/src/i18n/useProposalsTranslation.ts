import { defineCatalogue } from './catalogue';
import { proposalsEn } from './features-proposals.en';
import { proposalsZh } from './features-proposals.zh';

/**
 * Client reports' own namespace (the portal's "Report what happened", the helpers' confirm / reject on Today and the
 * case page, the organization setting). Like `cases`, outside i18next's typed resources; keys are checked against
 * this catalogue.
 */
const proposals = defineCatalogue({ namespace: 'proposals', en: proposalsEn, zh: proposalsZh });

export const addProposalsCatalog = proposals.add;
export const useProposalsTranslation = proposals.useTranslation;
