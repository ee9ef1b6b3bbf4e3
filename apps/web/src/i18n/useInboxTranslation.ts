import { defineCatalogue } from './catalogue';
import { inboxEn } from './features-inbox.en';
import { inboxZh } from './features-inbox.zh';

/** Mail in's own namespace (unmatched inbox, a case's emails, the portal's address, the settings section). */
const inbox = defineCatalogue({ namespace: 'inbox', en: inboxEn, zh: inboxZh });

export const addInboxCatalog = inbox.add;
export const useInboxTranslation = inbox.useTranslation;
