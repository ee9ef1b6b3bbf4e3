import { z } from 'zod';
import { caseTypes } from '@waiji/domain';

// A case's conversation between its client (portal) and the organization's helpers. Internal notes are not part of
// it: they stay on the staff side (POST /cases/:id/notes).

/** The longest message, in characters after trimming. */
export const MESSAGE_MAX_LENGTH = 4000;
/** The most messages one read answers: the newest ones, oldest first. */
export const CONVERSATION_PAGE_LIMIT = 200;

/** A message's text: trimmed, 1–4000 characters, no NUL (PostgreSQL cannot store it in text). */
export const messageBody = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(MESSAGE_MAX_LENGTH)
  .refine((value) => !value.includes('\u0000'), 'must not contain NUL characters');

/** `POST /cases/:id/messages` (a helper) and `POST /portal/cases/:id/messages` (the client). */
export const sendMessageRequest = z.strictObject({ body: messageBody });
export type SendMessageRequest = z.infer<typeof sendMessageRequest>;

export const conversationMessage = z.object({
  id: z.uuid(),
  body: z.string(),
  createdAt: z.string(),
  /** Written by the case's client in the portal; false: by a helper of the organization. */
  fromClient: z.boolean(),
  /** Who wrote it; null when their account is gone. */
  author: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  /** Written by the caller. */
  mine: z.boolean(),
});
export type ConversationMessage = z.infer<typeof conversationMessage>;

/** A case's conversation: its newest messages (up to CONVERSATION_PAGE_LIMIT) oldest first, and the caller's read state. */
export const conversationResponse = z.object({
  items: z.array(conversationMessage),
  /** Messages from the other side (the client for helpers, the helpers for the client) the caller has not read. */
  unread: z.number().int(),
  /** Up to when the caller has read it; null: never opened. */
  lastReadAt: z.string().nullable(),
});
export type ConversationResponse = z.infer<typeof conversationResponse>;

/** `POST …/messages/read`: read up to `upTo` (the newest message shown), or up to the newest message. */
export const markConversationReadRequest = z.strictObject({
  upTo: z.iso.datetime({ offset: true }).optional(),
});
export type MarkConversationReadRequest = z.infer<typeof markConversationReadRequest>;

export const conversationReadResponse = z.object({ unread: z.number().int(), lastReadAt: z.string().nullable() });
export type ConversationReadResponse = z.infer<typeof conversationReadResponse>;

/**
 * Unread messages over several cases: for a helper, the client messages of the open cases they answer for (assigned
 * to them, or to nobody); for a client, the helpers' messages of their own open cases. Cases without any are left out.
 */
export const unreadMessagesResponse = z.object({
  total: z.number().int(),
  cases: z.array(
    z.object({
      caseId: z.uuid(),
      type: z.enum(caseTypes),
      /** The client's name as on the passport. */
      clientName: z.string(),
      unread: z.number().int(),
      latestAt: z.string(),
    }),
  ),
});
export type UnreadMessagesResponse = z.infer<typeof unreadMessagesResponse>;

/** A conversation message as the portal's timeline shows it (on its CONVERSATION entries). */
export const portalTimelineMessage = z.object({
  body: z.string(),
  fromClient: z.boolean(),
  authorName: z.string().nullable(),
});
export type PortalTimelineMessage = z.infer<typeof portalTimelineMessage>;
