// Types only from the contract (see modules/api): a runtime import would bring its zod schemas along.
import type {
  ConversationMessage,
  ConversationReadResponse,
  ConversationResponse,
  UnreadMessagesResponse,
} from '@waiji/contract';
import { api } from '../../api/client';

/** Which side of the conversation the signed-in person is on: a member of the organization, or the case's client. */
export type ConversationSide = 'helper' | 'client';

/** The contract's MESSAGE_MAX_LENGTH (a value import would bring the contract's schemas into the page). */
export const messageMaxLength = 4000;
/** New messages show up within this time while the conversation is on screen. */
export const conversationPollIntervalMs = 30_000;

/**
 * Under `caseKeys.all` (['cases']): every case change invalidates that root, and a message sent here refreshes the
 * timelines beside it.
 */
export const conversationKeys = {
  conversation: (side: ConversationSide, caseId: string) => ['cases', 'conversation', side, caseId] as const,
  unread: (side: ConversationSide) => ['cases', 'conversation-unread', side] as const,
};

const base = (side: ConversationSide, caseId: string) =>
  `${side === 'client' ? '/portal' : ''}/cases/${encodeURIComponent(caseId)}/messages`;

export const conversationsApi = {
  list: (side: ConversationSide, caseId: string, signal?: AbortSignal) =>
    api.get<ConversationResponse>(base(side, caseId), signal ? { signal } : {}),
  send: (side: ConversationSide, caseId: string, body: string) =>
    api.post<ConversationMessage>(base(side, caseId), { body }),
  markRead: (side: ConversationSide, caseId: string, upTo: string | undefined) =>
    api.post<ConversationReadResponse>(`${base(side, caseId)}/read`, upTo ? { upTo } : {}),
  unread: (side: ConversationSide, signal?: AbortSignal) =>
    api.get<UnreadMessagesResponse>(
      side === 'client' ? '/portal/messages/unread' : '/conversations/unread',
      signal ? { signal } : {},
    ),
};
