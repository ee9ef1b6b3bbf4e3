import { type CatalogueKey, type CatalogueT, defineCatalogue } from './catalogue';
import { type CasesMessages, casesEn } from './features-cases.en';
import { casesZh } from './features-cases.zh';

/**
 * The staff workspace's own i18next namespace (Today, cases list, board, case page, reports). It stays outside the
 * typed resources of i18next.d.ts: one union of every catalogue's keys grows too deep for the compiler (TS2589) and
 * slows every typecheck. Keys are still checked, against this catalogue alone (`CasesKey`).
 */
export const casesNamespace = 'cases';

export type CasesKey = CatalogueKey<CasesMessages>;
export type CasesT = CatalogueT<CasesMessages>;

const cases = defineCatalogue({ namespace: casesNamespace, en: casesEn, zh: casesZh });

export const addCasesCatalog = cases.add;
export const useCasesTranslation = cases.useTranslation;
