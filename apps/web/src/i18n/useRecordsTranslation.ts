import { type CatalogueT, defineCatalogue } from './catalogue';
import { type RecordsMessages, recordsEn } from './features-records.en';
import { recordsZh } from './features-records.zh';

/**
 * Strings of the clients pages and of editing, archiving and de-duplicating clients and cases. Like `cases`, the
 * namespace stays out of i18next's typed resources; keys are checked against this catalogue alone.
 */
export const recordsNamespace = 'records';

export type RecordsT = CatalogueT<RecordsMessages>;

const records = defineCatalogue({ namespace: recordsNamespace, en: recordsEn, zh: recordsZh });

export const addRecordsCatalog = records.add;
export const useRecordsTranslation = records.useTranslation;
