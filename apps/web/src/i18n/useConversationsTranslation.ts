import { type CatalogueT, defineCatalogue } from './catalogue';
import { type ConversationsMessages, conversationsEn } from './features-conversations.en';
import { conversationsZh } from './features-conversations.zh';

/**
 * A case's conversation (the case page's panel and the portal's): a namespace of its own, so the strings load with
 * whichever of those pages shows it. Keys are checked against this catalogue alone, as the cases namespace's are.
 */
export const conversationsNamespace = 'conversations';

export type ConversationsT = CatalogueT<ConversationsMessages>;

const conversations = defineCatalogue({ namespace: conversationsNamespace, en: conversationsEn, zh: conversationsZh });

export const addConversationsCatalog = conversations.add;
export const useConversationsTranslation = conversations.useTranslation;
