import { type CatalogueT, defineCatalogue } from './catalogue';
import { type DocumentsMessages, documentsEn } from './features-documents.en';
import { documentsZh } from './features-documents.zh';

/**
 * Strings of the documents screens (requests, uploads, review, the portal's photo guide, retention, export and
 * erasure). Outside i18next's typed resources like `cases`; keys are checked against this catalogue alone.
 */
export type DocumentsT = CatalogueT<DocumentsMessages>;

const documents = defineCatalogue({ namespace: 'documents', en: documentsEn, zh: documentsZh });

export const addDocumentsCatalog = documents.add;
export const useDocumentsTranslation = documents.useTranslation;
